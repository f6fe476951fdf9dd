import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	extractHrefs,
	extractIds,
	findBrokenLinks,
	formatBrokenLinks,
} from '../lib/check-links.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fake `dist/`: path → HTML body. */
function site(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'links-'));
	dirs.push(dir);
	for (const [path, body] of Object.entries(pages)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), `<!doctype html><html><body>${body}</body></html>`);
	}
	return dir;
}

const good = {
	'index.html': '<a href="/chapters/01-a/">one</a> <a href="/reference/ops/#stringlike">op</a>',
	'chapters/01-a/index.html':
		'<h2 id="intro">Intro</h2><a href="#intro">top</a> <a href="../02-b/">next</a> <a href="https://aws.amazon.com/">aws</a>',
	'chapters/02-b/index.html': '<a href="/">home</a> <a href="/favicon.svg">icon</a>',
	'reference/ops/index.html': '<h2 id="stringlike">StringLike</h2>',
	'favicon.svg': '<svg/>',
};

describe('findBrokenLinks', () => {
	it('finds nothing when every internal link and anchor resolves', async () => {
		expect(await findBrokenLinks(site(good))).toEqual([]);
	});

	it('reports a link to a page that was not built, naming the page and the href', async () => {
		const dir = site({ ...good, 'index.html': '<a href="/chapters/99-missing/">gone</a>' });
		expect(await findBrokenLinks(dir)).toEqual([
			{
				page: 'index.html',
				href: '/chapters/99-missing/',
				reason: 'no built page or file at this path',
			},
		]);
	});

	it('reports an anchor that no element on the target page carries', async () => {
		const dir = site({ ...good, 'index.html': '<a href="/reference/ops/#stringequals">x</a>' });
		expect(await findBrokenLinks(dir)).toEqual([
			{
				page: 'index.html',
				href: '/reference/ops/#stringequals',
				reason: 'no element with id `stringequals` on the target page',
			},
		]);
	});

	it('reports a same-page anchor with no target', async () => {
		const dir = site({ ...good, 'chapters/02-b/index.html': '<a href="#nowhere">x</a>' });
		expect(await findBrokenLinks(dir)).toEqual([
			{
				page: 'chapters/02-b/index.html',
				href: '#nowhere',
				reason: 'no element with id `nowhere` on this page',
			},
		]);
	});

	it('under a sub-path base, reports a root-relative link that lacks the base', async () => {
		const dir = site({
			'index.html': '<a href="/lab/chapters/01-a/">ok</a> <a href="/chapters/01-a/">no base</a>',
			'chapters/01-a/index.html': '<a href="/lab/">home</a>',
		});
		expect(await findBrokenLinks(dir, { base: '/lab/' })).toEqual([
			{ page: 'index.html', href: '/chapters/01-a/', reason: 'outside the site base `/lab/`' },
		]);
	});

	it('does not look inside the Pagefind and asset folders', async () => {
		const dir = site({ ...good, 'pagefind/x.html': '<a href="/nope/">x</a>' });
		expect(await findBrokenLinks(dir)).toEqual([]);
	});
});

describe('formatBrokenLinks', () => {
	it('puts one broken link per line under a count', () => {
		expect(
			formatBrokenLinks([
				{ page: 'index.html', href: '/x/', reason: 'no built page or file at this path' },
			]),
		).toMatchInlineSnapshot(`
			"1 broken internal link:
			  index.html: \`/x/\`: no built page or file at this path"
		`);
	});
});

describe('extractHrefs and extractIds', () => {
	it('reads hrefs in any quoting and decodes entities', () => {
		expect(
			extractHrefs(
				`<a class="x" href="/a/?q=1&amp;r=2">a</a><a href='/b/'>b</a><a href=/c/>c</a><link href="/no/">`,
			),
		).toEqual(['/a/?q=1&r=2', '/b/', '/c/']);
	});

	it('collects the ids of all elements', () => {
		expect([...extractIds('<h2 id="awssourcearn">x</h2><div id=\'_top\'></div>')]).toEqual([
			'awssourcearn',
			'_top',
		]);
	});
});
