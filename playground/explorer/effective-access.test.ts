import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import { readAccounts } from './read-account.ts';
import { effectiveAccess } from './effective-access.ts';
import { A, account, allow, arn, doc } from './test-accounts.ts';

const catalog = createNodeCatalog();
const now = new Date('2026-12-01T00:00:00Z');
const iam = catalog.services.service('iam')!;

function principal(policies: ReturnType<typeof doc>[], boundary?: ReturnType<typeof doc>) {
	const model = readAccounts(
		[
			account({
				users: [
					{ name: 'ann', policies, ...(boundary ? { boundary: arn('policy', 'Bound') } : {}) },
				],
				...(boundary ? { policies: { Bound: boundary } } : {}),
			}),
		],
		{ managedPolicies: catalog.managedPolicies },
	);
	return model.principals.find((p) => p.arn === `arn:aws:iam::${A}:user/ann`)!;
}

describe('effectiveAccess', () => {
	it('groups the actions a user may call on every resource by access level', () => {
		const rows = effectiveAccess(
			principal([doc(allow('iam:List*'), allow('iam:PutRolePolicy'))]),
			iam,
			now,
		);
		const list = rows.find((r) => r.level === 'List')!;
		expect(list.allowed).toContain('iam:ListRoles');
		const listNamed = Object.values(iam.actions).filter(
			(a) => a.accessLevel === 'List' && a.name.startsWith('List'),
		);
		expect(list.allowed).toHaveLength(listNamed.length);
		expect(list.total).toBeGreaterThanOrEqual(listNamed.length);
		const management = rows.find((r) => r.level === 'Permissions management')!;
		expect(management.allowed).toEqual(['iam:PutRolePolicy']);
		expect(rows.find((r) => r.level === 'Read')!.allowed).toEqual([]);
	});

	it('tells grants on every resource from grants on named resources, and marks MFA-bound ones conditional', () => {
		const rows = effectiveAccess(
			principal([
				doc(allow('iam:GetRole', `arn:aws:iam::${A}:role/R`), {
					Effect: 'Allow',
					Action: 'iam:GetUser',
					Resource: '*',
					Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
				}),
			]),
			iam,
			now,
		);
		const read = rows.find((r) => r.level === 'Read')!;
		expect(read.allowed).toEqual([]);
		expect(read.conditional).toEqual(['iam:GetUser']);
		expect(read.scoped).toEqual([{ action: 'iam:GetRole', resource: `arn:aws:iam::${A}:role/R` }]);
	});

	it('applies the permissions boundary', () => {
		const rows = effectiveAccess(
			principal([doc(allow('iam:*'))], doc(allow('iam:Get*'))),
			iam,
			now,
		);
		expect(rows.find((r) => r.level === 'Write')!.allowed).toEqual([]);
		expect(rows.find((r) => r.level === 'Read')!.allowed).toContain('iam:GetRole');
	});
});
