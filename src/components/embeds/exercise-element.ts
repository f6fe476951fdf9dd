/**
 * `<iam-exercise>`: wires the textarea, Reset and "Show a solution", keeps
 * progress in `localStorage`, and grades on each edit with the evaluator,
 * loaded by dynamic import on the first edit (or when a saved draft scrolls
 * into view). Kept small: this part loads with the page.
 */
import { createProgressStore, type ProgressStore } from '../../lib/embeds/progress-store.ts';
import { markCompletedChapters } from './sidebar-badges.ts';
import type { ExercisePayload } from './exercise-live.ts';
import type { EmbedEditor } from './mount-editor.ts';

function _storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

class ExerciseElement extends HTMLElement {
	#live?: Promise<typeof import('./exercise-live.ts')>;
	#store: ProgressStore = createProgressStore(_storage());

	connectedCallback(): void {
		const id = this.dataset.id ?? '';
		const editor = this.querySelector<HTMLTextAreaElement>('[data-editor]');
		const payloadText = this.querySelector('[data-payload]')?.textContent;
		if (!editor || !payloadText) return;
		const payload = JSON.parse(payloadText) as ExercisePayload;
		const start = editor.value;
		const manifest = JSON.parse(this.dataset.manifest ?? '{}') as Record<string, string[]>;
		const badges = (): void => markCompletedChapters(manifest, this.#store.read().solved);
		const showSolved = (): void => {
			this.querySelector<HTMLElement>('[data-solved-badge]')!.hidden = !this.#store.isSolved(id);
		};
		// The editor in use: the textarea, until the reader asks for the code editor.
		let current: Pick<EmbedEditor, 'getText' | 'setText' | 'focus'> &
			Partial<Pick<EmbedEditor, 'setMarkers'>> = {
			getText: () => editor.value,
			setText: (text) => {
				editor.value = text;
			},
			focus: () => editor.focus(),
		};
		const grade = async (record: boolean): Promise<void> => {
			const live = await (this.#live ??= import('./exercise-live.ts'));
			const text = current.getText();
			const result = live.gradeAndRender(this, payload, text);
			current.setMarkers?.(result.diagnostics);
			if (record) this.#store.record(id, text, result.solved);
			showSolved();
			badges();
		};

		this.querySelector<HTMLElement>('[data-actions]')!.hidden = false;
		this.querySelector<HTMLDetailsElement>('[data-solution-fallback]')!.hidden = true;
		editor.addEventListener('input', () => void grade(true));
		this.querySelector('[data-reset]')?.addEventListener('click', () => {
			current.setText(start);
			this.#store.reset(id);
			void grade(false);
			current.focus();
		});
		this.querySelector('[data-show-solution]')?.addEventListener('click', () => {
			current.setText(_solutionText(payload));
			void grade(true);
			current.focus();
		});
		const upgrade = this.querySelector<HTMLButtonElement>('[data-code-editor]');
		upgrade?.addEventListener('click', async () => {
			upgrade.disabled = true;
			upgrade.textContent = 'Loading the code editor…';
			const live = await (this.#live ??= import('./exercise-live.ts'));
			const label = this.querySelector('label')?.textContent ?? 'policy';
			const code = await live.mountCodeEditor(this, editor, {
				id,
				label,
				onChange: () => void grade(true),
			});
			if (code === undefined) {
				upgrade.textContent = 'The code editor did not load; keep using the text box';
				return;
			}
			current = code;
			upgrade.remove();
			this.querySelector('.hint')?.remove();
			void grade(false);
			code.focus();
		});

		const draft = this.#store.draft(id);
		if (draft !== undefined && draft !== start) {
			editor.value = draft;
			this.querySelector('[data-status]')!.textContent =
				'Your saved draft is restored; checking it…';
			// Grade the restored draft once it is on screen, not before.
			const seen = new IntersectionObserver((entries) => {
				if (entries.some((e) => e.isIntersecting)) {
					seen.disconnect();
					void grade(false);
				}
			});
			seen.observe(this);
		}
		showSolved();
		badges();
	}
}

/** The solution as the editor shows it (same layout as the start). */
function _solutionText(payload: ExercisePayload): string {
	return `${JSON.stringify(payload.exercise.solution, null, 2)}\n`;
}

if (!customElements.get('iam-exercise')) customElements.define('iam-exercise', ExerciseElement);
