/**
 * The course's exercises are honest: for every exercise in
 * `playground/exercises/`, the solution passes every check and the starting
 * policy fails at least one, judged by the evaluator itself. Known shortcuts
 * (an answer broader than the task asks for) must fail too, so the intended
 * answer is the only easy one.
 */
import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../../playground/catalog/node-catalog.ts';
import { gradeExercise, policyText } from '../lib/embeds/grade-exercise.ts';
import { loadExercises } from '../lib/embeds/load-exercises.ts';

const managedPolicies = createNodeCatalog().managedPolicies;
const NOW = new Date('2026-01-15T12:00:00Z');
const set = loadExercises();
const exercises = [...set.byId.values()];

describe('the course exercises', () => {
	it('give every chapter from 2 to 9 at least one exercise', () => {
		const chapters = Object.keys(set.manifest).map(
			(href) => /\/chapters\/(\d{2})-/.exec(href)?.[1],
		);
		expect(chapters.sort()).toEqual(
			expect.arrayContaining(['02', '03', '04', '05', '06', '07', '08', '09']),
		);
	});

	describe.each(exercises.map((f) => [f.exercise.id, f] as const))('%s', (_id, { exercise }) => {
		it('is solved by its solution: every check passes', () => {
			const grade = gradeExercise(exercise, policyText(exercise.solution), {
				managedPolicies,
				now: NOW,
			});
			expect(grade.problems).toEqual([]);
			expect(grade.checks.filter((c) => !c.passed).map((c) => `${c.name}: ${c.message}`)).toEqual(
				[],
			);
			expect(grade.solved).toBe(true);
		});

		it('is not solved by its starting policy: at least one check fails', () => {
			const grade = gradeExercise(exercise, policyText(exercise.start), {
				managedPolicies,
				now: NOW,
			});
			expect(grade.problems).toEqual([]);
			expect(grade.checks.some((c) => !c.passed)).toBe(true);
			expect(grade.solved).toBe(false);
		});

		it('asks for both an allowed and a denied request', () => {
			const expects = new Set(exercise.checks.map((c) => c.expect === 'allowed'));
			expect([...expects].sort()).toEqual([false, true]);
		});
	});
});

/** One statement, as a reader might write it. */
const allow = (action: string | string[], resource: string | string[]) => ({
	Version: '2012-10-17',
	Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
});

/** Answers broader than each task asks for: every one must leave a check failing. */
const SHORTCUTS: readonly { id: string; why: string; policy: object }[] = [
	{
		id: 'ch02-ex1',
		why: 'dropping `iam:*` but keeping `*` resources',
		policy: allow(['s3:PutObject', 'logs:PutLogEvents'], '*'),
	},
	{ id: 'ch06-ex2', why: '`s3:Get*` on every resource', policy: allow('s3:Get*', '*') },
	{ id: 'ch06-ex2', why: '`s3:GetObject` on every resource', policy: allow('s3:GetObject', '*') },
	{
		id: 'ch06-ex2',
		why: '`s3:Get*` on the objects of `reports`',
		policy: allow('s3:Get*', 'arn:aws:s3:::reports/*'),
	},
];

describe('the course exercises refuse shortcuts', () => {
	it.each(SHORTCUTS)('$id is not solved by $why', ({ id, policy }) => {
		const found = set.byId.get(id);
		expect(found, `no exercise ${id}`).toBeDefined();
		const grade = gradeExercise(found!.exercise, policyText(policy), { managedPolicies, now: NOW });
		expect(grade.problems).toEqual([]);
		expect(grade.solved).toBe(false);
	});
});
