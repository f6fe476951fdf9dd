import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const theme = () => site.page.evaluate(() => document.documentElement.dataset.theme);
const background = () => site.page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('dark mode', () => {
	it('switches between dark and light with the theme menu and keeps the choice on the next page', async () => {
		const { page } = site;
		await page.goto(site.url('/chapters/01-identities-in-aws/'));
		const select = page.locator('header starlight-theme-select select');

		await select.selectOption('dark');
		expect(await theme()).toBe('dark');
		const dark = await background();

		await select.selectOption('light');
		expect(await theme()).toBe('light');
		expect(await background()).not.toBe(dark);

		await select.selectOption('dark');
		await page.goto(site.url('/reference/glossary/'));
		expect(await theme()).toBe('dark');
		expect(await background()).toBe(dark);
	});
});
