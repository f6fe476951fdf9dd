/**
 * Astro links, in every page's `<head>`, the CSS of every module the page's
 * scripts may import, dynamic imports included. The playground editor's
 * stylesheet (Monaco's, ~175 KB) thus blocked the first paint of every
 * chapter and reference page, though no page shows an editor before the
 * reader asks for one; when the editor chunk loads, Vite's preload brings its
 * CSS along. This drops such render-blocking links from the built pages.
 */

/**
 * `html` without `<link rel="stylesheet">` elements whose `href` file name
 * starts with one of `chunks` followed by a dot (`create-editor` matches
 * `/_astro/create-editor.B6dJJj3t.css`).
 */
export function dropLazyCss(html: string, chunks: readonly string[]): string {
	return html.replace(/<link\b[^>]*>/g, (tag) => {
		if (!/\brel=["']?stylesheet\b/.test(tag)) return tag;
		const file = /\bhref=["']?([^"'\s>]+)/.exec(tag)?.[1]?.split('/').pop() ?? '';
		return chunks.some((chunk) => file.startsWith(`${chunk}.`) && file.endsWith('.css')) ? '' : tag;
	});
}
