/**
 * The logic behind the chapter embeds: the exercise data check, where the
 * edited policy goes, grading, progress storage (with a fake Storage), the
 * managed-policy subset, "Open in playground" documents and verdict sentences.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../../playground/catalog/node-catalog.ts';
import { toScenarios } from '../../playground/editor/to-scenarios.ts';
import { explain, parseScenario } from '../../playground/evaluator/index.ts';
import { loadCorpus } from '../lib/load-corpus.ts';
import { checkRequestRows } from '../lib/embeds/check-request.ts';
import { checkExerciseFile, type Exercise } from '../lib/embeds/exercise-data.ts';
import { gradeExercise, policyText } from '../lib/embeds/grade-exercise.ts';
import { findExercise, loadExercises } from '../lib/embeds/load-exercises.ts';
import { managedArnsIn, managedSubset, subsetCatalog } from '../lib/embeds/managed-subset.ts';
import { placePolicy } from '../lib/embeds/place-policy.ts';
import { predictFeedback } from '../lib/embeds/predict-choices.ts';
import {
	completedChapters,
	createProgressStore,
	PROGRESS_KEY,
	type ProgressStorage,
} from '../lib/embeds/progress-store.ts';
import { scenarioToDocument } from '../lib/embeds/scenario-to-document.ts';
import { statementMarks } from '../lib/embeds/statement-marks.ts';

const managedPolicies = createNodeCatalog().managedPolicies;
const V = '2012-10-17';
const ROLE = 'arn:aws:iam::111122223333:role/DemoRoleForEC2';

/** A trust exercise: EC2 in, Lambda out. */
const EXERCISE: Exercise = {
	id: 'ch03-ex9',
	title: 'EC2 in, Lambda out',
	task: 'let EC2 assume the role',
	edit: 'trust',
	start: { Version: V, Statement: [] },
	solution: {
		Version: V,
		Statement: [
			{
				Effect: 'Allow',
				Principal: { Service: 'ec2.amazonaws.com' },
				Action: 'sts:AssumeRole',
			},
		],
	},
	checks: [
		{
			name: 'EC2 may assume the role',
			scenario: {
				request: { principal: 'ec2.amazonaws.com', action: 'sts:AssumeRole', resource: ROLE },
			},
			expect: 'allowed',
		},
		{
			name: 'Lambda may not',
			scenario: {
				request: { principal: 'lambda.amazonaws.com', action: 'sts:AssumeRole', resource: ROLE },
			},
			expect: 'implicitDeny',
		},
	],
};

function trust(service: string): string {
	return policyText({
		Version: V,
		Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
	});
}

/** A Storage fake over a Map; `broken` makes every call throw, as disabled storage does. */
function fakeStorage(initial: Record<string, string> = {}, broken = false) {
	const data = new Map(Object.entries(initial));
	const storage: ProgressStorage = {
		getItem(key) {
			if (broken) throw new Error('SecurityError');
			return data.get(key) ?? null;
		},
		setItem(key, value) {
			if (broken) throw new Error('QuotaExceededError');
			data.set(key, value);
		},
	};
	return { storage, data };
}

describe('checkExerciseFile', () => {
	const good = { exercises: [EXERCISE] };
	it('accepts a well-formed file and returns its exercises', () => {
		expect(checkExerciseFile(good, 'ch03.json').map((e) => e.id)).toEqual(['ch03-ex9']);
	});

	it.each([
		[{}, 'exercise file `ch03.json` must be an object with a non-empty `exercises` array'],
		[
			{ exercises: [{ ...EXERCISE, edit: 'policy' }] },
			'exercise 0 of `ch03.json` (`ch03-ex9`): `edit` must be one of `trust`, `resource`, `identity`, `boundary`, `session`, `scp`, got "policy"',
		],
		[
			{ exercises: [{ ...EXERCISE, id: 'Exercise 1' }] },
			'exercise 0 of `ch03.json` (`Exercise 1`): `id` must look like `ch03-ex1`, got "Exercise 1"',
		],
		[
			{ exercises: [{ ...EXERCISE, checks: [{ ...EXERCISE.checks[0], expect: 'denied' }] }] },
			'exercise 0 of `ch03.json` (`ch03-ex9`): `checks[0]`.expect must be one of allowed, explicitDeny, implicitDeny, got "denied"',
		],
		[
			{ exercises: [{ ...EXERCISE, hint: 'x' }] },
			'exercise 0 of `ch03.json` (`ch03-ex9`) has unknown field `hint`; expected among id, title, task, edit, start, solution, checks',
		],
	])('rejects a malformed file with a message naming the field (%#)', (data, message) => {
		expect(() => checkExerciseFile(data, 'ch03.json')).toThrow(message);
	});
});

describe('placePolicy', () => {
	const doc = { Version: V, Statement: [] };
	const scenario = {
		request: { principal: 'p', action: 'a', resource: '*' },
		identityPolicies: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
		serviceControlPolicies: [
			{ name: 'root', policies: [] },
			{ name: 'ou', policies: [{ a: 1 }] },
		],
	};
	it.each([
		['trust', 'resourcePolicy', doc],
		['resource', 'resourcePolicy', doc],
		['boundary', 'permissionsBoundary', doc],
		['session', 'sessionPolicy', doc],
		[
			'identity',
			'identityPolicies',
			[{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, { name: 'YourPolicy', document: doc }],
		],
		[
			'scp',
			'serviceControlPolicies',
			[
				{ name: 'root', policies: [] },
				{ name: 'ou', policies: [{ a: 1 }, doc] },
			],
		],
	] as const)('puts a %s policy at `%s`', (slot, field, expected) => {
		const placed = placePolicy(scenario, slot, doc);
		expect(placed[field]).toEqual(expected);
	});

	it('leaves the check scenario itself unchanged', () => {
		const before = JSON.stringify(scenario);
		placePolicy(scenario, 'identity', doc);
		placePolicy(scenario, 'scp', doc);
		expect(JSON.stringify(scenario)).toBe(before);
	});

	it('makes an account level for an SCP when the scenario has none', () => {
		expect(placePolicy({ request: {} }, 'scp', doc).serviceControlPolicies).toEqual([
			{ name: 'account', policies: [doc] },
		]);
	});
});

describe('gradeExercise', () => {
	it('passes every check for a right answer', () => {
		const grade = gradeExercise(EXERCISE, trust('ec2.amazonaws.com'));
		expect(grade).toMatchObject({ solved: true, passedCount: 2, problems: [] });
		expect(grade.checks.map((c) => c.message)).toEqual([
			'passes: allowed, as it should be',
			'passes: denied implicitly (nothing allows it), as it should be',
		]);
	});

	it('says which check fails, what came out and what was wanted', () => {
		const grade = gradeExercise(EXERCISE, trust('lambda.amazonaws.com'));
		expect(grade.solved).toBe(false);
		expect(grade.passedCount).toBe(0);
		expect(grade.checks.map((c) => [c.name, c.got, c.message])).toEqual([
			[
				'EC2 may assume the role',
				'implicitDeny',
				'fails: denied implicitly (nothing allows it), but it should be allowed',
			],
			[
				'Lambda may not',
				'allowed',
				'fails: allowed, but it should be denied implicitly (nothing allows it)',
			],
		]);
	});

	it('reports broken JSON with its line and column, and runs no check', () => {
		const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n';
		const grade = gradeExercise(EXERCISE, text);
		expect(grade.solved).toBe(false);
		expect(grade.problems.length).toBeGreaterThan(0);
		expect(grade.problems[0]).toMatchObject({ line: 4, column: 1 });
		expect(grade.checks.every((c) => c.got === undefined && !c.passed)).toBe(true);
		expect(grade.checks[0]?.message).toBe('cannot run: fix the errors in the policy first');
	});

	it('reports a grammar error of the slot (a trust policy needs a principal) at its text', () => {
		const text = policyText({
			Version: V,
			Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }],
		});
		const grade = gradeExercise(EXERCISE, text);
		expect(grade.problems.map((p) => p.code).length).toBeGreaterThan(0);
		expect(grade.problems[0]?.message).toMatch(/principal/i);
	});

	it('resolves managed policies in the checks through the catalog it is given', () => {
		const exercise: Exercise = {
			...EXERCISE,
			id: 'ch02-ex9',
			edit: 'boundary',
			checks: [
				{
					name: 'reads IAM',
					scenario: {
						request: {
							principal: 'arn:aws:sts::111122223333:assumed-role/R/s',
							action: 'iam:GetRole',
							resource: ROLE,
						},
						identityPolicies: [{ arn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' }],
					},
					expect: 'allowed',
				},
			],
		};
		const text = policyText({
			Version: V,
			Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }],
		});
		expect(gradeExercise(exercise, text, { managedPolicies }).solved).toBe(true);
		expect(gradeExercise(exercise, text).checks[0]?.message).toMatch(
			/^cannot run: the check's scenario is rejected/,
		);
	});
});

describe('the progress store', () => {
	it('records drafts and solved exercises, and reads them back', () => {
		const { storage } = fakeStorage();
		const store = createProgressStore(storage);
		store.record('ch03-ex1', 'draft 1', false);
		expect(store.isSolved('ch03-ex1')).toBe(false);
		store.record('ch03-ex1', 'answer', true);
		expect(store.isSolved('ch03-ex1')).toBe(true);
		expect(store.draft('ch03-ex1')).toBe('answer');
		expect(createProgressStore(storage).read()).toEqual({
			solved: ['ch03-ex1'],
			drafts: { 'ch03-ex1': 'answer' },
		});
	});

	it('keeps an exercise solved when a later draft breaks it, until it is reset', () => {
		const store = createProgressStore(fakeStorage().storage);
		store.record('ch04-ex1', 'answer', true);
		store.record('ch04-ex1', 'answer, then a typo', false);
		expect(store.isSolved('ch04-ex1')).toBe(true);
		store.reset('ch04-ex1');
		expect(store.isSolved('ch04-ex1')).toBe(false);
		expect(store.draft('ch04-ex1')).toBeUndefined();
	});

	it.each([
		['not JSON', '{oops'],
		['another version', JSON.stringify({ v: 99, solved: ['x'], drafts: {} })],
		['wrong types', JSON.stringify({ v: 1, solved: 'x', drafts: [] })],
	])('reads stored data that is %s as no progress', (_what, raw) => {
		const store = createProgressStore(fakeStorage({ [PROGRESS_KEY]: raw }).storage);
		expect(store.read()).toEqual({ solved: [], drafts: {} });
	});

	it('works without storage, or with storage that throws, as if nothing were stored', () => {
		for (const store of [
			createProgressStore(undefined),
			createProgressStore(fakeStorage({}, true).storage),
		]) {
			expect(() => store.record('ch05-ex1', 'x', true)).not.toThrow();
			expect(store.read()).toEqual({ solved: [], drafts: {} });
		}
	});

	it('lists the chapters whose exercises are all solved', () => {
		const manifest = {
			'/chapters/03-trust-policies/': ['ch03-ex1', 'ch03-ex2'],
			'/chapters/04-permission-policies/': ['ch04-ex1'],
			'/chapters/05-ec2-role-walkthrough/': [],
		};
		expect(completedChapters(manifest, ['ch03-ex1', 'ch04-ex1'])).toEqual([
			'/chapters/04-permission-policies/',
		]);
		expect(completedChapters(manifest, ['ch03-ex1', 'ch03-ex2', 'ch04-ex1'])).toEqual([
			'/chapters/03-trust-policies/',
			'/chapters/04-permission-policies/',
		]);
	});
});

describe('the managed-policy subset', () => {
	it('finds every `{ "arn" }` reference once, and carries only those texts', () => {
		const scenario = {
			identityPolicies: [
				{ arn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' },
				{ name: 'x', document: {} },
			],
			serviceControlPolicies: [
				{ name: 'root', policies: [{ arn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' }] },
			],
		};
		const arns = managedArnsIn(scenario);
		expect(arns).toEqual(['arn:aws:iam::aws:policy/IAMReadOnlyAccess']);
		const texts = managedSubset([...arns, 'arn:aws:iam::aws:policy/NoSuchPolicy'], managedPolicies);
		expect(Object.keys(texts)).toEqual(arns);
		const catalog = subsetCatalog(texts);
		expect(catalog.get(arns[0] ?? '')).toBe(managedPolicies.get(arns[0] ?? ''));
		expect(catalog.get('toString')).toBeUndefined();
	});
});

describe('scenarioToDocument', () => {
	const corpus = loadCorpus(`${process.cwd()}/playground/scenarios`);
	const cases = [...corpus.byId.values()].filter(
		(f) =>
			f.file.startsWith('course/') &&
			f.case.scenario !== undefined &&
			f.case.expect.decision !== undefined,
	);
	const mapped = cases.filter((f) => scenarioToDocument(f.case.scenario ?? {}) !== undefined);

	it('opens most course cases in the playground', () => {
		expect(mapped.length).toBeGreaterThan(cases.length / 2);
	});

	it.each(mapped.map((f) => [f.id, f] as const))(
		'%s: the document evaluates to the case’s decision in its hop',
		(_id, found) => {
			const scenario = found.case.scenario ?? {};
			const doc = scenarioToDocument(scenario);
			const saved = doc && toScenarios(doc).scenarios;
			expect(saved).toBeDefined();
			const action = (scenario.request as { action: string }).action;
			const hop =
				saved?.[action.startsWith('sts:AssumeRole') && 'resourcePolicy' in scenario ? 0 : 1];
			const parsed = parseScenario(JSON.stringify(hop), { managedPolicies });
			expect(parsed.errors).toEqual([]);
			expect(parsed.scenario && explain(parsed.scenario).decision).toBe(found.case.expect.decision);
		},
	);

	it.each([
		[
			'a resource policy on a session request',
			{
				request: {
					principal: 'arn:aws:sts::111122223333:assumed-role/R/s',
					action: 's3:GetObject',
					resource: '*',
				},
				resourcePolicy: { Version: V, Statement: [] },
			},
		],
		[
			'a user calling S3',
			{
				request: {
					principal: 'arn:aws:iam::111122223333:user/alice',
					action: 's3:GetObject',
					resource: '*',
				},
			},
		],
		[
			'a role with a path',
			{
				request: {
					principal: 'ec2.amazonaws.com',
					action: 'sts:AssumeRole',
					resource: 'arn:aws:iam::111122223333:role/ops/R',
				},
				resourcePolicy: { Version: V, Statement: [] },
			},
		],
	])('gives no document for %s', (_what, scenario) => {
		expect(scenarioToDocument(scenario)).toBeUndefined();
	});
});

describe('statementMarks', () => {
	it('marks the decisive statement, the ones that apply and the ones that do not, at their text', () => {
		const scenario = {
			request: { principal: 'ec2.amazonaws.com', action: 'sts:AssumeRole', resource: ROLE },
			resourcePolicy: {
				Version: V,
				Statement: [
					{
						Sid: 'Lambda',
						Effect: 'Allow',
						Principal: { Service: 'lambda.amazonaws.com' },
						Action: 'sts:AssumeRole',
					},
					{
						Sid: 'EC2',
						Effect: 'Allow',
						Principal: { Service: 'ec2.amazonaws.com' },
						Action: 'sts:AssumeRole',
					},
				],
			},
		};
		const text = JSON.stringify(scenario, null, 2);
		const parsed = parseScenario(text);
		if (!parsed.scenario) throw new Error('scenario does not parse');
		const marks = statementMarks(explain(parsed.scenario));
		expect(
			marks.map((m) => [
				m.kind,
				m.hop,
				JSON.parse(text.slice(m.span.offset, m.span.offset + m.span.length)).Sid,
			]),
		).toEqual([
			['notApplies', 'assume', 'Lambda'],
			['decisive', 'assume', 'EC2'],
		]);
		expect(marks[1]?.message).toMatch(
			/^Allow statement 2 \(Sid `EC2`\) of the trust policy applies/,
		);
	});

	it('leaves out AWS managed policies, whose text is not in the editor', () => {
		const parsed = parseScenario(
			JSON.stringify({
				request: {
					principal: 'arn:aws:sts::111122223333:assumed-role/R/s',
					action: 'iam:GetRole',
					resource: ROLE,
				},
				identityPolicies: [{ arn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' }],
			}),
			{ managedPolicies },
		);
		if (!parsed.scenario) throw new Error('scenario does not parse');
		expect(statementMarks(explain(parsed.scenario))).toEqual([]);
	});
});

describe('loadExercises', () => {
	const root = mkdtempSync(join(tmpdir(), 'embeds-exercises-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	let n = 0;
	/** A fresh exercises folder with these files, beside a chapters folder with chapters 03 and 04. */
	function dirs(files: Record<string, unknown>) {
		const base = join(root, String(n++));
		const exercisesDir = join(base, 'exercises');
		const chaptersDir = join(base, 'chapters');
		mkdirSync(exercisesDir, { recursive: true });
		mkdirSync(chaptersDir, { recursive: true });
		writeFileSync(join(chaptersDir, '03-trust-policies.mdx'), '');
		writeFileSync(join(chaptersDir, '04-permission-policies.mdx'), '');
		for (const [name, data] of Object.entries(files)) {
			writeFileSync(join(exercisesDir, name), JSON.stringify(data));
		}
		return { exercisesDir, chaptersDir };
	}
	const file = (id: string) => ({ exercises: [{ ...EXERCISE, id }] });

	it('indexes exercises by id and lists them by chapter page', () => {
		const set = loadExercises(
			dirs({ 'ch03.json': file('ch03-ex1'), 'ch04.json': file('ch04-ex1') }),
		);
		expect(set.manifest).toEqual({
			'/chapters/03-trust-policies/': ['ch03-ex1'],
			'/chapters/04-permission-policies/': ['ch04-ex1'],
		});
		expect(findExercise(set, 'ch04-ex1').chapterHref).toBe('/chapters/04-permission-policies/');
	});

	it.each([
		[
			{ 'exercises.json': file('ch03-ex1') },
			'exercise file `exercises.json` must be named `chNN.json`',
		],
		[{ 'ch07.json': file('ch07-ex1') }, 'exercise file `ch07.json` names chapter 07, but'],
		[
			{ 'ch03.json': file('ch04-ex1') },
			'exercise `ch04-ex1` is in `ch03.json`; its id must start with `ch03-`',
		],
		[
			{
				'ch03.json': {
					exercises: [
						{ ...EXERCISE, id: 'ch03-ex1' },
						{ ...EXERCISE, id: 'ch03-ex1' },
					],
				},
			},
			'exercise id `ch03-ex1` is used twice: in `ch03.json` and in `ch03.json`',
		],
	])('refuses a bad set of files (%#) with a message naming the problem', (files, message) => {
		expect(() => loadExercises(dirs(files))).toThrow(message);
	});

	it('names the exercises there are when an id is unknown', () => {
		const set = loadExercises(dirs({ 'ch03.json': file('ch03-ex1') }));
		expect(() => findExercise(set, 'ch03-ex2')).toThrow(
			'unknown exercise id `ch03-ex2`; the exercises are `ch03-ex1`',
		);
	});
});

describe('checkRequestRows', () => {
	it('lists the request, its context and the policies already attached, in reading order', () => {
		const rows = checkRequestRows({
			name: 'x',
			expect: 'allowed',
			scenario: {
				request: {
					principal: 'arn:aws:iam::111122223333:user/priya',
					action: 'iam:PassRole',
					resource: ROLE,
					context: {
						'iam:PassedToService': 'lambda.amazonaws.com',
						'aws:MultiFactorAuthPresent': true,
					},
				},
				identityPolicies: [
					{ arn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
					{ name: 'Team', document: {} },
				],
				permissionsBoundary: { Version: V, Statement: [] },
			},
		});
		expect(rows).toEqual([
			{ term: 'Principal', value: 'arn:aws:iam::111122223333:user/priya' },
			{ term: 'Action', value: 'iam:PassRole' },
			{ term: 'Resource', value: ROLE },
			{ term: 'iam:PassedToService', value: 'lambda.amazonaws.com' },
			{ term: 'aws:MultiFactorAuthPresent', value: 'true' },
			{ term: 'Also attached', value: 'AdministratorAccess, Team' },
			{ term: 'Permissions boundary', value: 'set' },
		]);
	});
});

describe('predictFeedback', () => {
	it.each([
		['allowed', 'allowed', 'Right: allowed. Here is why.'],
		['implicitDeny', 'implicitDeny', 'Right: implicit deny. Here is why.'],
		[
			'allowed',
			'explicitDeny',
			'Not quite: you chose allowed, and the verdict is explicit deny. Here is why.',
		],
	] as const)(
		'after choosing %s when the verdict is %s, says so in words',
		(choice, answer, text) => {
			expect(predictFeedback(choice, answer)).toBe(text);
		},
	);
});
