import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import { defaultDocument } from './default-document.ts';
import { effectivePermissions } from './effective-permissions.ts';
import { formatPolicyText } from './format-policy-text.ts';
import type { EffectivePermissions, RoleDocument } from './types.ts';

const catalog = createNodeCatalog();
const options = {
	services: catalog.services,
	managedPolicies: catalog.managedPolicies,
	now: new Date('2026-01-01T00:00:00Z'),
};

/** Per access level: how many actions are allowed, and how many there are. */
function tally(result: EffectivePermissions): Record<string, { allowed: number; total: number }> {
	return Object.fromEntries(
		result.groups.map((g) => [
			g.accessLevel,
			{ allowed: g.rows.filter((r) => r.decision === 'allowed').length, total: g.rows.length },
		]),
	);
}

describe('effectivePermissions', () => {
	it('shows IAMReadOnlyAccess granting IAM reads and lists and no writes', () => {
		const result = effectivePermissions(defaultDocument(), 'iam', options);
		expect(result.message).toBeUndefined();
		const counts = tally(result);
		expect(counts.List?.allowed).toBeGreaterThan(10);
		expect(counts.Read?.allowed).toBeGreaterThan(10);
		expect(counts.Write?.allowed).toBe(0);
		expect(counts['Permissions management']?.allowed).toBe(0);
		const rows = result.groups.flatMap((g) => g.rows);
		const row = (action: string) => rows.find((r) => r.action === action);
		expect(row('iam:ListRoles')).toMatchObject({
			decision: 'allowed',
			accessLevel: 'List',
			resource: '*',
		});
		expect(row('iam:GetRole')).toMatchObject({ decision: 'allowed', accessLevel: 'Read' });
		expect(row('iam:AttachRolePolicy')).toMatchObject({
			accessLevel: 'Permissions management',
			decision: 'implicitDeny',
		});
		expect(row('iam:DeleteRole')).toMatchObject({ decision: 'implicitDeny', decisive: [] });
		expect(row('iam:GetRole')?.decisive[0]?.policyName).toBe(
			'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
		);
	});

	it('groups by access level in the order List, Read, Write, Permissions management, Tagging', () => {
		const result = effectivePermissions(defaultDocument(), 'iam', options);
		expect(result.groups.map((g) => g.accessLevel)).toEqual([
			'List',
			'Read',
			'Write',
			'Permissions management',
			'Tagging',
		]);
		const names = result.groups[0]!.rows.map((r) => r.action);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
	});

	it('asks actions with resource types about the chosen resource of the same service', () => {
		const doc: RoleDocument = {
			...defaultDocument(),
			permissionPolicies: [
				{
					kind: 'inline',
					name: 'OneRole',
					text: formatPolicyText({
						Version: '2012-10-17',
						Statement: [
							{
								Effect: 'Allow',
								Action: 'iam:*',
								Resource: 'arn:aws:iam::111122223333:role/Target',
							},
						],
					}),
				},
			],
			session: { ...defaultDocument().session, resource: 'arn:aws:iam::111122223333:role/Target' },
		};
		const rows = effectivePermissions(doc, 'iam', options).groups.flatMap((g) => g.rows);
		expect(rows.find((r) => r.action === 'iam:DeleteRole')).toMatchObject({
			resource: 'arn:aws:iam::111122223333:role/Target',
			decision: 'allowed',
		});
		expect(rows.find((r) => r.action === 'iam:ListRoles')).toMatchObject({
			resource: '*',
			decision: 'implicitDeny',
		});
	});

	it.each([
		['an unknown prefix', defaultDocument(), 'nosuch', 'unknown service prefix `nosuch`'],
		[
			'a role with broken JSON',
			{ ...defaultDocument(), trustPolicy: '{' },
			'iam',
			'fix the role first: the trust policy pane does not hold valid JSON',
		],
		[
			'a session that does not parse',
			{
				...defaultDocument(),
				permissionPolicies: [{ kind: 'managed' as const, arn: 'arn:aws:iam::aws:policy/Nope' }],
			},
			'iam',
			'the session cannot be evaluated: unknown managed policy `arn:aws:iam::aws:policy/Nope`',
		],
	])('gives a message and no rows for %s', (_, doc, prefix, message) => {
		expect(effectivePermissions(doc, prefix, options)).toEqual({
			service: prefix,
			groups: [],
			message,
		});
	});

	it('says when a known service is not loaded yet', () => {
		const services = { service: () => undefined, prefixes: () => ['iam'] };
		expect(effectivePermissions(defaultDocument(), 'iam', { services }).message).toBe(
			'the `iam` service is not loaded yet',
		);
	});
});
