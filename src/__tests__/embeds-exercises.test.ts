/**
 * The course's exercises are honest: for every exercise in
 * `playground/exercises/`, the solution passes every check and the starting
 * policy fails at least one, judged by the evaluator itself.
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
