/**
 * Grade the reader's policy text against an exercise's checks: read it as
 * the evaluator reads a policy in that slot (errors with line and column),
 * then put it into each check's scenario and evaluate. Pure: runs in Node
 * (the honesty test) and in the browser (live, on every keystroke).
 */
import {
	createLineIndex,
	DECISION_WORDS,
	explain,
	parsePolicy,
	parseScenario,
} from '../../../playground/evaluator/index.ts';
import type {
	Decision,
	Diagnostic,
	ManagedPolicyCatalog,
} from '../../../playground/evaluator/index.ts';
import type { Exercise } from './exercise-data.ts';
import { placePolicy, SLOT_ROLES } from './place-policy.ts';

/** How one check came out. */
export interface CheckGrade {
	readonly name: string;
	readonly expect: Decision;
	/** The decision the evaluator reached; absent when the check could not run. */
	readonly got?: Decision;
	readonly passed: boolean;
	/** One plain sentence, `code` in backticks: what happened and what was wanted. */
	readonly message: string;
}

/** A problem in the reader's policy, where they can find it. */
export interface PolicyProblem {
	readonly code: string;
	readonly message: string;
	readonly line: number;
	readonly column: number;
}

/** The grade of one attempt. */
export interface ExerciseGrade {
	/** Every check passed. */
	readonly solved: boolean;
	readonly passedCount: number;
	/** Errors in the policy text (the checks cannot run while there are any). */
	readonly problems: readonly PolicyProblem[];
	/** The policy's errors and warnings as the evaluator reports them (spans into the text), for editor markers. */
	readonly diagnostics: readonly Diagnostic[];
	readonly checks: readonly CheckGrade[];
}

/** Options for {@link gradeExercise}. */
export interface GradeOptions {
	/** Resolves `{ "arn": … }` references in the checks' scenarios. */
	readonly managedPolicies?: ManagedPolicyCatalog;
	/** @default new Date() */
	readonly now?: Date;
}

/** Grade `text` (the reader's policy document) against every check of `exercise`. */
export function gradeExercise(
	exercise: Exercise,
	text: string,
	options: GradeOptions = {},
): ExerciseGrade {
	const parsed = parsePolicy(text, SLOT_ROLES[exercise.edit]);
	const diagnostics = [...parsed.errors, ...parsed.warnings];
	if (parsed.errors.length > 0) {
		const at = createLineIndex(text);
		const problems = parsed.errors.map((e) => ({
			code: e.code,
			message: e.help ? `${e.message} (${e.help})` : e.message,
			...at(Math.min(e.span.offset, text.length)),
		}));
		return {
			solved: false,
			passedCount: 0,
			problems,
			diagnostics,
			checks: exercise.checks.map((c) => ({
				name: c.name,
				expect: c.expect,
				passed: false,
				message: 'cannot run: fix the errors in the policy first',
			})),
		};
	}
	const document: unknown = JSON.parse(text);
	const checks = exercise.checks.map((check): CheckGrade => {
		const scenario = placePolicy(check.scenario, exercise.edit, document);
		const read = parseScenario(JSON.stringify(scenario, null, 2), {
			...(options.managedPolicies && { managedPolicies: options.managedPolicies }),
			...(options.now && { now: options.now }),
		});
		if (read.scenario === undefined) {
			const first = read.errors[0];
			return {
				name: check.name,
				expect: check.expect,
				passed: false,
				message: `cannot run: the check's scenario is rejected (${first?.code ?? '?'} ${first?.message ?? ''})`,
			};
		}
		const got = explain(read.scenario).decision;
		const passed = got === check.expect;
		return {
			name: check.name,
			expect: check.expect,
			got,
			passed,
			message: passed
				? `passes: ${DECISION_WORDS[got]}, as it should be`
				: `fails: ${DECISION_WORDS[got]}, but it should be ${DECISION_WORDS[check.expect]}`,
		};
	});
	const passedCount = checks.filter((c) => c.passed).length;
	return { solved: passedCount === checks.length, passedCount, problems: [], diagnostics, checks };
}

/** The policy document as the editor shows it: two-space JSON and a final newline. */
export function policyText(document: unknown): string {
	return `${JSON.stringify(document, null, 2)}\n`;
}
