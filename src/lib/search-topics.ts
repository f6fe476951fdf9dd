/**
 * The `topics` search metadata of a course page: its title and the text of
 * its `h2`/`h3` headings, the concepts the page teaches. The site's search
 * ranking weighs this field highly (`pagefind.ranking.metaWeights` in
 * `astro.config.mjs`), and only chapters and hand-written reference pages
 * have it, so a concept query ("instance profile", "trust policy") finds the
 * course before the ~2,000 generated pages whose names merely contain the
 * words (`EC2InstanceProfileForImageBuilder`). Names in headings
 * (`PassRole`, `aws:SourceArn`) are left out: for a name, the generated
 * entry should still come first.
 */

/** A heading as Starlight lists it. */
export interface HeadingLike {
	readonly depth: number;
	readonly text: string;
}

/** Headings every chapter has, which say nothing about what it teaches. */
const _STOCK = new Set(['what you will learn', 'check yourself', 'where to next', 'where next']);

/**
 * The value of `data-pagefind-meta="topics:…"`: title and concept headings,
 * joined by ` · `. Pagefind splits several metadata in one attribute at
 * commas, so commas become spaces.
 */
export function searchTopics(title: string, headings: readonly HeadingLike[]): string {
	const texts = [
		title,
		...headings
			.filter((h) => h.depth === 2 || h.depth === 3)
			.map((h) => _withoutNames(h.text))
			.filter((text) => text !== '' && !_STOCK.has(text.toLowerCase())),
	];
	return [...new Set(texts)].join(' · ').replace(/,/g, ' ');
}

/**
 * The heading's words without its names (`Passing a role: iam:PassRole` →
 * `Passing a role`); a glossary's single letters give nothing.
 */
function _withoutNames(text: string): string {
	const words = text
		.trim()
		.split(/\s+/)
		.filter((w) => !/\w:\w|[a-z][A-Z]/.test(w));
	const rest = words.join(' ').replace(/[\s:·-]+$/, '');
	return rest.length <= 1 ? '' : rest;
}
