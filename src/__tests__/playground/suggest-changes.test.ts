import { describe, expect, it } from 'vitest';
import { explain, parseScenario } from '../../../playground/evaluator/index.ts';
import {
	operatorType,
	suggestChanges,
	trustPrincipal,
} from '../../lib/playground/suggest-changes.ts';

const ROLE = 'arn:aws:iam::111122223333:role/DemoRoleForEC2';
const SESSION = 'arn:aws:sts::111122223333:assumed-role/DemoRoleForEC2/s1';

/** The explained result of a scenario object (which must be valid). */
function run(scenario: object) {
	const parsed = parseScenario(JSON.stringify(scenario));
	if (parsed.scenario === undefined) throw new Error(JSON.stringify(parsed.errors));
	return explain(parsed.scenario);
}

const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });

describe('suggestChanges', () => {
	it('suggests nothing when the request is allowed', () => {
		const result = run({
			request: { principal: 'ec2.amazonaws.com', action: 'sts:AssumeRole', resource: ROLE },
			resourcePolicy: policy({
				Effect: 'Allow',
				Principal: { Service: 'ec2.amazonaws.com' },
				Action: 'sts:AssumeRole',
			}),
		});
		expect(suggestChanges('assume', result)).toEqual([]);
	});

	it('offers the trust statement naming the caller when the trust policy names someone else', () => {
		const result = run({
			request: { principal: 'lambda.amazonaws.com', action: 'sts:AssumeRole', resource: ROLE },
			resourcePolicy: policy({
				Effect: 'Allow',
				Principal: { Service: 'ec2.amazonaws.com' },
				Action: 'sts:AssumeRole',
			}),
		});
		expect(suggestChanges('assume', result)).toEqual([
			{
				kind: 'addStatement',
				hop: 'assume',
				target: 'trust',
				statement: {
					Effect: 'Allow',
					Principal: { Service: 'lambda.amazonaws.com' },
					Action: 'sts:AssumeRole',
				},
				message:
					'no statement of the trust policy lets `lambda.amazonaws.com` call `sts:AssumeRole`: add this statement to it',
			},
		]);
	});

	it('offers no statement when a rule no policy decides refuses the request, and names the rule', () => {
		const result = run({
			request: {
				principal: SESSION,
				action: 'iam:PassRole',
				resource:
					'arn:aws:iam::111122223333:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport',
			},
			identityPolicies: [policy({ Effect: 'Allow', Action: '*', Resource: '*' })],
		});
		expect(suggestChanges('session', result)).toEqual([
			{
				kind: 'note',
				hop: 'session',
				message: 'AWS manages this role: no policy can change or pass it',
			},
		]);
	});

	it('offers a permission statement when no permission policy allows the action', () => {
		const result = run({
			request: { principal: SESSION, action: 'iam:CreateRole', resource: '*' },
			identityPolicies: [policy({ Effect: 'Allow', Action: 'iam:List*', Resource: '*' })],
		});
		const [suggestion] = suggestChanges('session', result);
		expect(suggestion).toMatchObject({
			kind: 'addStatement',
			target: 'permission',
			statement: { Effect: 'Allow', Action: 'iam:CreateRole', Resource: '*' },
		});
		expect(suggestion?.message).toBe(
			'no permission policy allows `iam:CreateRole` on `*`: attach a policy with this statement',
		);
	});

	it('points at the boundary when the boundary is what does not allow the action', () => {
		const result = run({
			request: { principal: SESSION, action: 'iam:CreateUser', resource: '*' },
			identityPolicies: [policy({ Effect: 'Allow', Action: '*', Resource: '*' })],
			permissionsBoundary: policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
		});
		expect(suggestChanges('session', result)).toMatchObject([
			{ kind: 'addStatement', target: 'boundary' },
		]);
	});

	it('names the deny that wins', () => {
		const result = run({
			request: { principal: SESSION, action: 'iam:DeleteRole', resource: '*' },
			identityPolicies: [
				{ name: 'Admin', document: policy({ Effect: 'Allow', Action: '*', Resource: '*' }) },
				{
					name: 'Guard',
					document: policy({
						Sid: 'NoDeletes',
						Effect: 'Deny',
						Action: 'iam:Delete*',
						Resource: '*',
					}),
				},
			],
		});
		const suggestions = suggestChanges('session', result);
		expect(suggestions.map((s) => s.kind)).toEqual(['denyWins']);
		expect(suggestions[0]?.message).toBe(
			'the deny in statement 1 (Sid `NoDeletes`) of the identity policy `Guard` wins over every allow: remove it, or narrow it so it no longer matches this request',
		);
	});

	it('offers a context row for a key a condition needs, typed by its operator', () => {
		const result = run({
			request: {
				principal: 'arn:aws:iam::444455556666:root',
				action: 'sts:AssumeRole',
				resource: ROLE,
			},
			resourcePolicy: policy({
				Effect: 'Allow',
				Principal: { AWS: 'arn:aws:iam::444455556666:root' },
				Action: 'sts:AssumeRole',
				Condition: { StringEquals: { 'sts:ExternalId': 'abc' } },
			}),
		});
		const missing = suggestChanges('assume', result).filter((s) => s.kind === 'missingKey');
		expect(missing).toEqual([
			{
				kind: 'missingKey',
				hop: 'assume',
				key: 'sts:ExternalId',
				type: 'string',
				value: 'abc',
				message:
					'the request has no `sts:ExternalId`, which `StringEquals` needs: add it to the caller context, for example as `"abc"`',
			},
		]);
	});
});

describe('operatorType', () => {
	it.each([
		['StringEquals', 'string'],
		['NumericLessThanIfExists', 'number'],
		['Bool', 'bool'],
		['ForAnyValue:StringLike', 'list'],
		['ArnLike', 'string'],
	])('a key read by %s gets a %s row', (operator, type) => {
		expect(operatorType(operator)).toBe(type);
	});
});

describe('trustPrincipal', () => {
	it.each([
		['ec2.amazonaws.com', { Service: 'ec2.amazonaws.com' }],
		[SESSION, { AWS: ROLE }],
		['arn:aws:iam::111122223333:user/alice', { AWS: 'arn:aws:iam::111122223333:user/alice' }],
		[
			'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
			{ Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
		],
		['cognito-identity.amazonaws.com', { Federated: 'cognito-identity.amazonaws.com' }],
	])('names %s as %o', (principal, element) => {
		expect(trustPrincipal(principal)).toEqual(element);
	});
});
