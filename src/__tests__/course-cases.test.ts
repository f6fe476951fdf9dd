/**
 * How the chapters are built, read from the MDX itself: one outline for
 * every chapter; a predict question must ask something the reader has not
 * already been shown; a twin card must pair two different cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const chaptersDir = new URL('../../content/chapters/', import.meta.url);
const chapters = readdirSync(chaptersDir)
	.filter((name) => /^\d{2}-.*\.mdx$/.test(name))
	.sort();

/** Every `<Scenario>`, `<TryIt>` and `<Predict>` of a page in reading order, with the ids it shows. */
function casesIn(text: string): { component: string; ids: string[] }[] {
	const found: { component: string; ids: string[] }[] = [];
	for (const m of text.matchAll(/<(Scenario|TryIt|Predict)\b([^>]*?)\/>/gs)) {
		const attrs = m[2] ?? '';
		const ids = [...attrs.matchAll(/\b(?:id|twin)="([^"]+)"/g)].map((a) => a[1]!);
		found.push({ component: m[1]!, ids });
	}
	return found;
}

const pages = chapters.map((name) => {
	const text = readFileSync(new URL(name, chaptersDir), 'utf8');
	return {
		name,
		cases: casesIn(text),
		headings: [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]!),
	};
});

describe('the chapters', () => {
	it('show corpus cases (the reader of this test finds them)', () => {
		expect(pages.flatMap((p) => p.cases).length).toBeGreaterThan(50);
	});

	it.each(pages)(
		'$name opens with "What you will learn" and closes with "Check yourself", "Where to next"',
		({ headings }) => {
			expect(headings[0]).toBe('What you will learn');
			expect(headings.slice(-2)).toEqual(['Check yourself', 'Where to next']);
		},
	);

	const predicts = pages.flatMap((page, at) =>
		page.cases
			.filter((c) => c.component === 'Predict')
			.map((c) => ({ page: page.name, id: c.ids[0]!, at, position: page.cases.indexOf(c) })),
	);

	it.each(predicts)(
		'ask $id in $page before any page shows its verdict',
		({ id, at, position }) => {
			const shownBefore = pages
				.slice(0, at + 1)
				.flatMap((page, i) => (i === at ? page.cases.slice(0, position) : page.cases))
				.filter((c) => c.component !== 'Predict' && c.ids.includes(id));
			expect(shownBefore).toEqual([]);
		},
	);

	it('never ask the same predict question twice', () => {
		const ids = predicts.map((p) => p.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it('pair two different cases in every twin card', () => {
		const twins = pages.flatMap((p) => p.cases.filter((c) => c.ids.length > 1));
		expect(twins.filter((c) => c.ids[0] === c.ids[1])).toEqual([]);
	});
});
