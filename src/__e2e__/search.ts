/** Drives Starlight's search dialog (Pagefind UI) in a page. */
import type { Page } from 'playwright-core';

/** The outcome of one search: Pagefind's message and the result pages, best first. */
export interface SearchOutcome {
	/** E.g. `3 results for StringLike` or `No results for x`. */
	readonly message: string;
	/** Paths of the result pages (sub-results left out), best first. */
	readonly pages: readonly string[];
}

/** Opens the search dialog, types `term`, waits for Pagefind's answer and closes the dialog. */
export async function searchSite(page: Page, term: string): Promise<SearchOutcome> {
	await page.waitForFunction(() => {
		const button = document.querySelector('site-search button[data-open-modal]');
		return button instanceof HTMLButtonElement && !button.disabled;
	});
	await page.locator('site-search button[data-open-modal]').click();
	const input = page.locator('#starlight__search .pagefind-ui__search-input');
	await input.waitFor({ state: 'visible' });
	await input.fill(term);
	const handle = await page.waitForFunction((wanted: string) => {
		const root = document.querySelector('#starlight__search');
		const message = root?.querySelector('.pagefind-ui__message')?.textContent ?? '';
		if (!message.includes(wanted)) return false;
		if (/^No results/i.test(message)) return { message, pages: [] };
		// Results render as placeholders first and fill in as their data loads,
		// not necessarily in order: wait until every shown result has its link.
		const results = [...(root?.querySelectorAll('.pagefind-ui__result') ?? [])];
		const links = results.map((r) =>
			r.querySelector<HTMLAnchorElement>('.pagefind-ui__result-title .pagefind-ui__result-link'),
		);
		if (results.length === 0 || links.some((a) => a === null)) return false;
		return { message, pages: links.map((a) => a?.pathname ?? '') };
	}, term);
	const outcome = (await handle.jsonValue()) as SearchOutcome;
	await page.keyboard.press('Escape');
	return outcome;
}
