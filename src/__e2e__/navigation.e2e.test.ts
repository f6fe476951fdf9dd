import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

describe('navigation', () => {
	it('goes from the home page to the first chapter and on to the next one', async () => {
		const { page } = site;
		await page.goto(site.url('/'));
		await expect.poll(() => page.locator('h1').first().textContent()).toBe('IAM Roles Lab');

		await page.getByRole('link', { name: 'Start the course' }).click();
		await page.waitForURL(/\/chapters\/01-identities-in-aws\/$/);
		const first = await page.locator('h1').first().textContent();
		expect(first?.trim()).not.toBe('');

		const next = page.locator('.pagination-links a[rel="next"]');
		const nextHref = await next.getAttribute('href');
		expect(nextHref).toMatch(/\/chapters\/\d\d-[a-z0-9-]+\/$/);
		// The sidebar and the pagination number chapters ("2. Anatomy of a role"); the heading does not.
		const nextTitle = (await next.locator('.link-title').textContent())
			?.trim()
			.replace(/^\d+\.\s+/, '');
		await next.click();
		await page.waitForURL((url) => url.pathname === nextHref);
		await expect.poll(() => page.locator('h1').first().textContent()).toBe(nextTitle);
	});

	it('lists every chapter on the home page in order, each link leading to its page', async () => {
		const { page } = site;
		await page.goto(site.url('/'));
		const hrefs = await page
			.locator('.chapter-list a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs).toEqual([...hrefs].sort());
		for (const href of hrefs) {
			const response = await page.request.get(new URL(href, site.server.url).href);
			expect(response.status(), href).toBe(200);
		}
	});

	it('answers an unknown address with the helpful 404 page', async () => {
		const { page } = site;
		const response = await page.goto(site.url('/chapters/no-such-chapter/'));
		expect(response?.status()).toBe(404);
		await expect.poll(() => page.locator('h1').first().textContent()).toBe('Page not found');
		await expect.poll(() => page.getByRole('link', { name: /Chapter 1/ }).count()).toBe(1);
	});
});
