/**
 * The chapter embeds in Debian's Chromium on the built site: solving an
 * exercise (and keeping the progress over a reload), a predict-the-verdict
 * question, a Try it block that loads no editor code before Edit, the
 * JavaScript-off fallbacks, and axe-core on the embeds after interaction.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromium, type Locator, type Page } from 'playwright-core';
import { axeViolations, CHROMIUM, openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});
beforeEach(async () => {
	await site.page.unrouteAll();
	await site.page.goto(site.url('/'));
	await site.page.evaluate(() => localStorage.clear());
});

const CH03 = '/chapters/03-trust-policies/';
const exercises = (
	JSON.parse(readFileSync('playground/exercises/ch03.json', 'utf8')) as {
		exercises: { id: string; solution: unknown; checks: unknown[] }[];
	}
).exercises;

/** Replace the text of an exercise's editor the way a reader does: select all, then type. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
	const editor = page.locator(selector);
	await editor.click();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.press('Delete');
	await editor.pressSequentially(text.replace(/\n\s*/g, ' '));
}

describe('an exercise', () => {
	it('grades the reader’s policy live and keeps the progress over a reload', async () => {
		const { page } = site;
		const first = exercises[0]!;
		const exercise = page.locator(`iam-exercise[data-id="${first.id}"]`);
		await page.goto(site.url(CH03));
		await expect
			.poll(() => exercise.locator('[data-status]').textContent())
			.toMatch(/^With the starting policy, \d of \d checks pass\.$/);

		await typeInto(page, `#exercise-${first.id}-editor`, JSON.stringify(first.solution));
		const total = first.checks.length;
		await exercise
			.locator('[data-status]', { hasText: `Solved: all ${total} checks pass.` })
			.waitFor();
		const icons = await exercise.locator('[data-icon]').allTextContents();
		expect(icons).toEqual(Array(total).fill('✓'));
		const results = await exercise.locator('[data-result]').allTextContents();
		expect(results.every((r) => r.startsWith('passes: '))).toBe(true);
		await expect.poll(() => exercise.locator('[data-solved-badge]').isVisible()).toBe(true);

		await page.reload();
		await expect.poll(() => exercise.locator('[data-solved-badge]').isVisible()).toBe(true);
		const kept = await exercise.locator('textarea').inputValue();
		expect(JSON.parse(kept)).toEqual(first.solution);
		await exercise.scrollIntoViewIfNeeded();
		await exercise
			.locator('[data-status]', { hasText: `Solved: all ${total} checks pass.` })
			.waitFor();
	});

	it('shows an error with its line instead of a verdict for broken JSON, and resets', async () => {
		const { page } = site;
		const first = exercises[0]!;
		const exercise = page.locator(`iam-exercise[data-id="${first.id}"]`);
		await page.goto(site.url(CH03));
		await typeInto(page, `#exercise-${first.id}-editor`, '{ "Version": "2012-10-17", ');
		await exercise.locator('[data-status]', { hasText: 'no check can run yet' }).waitFor();
		await expect
			.poll(() => exercise.locator('[data-problems] li').first().textContent())
			.toMatch(/^Line 1, column \d+: /);
		expect(await exercise.locator('[data-icon]').allTextContents()).toEqual(
			Array(first.checks.length).fill('!'),
		);

		await exercise.getByRole('button', { name: 'Reset' }).click();
		await exercise.locator('[data-status]', { hasText: /^\d of \d checks pass\.$/ }).waitFor();
		await expect.poll(() => exercise.locator('[data-problems]').isHidden()).toBe(true);
	});

	it('marks a chapter in the sidebar once all its exercises are solved', async () => {
		const { page } = site;
		await page.goto(site.url(CH03));
		const link = page.locator(`#starlight__sidebar a[href$="${CH03}"]`);
		await expect.poll(() => link.locator('.exercise-done').count()).toBe(0);
		for (const ex of exercises) {
			await page
				.locator(`iam-exercise[data-id="${ex.id}"]`)
				.getByRole('button', { name: 'Show a solution' })
				.click();
			await page
				.locator(`iam-exercise[data-id="${ex.id}"] [data-status]`, { hasText: 'Solved' })
				.waitFor();
		}
		await expect.poll(() => link.locator('.exercise-done').textContent()).toBe(' ✓ exercises done');
		await page.goto(site.url('/chapters/04-permission-policies/'));
		await expect(
			page.locator(`#starlight__sidebar a[href$="${CH03}"] .exercise-done`).count(),
		).resolves.toBe(1);
	});
});

describe('an exercise in the code editor', () => {
	it('switches to Monaco on request, shows markers, and grades the same way', async () => {
		const { page } = site;
		const first = exercises[0]!;
		const exercise = page.locator(`iam-exercise[data-id="${first.id}"]`);
		await page.goto(site.url(CH03));
		await exercise.getByRole('button', { name: 'Use the code editor' }).click();
		await exercise.locator('.code-editor .monaco-editor').waitFor();
		await expect.poll(() => exercise.locator('textarea[data-editor]').isHidden()).toBe(true);

		await exercise.locator('.monaco-editor .view-lines').click();
		await page.keyboard.press('ControlOrMeta+End');
		await page.keyboard.type(',');
		await exercise.locator('[data-status]', { hasText: 'no check can run yet' }).waitFor();
		await exercise.locator('.monaco-editor .squiggly-error').first().waitFor();

		await exercise.getByRole('button', { name: 'Show a solution' }).click();
		await exercise
			.locator('[data-status]', { hasText: `Solved: all ${first.checks.length} checks pass.` })
			.waitFor();
		await expect.poll(() => exercise.locator('.monaco-editor .squiggly-error').count()).toBe(0);
	});
});

describe('a predict-the-verdict question', () => {
	it('reveals the verdict and its reasons only after the reader chooses', async () => {
		const { page } = site;
		await page.goto(site.url(CH03));
		const predict = page.locator('iam-predict').first();
		const answer = predict.locator('[data-answer]');
		await expect(answer.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
		const decision = await predict.getAttribute('data-decision');
		const wrong = decision === 'allowed' ? 'Explicit deny' : 'Allowed';
		await predict.getByRole('button', { name: wrong }).click();
		await expect(answer.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
		await expect
			.poll(() => predict.locator('[data-feedback]').textContent())
			.toMatch(/^Not quite: /);
		await expect(
			predict.getByRole('button', { name: wrong }).getAttribute('aria-pressed'),
		).resolves.toBe('true');
		const right = {
			allowed: 'Allowed',
			explicitDeny: 'Explicit deny',
			implicitDeny: 'Implicit deny',
		}[decision as 'allowed'];
		await predict.getByRole('button', { name: right }).click();
		await expect.poll(() => predict.locator('[data-feedback]').textContent()).toMatch(/^Right: /);
		expect((await predict.locator('.reasons li').allTextContents()).length).toBeGreaterThan(0);
	});
});

/** In a Try it's Monaco editor, select the value of `key` on its first line (a JSON string) and type `value`. */
async function retypeValue(page: Page, tryIt: Locator, key: string, value: string): Promise<void> {
	const payload = JSON.parse((await tryIt.locator('[data-payload]').textContent()) ?? '{}') as {
		text: string;
	};
	const lines = payload.text.split('\n');
	const line = lines.findIndex((l) => l.includes(`"${key}": "`));
	const old = /: "([^"]*)"/.exec(lines[line] ?? '')?.[1] ?? '';
	await tryIt.locator('.monaco-editor .view-lines').click();
	await page.keyboard.press('ControlOrMeta+Home');
	for (let i = 0; i < line; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('End');
	// Past the closing quote (and the comma, when there is one).
	const tail = lines[line]?.endsWith(',') ? 2 : 1;
	for (let i = 0; i < tail; i++) await page.keyboard.press('ArrowLeft');
	for (let i = 0; i < old.length; i++) await page.keyboard.press('Shift+ArrowLeft');
	await page.keyboard.type(value);
}

describe('a Try it block', () => {
	it('loads no editor code before Edit, then turns into a Monaco editor', async () => {
		const { page } = site;
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (['script', 'worker'].includes(r.resourceType())) scripts.push(new URL(r.url()).pathname);
		});
		await page.goto(site.url(CH03));
		await page.waitForLoadState('networkidle');
		const editorCode = /try-it-live|create-editor|editor\.worker|json\.worker|monaco/i;
		const before = [...scripts];
		expect(before.filter((s) => editorCode.test(s))).toEqual([]);

		const tryIt = page.locator('iam-try-it').first();
		await expect.poll(() => tryIt.locator('[data-words]').textContent()).toBe('Allowed');
		await tryIt.getByRole('button', { name: 'Edit' }).click();
		await tryIt.locator('[data-live] .monaco-editor.focused').waitFor();
		const after = scripts.slice(before.length);
		expect(after.some((s) => /try-it-live/.test(s))).toBe(true);
		expect(after.some((s) => /create-editor/.test(s))).toBe(true);
		await expect.poll(() => tryIt.locator('[data-static]').isHidden()).toBe(true);
		await expect.poll(() => tryIt.locator('.editor-hint').textContent()).toMatch(/Escape then Tab/);
		await expect.poll(() => tryIt.locator('.iam-mark-decisive').count()).toBeGreaterThan(0);
		// The editor follows the site's theme switch.
		for (const [theme, monacoClass] of [
			['dark', 'vs-dark'],
			['light', 'vs'],
		] as const) {
			await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
			await expect
				.poll(() => tryIt.locator('.monaco-editor').first().getAttribute('class'))
				.toMatch(new RegExp(`(^| )${monacoClass}( |$)`));
		}
		const href = await tryIt.locator('a[data-open]').getAttribute('href');
		expect(href).toMatch(/\/playground\/#s=1\./);
	});

	it('follows every keystroke: a new caller flips the verdict, broken JSON shows where', async () => {
		const { page } = site;
		await page.goto(site.url(CH03));
		const tryIt = page.locator('iam-try-it').first();
		await tryIt.getByRole('button', { name: 'Edit' }).click();
		await tryIt.locator('[data-live] .monaco-editor').waitFor();
		const href = await tryIt.locator('a[data-open]').getAttribute('href');

		await retypeValue(page, tryIt, 'principal', 'lambda.amazonaws.com');
		await tryIt.locator('[data-words]', { hasText: 'Denied: implicit deny' }).waitFor();
		await expect.poll(() => tryIt.getAttribute('data-decision')).toBe('implicitDeny');
		await expect
			.poll(() => tryIt.locator('[data-reasons]').textContent())
			.toContain('lambda.amazonaws.com');
		await expect.poll(() => tryIt.locator('a[data-open]').getAttribute('href')).not.toBe(href);

		await page.keyboard.press('ControlOrMeta+End');
		await page.keyboard.type(',');
		await tryIt.locator('[data-words]', { hasText: 'Rejected: invalid input' }).waitFor();
		await expect
			.poll(() => tryIt.locator('[data-problems] li').first().textContent())
			.toMatch(/^Line \d+, column \d+: /);
		await expect
			.poll(() => tryIt.locator('.monaco-editor .squiggly-error').count())
			.toBeGreaterThan(0);
		await expect.poll(() => tryIt.locator('a[data-open]').isHidden()).toBe(true);
	});
});

describe('Open in playground', () => {
	it('carries the edited scenario over to the playground page', async () => {
		const { page } = site;
		await page.goto(site.url(CH03));
		const tryIt = page.locator('iam-try-it').first();
		await tryIt.getByRole('button', { name: 'Edit' }).click();
		await tryIt.locator('[data-live] .monaco-editor').waitFor();
		const before = await tryIt.locator('a[data-open]').getAttribute('href');
		await retypeValue(page, tryIt, 'principal', 'lambda.amazonaws.com');
		await expect.poll(() => tryIt.locator('a[data-open]').getAttribute('href')).not.toBe(before);
		await tryIt.locator('a[data-open]').click();
		await page.waitForURL(/\/playground\/#s=1\./);
		// The playground's hop 1 now asks about the edited caller.
		await expect
			.poll(async () => (await page.locator('main').innerText()).includes('lambda.amazonaws.com'))
			.toBe(true);
	});
});

describe('without JavaScript', () => {
	it('still shows each verdict, the starting policy’s checks and a solution', async () => {
		// A browser of its own: the harness's profile has JavaScript on, and Astro inlines small scripts.
		const browser = await chromium.launch({
			executablePath: CHROMIUM,
			headless: true,
			args: ['--no-sandbox', '--disable-gpu'],
		});
		try {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(site.url(CH03));
			const tryIt = page.locator('iam-try-it').first();
			await expect.poll(() => tryIt.locator('[data-words]').textContent()).toBe('Allowed');
			await expect.poll(() => tryIt.getByRole('button', { name: 'Edit' }).isHidden()).toBe(true);
			const predict = page.locator('iam-predict').first();
			await expect.poll(() => predict.locator('[data-choices]').isHidden()).toBe(true);
			await expect.poll(() => predict.locator('.decision').isVisible()).toBe(false);
			await predict.locator('[data-summary]').click();
			await expect.poll(() => predict.locator('.decision').isVisible()).toBe(true);
			const exercise = page.locator('iam-exercise').first();
			await expect
				.poll(() => exercise.locator('[data-status]').textContent())
				.toMatch(/With the starting policy, \d of \d checks pass\./);
			await expect.poll(() => exercise.locator('[data-actions]').isHidden()).toBe(true);
			await exercise.locator('[data-solution-fallback] summary').click();
			await expect
				.poll(() => exercise.locator('[data-solution-fallback] pre').isVisible())
				.toBe(true);
		} finally {
			await browser.close();
		}
	});
});

describe('on a narrow screen', () => {
	it('keeps every embed within the viewport (long code scrolls inside its block)', async () => {
		const { page } = site;
		await page.setViewportSize({ width: 390, height: 844 });
		try {
			for (const path of [CH03, '/chapters/02-anatomy-of-a-role/']) {
				await page.goto(site.url(path));
				const wide = await page.evaluate(() =>
					[
						...document.querySelectorAll(
							'iam-exercise, iam-try-it, iam-predict, iam-predict dd, iam-try-it .expressive-code, iam-predict .expressive-code, iam-exercise li',
						),
					]
						.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
						.map((el) => el.tagName.toLowerCase()),
				);
				expect(wide).toEqual([]);
			}
		} finally {
			await page.setViewportSize({ width: 1280, height: 900 });
		}
	});
});

describe('accessibility of the embeds (axe-core)', () => {
	it.each(['light', 'dark'] as const)(
		'has no violations after interaction in the %s theme',
		async (theme) => {
			const { page } = site;
			await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(site.url(CH03));
			await page.locator('iam-predict').first().getByRole('button', { name: 'Allowed' }).click();
			await page.locator('iam-try-it').first().getByRole('button', { name: 'Edit' }).click();
			await page.locator('iam-try-it [data-live] .monaco-editor').first().waitFor();
			await typeInto(page, `#exercise-${exercises[0]!.id}-editor`, '{ "Version": ');
			await page.locator('iam-exercise [data-problems] li').first().waitFor();
			expect(
				await axeViolations(page, (axe) =>
					axe.include('iam-exercise').include('iam-try-it').include('iam-predict'),
				),
			).toEqual([]);
		},
		120_000,
	);
});
