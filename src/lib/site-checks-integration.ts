/**
 * Our Astro integration, listed after Starlight in `astro.config.mjs`:
 * - adds the base-link plugin to the Markdown/MDX pipeline, for files in `content/`;
 * - weights the headings of `content/reference/` for search;
 * - links inline code naming an action or condition key in chapters and
 *   reference pages to its entry in the generated service reference;
 * - after the build, fails it when an internal link of the built site is broken.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createBaseLinksPlugin } from './base-links-plugin.ts';
import { createSearchWeightPlugin } from './search-weight-plugin.ts';
import { findBrokenLinks, formatBrokenLinks } from './check-links.ts';
import { ensureCatalog } from '../../playground/catalog/ensure-catalog.ts';
import { createNodeCatalog } from '../../playground/catalog/node-catalog.ts';
import { createReferenceLinksPlugin } from './reference/reference-links-plugin.ts';
import { createReferenceLookup } from './reference/reference-lookup.ts';

/** Options for {@link siteChecks}. */
export interface SiteChecksOptions {
	/** The configured `base`. */
	base: string;
	/** Absolute path of the content folder, ending in `/`. */
	contentDir: string;
}

/** Creates the integration. */
export function siteChecks(options: SiteChecksOptions): AstroIntegration {
	return {
		name: 'iam-lab-site-checks',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const processor = config.markdown.processor as {
					name: string;
					options: { hastPlugins?: unknown[] };
				};
				if (processor.name !== 'satteri' || !Array.isArray(processor.options.hastPlugins)) {
					throw new Error(
						`the base-link plugin needs the Sätteri Markdown processor, got \`${processor.name}\``,
					);
				}
				processor.options.hastPlugins.push(
					createBaseLinksPlugin({ base: options.base, onlyUnder: [options.contentDir] }),
					createSearchWeightPlugin({ onlyUnder: [`${options.contentDir}reference/`] }),
					createReferenceLinksPlugin({
						base: options.base,
						onlyUnder: [`${options.contentDir}chapters/`, `${options.contentDir}reference/`],
						lookup: createReferenceLookup(_services()),
					}),
				);
				logger.debug(`content links are prefixed with base \`${options.base}\``);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const broken = await findBrokenLinks(fileURLToPath(dir), { base: options.base });
				if (broken.length > 0) {
					throw new Error(formatBrokenLinks(broken));
				}
				logger.info('every internal link resolves');
			},
		},
	};
}

/** The generated service catalog (built first on a fresh checkout). */
function _services() {
	ensureCatalog();
	return createNodeCatalog().services;
}
