/**
 * The content collections. Course content lives in top-level `content/`, not
 * in Starlight's default `src/content/docs/`, so the `docs` collection uses
 * Astro's glob loader over `./content` with Starlight's schema.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({
			extend: z.object({
				/** Names this page should be found by first, indexed but not shown (see overrides/MarkdownContent.astro). */
				searchTerms: z.array(z.string()).optional(),
			}),
		}),
	}),
};
