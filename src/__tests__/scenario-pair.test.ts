import { describe, expect, it } from 'vitest';
import { changedLines, pairScenarioViews } from '../lib/scenario-pair.ts';
import type { PolicyView, ScenarioView } from '../lib/scenario-view.ts';

function policy(heading: string, json: string, marks: string[] = []): PolicyView {
	return {
		heading,
		policyType: 'identity',
		policyName: heading,
		json,
		lineCount: json.split('\n').length,
		marks: marks.map((range) => ({ range })),
		decisive: [],
		considered: true,
	};
}

function view(
	id: string,
	decision: 'allowed' | 'implicitDeny',
	request: Record<string, string>,
	policies: PolicyView[],
): ScenarioView {
	return {
		id,
		title: `case ${id}`,
		file: 'course/test.json',
		request: Object.entries(request).map(([term, value]) => ({ term, value })),
		policies,
		verdict: { decision, words: decision === 'allowed' ? 'Allowed' : 'Denied: implicit deny' },
		reasons: [],
		warnings: [],
	};
}

const TRUST = '{\n  "Effect": "Allow",\n  "Action": "sts:AssumeRole"\n}';
const base = { Principal: 'alice', Action: 'sts:AssumeRole', Resource: 'role/R' };

describe('changedLines', () => {
	it.each([
		['identical texts', 'a\nb\nc', 'a\nb\nc', []],
		['one line replaced', 'a\nb\nc', 'a\nX\nc', ['2']],
		['two lines added in a row', 'a\nb\nc\nd', 'a\nd', ['2-3']],
		['lines apart', 'a\nb\nc\nd\ne', 'a\nX\nc\nY\ne', ['2', '4']],
		['everything new', 'x\ny', 'a\nb', ['1-2']],
	])('%s', (_name, text, other, ranges) => {
		expect(changedLines(text, other).map((r) => r.range)).toEqual(ranges);
	});
});

describe('pairScenarioViews', () => {
	it('keeps a single case as it is: every policy shared, nothing flagged', () => {
		const a = view('a', 'allowed', base, [policy('Trust policy', TRUST, ['2'])]);
		const card = pairScenarioViews([a]);
		expect(card.shared).toEqual(a.policies);
		expect(card.variants).toHaveLength(1);
		expect(card.variants[0]!.label).toBe('Allowed');
		expect(card.variants[0]!.request.every((r) => !r.changed && !r.absent)).toBe(true);
	});

	it('prints a policy both cases hold alike once, and flags the request row that differs', () => {
		const trust = policy('Trust policy', TRUST);
		const a = view('a', 'allowed', { ...base, 'aws:MultiFactorAuthPresent': 'true' }, [trust]);
		const b = view('b', 'implicitDeny', { ...base, 'aws:MultiFactorAuthPresent': 'false' }, [
			trust,
		]);
		const card = pairScenarioViews([a, b], ['with MFA', 'without MFA']);
		expect(card.shared.map((p) => p.heading)).toEqual(['Trust policy']);
		expect(card.variants.map((v) => v.label)).toEqual(['with MFA', 'without MFA']);
		expect(card.variants[1]!.request.filter((r) => r.changed).map((r) => r.term)).toEqual([
			'aws:MultiFactorAuthPresent',
		]);
		expect(card.variants.every((v) => v.policies.length === 0)).toBe(true);
	});

	it('shows a key only the other case carries as absent', () => {
		const a = view('a', 'allowed', { ...base, 'aws:MultiFactorAuthPresent': 'true' }, []);
		const b = view('b', 'implicitDeny', base, []);
		const absent = pairScenarioViews([a, b]).variants[1]!.request.filter((r) => r.absent);
		expect(absent).toEqual([
			{ term: 'aws:MultiFactorAuthPresent', value: '', changed: true, absent: true },
		]);
	});

	it('prints a policy that differs per case, with the lines that differ', () => {
		const a = view('a', 'allowed', base, [policy('Trust policy', TRUST)]);
		const b = view('b', 'implicitDeny', base, [
			policy('Trust policy', TRUST.replace('sts:AssumeRole', 'sts:TagSession')),
		]);
		const [va, vb] = pairScenarioViews([a, b]).variants;
		expect(va!.policies.map((p) => p.changed.map((r) => r.range))).toEqual([['3']]);
		expect(vb!.policies.map((p) => p.changed.map((r) => r.range))).toEqual([['3']]);
	});

	it('prints a policy apart when only its decisive marks differ', () => {
		const a = view('a', 'allowed', base, [policy('Trust policy', TRUST, ['2'])]);
		const b = view('b', 'implicitDeny', base, [policy('Trust policy', TRUST)]);
		const card = pairScenarioViews([a, b]);
		expect(card.shared).toEqual([]);
		expect(card.variants.map((v) => v.policies[0]!.changed)).toEqual([[], []]);
	});

	it('says a policy is only in one case when the other has none of that name', () => {
		const a = view('a', 'implicitDeny', base, []);
		const b = view('b', 'allowed', base, [policy('Identity policy ReadReports', TRUST)]);
		const vb = pairScenarioViews([a, b]).variants[1]!;
		expect(vb.policies.map((p) => [p.heading, p.onlyHere])).toEqual([
			['Identity policy ReadReports', true],
		]);
	});

	it.each([
		[
			'three cases',
			[
				view('a', 'allowed', base, []),
				view('b', 'allowed', base, []),
				view('c', 'allowed', base, []),
			],
			undefined,
			'a scenario card shows one case or two; received 3',
		],
		[
			'the same case twice',
			[view('a', 'allowed', base, []), view('a', 'allowed', base, [])],
			undefined,
			'`<Scenario id="a">`: `twin` names the same case',
		],
		[
			'one label for two cases',
			[view('a', 'allowed', base, []), view('b', 'allowed', base, [])],
			['only one'],
			'`<Scenario id="a">`: `labels` needs one non-empty label per case (2); received ["only one"]',
		],
	] as const)(
		'refuses %s with a message that says what it got',
		(_name, views, labels, message) => {
			expect(() => pairScenarioViews(views, labels)).toThrow(message);
		},
	);
});
