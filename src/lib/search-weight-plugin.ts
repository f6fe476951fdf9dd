/**
 * A Sätteri hast plugin that makes reference headings count more in search:
 * it sets Pagefind's `data-pagefind-weight` on the `h2`/`h3` headings of pages
 * under the given folders, so that searching an element's own name (`StringLike`,
 * `NotPrincipal`, `aws:SourceArn`) ranks the reference entry above pages that
 * merely mention it. Pagefind's default heading weights are 7 (h1) down to 2 (h6).
 */
import type { HastPluginDefinition } from 'satteri';

/** Options for {@link createSearchWeightPlugin}. */
export interface SearchWeightPluginOptions {
	/** Absolute directory paths (ending in `/`) whose pages get the weights. */
	onlyUnder: readonly string[];
	/** Pagefind weight for the headings (0–10). @default 10 */
	weight?: number;
	/** @default ['h2', 'h3'] */
	headings?: readonly string[];
}

/** Creates the plugin; add it to `markdown.processor.options.hastPlugins`. */
export function createSearchWeightPlugin(options: SearchWeightPluginOptions): HastPluginDefinition {
	const weight = String(options.weight ?? 10);
	return {
		name: 'iam-lab-search-weight',
		element: {
			filter: [...(options.headings ?? ['h2', 'h3'])],
			visit(node, ctx) {
				const url = ctx.fileURL;
				if (url === undefined) return;
				const path = decodeURIComponent(url.pathname);
				if (!options.onlyUnder.some((dir) => path.startsWith(dir))) return;
				if (node.properties?.dataPagefindWeight !== undefined) return;
				ctx.setProperty(node, 'dataPagefindWeight', weight);
			},
		},
	};
}
