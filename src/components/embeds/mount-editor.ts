/**
 * The editor of a live embed: Monaco through the editor core
 * (`createPlaygroundEditor`, loaded by dynamic import when the reader asks
 * for an editor), with markers and statement highlights; a plain
 * `<textarea>` when Monaco cannot load, so the embed still works.
 */
import type { PaneMark } from '../../../playground/editor/types.ts';
import type { Diagnostic } from '../../../playground/evaluator/index.ts';

/** What an embed needs from an editor. */
export interface EmbedEditor {
	/** Which editor it turned out to be. */
	readonly kind: 'monaco' | 'textarea';
	getText(): string;
	/** Replace the text (does not call `onChange`). */
	setText(text: string): void;
	focus(): void;
	/** Show these diagnostics (spans into the text) as markers; no-op for the textarea. */
	setMarkers(diagnostics: readonly Diagnostic[]): void;
	/** Highlight these statements; no-op for the textarea. */
	setDecorations(marks: readonly PaneMark[]): void;
	dispose(): void;
}

/** Options for {@link mountEditor}. */
export interface MountEditorOptions {
	readonly text: string;
	/** The editor's accessible name. */
	readonly ariaLabel: string;
	/** Called with the new text after each edit by the reader. */
	readonly onChange: (text: string) => void;
	/**
	 * The Monaco model's URI; under `inmemory://iam-roles-lab/policy/` the policy JSON schema
	 * applies. @default a fresh `inmemory://iam-roles-lab/embed/scenario-<n>.json`
	 */
	readonly uri?: string;
}

let _count = 0;

/** Fill `container` with an editor over `options.text`: Monaco, or a textarea if it fails to load. */
export async function mountEditor(
	container: HTMLElement,
	options: MountEditorOptions,
): Promise<EmbedEditor> {
	try {
		const [{ createPlaygroundEditor }, { tabTrapHint }] = await Promise.all([
			import('../../../playground/editor/create-editor.ts'),
			import('../../../playground/editor/tab-trap.ts'),
		]);
		const host = document.createElement('div');
		host.className = 'monaco-host';
		const hint = document.createElement('p');
		hint.className = 'editor-hint';
		hint.textContent = tabTrapHint(/Mac|iPhone|iPad/.test(navigator.platform));
		container.replaceChildren(host, hint);
		const theme = (): string =>
			document.documentElement.dataset.theme === 'light' ? 'vs' : 'vs-dark';
		const handle = createPlaygroundEditor({
			container: host,
			text: options.text,
			// By default outside the policy schema's folder: a Try it model is a whole scenario.
			uri: options.uri ?? `inmemory://iam-roles-lab/embed/scenario-${++_count}.json`,
			theme: theme(),
			ariaLabel: options.ariaLabel,
			onChange: options.onChange,
		});
		// Follow the site's theme switch (Monaco's theme is global to the page).
		const themes = new MutationObserver(() => handle.editor.updateOptions({ theme: theme() }));
		themes.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
		return {
			kind: 'monaco',
			getText: () => handle.getText(),
			setText: (text) => handle.setText(text),
			focus: () => handle.focus(),
			setMarkers: (d) => handle.setMarkers(d),
			setDecorations: (m) => handle.setDecorations(m),
			dispose: () => {
				themes.disconnect();
				handle.dispose();
			},
		};
	} catch (error) {
		console.error('the code editor did not load; using a plain text area', error);
		return _textarea(container, options);
	}
}

function _textarea(container: HTMLElement, options: MountEditorOptions): EmbedEditor {
	const area = document.createElement('textarea');
	area.value = options.text;
	area.rows = Math.min(Math.max(options.text.split('\n').length + 1, 10), 30);
	area.spellcheck = false;
	area.setAttribute('autocomplete', 'off');
	area.setAttribute('autocapitalize', 'off');
	area.setAttribute('aria-label', options.ariaLabel);
	const onInput = (): void => options.onChange(area.value);
	area.addEventListener('input', onInput);
	container.replaceChildren(area);
	return {
		kind: 'textarea',
		getText: () => area.value,
		setText: (text) => {
			area.value = text;
		},
		focus: () => area.focus(),
		setMarkers: () => {},
		setDecorations: () => {},
		dispose: () => {
			area.removeEventListener('input', onInput);
			area.remove();
		},
	};
}
