/**
 * The part of `<iam-exercise>` loaded on the first edit: grade the text with
 * the evaluator and show each check's outcome in words and with an icon.
 */
import type { Exercise } from '../../lib/embeds/exercise-data.ts';
import { gradeExercise, type ExerciseGrade } from '../../lib/embeds/grade-exercise.ts';
import { subsetCatalog } from '../../lib/embeds/managed-subset.ts';
import type { ManagedPolicyCatalog } from '../../../playground/evaluator/index.ts';
import { mountEditor, type EmbedEditor } from './mount-editor.ts';
import { setParts } from './set-parts.ts';

/** What the component puts in its JSON payload. */
export interface ExercisePayload {
	readonly exercise: Exercise;
	/** Texts of the AWS managed policies the checks reference, by ARN. */
	readonly managed: Readonly<Record<string, string>>;
}

const _catalogs = new WeakMap<ExercisePayload, ManagedPolicyCatalog>();

/** Grade `text` and update the checks, the status line and the problems list under `root`. */
export function gradeAndRender(
	root: HTMLElement,
	payload: ExercisePayload,
	text: string,
): ExerciseGrade {
	let managedPolicies = _catalogs.get(payload);
	if (!managedPolicies) {
		managedPolicies = subsetCatalog(payload.managed);
		_catalogs.set(payload, managedPolicies);
	}
	const grade = gradeExercise(payload.exercise, text, { managedPolicies });
	const total = grade.checks.length;

	const problems = root.querySelector<HTMLUListElement>('[data-problems]')!;
	problems.replaceChildren(
		...grade.problems.map((p) => {
			const li = document.createElement('li');
			setParts(li, `Line ${p.line}, column ${p.column}: ${p.message}`);
			return li;
		}),
	);
	problems.hidden = grade.problems.length === 0;

	grade.checks.forEach((check, i) => {
		const li = root.querySelector<HTMLElement>(`[data-check="${i}"]`);
		if (!li) return;
		const state = check.got === undefined ? 'error' : String(check.passed);
		li.dataset.passed = state;
		li.querySelector('[data-icon]')!.textContent = check.passed ? '✓' : check.got ? '✗' : '!';
		li.querySelector('[data-result]')!.textContent = check.message;
	});

	root.querySelector('[data-status]')!.textContent =
		grade.problems.length > 0
			? `The policy has ${grade.problems.length === 1 ? 'an error' : `${grade.problems.length} errors`}: no check can run yet.`
			: grade.solved
				? `Solved: all ${total} checks pass.`
				: `${grade.passedCount} of ${total} checks pass.`;
	return grade;
}

/**
 * Put a Monaco editor (policy schema, markers) in place of the exercise's
 * textarea, with the same text; `undefined`, and the textarea kept, when
 * Monaco cannot load.
 */
export async function mountCodeEditor(
	root: HTMLElement,
	area: HTMLTextAreaElement,
	options: { readonly id: string; readonly label: string; readonly onChange: () => void },
): Promise<EmbedEditor | undefined> {
	const host = document.createElement('div');
	host.className = 'code-editor';
	area.after(host);
	const editor = await mountEditor(host, {
		text: area.value,
		ariaLabel: options.label,
		onChange: options.onChange,
		uri: `inmemory://iam-roles-lab/policy/exercise-${options.id}.json`,
	});
	if (editor.kind !== 'monaco') {
		editor.dispose();
		host.remove();
		return undefined;
	}
	area.hidden = true;
	root.querySelector<HTMLLabelElement>('label[for]')?.removeAttribute('for');
	return editor;
}
