/**
 * Leaving the editor by keyboard. In Monaco, Tab indents, so Tab alone
 * cannot move focus out (a "Tab trap"). Two ways out, both announced by a
 * visible hint the page shows next to each editor:
 * - Escape, then Tab or Shift+Tab: Escape switches this editor to moving
 *   focus with Tab until it is left or the reader types again;
 * - Ctrl+M (Ctrl+Shift+M on a Mac), Monaco's own switch for Tab moving focus.
 */
import type { IDisposable, KeyCode, editor } from 'monaco-editor';

/** The hint to show beside an editor (plain text). */
export function tabTrapHint(mac: boolean): string {
	const toggle = mac ? 'Ctrl+Shift+M' : 'Ctrl+M';
	return `In the editor, Tab indents. To leave it, press Escape then Tab, or ${toggle} to make Tab move focus.`;
}

/** Widgets that use Escape themselves: while one is open, Escape is theirs. */
const _ESCAPE_IS_FREE =
	'editorTextFocus && !suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && ' +
	'!renameInputVisible && !inSnippetMode && !editorHasMultipleSelections && !markersNavigationVisible';

/** The part of an editor this needs. */
export type TabTrapEditor = Pick<
	editor.IStandaloneCodeEditor,
	'addAction' | 'updateOptions' | 'onDidBlurEditorWidget' | 'onDidChangeModelContent'
>;

/**
 * Make Escape release the Tab trap of `target` until it loses focus or its
 * text changes. `keyCode` is Monaco's `KeyCode` enum (passed in so this runs
 * without Monaco). Dispose to remove.
 */
export function installTabTrapExit(target: TabTrapEditor, keyCode: typeof KeyCode): IDisposable {
	let released = false;
	const set = (on: boolean): void => {
		if (released === on) return;
		released = on;
		target.updateOptions({ tabFocusMode: on });
	};
	const disposables: IDisposable[] = [
		target.addAction({
			id: 'iam-roles-lab.releaseTabTrap',
			label: 'Let Tab move focus out of the editor',
			keybindings: [keyCode.Escape],
			precondition: _ESCAPE_IS_FREE,
			run: () => set(true),
		}),
		target.onDidBlurEditorWidget(() => set(false)),
		target.onDidChangeModelContent(() => set(false)),
	];
	return { dispose: () => disposables.forEach((d) => d.dispose()) };
}
