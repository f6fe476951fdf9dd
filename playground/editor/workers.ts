/**
 * Monaco's web workers for Vite: only the editor worker and the JSON worker
 * (the playground edits JSON only), bundled with Vite's `?worker` imports
 * after the monaco-editor ESM Vite sample's `userWorker.ts`.
 */
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

/** Tell Monaco how to start its workers; safe to call more than once. */
export function installMonacoWorkers(): void {
	globalThis.MonacoEnvironment = {
		getWorker(_workerId: string, label: string): Worker {
			return label === 'json' ? new JsonWorker() : new EditorWorker();
		},
	};
}
