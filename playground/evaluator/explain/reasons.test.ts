import { describe, expect, it } from 'vitest';
import { explain } from '../decide/evaluate.ts';
import { parseScenario } from '../parse/scenario.ts';
import type { ExplainedResult } from '../types.ts';
import { reasons, VERDICT_LABELS } from './reasons.ts';

const A = '111122223333';
const SESSION = `arn:aws:sts::${A}:assumed-role/AppRole/s1`;
const NOW = new Date('2026-01-15T12:00:00Z');

function explained(scenario: object): ExplainedResult {
	const parsed = parseScenario(JSON.stringify(scenario), { now: NOW });
	if (parsed.scenario === undefined) throw new Error(JSON.stringify(parsed.errors));
	return explain(parsed.scenario);
}

const doc = (...statement: object[]) => ({ Version: '2012-10-17', Statement: statement });
const call = (action: string, resource = '*', context = {}) => ({
	principal: SESSION,
	action,
	resource,
	context,
});
const allowRead = { Sid: 'Read', Effect: 'Allow', Action: 's3:Get*', Resource: '*' };

describe('reasons', () => {
	it.each<[string, object, string[]]>([
		[
			'an allow names the statement, counted from 1, and what matched',
			{
				request: call('s3:GetObject', 'arn:aws:s3:::b/k'),
				identityPolicies: [{ name: 'app', document: doc(allowRead) }],
			},
			[
				'Statement 1 (Sid `Read`) of the identity policy `app` allows the request: its `Action` matches `s3:Get*`; its `Resource` matches `*`.',
			],
		],
		[
			'an explicit deny names the Deny, its NotAction and its condition',
			{
				request: call('s3:GetObject', 'arn:aws:s3:::b/k', { 'aws:SecureTransport': 'false' }),
				identityPolicies: [
					{
						name: 'guard',
						document: doc(allowRead, {
							Effect: 'Deny',
							NotAction: 'iam:*',
							Resource: '*',
							Condition: { Bool: { 'aws:SecureTransport': 'false' } },
						}),
					},
				],
			},
			[
				'Statement 2 of the identity policy `guard` denies the request: the request is not excluded by its `NotAction`; its `Resource` matches `*`; its condition `Bool` on `aws:SecureTransport` holds.',
			],
		],
		[
			'an implicit deny says so, then why each Allow misses',
			{
				request: call('s3:PutObject', 'arn:aws:s3:::b/k'),
				identityPolicies: [{ name: 'app', document: doc(allowRead) }],
			},
			[
				'No statement allows the request, so it is denied by default.',
				'Allow statement 1 (Sid `Read`) of the identity policy `app` does not apply: the action `s3:PutObject` is not `s3:Get*`.',
			],
		],
		[
			'a deny by the boundary gives the grant check and its reason',
			{
				request: call('s3:GetObject', 'arn:aws:s3:::b/k'),
				identityPolicies: [{ name: 'app', document: doc(allowRead) }],
				permissionsBoundary: doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }),
			},
			[
				'No statement allows the request, so it is denied by default.',
				'Allow statement 1 of the permissions boundary does not apply: the action `s3:GetObject` is not `sqs:*`.',
			],
		],
		[
			'an SCP level that allows nothing is named',
			{
				request: call('s3:GetObject', 'arn:aws:s3:::b/k'),
				identityPolicies: [{ name: 'app', document: doc(allowRead) }],
				serviceControlPolicies: [
					{ name: 'root', policies: [doc({ Effect: 'Allow', Action: '*', Resource: '*' })] },
					{
						name: 'ou-workloads',
						policies: [doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' })],
					},
				],
			},
			[
				'No service control policy at level `ou-workloads` allows the request, so it is denied there.',
				'Allow statement 1 of the SCP `ou-workloads[0]` does not apply: the action `s3:GetObject` is not `ec2:*`.',
			],
		],
		[
			'an allow by a rule says no policy can deny it',
			{
				request: call('sts:GetCallerIdentity'),
				identityPolicies: [
					{ name: 'deny-all', document: doc({ Effect: 'Deny', Action: '*', Resource: '*' }) },
				],
			},
			[
				'It is allowed by the no-permission rule, not by a statement: no policy can deny this request.',
			],
		],
		[
			'a deny by a rule no policy decides gives the rule',
			{
				request: call('iam:DeletePolicy', 'arn:aws:iam::aws:policy/ReadOnlyAccess'),
				identityPolicies: [
					{ name: 'admin', document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) },
				],
			},
			['It is denied at a rule no policy decides: AWS owns this policy: no policy can change it.'],
		],
	])('%s', (_what, scenario, sentences) => {
		expect(reasons(explained(scenario))).toEqual(sentences);
	});

	it('explains at most four Allow statements and counts the rest', () => {
		const misses = Array.from({ length: 7 }, (_, i) => ({
			Effect: 'Allow',
			Action: `sqs:Action${i}`,
			Resource: '*',
		}));
		const result = explained({
			request: call('s3:GetObject', 'arn:aws:s3:::b/k'),
			identityPolicies: [{ name: 'app', document: doc(...misses) }],
		});
		const said = reasons(result);
		expect(said).toHaveLength(6);
		expect(said.at(-1)).toBe('3 more `Allow` statements do not apply either.');
	});
});

describe('VERDICT_LABELS', () => {
	it('says every decision in words', () => {
		expect(Object.values(VERDICT_LABELS)).toEqual([
			'Allowed',
			'Denied: explicit deny',
			'Denied: implicit deny',
		]);
	});
});
