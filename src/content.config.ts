/**
 * The content collections. Course content lives in top-level `content/`, not
 * in Starlight's default `src/content/docs/`, so the `docs` collection uses
 * Astro's glob loader over `./content` with Starlight's schema.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema(),
	}),
};
