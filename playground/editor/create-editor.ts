/**
 * The playground's Monaco editor for one policy pane: a factory that takes a
 * documented config and returns a handle (text, model, markers, highlights,
 * reveal, dispose). Browser only; the page loads this file with a dynamic
 * import, so Monaco is fetched only when an editor is wanted.
 */
import { KeyCode, MarkerSeverity, Uri, editor, languages } from 'monaco-editor/editor';
import './monaco-features.ts';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import type { Span } from '../evaluator/index.ts';
import { createCompletionProvider } from './completion.ts';
import { marksToDecorations } from './decorations.ts';
import { createHoverProvider } from './hover.ts';
import { MARKER_OWNER, diagnosticsToMarkers } from './markers.ts';
import { POLICY_MODEL_PREFIX, registerPolicySchema } from './policy-schema.ts';
import { installTabTrapExit, tabTrapHint } from './tab-trap.ts';
import type { PlaygroundEditorConfig, PlaygroundEditorHandle } from './types.ts';
import { installMonacoWorkers } from './workers.ts';

let _setUp = false;
let _languageFeatures = false;
let _count = 0;

/** Create an editor in `config.container`. See {@link PlaygroundEditorConfig} for every option. */
export function createPlaygroundEditor(config: PlaygroundEditorConfig): PlaygroundEditorHandle {
	_setUpOnce(config);
	const uri = Uri.parse(config.uri ?? `${POLICY_MODEL_PREFIX}${++_count}.json`);
	if (editor.getModel(uri) !== null) {
		throw new Error(
			`an editor model \`${uri.toString()}\` already exists: dispose its editor first`,
		);
	}
	const model = editor.createModel(config.text, config.language ?? 'json', uri);
	const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
	const instance = editor.create(config.container, {
		model,
		theme: config.theme ?? 'vs',
		readOnly: config.readOnly ?? false,
		ariaLabel: `${config.ariaLabel}. ${tabTrapHint(mac)}`,
		automaticLayout: true,
		minimap: { enabled: false },
		scrollBeyondLastLine: false,
		tabSize: 2,
		insertSpaces: true,
		wordWrap: 'on',
		fixedOverflowWidgets: true,
		lineNumbersMinChars: 3,
		...config.options,
	});
	let muted = false;
	const disposables = [
		model.onDidChangeContent(() => {
			if (!muted) config.onChange?.(model.getValue());
		}),
		installTabTrapExit(instance, KeyCode),
	];
	const decorations = instance.createDecorationsCollection();
	const range = (span: Span) => {
		const start = model.getPositionAt(span.offset);
		const end = model.getPositionAt(span.offset + span.length);
		return {
			startLineNumber: start.lineNumber,
			startColumn: start.column,
			endLineNumber: end.lineNumber,
			endColumn: end.column,
		};
	};
	return {
		getText: () => model.getValue(),
		setText(text) {
			if (text === model.getValue()) return;
			muted = true;
			try {
				// An edit rather than setValue, so the reader can undo it.
				model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
				model.pushStackElement();
			} finally {
				muted = false;
			}
		},
		model,
		editor: instance,
		focus: () => instance.focus(),
		setMarkers(diagnostics) {
			editor.setModelMarkers(
				model,
				MARKER_OWNER,
				diagnosticsToMarkers(diagnostics, model, MarkerSeverity),
			);
		},
		setDecorations(marks) {
			decorations.set(marksToDecorations(marks, model));
		},
		async format() {
			if (config.readOnly) return;
			await instance.getAction('editor.action.formatDocument')?.run();
		},
		revealSpan(span) {
			const r = range(span);
			instance.setSelection(r);
			instance.revealRangeInCenterIfOutsideViewport(r);
			instance.focus();
		},
		dispose() {
			for (const d of disposables) d.dispose();
			decorations.clear();
			editor.setModelMarkers(model, MARKER_OWNER, []);
			instance.dispose();
			model.dispose();
		},
	};
}

/** Workers and the policy schema once per page; IAM completion and hover once a catalog is given. */
function _setUpOnce(config: PlaygroundEditorConfig): void {
	if (!_setUp) {
		_setUp = true;
		installMonacoWorkers();
		registerPolicySchema(jsonDefaults);
	}
	if (!_languageFeatures && config.catalog !== undefined) {
		_languageFeatures = true;
		languages.registerCompletionItemProvider(
			'json',
			createCompletionProvider(config.catalog, { languages }),
		);
		languages.registerHoverProvider('json', createHoverProvider(config.catalog));
	}
}
