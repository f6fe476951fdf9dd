import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

/** One page of every type the site has. */
const PAGES = [
	['the home page', '/'],
	['a chapter with worked scenarios', '/chapters/03-trust-policies/'],
	['a chapter with the evaluation-order diagram', '/chapters/06-how-aws-decides/'],
	['a reference page', '/reference/condition-operators/'],
	['the playground page', '/playground/'],
	['the 404 page', '/no-such-page/'],
] as const;

describe('accessibility (axe-core)', () => {
	it.each(
		PAGES.flatMap(([what, path]) =>
			(['light', 'dark'] as const).map((t) => [what, path, t] as const),
		),
	)(
		'%s (%s) has no violations in the %s theme',
		async (_what, path, theme) => {
			const { page } = site;
			await page.goto(site.url('/'));
			await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(site.url(path));
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
			expect(await axeViolations(page)).toEqual([]);
		},
		180_000,
	); // colour contrast over every highlighted code token of a long chapter takes a while
});
