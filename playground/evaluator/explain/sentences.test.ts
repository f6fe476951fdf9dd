import { describe, expect, it } from 'vitest';
import { explain } from '../decide/evaluate.ts';
import { parseScenario } from '../parse/scenario.ts';
import type { ExplainedResult } from '../types.ts';
import {
	describeCondition,
	describeDecision,
	describeResult,
	describeStatement,
	describeStep,
} from './sentences.ts';

const A = '111122223333';
const ROLE = `arn:aws:iam::${A}:role/DemoRoleForEC2`;
const ALICE = `arn:aws:iam::${A}:user/alice`;
const NOW = new Date('2026-01-15T12:00:00Z');

function explained(scenario: object): ExplainedResult {
	const parsed = parseScenario(JSON.stringify(scenario), { now: NOW });
	if (parsed.scenario === undefined) throw new Error(JSON.stringify(parsed.errors));
	return explain(parsed.scenario);
}

/** Every statement sentence of a result, in order. */
function statements(result: ExplainedResult): string[] {
	return result.policies.flatMap((p) => p.statements.map((s) => describeStatement(result, p, s)));
}

const trustEc2 = (principal: string, context = {}) => ({
	request: { principal, action: 'sts:AssumeRole', resource: ROLE, context },
	resourcePolicy: {
		Version: '2012-10-17',
		Statement: [
			{
				Sid: 'TrustEC2',
				Effect: 'Allow',
				Principal: { Service: 'ec2.amazonaws.com' },
				Action: 'sts:AssumeRole',
				Condition: { StringEquals: { 'aws:SourceAccount': A } },
			},
		],
	},
});

const identity = (request: object, ...statement: object[]) => ({
	request,
	identityPolicies: [{ name: 'app', document: { Version: '2012-10-17', Statement: statement } }],
});

describe('describeDecision', () => {
	it.each([
		[trustEc2('ec2.amazonaws.com', { 'aws:SourceAccount': A }), 'is allowed'],
		[trustEc2('lambda.amazonaws.com'), 'is denied implicitly \\(nothing allows it\\)'],
	])('says the outcome in words (%#)', (scenario, ending) => {
		expect(describeDecision(explained(scenario))).toMatch(new RegExp(`${ending}$`));
	});
});

describe('describeStatement', () => {
	it('says why a trust statement applies', () => {
		expect(
			statements(explained(trustEc2('ec2.amazonaws.com', { 'aws:SourceAccount': A }))),
		).toEqual([
			'Allow statement 1 (Sid `TrustEC2`) of the trust policy applies: the caller matches `ec2.amazonaws.com` (exact), `sts:AssumeRole` matches `sts:AssumeRole` and its condition holds',
		]);
	});

	it('names the caller and the principal it is not', () => {
		expect(statements(explained(trustEc2('lambda.amazonaws.com')))).toEqual([
			'Allow statement 1 (Sid `TrustEC2`) of the trust policy does not apply: the caller is `lambda.amazonaws.com`, not `ec2.amazonaws.com`',
		]);
	});

	it('gives the missing key of a failing condition', () => {
		expect(statements(explained(trustEc2('ec2.amazonaws.com')))).toEqual([
			'Allow statement 1 (Sid `TrustEC2`) of the trust policy does not apply: `StringEquals` on `aws:SourceAccount` does not hold: the request has no value for the key',
		]);
	});

	it.each([
		[
			{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' },
			'does not apply: the action `s3:PutObject` is not any of `s3:Get*`, `s3:List*`',
		],
		[
			{ Effect: 'Allow', NotAction: 's3:Put*', Resource: '*' },
			'does not apply: `NotAction` excludes `s3:PutObject` (entry `s3:Put*`)',
		],
		[
			{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::other/*' },
			'does not apply: the resource `arn:aws:s3:::b/k` is not `arn:aws:s3:::other/*`',
		],
		[
			{ Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::b/*' },
			'does not apply: `NotResource` excludes `arn:aws:s3:::b/k` (entry `arn:aws:s3:::b/*`)',
		],
		[
			{ Effect: 'Allow', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::x' },
			'applies: `s3:PutObject` is not excluded by `NotAction` and the resource is not excluded by `NotResource`',
		],
		[
			{
				Effect: 'Allow',
				Action: 's3:*',
				Resource: '*',
				Condition: { Bool: { 'aws:SecureTransport': 'true' }, StringLike: { 'aws:userid': '*' } },
			},
			'applies: `s3:PutObject` matches `s3:*`, the resource matches `*` and all 2 conditions hold',
		],
	])('explains element %# in one sentence', (statement, tail) => {
		const result = explained(
			identity(
				{
					principal: ALICE,
					action: 's3:PutObject',
					resource: 'arn:aws:s3:::b/k',
					context: { 'aws:userid': 'AIDA' },
				},
				statement,
			),
		);
		expect(statements(result)[0]).toMatch(
			new RegExp(`^${statement.Effect} statement 1 of the identity policy \`app\` `),
		);
		expect(statements(result)[0]!.endsWith(tail)).toBe(true);
	});

	it('says a NotPrincipal excludes the caller', () => {
		const result = explained({
			request: { principal: ALICE, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' },
			resourcePolicy: {
				Version: '2012-10-17',
				Statement: [
					{
						Effect: 'Deny',
						NotPrincipal: { AWS: [ALICE, `arn:aws:iam::${A}:root`] },
						Action: 's3:*',
						Resource: '*',
					},
				],
			},
		});
		expect(statements(result)).toEqual([
			`Deny statement 1 of the resource policy does not apply: \`NotPrincipal\` excludes the caller \`${ALICE}\` (entry \`${ALICE}\`)`,
		]);
	});

	it.each([
		['the account is missing', ALICE, [ALICE], "it does not list the caller's account"],
		[
			'the user is missing',
			ALICE,
			[`arn:aws:iam::${A}:user/bob`, A],
			"it does not list the caller's user",
		],
		[
			'the session is missing',
			`arn:aws:sts::${A}:assumed-role/R/t`,
			[`arn:aws:sts::${A}:assumed-role/R/s`, `arn:aws:iam::${A}:role/R`, A],
			"it does not list the caller's session",
		],
	])('says which level a NotPrincipal leaves unlisted when %s', (_name, principal, listed, why) => {
		const result = explained({
			request: { principal, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' },
			resourcePolicy: {
				Version: '2012-10-17',
				Statement: [
					{ Effect: 'Deny', NotPrincipal: { AWS: listed }, Action: 's3:*', Resource: '*' },
				],
			},
		});
		expect(statements(result)[0]).toBe(
			`Deny statement 1 of the resource policy applies: the caller is not excluded by \`NotPrincipal\`: ${why}, \`s3:GetObject\` matches \`s3:*\` and the resource matches \`*\``,
		);
	});

	it.each([
		[
			{ principal: 'ec2.amazonaws.com', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' },
			'is not considered: SCPs do not govern a service principal',
		],
		[
			{
				principal: `arn:aws:iam::${A}:role/aws-service-role/ops.amazonaws.com/AWSServiceRoleForOps`,
				action: 's3:GetObject',
				resource: 'arn:aws:s3:::b/k',
			},
			'is not considered: SCPs do not restrict service-linked roles',
		],
	])('says why SCPs are not considered (%#)', (request, tail) => {
		const result = explained({
			request,
			serviceControlPolicies: [
				{
					name: 'root',
					policies: [
						{ Version: '2012-10-17', Statement: { Effect: 'Deny', Action: '*', Resource: '*' } },
					],
				},
			],
		});
		expect(statements(result)[0]!.endsWith(tail)).toBe(true);
	});

	it('says a user has no session policy and a service no identity policies', () => {
		const doc = {
			Version: '2012-10-17',
			Statement: { Effect: 'Allow', Action: '*', Resource: '*' },
		};
		const user = explained({
			request: { principal: ALICE, action: 's3:GetObject', resource: '*' },
			sessionPolicy: doc,
		});
		expect(statements(user)[0]).toMatch(
			/is not considered: a user principal has no session policy$/,
		);
		const service = explained({
			request: { principal: 'ec2.amazonaws.com', action: 's3:GetObject', resource: '*' },
			identityPolicies: [doc],
		});
		expect(statements(service)[0]).toMatch(
			/is not considered: a service principal has no identity-based policies or boundary$/,
		);
	});
});

describe('describeCondition', () => {
	const check = {
		operator: 'StringEquals',
		key: 'aws:PrincipalTag/team',
		span: { offset: 0, length: 0 },
	};
	it.each([
		[
			{ ...check, passed: false, contextValues: ['red'], policyValues: ['blue', 'green'] },
			'`StringEquals` on `aws:PrincipalTag/team` does not hold: the request has `red`, the policy expects any of `blue`, `green`',
		],
		[
			{
				...check,
				passed: true,
				policyValues: ['blue'],
				reason: 'ifExistsMissing',
				operator: 'StringEqualsIfExists',
			},
			'`StringEqualsIfExists` on `aws:PrincipalTag/team` holds: the request has no value for the key, and `IfExists` lets that pass',
		],
		[
			{
				...check,
				passed: false,
				contextValues: ['a', 'b'],
				policyValues: ['a'],
				reason: 'multivaluedNeedsSetOperator',
			},
			'`StringEquals` on `aws:PrincipalTag/team` does not hold: the request has `a`, `b`, the policy expects `a` (the key has several values: use `ForAnyValue:` or `ForAllValues:`)',
		],
		[
			{ ...check, passed: false, contextValues: [], policyValues: [] },
			'`StringEquals` on `aws:PrincipalTag/team` does not hold: the request has an empty set, the policy lists no value',
		],
	])('puts the request and the policy side by side (%#)', (c, sentence) => {
		expect(describeCondition(c)).toBe(sentence);
	});
});

describe('describeStep', () => {
	it.each([
		[
			{ gate: 'scp', outcome: 'decide', reason: 'noAllowAtLevel', level: 1, levelName: 'ou-apps' },
			'the service control policies: decided at level `ou-apps` (no statement allows the request at this level)',
		],
		[
			{ gate: 'rcp', outcome: 'skip', reason: 'rcpServiceNotSupported' },
			'the resource control policies: skipped (RCPs do not govern this service)',
		],
		[{ gate: 'explicitDeny', outcome: 'pass' }, 'the explicit-deny check: passed'],
		[
			{ gate: 'grant', outcome: 'pass', reason: 'somethingNew' },
			'the grant check: passed (somethingNew)',
		],
	] as const)('%j', (step, sentence) => {
		expect(describeStep(step)).toBe(sentence);
	});
});

describe('describeResult', () => {
	it('names the rule no policy decides instead of a statement', () => {
		const lines = describeResult(
			explained({
				request: {
					principal: ALICE,
					action: 'kms:DeleteAlias',
					resource: `arn:aws:kms:us-east-1:${A}:alias/aws/s3`,
				},
				identityPolicies: [
					{
						Version: '2012-10-17',
						Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }],
					},
				],
			}),
		);
		expect(lines.slice(0, 2)).toEqual([
			`\`${ALICE}\` calling \`kms:DeleteAlias\` on \`arn:aws:kms:us-east-1:${A}:alias/aws/s3\` is denied implicitly: AWS refuses it whatever the policies say`,
			'decided by a rule no policy decides: AWS owns the `alias/aws/` aliases: no policy can change them',
		]);
	});

	it('says why GetSessionToken needed no permission', () => {
		const lines = describeResult(
			explained({ request: { principal: ALICE, action: 'sts:GetSessionToken', resource: '*' } }),
		);
		expect(lines[1]).toBe(
			'decided by the no-permission rule: `sts:GetSessionToken` by an IAM user or root needs none, and no Deny stops it',
		);
	});

	it('tells the decision, the deciding gate, each statement and the warnings', () => {
		const lines = describeResult(
			explained(trustEc2('ec2.amazonaws.com', { 'aws:SourceAccount': A })),
		);
		expect(lines[1]).toBe(
			'decided by the grant check: the resource policy names the caller itself or `*`',
		);
		expect(lines).toHaveLength(3);
		const unprotected = explained({
			...trustEc2('config.amazonaws.com'),
			resourcePolicy: {
				Version: '2012-10-17',
				Statement: {
					Effect: 'Allow',
					Principal: { Service: 'config.amazonaws.com' },
					Action: 'sts:AssumeRole',
				},
			},
		});
		expect(describeResult(unprotected).at(-1)).toMatch(/^warning W15: /);
	});
});
