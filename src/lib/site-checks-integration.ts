/**
 * Our Astro integration, listed after Starlight in `astro.config.mjs`:
 * - adds the base-link plugin to the Markdown/MDX pipeline, for files in `content/`;
 * - weights the headings of `content/reference/` for search;
 * - fails the build on an empty code block in `content/` (file and line);
 * - links inline code naming an action or condition key in chapters and
 *   reference pages to its entry in the generated service reference;
 * - after the build, puts the course first in search results for concept
 *   queries (src/lib/search/pagefind-course-first.ts), drops the editor's stylesheet from the pages that load the
 *   editor only on demand (src/lib/drop-lazy-css.ts), and fails the build when
 *   an internal link of the built site is broken.
 */
import { access, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build as esbuild } from 'esbuild';
import { createBaseLinksPlugin } from './base-links-plugin.ts';
import { createEmptyCodePlugin } from './empty-code-plugin.ts';
import { createSearchWeightPlugin } from './search-weight-plugin.ts';
import { findBrokenLinks, formatBrokenLinks, listHtmlPages } from './check-links.ts';
import { dropLazyCss } from './drop-lazy-css.ts';
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
					options: { hastPlugins?: unknown[]; mdastPlugins?: unknown[] };
				};
				if (
					processor.name !== 'satteri' ||
					!Array.isArray(processor.options.hastPlugins) ||
					!Array.isArray(processor.options.mdastPlugins)
				) {
					throw new Error(
						`the base-link plugin needs the Sätteri Markdown processor, got \`${processor.name}\``,
					);
				}
				processor.options.mdastPlugins.push(
					createEmptyCodePlugin({ onlyUnder: [options.contentDir] }),
				);
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
				await _courseFirstSearch(fileURLToPath(dir));
				const dropped = await _dropEditorCss(fileURLToPath(dir));
				logger.info(`editor stylesheet left to load with the editor on ${dropped} pages`);
				const broken = await findBrokenLinks(fileURLToPath(dir), { base: options.base });
				if (broken.length > 0) {
					throw new Error(formatBrokenLinks(broken));
				}
				logger.info('every internal link resolves');
			},
		},
	};
}

/**
 * Renames Pagefind's `pagefind.js` (written by Starlight's integration, which
 * runs before ours) to `pagefind-core.js` and puts our wrapper in its place.
 */
async function _courseFirstSearch(distDir: string): Promise<void> {
	const bundle = join(distDir, 'pagefind');
	const original = join(bundle, 'pagefind.js');
	try {
		await access(original);
	} catch (error) {
		throw new Error(`no search index at ${original}: Starlight's Pagefind step must run first`, {
			cause: error,
		});
	}
	await rename(original, join(bundle, 'pagefind-core.js'));
	await esbuild({
		entryPoints: [fileURLToPath(new URL('./search/pagefind-course-first.ts', import.meta.url))],
		bundle: true,
		format: 'esm',
		minify: true,
		external: ['./pagefind-core.js'],
		outfile: original,
		logLevel: 'warning',
	});
}

/** Chunks whose CSS arrives with their lazily imported JavaScript. */
const _LAZY_CSS_CHUNKS = ['create-editor'];

/** Drops the editor's render-blocking stylesheet from every page but the playground's. */
async function _dropEditorCss(distDir: string): Promise<number> {
	let count = 0;
	for (const page of await listHtmlPages(distDir)) {
		if (page === join('playground', 'index.html')) continue;
		const file = join(distDir, page);
		const html = await readFile(file, 'utf8');
		const next = dropLazyCss(html, _LAZY_CSS_CHUNKS);
		if (next !== html) {
			await writeFile(file, next);
			count++;
		}
	}
	return count;
}

/** The generated service catalog (built first on a fresh checkout). */
function _services() {
	ensureCatalog();
	return createNodeCatalog().services;
}
