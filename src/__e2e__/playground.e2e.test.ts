/**
 * The playground page driven through its real UI in Debian's Chromium:
 * verdicts flip as the trust policy is typed, broken JSON gives a marker and a
 * message (no crash), share links round-trip, hostile links fall back to the
 * default, effective permissions, presets, keyboard tabs and axe. How fast it
 * is, is measured by `npm run bench:browser`, never asserted here.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultDocument } from '../../playground/editor/default-document.ts';
import { encodeShareLink } from '../../playground/editor/share-link.ts';
import { axeViolations, openSite, type Site } from './harness.ts';

let site: Site;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
	site = await openSite();
	page = site.page;
	page.on('pageerror', (error) => pageErrors.push(String(error)));
	await site.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
	await site?.close();
});
beforeEach(async () => {
	pageErrors.length = 0;
	await page.goto(site.url('/playground/'));
	await page.evaluate(() => localStorage.clear());
});

/** Open the playground (optionally with a fragment) and wait for its editors. */
async function openPlayground(hash = ''): Promise<void> {
	await page.goto('about:blank');
	await page.goto(site.url(`/playground/${hash}`));
	await page.waitForSelector('iam-playground[data-ready="editor"]');
}

/** The hop 2 action of the autosaved document, once the debounced save has run. */
function savedAction(): Promise<string | undefined> {
	return page.evaluate(() => {
		const saved = localStorage.getItem('iam-roles-lab:playground:v1');
		return saved === null
			? undefined
			: (JSON.parse(saved) as { doc: { session: { action: string } } }).doc.session.action;
	});
}

/** The decision line of a hop, as text. */
function verdict(hop: 'assume' | 'session'): Promise<string> {
	return page.locator(`[data-verdict="${hop}"] .pg-decision`).innerText();
}

/** Replace the whole text of the pane's editor by select-all and paste. */
async function replaceText(paneId: string, text: string): Promise<void> {
	await page.locator(`[role="tab"][data-pane="${paneId}"]`).click();
	const editor = page.locator(`[data-editor="${paneId}"] .monaco-editor`);
	await editor.click();
	await page.keyboard.press('ControlOrMeta+A');
	// A paste: typing would let the editor auto-close brackets and quotes.
	await page.evaluate((t) => navigator.clipboard.writeText(t), text);
	await page.keyboard.press('ControlOrMeta+V');
}

const TRUST = (service: string): string =>
	JSON.stringify(
		{
			Version: '2012-10-17',
			Statement: [
				{
					Sid: 'TrustService',
					Effect: 'Allow',
					Principal: { Service: service },
					Action: 'sts:AssumeRole',
				},
			],
		},
		null,
		2,
	);

describe('the playground page', () => {
	it('becomes editable and answers the first keystroke with a verdict', async () => {
		await openPlayground();
		await page.locator('[data-editor="trust"] .monaco-editor').click();
		await page.keyboard.press('ControlOrMeta+End');
		await page.keyboard.type(' ');
		await expect
			.poll(() =>
				page.evaluate(() => performance.getEntriesByName('playground:keystroke-to-verdict').length),
			)
			.toBe(1);
		expect(await verdict('assume')).toContain('Allowed');
	});

	it('flips hop 1 to an implicit deny when the trust policy names Lambda instead of EC2', async () => {
		await openPlayground();
		expect(await verdict('assume')).toContain('Allowed');
		await replaceText('trust', TRUST('lambda.amazonaws.com'));
		await expect.poll(() => verdict('assume')).toContain('Denied — no statement allows it');
		const reasons = await page.locator('[data-why="assume"] [data-reasons]').innerText();
		expect(reasons).toContain(
			'does not apply: the caller is ec2.amazonaws.com, not lambda.amazonaws.com',
		);
		await page.locator('.pg-callers [data-caller="lambda.amazonaws.com"]').click();
		await expect.poll(() => verdict('assume')).toContain('Allowed');
	});

	it('shows a marker and an error message for broken JSON, and keeps working', async () => {
		await openPlayground();
		await replaceText('trust', '{ "Version": "2012-10-17", "Statement": [ ');
		await expect
			.poll(() => page.locator('[data-editor="trust"] .squiggly-error').count())
			.toBeGreaterThan(0);
		const problem = await page.locator('#pg-panel-trust [data-problems]').innerText();
		expect(problem).toMatch(/^error E\d+: /);
		expect(await verdict('assume')).toContain('No verdict');
		expect(await page.locator('[role="tab"][data-pane="trust"]').innerText()).toMatch(/error/);
		expect(await verdict('session')).toContain('Allowed');
		await replaceText('trust', TRUST('ec2.amazonaws.com'));
		await expect.poll(() => verdict('assume')).toContain('Allowed');
		expect(pageErrors).toEqual([]);
	});

	it('shares a link that opens the same scenario in a fresh page', async () => {
		await openPlayground();
		await replaceText('trust', TRUST('lambda.amazonaws.com'));
		await page.locator('#pg-role').fill('SharedRole');
		await page.locator('[data-action="share"]').click();
		await expect.poll(() => page.locator('[data-status]').innerText()).toBe('link copied');
		const url = page.url();
		expect(url).toMatch(/#s=1\./);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
		const fresh = await site.context.newPage();
		await fresh.evaluate(() => localStorage.clear()).catch(() => undefined);
		await fresh.goto(url);
		await fresh.waitForSelector('iam-playground[data-ready="editor"]');
		expect(await fresh.locator('#pg-role').inputValue()).toBe('SharedRole');
		expect(await fresh.locator('[data-verdict="assume"]').innerText()).toContain(
			'May ec2.amazonaws.com assume SharedRole?',
		);
		const text = await fresh.evaluate(
			() => document.querySelector('[data-editor="trust"] .view-lines')?.textContent ?? '',
		);
		expect(text.replace(/\s/g, '')).toContain('"Service":"lambda.amazonaws.com"');
		await fresh.close();
	});

	it.each([
		['garbage data', '#s=1.%%%not-base64'],
		['an unknown format version', '#s=9.abc'],
		['markup in the fragment', '#s=1.<img src=x onerror=alert(1)>'],
	])('opens a link with %s as the default scenario with a clear message', async (_what, hash) => {
		let dialogs = 0;
		page.on('dialog', () => dialogs++);
		await openPlayground(hash);
		const message = page.locator('[data-load-message]');
		await expect.poll(() => message.isVisible()).toBe(true);
		expect(await message.innerText()).toMatch(/^this share link cannot be opened: /);
		expect(await page.locator('#pg-role').inputValue()).toBe('DemoRoleForEC2');
		expect(await verdict('assume')).toContain('Allowed');
		await expect.poll(() => page.locator('iam-playground img').count()).toBe(0);
		expect(dialogs).toBe(0);
	});

	it('restores the last scenario after a reload', async () => {
		await openPlayground();
		await page.locator('#pg-action').fill('iam:CreateRole');
		await expect.poll(() => verdict('session')).toContain('Denied — no statement allows it');
		await expect.poll(savedAction).toBe('iam:CreateRole'); // autosave is debounced
		await page.reload();
		await page.waitForSelector('iam-playground[data-ready="editor"]');
		expect(await page.locator('#pg-action').inputValue()).toBe('iam:CreateRole');
	});

	it('never lets a share link overwrite saved work: it asks, and the earlier work comes back', async () => {
		await openPlayground();
		await page.locator('#pg-action').fill('iam:CreateRole');
		await expect.poll(savedAction).toBe('iam:CreateRole');
		const base = defaultDocument();
		const link = encodeShareLink({ ...base, roleName: 'LinkedRole' });
		if (!link.ok) throw new Error(link.message);

		// The link is shown and the reader is asked; going back to /playground/ gives the work back.
		await openPlayground(link.hash);
		expect(await page.locator('#pg-role').inputValue()).toBe('LinkedRole');
		expect(await page.locator('[data-choice]').innerText()).toMatch(
			/your own work from .* in this browser/,
		);
		await openPlayground();
		expect(await page.locator('#pg-action').inputValue()).toBe('iam:CreateRole');

		// "Keep my work" returns to it and drops the link from the URL.
		await openPlayground(link.hash);
		await page.locator('[data-choose="saved"]').click();
		await expect.poll(() => page.locator('#pg-action').inputValue()).toBe('iam:CreateRole');
		await expect.poll(() => page.locator('#pg-role').inputValue()).toBe('DemoRoleForEC2');
		await expect.poll(() => new URL(page.url()).hash).toBe('');
		await expect.poll(() => page.locator('[data-choice]').isHidden()).toBe(true);

		// Editing the link's scenario chooses it: a reload shows the edit, the earlier work is under Recent.
		await openPlayground(link.hash);
		await page.locator('#pg-role').fill('EditedRole');
		await expect.poll(() => new URL(page.url()).hash).toBe('');
		await expect
			.poll(() => page.evaluate(() => localStorage.getItem('iam-roles-lab:playground:v1') ?? ''))
			.toContain('EditedRole');
		await page.reload();
		await page.waitForSelector('iam-playground[data-ready="editor"]');
		expect(await page.locator('#pg-role').inputValue()).toBe('EditedRole');
		const recent = page.locator('#pg-recent option');
		const labels = await recent.allInnerTexts();
		const mine = labels.findIndex((l) => l.startsWith('DemoRoleForEC2: iam:CreateRole'));
		expect(mine).toBeGreaterThan(0);
		await page.locator('#pg-recent').selectOption({ index: mine });
		await page.locator('[data-action="recent"]').click();
		await expect.poll(() => page.locator('#pg-action').inputValue()).toBe('iam:CreateRole');
		expect(pageErrors).toEqual([]);
	});

	it('says plainly that work is not saved when storage refuses it, and keeps working', async () => {
		const fresh = await site.context.newPage();
		await fresh.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await fresh.goto(site.url('/playground/'));
		await fresh.waitForSelector('iam-playground[data-ready="editor"]');
		await fresh.locator('#pg-action').fill('iam:CreateRole');
		await expect
			.poll(() => fresh.locator('[data-load-message]').innerText())
			.toMatch(/^Your work is not saved: this browser does not keep your work here/);
		await expect
			.poll(() => fresh.locator('[data-verdict="session"] .pg-decision').innerText())
			.toContain('Denied');
		await fresh.close();
	});

	it('shows that IAM read-only allows reads and lists and no write action', async () => {
		await openPlayground();
		await page.locator('#pg-service').selectOption('iam');
		await page.waitForSelector('[data-effective-summary]');
		const counts = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[data-access-level]')].map((group) => ({
				level: group.dataset.accessLevel,
				allowed: group.querySelectorAll('tr[data-decision="allowed"]').length,
				rows: group.querySelectorAll('tbody tr').length,
			})),
		);
		const by = Object.fromEntries(counts.map((c) => [c.level, c]));
		expect(by.Write?.rows).toBeGreaterThan(0);
		expect(by.Write?.allowed).toBe(0);
		expect(by['Permissions management']?.allowed ?? 0).toBe(0);
		expect(by.Tagging?.allowed ?? 0).toBe(0);
		expect(by.Read?.allowed).toBeGreaterThan(0);
		expect(by.List?.allowed).toBeGreaterThan(0);
	});

	it('opens a preset in one click: an SCP that denies a region', async () => {
		await openPlayground();
		await page.locator('#pg-preset').selectOption('preset-scp-deny-region');
		await page.locator('[data-action="preset"]').click();
		await expect.poll(() => verdict('session')).toContain('Denied — explicit deny');
		expect(await page.locator('[data-why="session"] figure').getAttribute('data-highlight')).toBe(
			'explicitDeny',
		);
		expect(await page.locator('[data-why="session"] [data-changes]').innerText()).toContain(
			'wins over every allow',
		);
	});

	it('offers the missing context key with a value that allows the request', async () => {
		await openPlayground();
		await page.locator('#pg-preset').selectOption('preset-cross-account-missing-external-id');
		await page.locator('[data-action="preset"]').click();
		await expect.poll(() => verdict('assume')).toContain('Denied');
		await page.getByRole('button', { name: 'Add sts:ExternalId to the context' }).click();
		const key = page.getByLabel('caller context key 1', { exact: true });
		expect(await key.inputValue()).toBe('sts:ExternalId');
		expect(await page.getByLabel('value of caller context key 1').inputValue()).not.toBe('');
		await expect.poll(() => verdict('assume')).toContain('Allowed');
	});

	it('reveals a statement in its editor when its reason is clicked', async () => {
		await openPlayground();
		await page.locator('[data-why="assume"] [data-decisive] .pg-reason').click();
		expect(
			await page.locator('[role="tab"][data-pane="trust"]').getAttribute('aria-selected'),
		).toBe('true');
		expect(
			await page.evaluate(() =>
				document.activeElement?.closest('[data-editor]')?.getAttribute('data-editor'),
			),
		).toBe('trust');
	});

	it('moves between policy tabs with the arrow keys', async () => {
		await openPlayground();
		await page.locator('[role="tab"][data-pane="trust"]').focus();
		await page.keyboard.press('ArrowRight');
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-pane'));
		expect(focused).toBe('permission/0');
		expect(
			await page.locator('[role="tab"][data-pane="permission/0"]').getAttribute('aria-selected'),
		).toBe('true');
		await expect.poll(() => page.locator('#pg-panel-permission-0').isVisible()).toBe(true);
	});

	it('lets the keyboard leave an editor with Escape then Tab', async () => {
		await openPlayground();
		await page.locator('[data-editor="trust"] .monaco-editor').click();
		const inEditor = () =>
			page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null);
		await page.keyboard.press('Tab');
		expect(await inEditor()).toBe(true); // Tab indents
		await page.keyboard.press('Escape');
		await page.keyboard.press('Tab');
		expect(await inEditor()).toBe(false);
	});

	it('stacks the panes on a narrow screen and still shows both verdicts', async () => {
		await page.setViewportSize({ width: 390, height: 844 });
		try {
			await openPlayground();
			const editors = await page.locator('.pg-editors').boundingBox();
			const verdicts = await page.locator('.pg-verdicts').boundingBox();
			expect(verdicts!.y).toBeGreaterThan(editors!.y + editors!.height - 1);
			expect(await verdict('session')).toContain('Allowed');
		} finally {
			await page.setViewportSize({ width: 1280, height: 900 });
		}
	});

	it('shows a readable message instead of a blank page when the catalog cannot load', async () => {
		await page.route('**/catalog/**', (route) => route.abort());
		try {
			await page.goto('about:blank');
			await page.goto(site.url('/playground/'));
			const alert = page.locator('[data-error]');
			await alert.waitFor({ state: 'visible' });
			expect(await alert.innerText()).toMatch(/^The playground stopped working: /);
		} finally {
			await page.unroute('**/catalog/**');
		}
	});

	it.each(['light', 'dark'])(
		'has no axe-core violations with the editors loaded in the %s theme',
		async (theme) => {
			await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
			await openPlayground();
			expect(await axeViolations(page)).toEqual([]);
		},
	);

	it('attaches an AWS managed policy by name, shown read-only with its JSON', async () => {
		await openPlayground();
		await page.locator('#pg-managed').fill('AmazonS3ReadOnlyAccess');
		await page.getByRole('button', { name: 'Attach', exact: true }).click();
		const tab = page.locator('[role="tab"][data-pane="permission/1"]');
		await expect.poll(() => tab.innerText()).toBe('AmazonS3ReadOnlyAccess (managed)');
		await tab.click();
		await expect
			.poll(() =>
				page.evaluate(
					() =>
						document.querySelector('[data-editor="permission/1"] .view-lines')?.textContent ?? '',
				),
			)
			.toContain('s3:Get*');
		await page.locator('#pg-action').fill('s3:GetObject');
		await expect.poll(() => verdict('session')).toContain('Allowed');
	});

	it('copies the role as AWS CLI commands, a CloudFormation template and Terraform, with the instance profile', async () => {
		await openPlayground();
		await page.locator('[data-action="cli"]').click();
		await expect
			.poll(() => page.locator('[data-status]').innerText())
			.toBe('AWS CLI commands copied');
		const cli = await page.evaluate(() => navigator.clipboard.readText());
		expect(cli).toContain('aws iam create-role --role-name DemoRoleForEC2');
		expect(await page.locator('[data-export-text]').innerText()).toBe(cli);
		await page.locator('[data-action="cloudformation"]').click();
		await expect
			.poll(() => page.locator('[data-status]').innerText())
			.toBe('CloudFormation template copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
			'AWS::IAM::InstanceProfile',
		);
		await page.locator('[data-action="terraform"]').click();
		await expect
			.poll(() => page.locator('[data-status]').innerText())
			.toBe('Terraform configuration copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
			'resource "aws_iam_instance_profile" "demoroleforec2"',
		);
	});

	it('imports what `aws iam get-role` prints, and names what it expected of a file it cannot read', async () => {
		await openPlayground();
		const trust = {
			Version: '2012-10-17',
			Statement: [
				{
					Effect: 'Allow',
					Principal: { Service: 'lambda.amazonaws.com' },
					Action: 'sts:AssumeRole',
				},
			],
		};
		const role = {
			Role: {
				RoleName: 'FromTheCli',
				Arn: 'arn:aws:iam::444455556666:role/FromTheCli',
				AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(trust)),
			},
		};
		await page.locator('[data-upload]').setInputFiles({
			name: 'role.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(role)),
		});
		await expect.poll(() => page.locator('#pg-role').inputValue()).toBe('FromTheCli');
		expect(await page.locator('#pg-account').inputValue()).toBe('444455556666');
		await page.locator('[data-upload]').setInputFiles({
			name: 'notes.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"hello": 1}'),
		});
		await expect
			.poll(() => page.locator('[data-status]').innerText())
			.toMatch(
				/^notes\.json cannot be imported: expected a playground scenario file, one scenario, a policy document/,
			);
	});

	it('downloads the two scenarios iam-eval reads (same verdicts), and opens an uploaded scenario', async () => {
		await openPlayground();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-action="download"]').click(),
		]);
		const file = await download.path();
		const { readFileSync } = await import('node:fs');
		const saved = JSON.parse(readFileSync(file, 'utf8')) as { name: string }[];
		expect(saved.map((s) => s.name)).toEqual(['assume role', 'use session']);
		// The same file through the command line gives the page's verdicts.
		const { execFileSync } = await import('node:child_process');
		const cli = JSON.parse(
			execFileSync(process.execPath, ['playground/cli/iam-eval.mjs', file], { encoding: 'utf8' }),
		) as { decision: string }[];
		const shown = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[data-verdict] .pg-decision')].map(
				(el) => el.dataset.decision,
			),
		);
		expect(cli.map((r) => r.decision)).toEqual(shown);
		const upload = {
			request: {
				principal: 'arn:aws:sts::123456789012:assumed-role/Uploaded/job',
				action: 's3:PutObject',
				resource: '*',
			},
			identityPolicies: [{ arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }],
		};
		await page.locator('[data-upload]').setInputFiles({
			name: 'one.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(upload)),
		});
		await expect.poll(() => page.locator('#pg-role').inputValue()).toBe('Uploaded');
		await expect.poll(() => verdict('session')).toContain('Denied — no statement allows it');
	});

	it('adds, renames and removes policies, and a boundary that caps them', async () => {
		await openPlayground();
		await page.getByRole('button', { name: 'Add inline policy' }).click();
		const tab = page.locator('[role="tab"][data-pane="permission/1"]');
		expect(await tab.innerText()).toBe('Policy1');
		expect(await tab.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.getByLabel('new name for Policy1').fill('ReadLogs');
		await page.locator('#pg-panel-permission-1').getByRole('button', { name: 'Rename' }).click();
		await expect.poll(() => tab.innerText()).toBe('ReadLogs');
		await page.getByRole('checkbox', { name: 'Permissions boundary' }).check();
		expect(await page.locator('[role="tab"][data-pane="boundary"]').innerText()).toBe(
			'permissions boundary',
		);
		await replaceText(
			'boundary',
			JSON.stringify({
				Version: '2012-10-17',
				Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
			}),
		);
		await expect.poll(() => verdict('session')).toContain('Denied — no statement allows it');
		expect(await page.locator('[data-why="session"] [data-changes]').innerText()).toContain(
			'the permissions boundary does not allow iam:ListRoles',
		);
		await page.locator('#pg-panel-boundary').getByRole('button', { name: 'Format' }).click();
		await expect
			.poll(() =>
				page.evaluate(
					() => document.querySelectorAll('[data-editor="boundary"] .view-line').length,
				),
			)
			.toBeGreaterThan(3);
		await page.locator('#pg-panel-boundary').getByRole('button', { name: 'Remove' }).click();
		await expect.poll(() => verdict('session')).toContain('Allowed');
		await page.locator('[role="tab"][data-pane="permission/1"]').click();
		await page.locator('#pg-panel-permission-1').getByRole('button', { name: 'Remove' }).click();
		await expect.poll(() => page.locator('[role="tab"]').count()).toBe(2);
	});

	it('completes IAM actions in the editor from the catalog', async () => {
		await openPlayground();
		await replaceText(
			'trust',
			'{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeR" }]\n}',
		);
		const editor = page.locator('[data-editor="trust"] .monaco-editor');
		await editor.click();
		// Put the cursor right after `sts:AssumeR` and ask for suggestions.
		await page.keyboard.press('ControlOrMeta+F');
		await page.keyboard.type('AssumeR"');
		await page.keyboard.press('Escape');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('Control+Space');
		const suggest = page.locator('[data-editor="trust"] .suggest-widget');
		await expect.poll(() => suggest.innerText()).toContain('sts:AssumeRole');
		await page.keyboard.press('Escape');
	});

	it('updates the verdict and markers once for every keystroke', async () => {
		await openPlayground();
		await page.locator('[data-editor="trust"] .monaco-editor').click();
		await page.keyboard.press('ControlOrMeta+End');
		await page.evaluate(() => performance.clearMeasures());
		for (let i = 0; i < 30; i++) await page.keyboard.type(' ');
		// How fast is `npm run bench:browser`'s business; here, that every key got its verdict.
		await expect
			.poll(() =>
				page.evaluate(() => performance.getEntriesByName('playground:keystroke-to-verdict').length),
			)
			.toBe(30);
		expect(await verdict('assume')).toContain('Allowed');
	});
});
