import { describe, expect, it } from 'vitest';
import { codeSpans } from '../../playground/evaluator/index.ts';
import type {
	CompiledScenario,
	Diagnostic,
	ExplainedResult,
	PolicyExplanation,
	StatementExplanation,
} from '../../playground/evaluator/index.ts';
import type { FoundCase } from '../lib/load-corpus.ts';
import {
	buildScenarioView,
	checkScenarioProps,
	type ScenarioEvaluator,
} from '../lib/scenario-view.ts';

// A hand-made fake of the evaluator facade: it hands back a prepared result,
// and records the text it was asked to parse.
function fakeEvaluator(result: ExplainedResult, errors: Diagnostic[] = []) {
	const seen: string[] = [];
	const evaluator: ScenarioEvaluator = {
		parseScenario(text) {
			seen.push(text);
			return errors.length > 0
				? { errors, warnings: [] }
				: { scenario: {} as CompiledScenario, errors: [], warnings: [] };
		},
		explain: () => result,
	};
	return { evaluator, seen };
}

const span = { offset: 0, length: 0 };
const noCatalog = { get: () => undefined };

function statement(
	index: number,
	effect: 'Allow' | 'Deny',
	extra: Partial<StatementExplanation> = {},
): StatementExplanation {
	return {
		statementIndex: index,
		effect,
		span,
		applies: true,
		action: {
			passed: true,
			element: 'Action',
			matched: { text: 'sts:AssumeRole', span },
			span,
			entries: ['sts:AssumeRole'],
		},
		conditions: [],
		...extra,
	};
}

function result(partial: Partial<ExplainedResult>): ExplainedResult {
	return {
		decision: 'implicitDeny',
		decisiveStatements: [],
		decidedBy: 'default',
		warnings: [],
		steps: [],
		policies: [],
		context: {},
		request: {
			principal: 'ec2.amazonaws.com',
			action: 'sts:AssumeRole',
			resource: 'arn:aws:iam::111122223333:role/DemoRoleForEC2',
			principalKind: 'service',
			crossAccount: false,
			serviceLinkedRole: false,
			resourcePolicyKind: 'trust',
			scpsApply: false,
			rcpsApply: false,
		},
		...partial,
	};
}

const trustDoc = {
	Version: '2012-10-17',
	Statement: [
		{
			Sid: 'TrustEC2',
			Effect: 'Allow',
			Principal: { Service: 'ec2.amazonaws.com' },
			Action: 'sts:AssumeRole',
		},
	],
};
const readLogs = {
	Version: '2012-10-17',
	Statement: [{ Effect: 'Allow', Action: 'logs:GetLogEvents', Resource: '*' }],
};

function found(expectDecision: string, extra: object = {}): FoundCase {
	return {
		id: 'ch03-ec2-may-assume',
		file: 'course/ch03.json',
		case: {
			id: 'ch03-ec2-may-assume',
			name: 'EC2 may assume DemoRoleForEC2',
			scenario: {
				request: {
					principal: 'ec2.amazonaws.com',
					action: 'sts:AssumeRole',
					resource: 'arn:aws:iam::111122223333:role/DemoRoleForEC2',
					context: { 'aws:SourceIp': '203.0.113.7', 'aws:TagKeys': ['team', 'stage'] },
				},
				resourcePolicy: trustDoc,
				identityPolicies: [
					{ name: 'ReadLogs', document: readLogs },
					{ arn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' },
				],
			},
			expect: { decision: expectDecision as 'allowed' },
			...extra,
		},
	};
}

const trustPolicy: PolicyExplanation = {
	policyType: 'resource',
	policyName: 'trust policy',
	path: ['resourcePolicy'],
	considered: true,
	statements: [
		statement(0, 'Allow', {
			sid: 'TrustEC2',
			principal: {
				passed: true,
				element: 'Principal',
				matchKind: 'exact',
				matched: { text: 'ec2.amazonaws.com', span },
				span,
				entries: ['ec2.amazonaws.com'],
			},
		}),
	],
};
const identityPolicies: PolicyExplanation[] = [
	{
		policyType: 'identity',
		policyName: 'ReadLogs',
		path: ['identityPolicies', 0],
		considered: true,
		statements: [statement(0, 'Allow')],
	},
	{
		policyType: 'identity',
		policyName: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
		path: ['identityPolicies', 1],
		considered: true,
		statements: [statement(0, 'Allow')],
	},
];
const allowedResult = result({
	decision: 'allowed',
	decidedBy: 'grant',
	decisiveStatements: [
		{
			policyType: 'resource',
			policyName: 'trust policy',
			statementIndex: 0,
			sid: 'TrustEC2',
			effect: 'Allow',
		},
	],
	policies: [trustPolicy, ...identityPolicies],
});
const managed = {
	get: (arn: string) =>
		arn === 'arn:aws:iam::aws:policy/IAMReadOnlyAccess'
			? JSON.stringify({
					Version: '2012-10-17',
					Statement: [{ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }],
				})
			: undefined,
};

describe('buildScenarioView', () => {
	it('evaluates the scenario as pretty JSON text so that spans exist', () => {
		const { evaluator, seen } = fakeEvaluator(allowedResult);
		buildScenarioView(found('allowed'), { id: 'x' }, { evaluator, managedPolicies: managed });
		expect(seen).toEqual([JSON.stringify(found('allowed').case.scenario, null, 2)]);
	});

	it('states the verdict in words and explains the decisive statement in one sentence', () => {
		const { evaluator } = fakeEvaluator(allowedResult);
		const view = buildScenarioView(
			found('allowed'),
			{ id: 'x' },
			{ evaluator, managedPolicies: managed },
		);
		expect(view.verdict).toEqual({ decision: 'allowed', words: 'Allowed' });
		expect(
			view.reasons.map((parts) => parts.map((p) => (p.code ? `\`${p.text}\`` : p.text)).join('')),
		).toEqual([
			'Statement 1 (Sid `TrustEC2`) of the trust policy allows the request: its `Principal` matches `ec2.amazonaws.com`; its `Action` matches `sts:AssumeRole`.',
		]);
	});

	it('lists the request as terms and values, context keys included', () => {
		const { evaluator } = fakeEvaluator(allowedResult);
		const view = buildScenarioView(
			found('allowed'),
			{ id: 'x' },
			{ evaluator, managedPolicies: managed },
		);
		expect(view.request).toEqual([
			{ term: 'Principal', value: 'ec2.amazonaws.com' },
			{ term: 'Action', value: 'sts:AssumeRole' },
			{ term: 'Resource', value: 'arn:aws:iam::111122223333:role/DemoRoleForEC2' },
			{ term: 'aws:SourceIp', value: '203.0.113.7' },
			{ term: 'aws:TagKeys', value: '["team","stage"]' },
		]);
	});

	it('prints every policy, named, with the decisive statement lines marked', () => {
		const { evaluator } = fakeEvaluator(allowedResult);
		const view = buildScenarioView(
			found('allowed'),
			{ id: 'x' },
			{ evaluator, managedPolicies: managed },
		);
		expect(view.policies.map((p) => [p.heading, p.marks, p.decisive])).toEqual([
			['Trust policy', [{ range: '4-11' }], [0]],
			['Identity policy ReadLogs', [], []],
			['AWS managed policy IAMReadOnlyAccess', [], []],
		]);
		expect(view.policies[0]?.json).toBe(JSON.stringify(trustDoc, null, 2));
		expect(view.policies[2]?.json).toContain('"iam:Get*"');
	});

	it.each([
		['trust', ['Trust policy']],
		['resource', ['Trust policy']],
		['identity', ['Identity policy ReadLogs', 'AWS managed policy IAMReadOnlyAccess']],
		['all', ['Trust policy', 'Identity policy ReadLogs', 'AWS managed policy IAMReadOnlyAccess']],
	] as const)('with show="%s" prints only those policies', (show, headings) => {
		const { evaluator } = fakeEvaluator(allowedResult);
		const view = buildScenarioView(
			found('allowed'),
			{ id: 'x', show },
			{ evaluator, managedPolicies: managed },
		);
		expect(view.policies.map((p) => p.heading)).toEqual(headings);
	});

	it('uses the title prop as caption, and the case name without it', () => {
		const { evaluator } = fakeEvaluator(allowedResult);
		const deps = { evaluator, managedPolicies: managed };
		expect(buildScenarioView(found('allowed'), { id: 'x', title: 'Mine' }, deps).title).toBe(
			'Mine',
		);
		expect(buildScenarioView(found('allowed'), { id: 'x' }, deps).title).toBe(
			'EC2 may assume DemoRoleForEC2',
		);
	});

	it('fails the build when the evaluator disagrees with the expected decision', () => {
		const { evaluator } = fakeEvaluator(allowedResult);
		expect(() =>
			buildScenarioView(
				found('explicitDeny'),
				{ id: 'x' },
				{ evaluator, managedPolicies: managed },
			),
		).toThrowErrorMatchingInlineSnapshot(
			`[ScenarioViewError: scenario \`ch03-ec2-may-assume\` (in \`course/ch03.json\`): the evaluator decides \`allowed\` but the case expects \`explicitDeny\`; the page must not state a wrong outcome. Fix the case or report the evaluator]`,
		);
	});

	it('fails the build when show selects no policy, saying what the scenario has', () => {
		const { evaluator } = fakeEvaluator(result({ policies: identityPolicies }));
		expect(() =>
			buildScenarioView(
				found('implicitDeny'),
				{ id: 'x', show: 'trust' },
				{ evaluator, managedPolicies: managed },
			),
		).toThrowError(
			'scenario `ch03-ec2-may-assume` (in `course/ch03.json`): `show="trust"` selects no policy; the scenario has identity policies',
		);
	});

	it('fails the build when a scenario meant to be valid does not parse, listing the errors', () => {
		const error: Diagnostic = {
			code: 'E07',
			severity: 'error',
			message: 'unknown element `Actions`',
			span,
			path: ['resourcePolicy', 'Statement', 0],
		};
		const { evaluator } = fakeEvaluator(allowedResult, [error]);
		expect(() =>
			buildScenarioView(found('allowed'), { id: 'x' }, { evaluator, managedPolicies: noCatalog }),
		).toThrowError(
			'scenario `ch03-ec2-may-assume` (in `course/ch03.json`) does not parse, but its `expect` has no `errors`:\n  E07 unknown element `Actions` at ["resourcePolicy","Statement",0]',
		);
	});

	it('shows an invalid case as rejected, with its diagnostics, when the errors are the expected ones', () => {
		const error: Diagnostic = {
			code: 'E07',
			severity: 'error',
			message: 'unknown element `Actions`',
			help: 'did you mean `Action`?',
			span,
			path: [],
		};
		const { evaluator } = fakeEvaluator(allowedResult, [error]);
		const view = buildScenarioView(
			found('allowed', { expect: { errors: ['E07'] } }),
			{ id: 'x' },
			{ evaluator, managedPolicies: noCatalog },
		);
		expect(view.verdict).toEqual({ decision: 'invalid', words: 'Rejected: invalid input' });
		expect(view.reasons).toEqual([
			codeSpans('E07: unknown element `Actions` (did you mean `Action`?)'),
		]);
	});

	it('explains an implicit deny at the end of the evaluation in one sentence', () => {
		const { evaluator } = fakeEvaluator(result({ policies: [trustPolicy] }));
		const view = buildScenarioView(
			found('implicitDeny'),
			{ id: 'x' },
			{ evaluator, managedPolicies: noCatalog },
		);
		expect(view.verdict.words).toBe('Denied: implicit deny');
		expect(view.reasons).toEqual([
			codeSpans('No statement allows the request, so it is denied by default.'),
		]);
	});
});

describe('warnings', () => {
	it('lists the warnings the author names, with code, message and help', () => {
		const warning: Diagnostic = {
			code: 'W36',
			severity: 'warning',
			message: '`iam:PassRole` is allowed on every role',
			help: 'name the roles in `Resource`',
			span,
			path: [],
		};
		const other: Diagnostic = { ...warning, code: 'W15', message: 'not the point here' };
		const { evaluator } = fakeEvaluator({ ...allowedResult, warnings: [warning, other] });
		const view = buildScenarioView(
			found('allowed', { expect: { decision: 'allowed', warnings: ['W15', 'W36'] } }),
			{ id: 'x', warnings: ['W36'] },
			{ evaluator, managedPolicies: managed },
		);
		expect(view.warnings).toEqual([
			codeSpans('W36: `iam:PassRole` is allowed on every role (name the roles in `Resource`)'),
		]);
	});

	it('fails the build when the card names a warning the case does not expect', () => {
		const { evaluator } = fakeEvaluator(allowedResult);
		expect(() =>
			buildScenarioView(
				found('allowed', { expect: { decision: 'allowed', warnings: ['W15'] } }),
				{ id: 'x', warnings: ['W36'] },
				{ evaluator, managedPolicies: managed },
			),
		).toThrowError(/`warnings` names `W36`, which the case does not expect; it expects `W15`/);
	});

	it('shows no warnings when the author names none', () => {
		const warning: Diagnostic = {
			code: 'W15',
			severity: 'warning',
			message: 'x',
			span,
			path: [],
		};
		const { evaluator } = fakeEvaluator({ ...allowedResult, warnings: [warning] });
		const view = buildScenarioView(
			found('allowed'),
			{ id: 'x' },
			{ evaluator, managedPolicies: managed },
		);
		expect(view.warnings).toEqual([]);
	});
});

describe('checkScenarioProps', () => {
	it.each([
		[
			{},
			'`<Scenario>` needs an `id` naming a corpus case, e.g. `<Scenario id="ch03-ec2-may-assume" />`; received nothing',
		],
		[
			{ id: '  ' },
			'`<Scenario>` needs an `id` naming a corpus case, e.g. `<Scenario id="ch03-ec2-may-assume" />`; received "  "',
		],
		[
			{ id: 'a', show: 'policies' },
			'`<Scenario id="a">`: `show` must be one of `all`, `trust`, `identity`, `resource`; received "policies"',
		],
		[{ id: 'a', title: 3 }, '`<Scenario id="a">`: `title` must be a string; received 3'],
	])('rejects %j with a message saying what it expected', (props, message) => {
		expect(() => checkScenarioProps(props)).toThrowError(message);
	});

	it('defaults show to all', () => {
		expect(checkScenarioProps({ id: 'a' })).toEqual({ id: 'a', show: 'all' });
	});
});
