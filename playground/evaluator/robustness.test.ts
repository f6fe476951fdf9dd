/**
 * Whatever the input, the evaluator answers with a decision or with
 * diagnostics: never an exception, never both, never neither.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import { evaluate, explain } from './decide/evaluate.ts';
import { MAX_SCENARIO_CHARS } from './parse/json-tree.ts';
import { parsePolicy } from './parse/policy.ts';
import { parseScenario, parseScenarios } from './parse/scenario.ts';
import type { ParsedScenario } from './parse/scenario.ts';

const managedPolicies = createNodeCatalog().managedPolicies;
const NOW = new Date('2026-01-15T12:00:00Z');
const DECISIONS = ['allowed', 'explicitDeny', 'implicitDeny'];
const A = '111122223333';
const B = '444455556666';

/** The outcome holds together: a scenario iff no errors, and then a decision both ways. */
function checkOutcome(parsed: ParsedScenario): boolean {
	if (parsed.scenario === undefined) return parsed.errors.length > 0;
	if (parsed.errors.length > 0) return false;
	const fast = evaluate(parsed.scenario);
	const full = explain(parsed.scenario);
	// Statements are explained apart from the walk that decides: each decisive one must say it applies.
	// (Two SCP levels may hold policies of the same name: any of them will do.)
	const explainedApply = full.decisiveStatements.every((d) =>
		full.policies.some(
			(p) =>
				p.policyType === d.policyType &&
				p.policyName === d.policyName &&
				p.statements[d.statementIndex]?.applies === true,
		),
	);
	return (
		DECISIONS.includes(fast.decision) &&
		full.decision === fast.decision &&
		JSON.stringify(full.decisiveStatements) === JSON.stringify(fast.decisiveStatements) &&
		explainedApply
	);
}

/** A policy read alone: a compiled policy iff no errors. */
function policyOutcomeHolds(parsed: ReturnType<typeof parsePolicy>): boolean {
	return (parsed.policy === undefined) === parsed.errors.length > 0;
}

const principals = fc.constantFrom(
	`arn:aws:iam::${A}:user/alice`,
	`arn:aws:iam::${A}:role/team/R`,
	`arn:aws:sts::${A}:assumed-role/R/s`,
	`arn:aws:iam::${A}:root`,
	`arn:aws:sts::${A}:federated-user/bob`,
	`arn:aws:iam::${B}:user/carol`,
	`arn:aws:iam::${A}:role/aws-service-role/x.amazonaws.com/AWSServiceRoleForX`,
	'ec2.amazonaws.com',
	'cognito-identity.amazonaws.com',
	`arn:aws:iam::${A}:saml-provider/corp`,
	'anonymous',
	'not a principal',
);
const actions = fc.constantFrom(
	's3:GetObject',
	'sts:AssumeRole',
	'sts:AssumeRoleWithWebIdentity',
	'sts:GetCallerIdentity',
	'kms:Decrypt',
	'iam:PassRole',
	'ec2:RunInstances',
	's3GetObject',
);
const resources = fc.constantFrom(
	'*',
	'arn:aws:s3:::b/k',
	`arn:aws:iam::${A}:role/R`,
	`arn:aws:kms:us-east-1:${A}:key/k1`,
	`arn:aws:logs:us-east-1:${A}:log-group:g:log-stream:s`,
	'bucket',
);
const patterns = fc.constantFrom(
	'*',
	's3:*',
	's3:Get*',
	'sts:AssumeRole*',
	'kms:?ecrypt',
	'iam:*',
	'arn:aws:s3:::b/*',
	'arn:aws:s3:::${aws:username}/*',
	`arn:aws:iam::${A}:role/*`,
	'arn:aws:logs:us-east-1:*',
	'',
	'not-an-arn',
);
const principalValues = fc.constantFrom<unknown>(
	'*',
	{ AWS: '*' },
	{ AWS: A },
	{ AWS: `arn:aws:iam::${A}:root` },
	{ AWS: [`arn:aws:iam::${A}:role/R`, `arn:aws:sts::${A}:assumed-role/R/s`] },
	{ Service: 'ec2.amazonaws.com' },
	{ Federated: 'cognito-identity.amazonaws.com' },
	{ CanonicalUser: 'abc' },
	{ AWS: 'arn:aws:iam::*:root' },
	{},
	42,
);
const conditionBlocks = fc.constantFrom<unknown>(
	{},
	{ StringEquals: { 'aws:SourceAccount': A } },
	{ StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-1' } },
	{ 'ForAllValues:StringLike': { 'aws:TagKeys': ['a*', 'b'] } },
	{ 'ForAnyValue:StringEquals': { 'aws:TagKeys': [] } },
	{ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] } },
	{ DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } },
	{ NumericLessThanEquals: { 's3:max-keys': 10 } },
	{ Bool: { 'aws:MultiFactorAuthPresent': true } },
	{ Null: { 'aws:TokenIssueTime': 'maybe' } },
	{ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::*' } },
	{ BinaryEquals: { 'aws:X': 'QUJD' } },
	{ StringEqual: { a: 'b' } },
	{ StringLike: { 'aws:PrincipalTag/team': '${aws:username}-${*}' } },
);
const statement = fc.record(
	{
		Sid: fc.constantFrom('S1', 'bad sid', ''),
		Effect: fc.constantFrom('Allow', 'Deny', 'allow'),
		Principal: principalValues,
		NotPrincipal: principalValues,
		Action: fc.oneof(patterns, fc.array(patterns, { maxLength: 3 })),
		NotAction: patterns,
		Resource: fc.oneof(patterns, fc.array(patterns, { maxLength: 3 })),
		NotResource: patterns,
		Condition: conditionBlocks,
	},
	{ requiredKeys: ['Effect'] },
);
/** Statements that follow the grammar of identity-type policies, so scenarios reach evaluation. */
const validPatterns = {
	action: fc.constantFrom(
		'*',
		's3:*',
		's3:Get*',
		'sts:AssumeRole*',
		'kms:?ecrypt',
		'iam:*',
		'ec2:Run*',
	),
	resource: fc.constantFrom(
		'*',
		'arn:aws:s3:::b/*',
		'arn:aws:s3:::${aws:username}/*',
		`arn:aws:iam::${A}:role/*`,
		`arn:aws:kms:*:${A}:key/*`,
	),
};
const validConditions = fc.constantFrom<unknown>(
	{ StringEqualsIfExists: { 'aws:SourceAccount': A } },
	{ StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-1' } },
	{ 'ForAllValues:StringLike': { 'aws:TagKeys': ['a*', 'b'] } },
	{ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] } },
	{ DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } },
	{ BoolIfExists: { 'aws:MultiFactorAuthPresent': false } },
);
const identityStatement = fc
	.record({
		Effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
		not: fc.boolean(),
		action: fc.array(validPatterns.action, { minLength: 1, maxLength: 3 }),
		resource: fc.array(validPatterns.resource, { minLength: 1, maxLength: 2 }),
		condition: fc.option(validConditions, { freq: 3 }),
	})
	.map(({ Effect, not, action, resource, condition }) => ({
		Effect,
		[not && Effect === 'Deny' ? 'NotAction' : 'Action']: action,
		Resource: resource,
		...(condition === null ? {} : { Condition: condition }),
	}));
const identityPolicy = fc.record({
	Version: fc.constant('2012-10-17'),
	Statement: fc.array(identityStatement, { minLength: 1, maxLength: 3 }),
});
const resourceStatement = fc
	.record({
		statement: identityStatement,
		principal: principalValues.filter((p) => p !== 42 && p !== 'x'),
	})
	.map(({ statement, principal }) => ({ ...statement, Principal: principal }));
const validScenario = fc.record(
	{
		request: fc.record({
			principal: principals,
			action: actions,
			resource: resources,
			context: fc.constant({ 'aws:SourceAccount': A }),
		}),
		identityPolicies: fc.array(
			fc.oneof(identityPolicy, fc.constant({ arn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' })),
			{ maxLength: 3 },
		),
		resourcePolicy: fc.record({
			Version: fc.constant('2012-10-17'),
			Statement: fc.array(resourceStatement, { minLength: 1, maxLength: 2 }),
		}),
		permissionsBoundary: identityPolicy,
		serviceControlPolicies: fc.array(
			fc.record({
				name: fc.constant('level'),
				policies: fc.array(
					fc.oneof(
						identityPolicy,
						fc.constant({
							arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
						}),
					),
					{ minLength: 1, maxLength: 2 },
				),
			}),
			{ maxLength: 3 },
		),
	},
	{ requiredKeys: ['request'] },
);

const policy = fc.record(
	{
		Version: fc.constantFrom('2012-10-17', '2008-10-17', '2020-01-01'),
		Statement: fc.oneof(statement, fc.array(statement, { maxLength: 3 })),
	},
	{ requiredKeys: ['Statement'] },
);
const policyRef = fc.oneof(
	policy,
	fc.record({ name: fc.constantFrom('a', 'b'), document: policy }),
	fc.constantFrom(
		{ arn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' },
		{ arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess' },
		{ arn: 'arn:aws:iam::aws:policy/NoSuchPolicy' },
	),
);
const level = fc.record({
	name: fc.constantFrom('root', 'ou'),
	policies: fc.array(policyRef, { maxLength: 2 }),
});
const context = fc.dictionary(
	fc.constantFrom(
		'aws:SourceAccount',
		'aws:TagKeys',
		'aws:SourceIp',
		'aws:username',
		'aws:PrincipalOrgID',
		'nokey',
	),
	fc.oneof(
		fc.constantFrom<unknown>(A, '203.0.113.7', '2001:db8::1', true, 10, ['a', 'b'], [], null, {
			x: 1,
		}),
	),
);
const scenario = fc.record(
	{
		request: fc.record(
			{ principal: principals, action: actions, resource: resources, context },
			{ requiredKeys: ['principal', 'action', 'resource'] },
		),
		identityPolicies: fc.array(policyRef, { maxLength: 3 }),
		resourcePolicy: policy,
		permissionsBoundary: policy,
		sessionPolicy: policy,
		serviceControlPolicies: fc.array(level, { maxLength: 3 }),
		resourceControlPolicies: fc.array(level, { maxLength: 2 }),
	},
	{ requiredKeys: ['request'] },
);

// Thousands of generated scenarios per property: more than the default 5 s under coverage.
describe('robustness', { timeout: 120_000 }, () => {
	it('answers every grammar-shaped scenario with a decision or errors', () => {
		const decided = new Set<string>();
		fc.assert(
			fc.property(fc.oneof(scenario, validScenario), (s) => {
				const parsed = parseScenario(JSON.stringify(s, null, 1), { managedPolicies, now: NOW });
				if (parsed.scenario !== undefined) decided.add(evaluate(parsed.scenario).decision);
				return checkOutcome(parsed);
			}),
			{ numRuns: 3000 },
		);
		// The generator reaches evaluation, not only the validator, and every outcome.
		expect([...decided].sort()).toEqual(['allowed', 'explicitDeny', 'implicitDeny']);
	});

	it('answers arbitrary JSON with errors, never an exception', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const text = JSON.stringify(value) ?? 'null';
				return (
					checkOutcome(parseScenario(text, { now: NOW })) &&
					policyOutcomeHolds(parsePolicy(text, 'identity'))
				);
			}),
			{ numRuns: 2000 },
		);
	});

	it('survives any edit of a valid scenario’s text: cut, inserted or replaced characters', () => {
		const valid = JSON.stringify(
			{
				request: {
					principal: 'ec2.amazonaws.com',
					action: 'sts:AssumeRole',
					resource: `arn:aws:iam::${A}:role/R`,
					context: { 'aws:SourceAccount': A },
				},
				resourcePolicy: {
					Version: '2012-10-17',
					Statement: [
						{
							Effect: 'Allow',
							Principal: { Service: 'ec2.amazonaws.com' },
							Action: 'sts:AssumeRole',
							Condition: { StringEquals: { 'aws:SourceAccount': A } },
						},
					],
				},
			},
			null,
			2,
		);
		fc.assert(
			fc.property(
				fc.nat(valid.length),
				fc.nat(8),
				fc.string({ maxLength: 4 }),
				(at, cut, insert) => {
					const text = valid.slice(0, at) + insert + valid.slice(at + cut);
					const parsed = parseScenario(text, { now: NOW });
					const spansInside = [...parsed.errors, ...parsed.warnings].every(
						(d) => d.span.offset >= 0 && d.span.offset + d.span.length <= text.length,
					);
					return checkOutcome(parsed) && spansInside;
				},
			),
			{ numRuns: 3000 },
		);
	});

	it('reads arrays item by item whatever they hold', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(scenario, fc.jsonValue()), { maxLength: 4 }), (items) => {
				const result = parseScenarios(JSON.stringify(items), { managedPolicies, now: NOW });
				return (
					result.errors.length === 0 &&
					result.items.length === items.length &&
					result.items.every(checkOutcome)
				);
			}),
			{ numRuns: 500 },
		);
	});

	it('keeps every diagnostic inside the text it points into', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const text = JSON.stringify(s, null, 2);
				const parsed = parseScenario(text, { managedPolicies, now: NOW });
				for (const d of [...parsed.errors, ...parsed.warnings]) {
					expect(d.span.offset + d.span.length).toBeLessThanOrEqual(text.length);
					expect(d.message).toMatch(/^[^A-Z]/);
					expect(d.message.endsWith('.')).toBe(false);
				}
			}),
			{ numRuns: 1000 },
		);
	});

	it('answers input nested past any stack with errors, wherever the nesting starts', () => {
		let refusedAsNested = 0;
		const valid = JSON.stringify({
			request: { principal: `arn:aws:iam::${A}:user/alice`, action: 's3:GetObject', resource: '*' },
			identityPolicies: [
				{ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } },
			],
		});
		fc.assert(
			fc.property(
				fc.nat(valid.length),
				fc.integer({ min: 1, max: 20_000 }),
				fc.array(fc.constantFrom('[', '{"a":', '[1,', '{"k":[{"Effect":'), {
					minLength: 1,
					maxLength: 4,
				}),
				fc.boolean(),
				(at, depth, openers, closed) => {
					const opening = Array.from({ length: depth }, (_, i) => openers[i % openers.length]).join(
						'',
					);
					const closing = closed
						? opening
								.replace(/[^[{]/g, '')
								.split('')
								.reverse()
								.map((c) => (c === '[' ? ']' : '}'))
								.join('')
						: '';
					const text = valid.slice(0, at) + opening + closing + valid.slice(at);
					const parsed = parseScenario(text, { managedPolicies, now: NOW });
					const many = parseScenarios(`[${text}]`, { managedPolicies, now: NOW });
					if ([...parsed.errors, ...many.errors].some((d) => d.message.includes('nested deeper')))
						refusedAsNested++;
					return (
						checkOutcome(parsed) &&
						policyOutcomeHolds(parsePolicy(text, 'identity')) &&
						(many.errors.length > 0 || many.items.every(checkOutcome))
					);
				},
			),
			{ numRuns: 300 },
		);
		// Inside a string the brackets are only text, and a syntax error may come first; but the limit is reached.
		expect(refusedAsNested).toBeGreaterThan(0);
	});

	it('answers input around the size limit: read below it, refused above it', () => {
		const head = `{"request":{"principal":"arn:aws:iam::${A}:user/alice","action":"s3:GetObject","resource":"*","context":{`;
		fc.assert(
			fc.property(
				fc.integer({ min: -2_000, max: 2_000 }),
				fc.constantFrom('keys', 'string'),
				fc.boolean(),
				(delta, shape, inArray) => {
					const size = MAX_SCENARIO_CHARS + delta;
					// Filled with many small context entries (many nodes) or one long string.
					const entry = (i: number) => `"k:${String(i).padStart(7, '0')}":"v",`;
					const fill =
						shape === 'keys'
							? Array.from(
									{ length: Math.floor((size - head.length - 20) / entry(0).length) },
									(_, i) => entry(i),
								).join('')
							: `"k:s":"${'x'.repeat(size - head.length - 20)}",`;
					let text = `${head}${fill}"k:end":"v"}}}`;
					text += ' '.repeat(Math.max(0, size - text.length));
					const parsed = inArray
						? parseScenarios(`[${text}]`, { managedPolicies, now: NOW })
						: { errors: parseScenario(text, { managedPolicies, now: NOW }).errors };
					const tooLarge = parsed.errors.some((d) => d.message.includes('larger than 2 MiB'));
					// Trailing spaces count for a lone document but not for an array item, which ends at its `}`.
					const end = inArray ? text.trimEnd().length : text.length;
					return tooLarge === end > MAX_SCENARIO_CHARS;
				},
			),
			{ numRuns: 24 },
		);
	});
});
