/** Accessibility (axe-core) and JavaScript weight of the generated reference pages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePageJs } from '../lib/measure-page-js.ts';
import { axeViolations, BASE, DIST, openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

/** One generated page of each kind. */
const PAGES = [
	['the services index', '/reference/services/'],
	['a service page', '/reference/services/sts/'],
	['the managed policies index', '/reference/managed-policies/'],
	['a managed policy page', '/reference/managed-policies/IAMReadOnlyAccess/'],
] as const;

/** The chapter budget: JavaScript a page loads before interaction, gzip. */
const BUDGET_GZIP_BYTES = 30 * 1024;

describe('generated reference pages', () => {
	it.each(
		PAGES.flatMap(([what, path]) => (['light', 'dark'] as const).map((t) => [what, path, t])),
	)(
		'%s (%s) has no axe violations in the %s theme',
		async (_what, path, theme) => {
			const { page } = site;
			await page.goto(site.url('/'));
			await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(site.url(path));
			// The index tables repeat one row shape a thousand times: check the first 50 rows.
			expect(
				await axeViolations(page, (axe) => axe.exclude('.ref-table tbody tr:nth-child(n+51)')),
			).toEqual([]);
		},
		180_000,
	);

	it.each([...PAGES.map(([, path]) => path), '/reference/services/ec2/'])(
		'%s loads no editor code and stays within the chapter JavaScript budget',
		(path) => {
			const size = measurePageJs(DIST, `${path.replace(/^\//, '')}index.html`, BASE);
			console.info(`${path}: ${(size.gzipBytes / 1024).toFixed(1)} KB gzip of JavaScript`);
			expect(size.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
			expect(size.scripts.map((s) => s.source).join(' ')).not.toMatch(/monaco|editor/i);
		},
	);
});
