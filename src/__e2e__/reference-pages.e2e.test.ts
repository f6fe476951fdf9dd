/**
 * The generated reference as built in `dist/` (no browser needed): pages for
 * every service and managed policy, with the right content for a sample.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../../playground/catalog/node-catalog.ts';
import { DIST } from './harness.ts';

const catalog = createNodeCatalog({ dir: join(DIST, '..', 'playground', 'catalog-data') });

/** The built page at a root-relative path. */
function page(path: string): string {
	const file = join(DIST, path, 'index.html');
	if (!existsSync(file)) throw new Error(`no built page for ${path} (looked at ${file})`);
	return readFileSync(file, 'utf8');
}

/** The HTML of the table row holding the element with `id`. */
function rowOf(html: string, id: string): string {
	const at = html.indexOf(`id="${id}"`);
	if (at < 0) throw new Error(`no element with id ${id}`);
	const start = html.lastIndexOf('<tr', at);
	return html.slice(start, html.indexOf('</tr>', at));
}

/** The HTML from the heading with `id` to the next `h2`. */
function section(html: string, id: string): string {
	const at = html.indexOf(`id="${id}"`);
	if (at < 0) throw new Error(`no section ${id}`);
	const end = html.indexOf('<h2', at + 1);
	return html.slice(at, end < 0 ? undefined : end);
}

/** Text without tags. */
function text(html: string): string {
	return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('generated reference pages', () => {
	it('builds a page for every service and every managed policy of the catalog', () => {
		const services = readdirSync(join(DIST, 'reference', 'services'), { withFileTypes: true });
		const policies = readdirSync(join(DIST, 'reference', 'managed-policies'), {
			withFileTypes: true,
		});
		expect(services.filter((d) => d.isDirectory()).length).toBe(catalog.meta().services.count);
		expect(policies.filter((d) => d.isDirectory()).length).toBe(
			Object.keys(catalog.managedPolicies.index()).length,
		);
	});

	it('shows iam:PassRole at #passrole with the role resource type and iam:PassedToService', () => {
		const html = page('reference/services/iam');
		const row = rowOf(html, 'passrole');
		expect(text(row)).toContain('iam:PassRole');
		expect(row).toContain('href="#resource-role"');
		expect(row).toContain('href="#key-iam-passedtoservice"');
		expect(text(row)).toContain('iam:PassedToService');
		expect(row).toContain('data-level="Write"');
		expect(html).toContain('id="resource-role"');
		expect(html).toContain('id="key-iam-passedtoservice"');
	});

	it.each(['iam', 's3', 'ec2', 'sts', 'lambda', 'logs'])(
		'gives the %s page its filters, its action anchors and the catalog date',
		(prefix) => {
			const html = page(`reference/services/${prefix}`);
			const info = catalog.services.service(prefix);
			expect(info).toBeDefined();
			for (const action of Object.values(info?.actions ?? {}).slice(0, 20)) {
				expect(html).toContain(`id="${action.name.toLowerCase()}"`);
			}
			expect(html).toContain('data-pagefind-filter="kind:service"');
			expect(html).toContain(`data-pagefind-filter="service:${prefix}"`);
			expect(html).toContain('<ref-filter');
			expect(html).toContain(`<time datetime="${catalog.meta().services.updatedAt.slice(0, 10)}"`);
		},
	);

	it('lists only List and Read access to IAM for IAMReadOnlyAccess', () => {
		const allows = text(section(page('reference/managed-policies/IAMReadOnlyAccess'), 'allows'));
		expect(allows).toMatch(/List: \d+ actions/);
		expect(allows).toMatch(/Read: \d+ actions/);
		expect(allows).not.toMatch(/Write:|Permissions management:|Tagging:/);
		expect(allows).toContain('iam:GetRole');
		expect(allows).not.toContain('iam:CreateRole');
		expect([...allows.matchAll(/\b([a-z0-9-]+):[A-Z]/g)].every((m) => m[1] === 'iam')).toBe(true);
	});

	it('shows AWSLambdaBasicExecutionRole with its logs actions, its JSON, version and date', () => {
		const html = page('reference/managed-policies/AWSLambdaBasicExecutionRole');
		expect(text(section(html, 'allows'))).toMatch(
			/Write: 3 actions.*logs:CreateLogGroup.*logs:CreateLogStream.*logs:PutLogEvents/,
		);
		expect(text(section(html, 'patterns'))).toContain('logs:CreateLogGroup');
		expect(html).toContain('data-pagefind-filter="kind:managed policy"');
		expect(text(html)).toMatch(/v1 , last updated 9 April 2015|v1, last updated 9 April 2015/);
		expect(section(html, 'json')).toContain('class="expressive-code');
	});

	it('counts the actions a wildcard expands to (iam:Get* on IAMReadOnlyAccess)', () => {
		const patterns = text(
			section(page('reference/managed-policies/IAMReadOnlyAccess'), 'patterns'),
		);
		const gets = Object.values(catalog.services.service('iam')?.actions ?? {}).filter((a) =>
			a.name.startsWith('Get'),
		).length;
		expect(patterns).toContain(`iam:Get* ${gets} actions`);
	});

	it('links "Try it in the playground" to the playground with the policy in a share fragment', () => {
		const html = page('reference/managed-policies/IAMReadOnlyAccess');
		const link = /<a class="ref-try" href="([^"]+)" data-share-hash="([^"]+)"/.exec(html);
		expect(link?.[1]).toMatch(/\/playground\/$/);
		expect(link?.[2]).toMatch(/^#s=1\.[A-Za-z0-9_-]+$/);
	});

	it('lists the chapters using an entry on the entry (iam:PassRole is used in chapter 8)', () => {
		const row = rowOf(page('reference/services/iam'), 'passrole');
		expect(row).toContain('class="used-in"');
		expect(row).toContain('/chapters/08-roles-in-services/');
	});

	it('builds the two index pages with every service and policy', () => {
		const services = page('reference/services');
		const policies = page('reference/managed-policies');
		expect(
			services.match(/href="[^"]*\/reference\/services\/[a-z0-9-]+\/"/g)?.length,
		).toBeGreaterThanOrEqual(catalog.meta().services.count);
		expect(policies).toContain('/reference/managed-policies/AWSLambdaBasicExecutionRole/');
		expect(policies).toContain('<ref-filter');
	});
});
