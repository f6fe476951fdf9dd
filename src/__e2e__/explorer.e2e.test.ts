/**
 * The account explorer in Debian's Chromium: Example Corp analysed on load,
 * a file read from the reader's disk analysed with no request leaving the
 * page afterwards, a bad file reported by place, a path to admin shown with
 * its scenario, and axe.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSite, type Site } from './harness.ts';

let site: Site;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
	site = await openSite();
	page = site.page;
	page.on('pageerror', (error) => pageErrors.push(String(error)));
});
afterAll(async () => {
	await site?.close();
});

const ACCOUNT = JSON.stringify({
	UserDetailList: [
		{
			UserName: 'secret-user',
			Arn: 'arn:aws:iam::210987654321:user/secret-user',
			UserPolicyList: [
				{
					PolicyName: 'p',
					PolicyDocument: {
						Version: '2012-10-17',
						Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }],
					},
				},
			],
			GroupList: [],
			AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
		},
	],
	RoleDetailList: [
		{
			RoleName: 'SecretRole',
			Arn: 'arn:aws:iam::210987654321:role/SecretRole',
			AssumeRolePolicyDocument:
				'%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22AWS%22%3A%22arn%3Aaws%3Aiam%3A%3A210987654321%3Aroot%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D',
			RolePolicyList: [],
			AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }],
		},
		{
			RoleName: 'Broken',
			Arn: 'arn:aws:iam::210987654321:role/Broken',
			AssumeRolePolicyDocument: 42,
		},
	],
});

async function status(): Promise<string> {
	return page.locator('[data-status]').innerText();
}

describe('account explorer', () => {
	it('analyses Example Corp on load and shows a path to administrator access with its scenario', async () => {
		await page.goto(site.url('/explorer/'));
		await expect.poll(status, { timeout: 120_000 }).toMatch(/^Example Corp: 20 users, 18 roles/);
		await page.locator('[data-search]').fill('mallory');
		await page.locator('[data-list] button', { hasText: 'mallory' }).click();
		const detail = page.locator('[data-detail]');
		await expect
			.poll(() => detail.innerText())
			.toContain('Reaches administrator access in 2 steps');
		await expect.poll(() => detail.locator('.ex-graph svg').count()).toBe(1);
		await detail
			.locator('button', { hasText: /Show the \d scenarios/ })
			.first()
			.click();
		await expect.poll(() => detail.locator('.ex-question').count()).toBeGreaterThan(0);
		expect(await detail.locator('.ex-question summary').first().innerText()).toMatch(
			/iam-eval says allowed/,
		);
		expect(pageErrors).toEqual([]);
	});

	it('reads a file from disk, names the part it cannot read, and sends nothing after reading it', async () => {
		await page.goto(site.url('/explorer/'));
		await expect.poll(status, { timeout: 120_000 }).toMatch(/^Example Corp:/);
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.locator('[data-files]').setInputFiles({
			name: 'account.json',
			mimeType: 'application/json',
			buffer: Buffer.from(ACCOUNT),
		});
		await expect.poll(status, { timeout: 120_000 }).toMatch(/^account\.json: 1 user, 2 roles/);
		expect(await page.locator('[data-messages]').innerText()).toContain(
			'account.json: RoleDetailList[1].AssumeRolePolicyDocument is not a policy: expected a JSON object, found a number',
		);
		await page.locator('[data-list] button', { hasText: 'secret-user' }).click();
		await expect.poll(() => page.locator('[data-detail]').innerText()).toContain('sts:AssumeRole');
		expect(requests).toEqual([]);
	});

	it('writes counts in words and code as code: no "(s)", no literal backtick', async () => {
		await page.goto(site.url('/explorer/'));
		await expect.poll(status, { timeout: 120_000 }).toMatch(/^Example Corp:/);
		const findings = page.locator('[data-findings]');
		expect(await findings.locator('li').count()).toBeGreaterThan(0);
		const words = await page.locator('iam-explorer').innerText();
		expect(words).not.toMatch(/\(s\)/);
		expect(words).not.toContain('`');
		// The names findings quote are code spans.
		expect(await findings.locator('code').count()).toBeGreaterThan(0);
	});

	it('links an escalation finding to its principal: the panel shows the path, and the address keeps it', async () => {
		await page.goto(site.url('/explorer/'));
		await expect.poll(status, { timeout: 120_000 }).toMatch(/^Example Corp:/);
		const finding = page.locator('[data-findings] li', {
			hasText: 'can reach administrator access',
		});
		const subject = (await finding.first().locator('a.ex-link').innerText()).split('/').pop()!;
		await finding.first().locator('a', { hasText: 'see the path' }).click();
		const detail = page.locator('[data-detail]');
		await expect.poll(() => detail.locator('h2').innerText()).toMatch(new RegExp(`${subject}$`));
		expect(await detail.innerText()).toMatch(/Reaches administrator access in \d+ steps?/);
		expect(decodeURIComponent(new URL(page.url()).hash)).toMatch(new RegExp(`${subject}$`));
		await page.reload();
		await expect.poll(status, { timeout: 120_000 }).toMatch(/^Example Corp:/);
		await expect.poll(() => detail.locator('h2').innerText()).toMatch(new RegExp(`${subject}$`));
	});

	it('shows what a principal can do in a service, with changes to IAM called out', async () => {
		await page.goto(site.url('/explorer/'));
		await expect.poll(status, { timeout: 120_000 }).toMatch(/^Example Corp:/);
		await page.locator('[data-search]').fill('rupert');
		await page.locator('[data-list] button', { hasText: 'rupert' }).click();
		const detail = page.locator('[data-detail]');
		await detail.locator('button', { hasText: 'Show what it can do' }).click();
		const access = detail.locator('.ex-access');
		await expect
			.poll(() => access.innerText(), { timeout: 30_000 })
			.toMatch(/Permissions management: \d+ of \d+ actions/);
		expect(await access.innerText()).toContain('It can change IAM itself');
		// The picker now lists the catalog's services; another one answers too.
		await detail.locator('select').selectOption('s3');
		await detail.locator('button', { hasText: 'Show what it can do' }).click();
		await expect
			.poll(() => access.innerText(), { timeout: 30_000 })
			.toMatch(/^Read: \d+ of \d+ actions/m);
		expect(await access.innerText()).not.toContain('It can change IAM itself');
		expect(pageErrors).toEqual([]);
	});

	it('fits a 390 px phone: no sideways scroll, and the site menu button in the header', async () => {
		await page.setViewportSize({ width: 390, height: 844 });
		try {
			await page.goto(site.url('/explorer/'));
			await expect.poll(status, { timeout: 120_000 }).toMatch(/^Example Corp:/);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
			const menu = await page.locator('button.sl-menu-button').boundingBox();
			expect(menu).not.toBeNull();
			expect(menu!.x + menu!.width).toBeLessThanOrEqual(390);
		} finally {
			await page.setViewportSize({ width: 1280, height: 900 });
		}
	});

	it('has no axe violations', async () => {
		expect(await axeViolations(page)).toEqual([]);
	});
});
