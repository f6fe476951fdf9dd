/**
 * Search over the generated reference in real Chromium: an exact action or
 * policy name ranks its own entry first, and one query downloads little index.
 */
import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';
import { searchSite } from './search.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

/** Search budget per query, in bytes of Pagefind index, filter and fragment files. */
const INDEX_BUDGET = 120_000;

describe('reference search', () => {
	it.each([
		['iam:PassRole', '/reference/services/iam/'],
		['AWSLambdaBasicExecutionRole', '/reference/managed-policies/AWSLambdaBasicExecutionRole/'],
		['IAMReadOnlyAccess', '/reference/managed-policies/IAMReadOnlyAccess/'],
		['ec2:RunInstances', '/reference/services/ec2/'],
		['iam:PassedToService', '/reference/services/iam/'],
	])('lists the entry of %s first', async (term, expected) => {
		await site.page.goto(site.url('/'));
		const { pages } = await searchSite(site.page, term);
		expect(pages[0]).toBe(new URL(site.url(expected)).pathname);
	});

	it('downloads a small part of the index for one query, and says how much', async () => {
		await site.page.goto(site.url('/'));
		const sizes = new Map<string, number>();
		const pending: Promise<void>[] = [];
		const onResponse = (response: Response): void => {
			const url = new URL(response.url());
			if (!url.pathname.includes('/pagefind/')) return;
			pending.push(
				response
					.body()
					.then((body) => void sizes.set(url.pathname, body.length))
					.catch(() => undefined),
			);
		};
		site.page.on('response', onResponse);
		await searchSite(site.page, 'iam:PassRole');
		await site.page.waitForLoadState('networkidle');
		site.page.off('response', onResponse);
		await Promise.all(pending);
		const index = [...sizes]
			.filter(([path]) => /\.pf_(index|filter|fragment|meta)$/.test(path))
			.reduce((n, [, bytes]) => n + bytes, 0);
		const runtime = [...sizes].reduce((n, [, bytes]) => n + bytes, 0) - index;
		console.info(
			`search for iam:PassRole: ${index} bytes of index, filters and fragments; ${runtime} bytes of Pagefind runtime (cached across pages)`,
		);
		expect(index).toBeGreaterThan(0);
		expect(index).toBeLessThan(INDEX_BUDGET);
	});

	it('filters a service page by text and access level without reloading', async () => {
		await site.page.goto(site.url('/reference/services/iam/'));
		const filter = site.page.locator('ref-filter[data-for="actions-table"]');
		await filter.waitFor({ state: 'visible' });
		await filter.getByLabel('Filter actions').fill('passrole');
		const visible = site.page.locator('#actions-table tbody tr:not([hidden])');
		await expect.poll(() => visible.count()).toBe(1);
		await expect.poll(() => visible.locator('h3').getAttribute('id')).toBe('passrole');
		await filter.getByLabel('Filter actions').fill('');
		await filter.getByLabel('Access level').selectOption('List');
		const levels = await visible.evaluateAll((rows) =>
			rows.map((r) => (r as HTMLElement).dataset.level),
		);
		expect(levels.length).toBeGreaterThan(0);
		expect(new Set(levels)).toEqual(new Set(['List']));
	});

	it('puts the share fragment on "Try it in the playground"', async () => {
		await site.page.goto(site.url('/reference/managed-policies/IAMReadOnlyAccess/'));
		const link = site.page.locator('a.ref-try');
		const hash = await link.getAttribute('data-share-hash');
		expect(hash).toMatch(/^#s=1\./);
		const resolved = await link.evaluate((a) => (a as HTMLAnchorElement).href);
		expect(resolved).toBe(`${new URL(site.url('/playground/')).href}${hash}`);
	});
});
