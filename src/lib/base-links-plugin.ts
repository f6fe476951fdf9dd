/**
 * A Sätteri hast plugin (Astro 7's Markdown/MDX pipeline; the counterpart of a
 * rehype plugin) that prefixes root-relative links in content with the deploy
 * base. It rewrites `href` on Markdown links and raw `<a>` elements, and on the
 * MDX components authors use for links (`LinkCard`, `LinkButton`).
 */
import type {
	HastPluginDefinition,
	HastVisitorContext,
	MdxJsxFlowElementHast,
	MdxJsxTextElementHast,
} from 'satteri';
import { withBase } from './with-base.ts';

/** MDX elements whose `href` attribute is a link to rewrite. */
const _LINK_COMPONENTS = ['a', 'LinkCard', 'LinkButton'];

/** Options for {@link createBaseLinksPlugin}. */
export interface BaseLinksPluginOptions {
	/** The configured `base`, e.g. `/iam-roles-lab`. @default '/' */
	base?: string;
	/**
	 * Only files under these absolute directory paths (ending in `/`) are
	 * rewritten; when absent every file is.
	 */
	onlyUnder?: readonly string[];
}

/** Creates the plugin; add it to `markdown.processor.options.hastPlugins`. */
export function createBaseLinksPlugin(options: BaseLinksPluginOptions = {}): HastPluginDefinition {
	const base = options.base ?? '/';
	const applies = (url: URL | undefined): boolean =>
		options.onlyUnder === undefined ||
		(url !== undefined &&
			options.onlyUnder.some((dir) => decodeURIComponent(url.pathname).startsWith(dir)));

	const visitJsx = (
		node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>,
		ctx: HastVisitorContext,
	): void => {
		if (!applies(ctx.fileURL)) return;
		for (const attr of node.attributes) {
			if (attr.type !== 'mdxJsxAttribute' || attr.name !== 'href') continue;
			if (typeof attr.value !== 'string') continue;
			const next = withBase(attr.value, base);
			if (next !== attr.value) ctx.setProperty(node, 'href', next);
		}
	};

	return {
		name: 'iam-lab-base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				if (!applies(ctx.fileURL)) return;
				const href = node.properties?.href;
				if (typeof href !== 'string') return;
				const next = withBase(href, base);
				if (next !== href) ctx.setProperty(node, 'href', next);
			},
		},
		mdxJsxFlowElement: { filter: _LINK_COMPONENTS, visit: visitJsx },
		mdxJsxTextElement: { filter: _LINK_COMPONENTS, visit: visitJsx },
	};
}
