import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, openSite, type Site } from './harness.ts';
import { searchSite } from './search.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

/** A chapter's title as built, read from its page. */
function chapterTitle(slug: string): string {
	const html = readFileSync(join(DIST, 'chapters', slug, 'index.html'), 'utf8');
	const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1];
	if (title === undefined) throw new Error(`no h1 in the built chapter ${slug}`);
	return title.replace(/&amp;/g, '&').replace(/&#39;/g, "'").trim();
}

describe('search', () => {
	it('finds a chapter by its own title, and lists it first', async () => {
		const title = chapterTitle('03-trust-policies');
		await site.page.goto(site.url('/'));
		const { pages } = await searchSite(site.page, title);
		expect(pages[0]).toBe(new URL(site.url('/chapters/03-trust-policies/')).pathname);
	});

	it.each([
		['StringLike', '/reference/condition-operators/'],
		['NotPrincipal', '/reference/policy-elements/'],
		['aws:SourceArn', '/reference/global-condition-keys/'],
	])('ranks the reference entry first for %s', async (term, expected) => {
		await site.page.goto(site.url('/'));
		const { pages } = await searchSite(site.page, term);
		expect(pages[0]).toBe(new URL(site.url(expected)).pathname);
	});

	it.each(['iam:PassRole', 'sts:ExternalId'])(
		'ranks a reference page first for %s',
		async (term) => {
			await site.page.goto(site.url('/'));
			const { pages } = await searchSite(site.page, term);
			expect(pages[0]).toMatch(new RegExp(`^${new URL(site.url('/reference/')).pathname}`));
		},
	);

	it.each(['iam:PassRole', 's3:GetObject', 'ec2.amazonaws.com', 'aws:SourceArn'])(
		'finds %s as a whole token',
		async (term) => {
			await site.page.goto(site.url('/'));
			const { message, pages } = await searchSite(site.page, term);
			expect(message).toMatch(new RegExp(`^\\d+ results? for ${term.replace(/\./g, '\\.')}`));
			expect(pages.length).toBeGreaterThan(0);
		},
	);

	it('keeps the playground page out of the index', async () => {
		await site.page.goto(site.url('/'));
		const { pages } = await searchSite(site.page, 'playground');
		expect(pages).not.toContain(new URL(site.url('/playground/')).pathname);
	});
});
