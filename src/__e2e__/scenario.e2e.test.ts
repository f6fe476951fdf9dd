import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const WORDS: Record<string, string> = {
	allowed: 'Allowed',
	explicitDeny: 'Denied: explicit deny',
	implicitDeny: 'Denied: implicit deny',
	invalid: 'Rejected: invalid input',
};

describe('worked scenarios on a chapter page', () => {
	it('state each verdict in words, give reasons, and mark the decisive statements', async () => {
		const { page } = site;
		await page.goto(site.url('/chapters/03-trust-policies/'));
		const scenarios = await page.locator('figure.scenario').evaluateAll((figures) =>
			figures.map((f) => ({
				decision: f.getAttribute('data-decision') ?? '',
				caption: f.querySelector('figcaption')?.textContent?.trim() ?? '',
				labelled: document.getElementById(f.getAttribute('aria-labelledby') ?? '') !== null,
				words: f.querySelector('.decision strong')?.textContent?.trim() ?? '',
				reasons: f.querySelectorAll('.reasons li').length,
				requestTerms: [...f.querySelectorAll('.request dt')].map((dt) => dt.textContent?.trim()),
				marked: f.querySelectorAll('.ec-line.mark').length,
			})),
		);
		expect(scenarios.length).toBeGreaterThan(0);
		for (const s of scenarios) {
			expect(s.caption, 'caption').not.toBe('Scenario');
			expect(s.labelled, `${s.caption}: aria-labelledby`).toBe(true);
			expect(s.words, s.caption).toBe(WORDS[s.decision]);
			expect(s.reasons, `${s.caption}: reasons`).toBeGreaterThan(0);
			expect(s.requestTerms.slice(0, 3), s.caption).toEqual(['Principal', 'Action', 'Resource']);
		}
		// With `show=…` a scenario may hide the policy that decided it, so only ask that
		// the page marks decisive statements somewhere.
		const decided = scenarios.filter(
			(s) => s.decision === 'allowed' || s.decision === 'explicitDeny',
		);
		if (decided.length > 0) expect(decided.some((s) => s.marked > 0)).toBe(true);
	});
});
