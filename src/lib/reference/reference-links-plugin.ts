/**
 * A Sätteri hast plugin (Astro 7's Markdown/MDX pipeline) that links inline
 * code naming an action or condition key to its entry in the generated
 * reference: `` `iam:PassRole` `` in a chapter becomes a link to
 * `/reference/services/iam/#passrole`. Conservative: only inline code whose
 * whole text is one exact name the reference has (no wildcards, no code
 * blocks, nothing already inside a link or a heading), and only in files
 * under the given folders.
 *
 * Register it in the site's integration, beside the base-link plugin:
 * `createReferenceLinksPlugin({ base, onlyUnder: [`${contentDir}chapters/`], lookup })`.
 */
import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../with-base.ts';
import type { ReferenceLookup } from './reference-lookup.ts';

/** Options for {@link createReferenceLinksPlugin}. */
export interface ReferenceLinksPluginOptions {
	/** The configured `base`. @default '/' */
	base?: string;
	/** Absolute directory paths (ending in `/`) whose files get links. */
	onlyUnder: readonly string[];
	/** Resolves a name to its entry (see `createReferenceLookup`). */
	lookup: ReferenceLookup;
}

/** Elements inside which inline code is left alone. */
const _SKIP_INSIDE = new Set(['a', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Creates the plugin; add it to `markdown.processor.options.hastPlugins`. */
export function createReferenceLinksPlugin(
	options: ReferenceLinksPluginOptions,
): HastPluginDefinition {
	const base = options.base ?? '/';
	return {
		name: 'iam-lab-reference-links',
		element: {
			filter: ['code'],
			visit(node, ctx) {
				const url = ctx.fileURL;
				if (url === undefined) return;
				const path = decodeURIComponent(url.pathname);
				if (!options.onlyUnder.some((dir) => path.startsWith(dir))) return;
				for (let p = ctx.parent(node); p !== undefined && p.type === 'element'; p = ctx.parent(p)) {
					if (_SKIP_INSIDE.has(p.tagName)) return;
				}
				const entry = options.lookup(ctx.textContent(node).trim());
				if (entry === undefined) return;
				ctx.wrapNode(node, {
					type: 'element',
					tagName: 'a',
					properties: { href: withBase(entry.path, base), className: ['reference-link'] },
					children: [],
				});
			},
		},
	};
}
