/**
 * The exercise data format (`playground/exercises/chNN.json`) and its check:
 * a task, the policy the reader edits (`start`, `solution`), where that
 * policy goes in each check's scenario (`edit`), and the checks: requests that
 * must come out allowed, explicitly denied or implicitly denied.
 */
import type { Decision } from '../../../playground/evaluator/index.ts';

/**
 * Where the edited policy goes in a check's scenario:
 * `trust` / `resource` → `resourcePolicy`; `identity` → appended to
 * `identityPolicies` as `{ "name": "YourPolicy", "document": … }`;
 * `boundary` → `permissionsBoundary`; `session` → `sessionPolicy`;
 * `scp` → appended to the last (account) level of `serviceControlPolicies`.
 */
export type EditSlot = 'trust' | 'resource' | 'identity' | 'boundary' | 'session' | 'scp';

/** Every slot, in the order the docs list them. */
export const EDIT_SLOTS: readonly EditSlot[] = [
	'trust',
	'resource',
	'identity',
	'boundary',
	'session',
	'scp',
];

/** One request the edited policy must get right. */
export interface ExerciseCheck {
	/** What is checked, as the reader reads it: "EC2 may assume the role". */
	readonly name: string;
	/** A contract scenario WITHOUT the edited policy; it is inserted at the exercise's `edit`. */
	readonly scenario: Readonly<Record<string, unknown>>;
	readonly expect: Decision;
}

/** One graded exercise. */
export interface Exercise {
	/** `chNN-exN`: kebab-case, unique across the course. */
	readonly id: string;
	readonly title: string;
	/** The task in a sentence or two; `code` in backticks. */
	readonly task: string;
	readonly edit: EditSlot;
	/** The policy document the reader starts from. */
	readonly start: Readonly<Record<string, unknown>>;
	/** A policy document that passes every check. */
	readonly solution: Readonly<Record<string, unknown>>;
	readonly checks: readonly ExerciseCheck[];
}

/** A problem in an exercise file; the message names the file, the exercise and the field. */
export class ExerciseDataError extends Error {
	override readonly name = 'ExerciseDataError';
}

const _DECISIONS: readonly Decision[] = ['allowed', 'explicitDeny', 'implicitDeny'];
const _EXERCISE_KEYS = ['id', 'title', 'task', 'edit', 'start', 'solution', 'checks'];
const _CHECK_KEYS = ['name', 'scenario', 'expect'];

/**
 * Checks the parsed content of one exercise file and returns its exercises.
 * Throws an {@link ExerciseDataError} saying what was received and what was expected.
 */
export function checkExerciseFile(data: unknown, file: string): Exercise[] {
	if (!_isObject(data) || !Array.isArray(data.exercises) || data.exercises.length === 0) {
		throw new ExerciseDataError(
			`exercise file \`${file}\` must be an object with a non-empty \`exercises\` array`,
		);
	}
	_onlyKeys(data, ['exercises'], `exercise file \`${file}\``);
	return data.exercises.map((item: unknown, i) =>
		_checkExercise(item, `exercise ${i} of \`${file}\``),
	);
}

function _checkExercise(item: unknown, where: string): Exercise {
	if (!_isObject(item)) throw new ExerciseDataError(`${where} must be an object`);
	const label = typeof item.id === 'string' ? `${where} (\`${item.id}\`)` : where;
	const fail = (message: string): never => {
		throw new ExerciseDataError(`${label}: ${message}`);
	};
	_onlyKeys(item, _EXERCISE_KEYS, label);
	if (typeof item.id !== 'string' || !/^ch\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/.test(item.id)) {
		fail(`\`id\` must look like \`ch03-ex1\`, got ${JSON.stringify(item.id)}`);
	}
	for (const key of ['title', 'task'] as const) {
		if (typeof item[key] !== 'string' || (item[key] as string).trim() === '') {
			fail(`\`${key}\` must be a non-empty string`);
		}
	}
	if (!EDIT_SLOTS.includes(item.edit as EditSlot)) {
		fail(
			`\`edit\` must be one of ${EDIT_SLOTS.map((s) => `\`${s}\``).join(', ')}, got ${JSON.stringify(item.edit)}`,
		);
	}
	for (const key of ['start', 'solution'] as const) {
		if (!_isObject(item[key])) fail(`\`${key}\` must be a policy document (an object)`);
	}
	if (!Array.isArray(item.checks) || item.checks.length === 0) {
		fail('`checks` must be a non-empty array');
	}
	(item.checks as unknown[]).forEach((check, i) => {
		const at = `\`checks[${i}]\``;
		if (!_isObject(check)) return fail(`${at} must be an object`);
		const unknown = Object.keys(check).filter((k) => !_CHECK_KEYS.includes(k));
		if (unknown.length > 0) fail(`${at} has unknown field \`${unknown[0]}\``);
		if (typeof check.name !== 'string' || check.name.trim() === '') {
			fail(`${at}.name must be a non-empty string`);
		}
		if (!_isObject(check.scenario)) fail(`${at}.scenario must be a scenario object`);
		if (!_DECISIONS.includes(check.expect as Decision)) {
			fail(
				`${at}.expect must be one of ${_DECISIONS.join(', ')}, got ${JSON.stringify(check.expect)}`,
			);
		}
	});
	return item as unknown as Exercise;
}

function _onlyKeys(o: Record<string, unknown>, allowed: readonly string[], where: string): void {
	const unknown = Object.keys(o).filter((k) => !allowed.includes(k));
	if (unknown.length > 0) {
		throw new ExerciseDataError(
			`${where} has unknown field ${unknown.map((k) => `\`${k}\``).join(', ')}; expected among ${allowed.join(', ')}`,
		);
	}
}

function _isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
