import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import { analyzeAccounts } from './analyze.ts';
import type { AccountFile, Analysis, ExplorerEdge } from './types.ts';
import { A, B, account, allow, arn, deny, doc, trusts } from './test-accounts.ts';

const catalog = createNodeCatalog();
const now = new Date('2026-12-01T00:00:00Z');
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';

function analyze(...files: AccountFile[]): Analysis {
	return analyzeAccounts(files, { managedPolicies: catalog.managedPolicies, now });
}

/** An edge as one line: `from -via(service)-> to [conditional]`, names only. */
function line(e: ExplorerEdge): string {
	const name = (a: string) => a.split(':').slice(4).join(':');
	const service = e.service ? `(${e.service.split('.')[0]})` : '';
	const on = e.resource ? ` on ${name(e.resource)}` : '';
	return `${name(e.from)} -${e.via}${service}-> ${name(e.to)}${on}${e.conditional ? ' [conditional]' : ''}`;
}

const trustAccount = trusts({ AWS: `arn:aws:iam::${A}:root` });
const ec2 = trusts({ Service: 'ec2.amazonaws.com' });
const lambda = trusts({ Service: 'lambda.amazonaws.com' });

/** Each case: an account, and every edge the explorer must draw (no more). */
const CASES: { name: string; files: AccountFile[]; edges: string[] }[] = [
	{
		name: 'a trust policy naming a user lets it in without an Allow of its own',
		files: [
			account({
				users: [{ name: 'ann' }],
				roles: [{ name: 'R', trust: trusts({ AWS: arn('user', 'ann') }) }],
			}),
		],
		edges: [`${A}:user/ann -sts:AssumeRole-> ${A}:role/R`],
	},
	{
		name: 'a trust policy naming the account needs the caller’s own Allow',
		files: [
			account({
				users: [
					{ name: 'ann', policies: [doc(allow('sts:AssumeRole', arn('role', 'R')))] },
					{ name: 'ben' },
				],
				roles: [{ name: 'R', trust: trustAccount }],
			}),
		],
		edges: [`${A}:user/ann -sts:AssumeRole-> ${A}:role/R`],
	},
	{
		name: 'an MFA condition in the trust makes the edge conditional',
		files: [
			account({
				users: [{ name: 'ann', policies: [doc(allow('sts:AssumeRole'))] }],
				roles: [
					{
						name: 'R',
						trust: trusts(
							{ AWS: `arn:aws:iam::${A}:root` },
							{ Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
						),
					},
				],
			}),
		],
		edges: [`${A}:user/ann -sts:AssumeRole-> ${A}:role/R [conditional]`],
	},
	{
		name: 'a negated condition against a variable the file does not fix makes the edge conditional',
		files: [
			account({
				users: [{ name: 'ann', policies: [doc(allow('sts:AssumeRole'))] }],
				roles: [
					{
						name: 'R',
						// With no `aws:SourceVpc`, StringNotEquals is true (AWS: "Policy
						// variables with no value"); through a VPC endpoint it may be false.
						trust: trusts(
							{ AWS: `arn:aws:iam::${A}:root` },
							{ StringNotEquals: { 'aws:PrincipalAccount': '${aws:SourceVpc}' } },
						),
					},
				],
			}),
		],
		edges: [`${A}:user/ann -sts:AssumeRole-> ${A}:role/R [conditional]`],
	},
	{
		name: 'an explicit Deny in the caller’s policies removes the edge',
		files: [
			account({
				users: [
					{
						name: 'ann',
						policies: [doc(allow('sts:AssumeRole'), deny('sts:AssumeRole', arn('role', 'R')))],
					},
				],
				roles: [{ name: 'R', trust: trustAccount }],
			}),
		],
		edges: [],
	},
	{
		name: 'a permissions boundary without sts:AssumeRole removes the edge',
		files: [
			account({
				users: [
					{
						name: 'ann',
						policies: [doc(allow('sts:AssumeRole'))],
						boundary: arn('policy', 'OnlyS3'),
					},
				],
				roles: [{ name: 'R', trust: trustAccount }],
				policies: { OnlyS3: doc(allow('s3:*')) },
			}),
		],
		edges: [],
	},
	{
		name: 'group policies count for their members',
		files: [
			account({
				users: [{ name: 'ann', groups: ['Ops'] }],
				groups: [{ name: 'Ops', policies: [doc(allow('sts:AssumeRole', arn('role', 'R')))] }],
				roles: [{ name: 'R', trust: trustAccount }],
			}),
		],
		edges: [`${A}:user/ann -sts:AssumeRole-> ${A}:role/R`],
	},
	{
		name: 'a role’s session can assume another role (role chaining)',
		files: [
			account({
				roles: [
					{ name: 'First', trust: ec2 },
					{ name: 'Second', trust: trusts({ AWS: arn('role', 'First') }) },
				],
			}),
		],
		edges: [`${A}:role/First -sts:AssumeRole-> ${A}:role/Second`],
	},
	{
		name: 'across two files, a cross-account edge needs both sides',
		files: [
			account(
				{ roles: [{ name: 'R', trust: trusts({ AWS: `arn:aws:iam::${B}:root` }) }] },
				'a.json',
			),
			account(
				{
					account: B,
					users: [
						{ name: 'ann', policies: [doc(allow('sts:AssumeRole', arn('role', 'R')))] },
						{ name: 'ben' },
					],
				},
				'b.json',
			),
		],
		edges: [`${B}:user/ann -sts:AssumeRole-> ${A}:role/R`],
	},
	{
		name: 'PassRole to EC2 needs iam:PassRole, ec2:RunInstances and the role trusting EC2',
		files: [
			account({
				users: [
					{ name: 'ann', policies: [doc(allow(['iam:PassRole', 'ec2:RunInstances']))] },
					{ name: 'ben', policies: [doc(allow('iam:PassRole'))] },
				],
				roles: [
					{ name: 'Web', trust: ec2 },
					{ name: 'Fn', trust: lambda },
				],
			}),
		],
		edges: [`${A}:user/ann -iam:PassRole(ec2)-> ${A}:role/Web`],
	},
	{
		name: 'iam:PassedToService limits PassRole to the services it names',
		files: [
			account({
				users: [
					{
						name: 'ann',
						policies: [
							doc(
								allow('iam:PassRole', '*', {
									StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' },
								}),
								allow(['ec2:RunInstances', 'lambda:CreateFunction']),
							),
						],
					},
				],
				roles: [
					{ name: 'Web', trust: ec2 },
					{ name: 'Fn', trust: lambda },
				],
			}),
		],
		edges: [`${A}:user/ann -iam:PassRole(lambda)-> ${A}:role/Fn`],
	},
	{
		name: 'a role that may edit its own inline policy escalates itself',
		files: [
			account({
				roles: [
					{
						name: 'Build',
						trust: ec2,
						policies: [doc(allow('iam:PutRolePolicy', arn('role', 'Build')))],
					},
				],
			}),
		],
		edges: [`${A}:role/Build -iam:PutRolePolicy-> ${A}:role/Build`],
	},
	{
		name: 'access keys and passwords of other users: take-over edges',
		files: [
			account({
				users: [
					{
						name: 'help',
						policies: [
							doc(allow(['iam:CreateAccessKey', 'iam:CreateLoginProfile'], arn('user', 'boss'))),
						],
					},
					{ name: 'boss' },
				],
			}),
		],
		edges: [
			`${A}:user/help -iam:CreateAccessKey-> ${A}:user/boss`,
			`${A}:user/help -iam:CreateLoginProfile-> ${A}:user/boss`,
		],
	},
	{
		name: 'self-service policies with ${aws:username} give no edge to other users',
		files: [
			account({
				users: [
					{
						name: 'ann',
						policies: [doc(allow('iam:CreateAccessKey', arn('user', '${aws:username}')))],
					},
					{ name: 'ben' },
				],
			}),
		],
		edges: [],
	},
	{
		name: 'rewriting another role’s trust policy takes it over',
		files: [
			account({
				users: [
					{ name: 'ann', policies: [doc(allow('iam:UpdateAssumeRolePolicy', arn('role', 'R')))] },
				],
				roles: [{ name: 'R', trust: ec2 }],
			}),
		],
		edges: [`${A}:user/ann -iam:UpdateAssumeRolePolicy-> ${A}:role/R`],
	},
	{
		name: 'a boundary that denies IAM stops self-escalation',
		files: [
			account({
				users: [
					{
						name: 'ann',
						policies: [doc(allow('iam:AttachUserPolicy', arn('user', 'ann')))],
						boundary: arn('policy', 'NoIam'),
					},
				],
				policies: { NoIam: doc(allow('s3:*')) },
			}),
		],
		edges: [],
	},
	{
		name: 'a new version of one’s own customer managed policy, a policy of one’s own group, joining an admin group',
		files: [
			account({
				users: [{ name: 'ann', groups: ['Ops'], managed: [arn('policy', 'Mine')] }],
				groups: [
					{
						name: 'Ops',
						policies: [
							doc(
								allow('iam:PutGroupPolicy', arn('group', 'Ops')),
								allow('iam:AddUserToGroup', arn('group', 'Admins')),
							),
						],
					},
					{ name: 'Admins', managed: [ADMIN] },
				],
				policies: { Mine: doc(allow('iam:CreatePolicyVersion', arn('policy', 'Mine'))) },
			}),
		],
		edges: [
			`${A}:user/ann -iam:PutGroupPolicy-> ${A}:user/ann on ${A}:group/Ops`,
			`${A}:user/ann -iam:AddUserToGroup-> ${A}:user/ann on ${A}:group/Admins`,
			`${A}:user/ann -iam:CreatePolicyVersion-> ${A}:user/ann on ${A}:policy/Mine`,
		],
	},
	{
		name: 'lifting a boundary is an edge only for a principal that has one',
		files: [
			account({
				roles: [
					{
						name: 'Free',
						trust: ec2,
						policies: [doc(allow('iam:DeleteRolePermissionsBoundary', arn('role', 'Free')))],
					},
					{
						name: 'Bound',
						trust: ec2,
						boundary: arn('policy', 'B'),
						policies: [doc(allow('iam:DeleteRolePermissionsBoundary', arn('role', 'Bound')))],
					},
				],
				policies: { B: doc(allow('iam:*')) },
			}),
		],
		edges: [`${A}:role/Bound -iam:DeleteRolePermissionsBoundary-> ${A}:role/Bound`],
	},
];

describe('analyzeAccounts: edges', { timeout: 60_000 }, () => {
	it.each(CASES)('$name', ({ files, edges }) => {
		const analysis = analyze(...files);
		expect(analysis.model.messages).toEqual([]);
		expect(analysis.edges.map(line).sort()).toEqual([...edges].sort());
	});

	it('draws no edges out of an administrator, and gives it an empty path', () => {
		const analysis = analyze(
			account({
				users: [{ name: 'root-ish', managed: [ADMIN] }],
				roles: [{ name: 'R', trust: trustAccount }],
			}),
		);
		expect(analysis.edges).toEqual([]);
		expect([...analysis.administrators.keys()]).toEqual([arn('user', 'root-ish')]);
		expect(analysis.adminPaths.get(arn('user', 'root-ish'))?.steps).toEqual([]);
	});

	it('names the deciding statements of each part of a PassRole edge', () => {
		const { edges } = analyze(
			account({
				users: [
					{
						name: 'ann',
						policies: [
							doc(allow('iam:PassRole', arn('role', 'Web'))),
							doc(allow('ec2:RunInstances')),
						],
					},
				],
				roles: [{ name: 'Web', trust: ec2 }],
			}),
		);
		expect(
			edges[0]?.statements.map(
				(s) => `${s.owner.split(':')[5]} ${s.policyName}#${s.statementIndex}`,
			),
		).toEqual(['user/ann p0#0', 'user/ann p1#0', 'role/Web trust policy#0']);
	});
});

describe('analyzeAccounts: paths to administrator access', () => {
	it('goes through PassRole to a role that can raise itself', () => {
		const { adminPaths } = analyze(
			account({
				users: [{ name: 'mal', policies: [doc(allow(['iam:PassRole', 'ec2:RunInstances']))] }],
				roles: [
					{
						name: 'Build',
						trust: ec2,
						policies: [doc(allow('iam:PutRolePolicy', arn('role', 'Build')))],
					},
				],
			}),
		);
		expect(adminPaths.get(arn('user', 'mal'))?.steps.map(line)).toEqual([
			`${A}:user/mal -iam:PassRole(ec2)-> ${A}:role/Build`,
			`${A}:role/Build -iam:PutRolePolicy-> ${A}:role/Build`,
		]);
	});

	it('prefers an unconditional path and marks a conditional one', () => {
		const { adminPaths } = analyze(
			account({
				users: [{ name: 'ann', policies: [doc(allow('sts:AssumeRole'))] }],
				roles: [
					{
						name: 'Admin',
						trust: trusts(
							{ AWS: `arn:aws:iam::${A}:root` },
							{ Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
						),
						managed: [ADMIN],
					},
				],
			}),
		);
		const path = adminPaths.get(arn('user', 'ann'));
		expect(path?.conditional).toBe(true);
		expect(path?.steps.map(line)).toEqual([
			`${A}:user/ann -sts:AssumeRole-> ${A}:role/Admin [conditional]`,
		]);
	});

	it('modifies a role it can also assume: grant, then take over', () => {
		const { adminPaths } = analyze(
			account({
				users: [
					{
						name: 'ann',
						policies: [doc(allow(['iam:AttachRolePolicy', 'sts:AssumeRole'], arn('role', 'R')))],
					},
				],
				roles: [{ name: 'R', trust: trustAccount }],
			}),
		);
		expect(adminPaths.get(arn('user', 'ann'))?.steps.map(line)).toEqual([
			`${A}:user/ann -iam:AttachRolePolicy-> ${A}:role/R`,
			`${A}:user/ann -sts:AssumeRole-> ${A}:role/R`,
		]);
	});
});

describe('analyzeAccounts: findings', () => {
	const codes = (a: Analysis) =>
		a.findings.map((f) => `${f.code} ${f.subject.split(':')[5]}`).sort();

	it.each([
		{
			name: 'cross-account trust without an external ID',
			roles: [{ name: 'R', trust: trusts({ AWS: `arn:aws:iam::${B}:root` }) }],
			expected: ['crossAccountTrustWithoutCondition role/R'],
		},
		{
			name: 'cross-account trust with an external ID is fine',
			roles: [
				{
					name: 'R',
					trust: trusts(
						{ AWS: `arn:aws:iam::${B}:root` },
						{ StringEquals: { 'sts:ExternalId': 'x' } },
					),
				},
			],
			expected: [],
		},
		{
			name: 'a trust open to everyone',
			roles: [{ name: 'R', trust: trusts({ AWS: '*' }) }],
			expected: ['publicTrust role/R'],
		},
		{
			name: 'a service that is not a PassRole hand-off, without aws:SourceAccount',
			roles: [{ name: 'R', trust: trusts({ Service: 'config.amazonaws.com' }) }],
			expected: ['serviceTrustWithoutSource role/R'],
		},
		{
			name: 'a hand-off service needs no source condition',
			roles: [{ name: 'R', trust: ec2 }],
			expected: [],
		},
		{
			name: 'a role nobody can assume, and a role unused for long',
			roles: [
				{
					name: 'Orphan',
					trust: trusts({ AWS: arn('user', 'gone') }),
					lastUsed: '2026-11-20T00:00:00Z',
				},
				{ name: 'Old', trust: ec2, lastUsed: '2025-01-01T00:00:00Z' },
			],
			expected: ['roleNobodyCanAssume role/Orphan', 'unusedRole role/Old'],
		},
	])('$name', ({ roles, expected }) => {
		expect(codes(analyze(account({ roles })))).toEqual(expected);
	});

	it('flags PassRole on any role, administrators and escalation paths, each with its page', () => {
		const analysis = analyze(
			account({
				users: [
					{ name: 'boss', managed: [ADMIN] },
					{ name: 'dev', policies: [doc(allow(['iam:PassRole', 'lambda:CreateFunction']))] },
				],
				roles: [{ name: 'Fn', trust: lambda, managed: [ADMIN], lastUsed: '2026-11-30T00:00:00Z' }],
			}),
		);
		expect(codes(analysis)).toEqual([
			'administrator role/Fn',
			'administrator user/boss',
			'escalationPath user/dev',
			'passRoleOnAnyRole user/dev',
		]);
		for (const f of analysis.findings) expect(f.learnMore).toMatch(/^\/chapters\/[\w-]+\/#[\w-]+$/);
	});
});
