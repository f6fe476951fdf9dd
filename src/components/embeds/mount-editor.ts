/**
 * The editor of a live embed: for now a plain `<textarea>` (keyboard
 * friendly, no editor code to load). The handle is the small part of the
 * editor core's handle the embeds use, so Monaco can take its place.
 */

/** What an embed needs from an editor. */
export interface EmbedEditor {
	getText(): string;
	setText(text: string): void;
	focus(): void;
	dispose(): void;
}

/** Options for {@link mountEditor}. */
export interface MountEditorOptions {
	readonly text: string;
	/** The editor's accessible name. */
	readonly ariaLabel: string;
	/** Called with the new text after each edit by the reader. */
	readonly onChange: (text: string) => void;
}

/** Fill `container` with an editor over `options.text`. */
export async function mountEditor(
	container: HTMLElement,
	options: MountEditorOptions,
): Promise<EmbedEditor> {
	const area = document.createElement('textarea');
	area.value = options.text;
	area.rows = Math.min(Math.max(options.text.split('\n').length + 1, 10), 30);
	area.spellcheck = false;
	area.setAttribute('autocomplete', 'off');
	area.setAttribute('autocapitalize', 'off');
	area.setAttribute('aria-label', options.ariaLabel);
	area.dataset.editor = '';
	const onInput = (): void => options.onChange(area.value);
	area.addEventListener('input', onInput);
	container.replaceChildren(area);
	return {
		getText: () => area.value,
		setText: (text) => {
			area.value = text;
		},
		focus: () => area.focus(),
		dispose: () => {
			area.removeEventListener('input', onInput);
			area.remove();
		},
	};
}
