/**
 * The policy editors: one ARIA tab per pane of the document (trust policy,
 * permission policies, boundary, session policy, caller policies, SCPs), a
 * Monaco editor in each tab panel once Monaco has loaded (a read-only `<pre>`
 * until then), and the controls that add, remove and rename policies.
 *
 * Lifecycle: mount, then `rebuild` when the set of panes changes, `update`
 * with every evaluation (markers and statement highlights), `unmount`
 * disposing every editor and listener.
 */
import { documentPanes } from '../../../playground/editor/document-panes.ts';
import type { BrowserCatalog } from '../../../playground/catalog/browser-catalog.ts';
import type {
	DocumentEvaluation,
	Pane,
	PaneId,
	PlaygroundEditorConfig,
	PlaygroundEditorHandle,
	RoleDocument,
} from '../../../playground/editor/types.ts';
import type { Span } from '../../../playground/evaluator/index.ts';
import {
	addInlinePolicy,
	addScpLevel,
	attachManaged,
	removePolicy,
	removeScpLevel,
	renamePolicy,
	setBoundary,
	setSessionPolicy,
	type PolicyList,
} from '../../lib/playground/document-edits.ts';
import { paneLabel } from '../../lib/playground/pane-label.ts';
import { nextTabIndex } from '../../lib/playground/tab-keys.ts';
import { fill, h, listen, sentence } from './dom.ts';
import { mountManagedPicker, type ManagedPicker } from './managed-picker.ts';

/** Creates one Monaco editor (the editor core's `createPlaygroundEditor`). */
export type CreateEditor = (config: PlaygroundEditorConfig) => PlaygroundEditorHandle;

/** What the panel needs from the app. */
export interface EditorsPanelOptions {
	readonly tabsRoot: HTMLElement;
	readonly addRoot: HTMLElement;
	readonly catalog: BrowserCatalog;
	readonly getDoc: () => RoleDocument;
	/** A pane's text changed by typing; `keyAt` is when the key that caused it went down. */
	readonly onText: (paneId: PaneId, text: string, keyAt: number | undefined) => void;
	/** The set of panes changed (a button here). */
	readonly onStructure: (doc: RoleDocument, focusPane?: PaneId) => void;
	readonly announce: (message: string) => void;
}

/** The mounted panel. */
export interface EditorsPanel {
	/** Rebuild the tabs and editors for `doc`'s panes; select `focusPane` when given. */
	rebuild(doc: RoleDocument, focusPane?: PaneId): void;
	/** Managed policies may have loaded: show their text. */
	refreshManaged(doc: RoleDocument): void;
	/** Markers and highlights from an evaluation. */
	update(evaluation: DocumentEvaluation): void;
	/** Select the pane's tab and reveal `span` in its editor. */
	reveal(paneId: PaneId, span: Span): void;
	/** Monaco has loaded: create the editors (now and on every rebuild). */
	attachMonaco(create: CreateEditor, theme: string): void;
	/** Switch every editor to a Monaco theme (the site's light/dark toggle). */
	setTheme(theme: string): void;
	/** Whether the pane has a live editor (for tests and focus). */
	hasEditor(paneId: PaneId): boolean;
	unmount(): void;
}

interface _Tab {
	readonly pane: Pane;
	/** The tab's label (without the error count). */
	readonly label: string;
	readonly tab: HTMLButtonElement;
	readonly panel: HTMLElement;
	readonly host: HTMLElement;
	handle?: PlaygroundEditorHandle;
	keyAt?: number;
	dispose: (() => void)[];
}

/** `permission/0` → `permission-0`, for element ids. */
function _slug(paneId: PaneId): string {
	return paneId.replace(/[^\w-]/g, '-');
}

/** Mount the editors panel. */
export function mountEditorsPanel(options: EditorsPanelOptions): EditorsPanel {
	let tabs: _Tab[] = [];
	let selected: PaneId = 'trust';
	let create: CreateEditor | undefined;
	let theme = 'vs';
	let last: DocumentEvaluation | undefined;
	const picker: ManagedPicker = mountManagedPicker(options.catalog, (list, arn) => {
		options.onStructure(attachManaged(options.getDoc(), list, arn));
		options.announce(`attached ${arn.slice(arn.lastIndexOf('/') + 1)}`);
	});

	const structure = (doc: RoleDocument, focus?: PaneId): void => options.onStructure(doc, focus);

	const select = (paneId: PaneId, focusTab: boolean): void => {
		selected = paneId;
		for (const t of tabs) {
			const on = t.pane.id === paneId;
			t.tab.setAttribute('aria-selected', String(on));
			t.tab.tabIndex = on ? 0 : -1;
			t.panel.hidden = !on;
			if (on) {
				t.handle?.editor.layout();
				if (focusTab) t.tab.focus();
			}
		}
	};

	const createEditorFor = (t: _Tab): void => {
		if (create === undefined || t.handle !== undefined) return;
		if (t.pane.readOnly && t.pane.text === '') return; // wait for the catalog
		fill(t.host);
		t.handle = create({
			container: t.host,
			text: t.pane.text,
			readOnly: t.pane.readOnly,
			theme,
			// IAM completion and hover (actions, condition keys, operators, managed policies).
			catalog: options.catalog,
			ariaLabel: `${t.label}${t.pane.readOnly ? ' (read-only)' : ''}, policy editor`,
			onChange: (text) => {
				const keyAt = t.keyAt;
				t.keyAt = undefined;
				options.onText(t.pane.id, text, keyAt);
			},
			options: {
				automaticLayout: true,
				minimap: { enabled: false },
				scrollBeyondLastLine: false,
				// Linux's default dims the last line number, below contrast (axe).
				renderFinalNewline: 'on',
			},
		});
		// Capture: the key-down time is the start of the keystroke-to-verdict measure.
		t.dispose.push(
			listen(
				t.host,
				'keydown',
				() => {
					t.keyAt ??= performance.now();
				},
				{ capture: true },
			),
		);
		if (last !== undefined) _apply(t, last);
	};

	const paneActions = (pane: Pane): HTMLElement | undefined => {
		const [kind, a, b] = pane.id.split('/');
		const index = Number(a);
		const buttons: HTMLElement[] = [];
		if (!pane.readOnly) {
			const format = h('button', { type: 'button' }, 'Format');
			format.addEventListener('click', () => {
				const handle = tabs.find((t) => t.pane.id === pane.id)?.handle;
				void handle?.format().then(() => handle.focus());
			});
			buttons.push(format);
		}
		const list: PolicyList | undefined =
			kind === 'permission' ? 'permission' : kind === 'caller' ? 'caller' : undefined;
		if (list !== undefined) {
			if (!pane.readOnly) {
				const input = h('input', {
					value: pane.title,
					'aria-label': `new name for ${pane.title}`,
					spellcheck: 'false',
				});
				const rename = h('button', { type: 'button' }, 'Rename');
				rename.addEventListener('click', () => {
					const out = renamePolicy(options.getDoc(), list, index, input.value.trim());
					if ('message' in out) options.announce(out.message);
					else structure(out.doc, pane.id);
				});
				buttons.push(h('span', { class: 'pg-rename' }, input, rename));
			}
			const remove = h('button', { type: 'button' }, pane.readOnly ? 'Detach' : 'Remove');
			remove.addEventListener('click', () => {
				structure(removePolicy(options.getDoc(), list, index));
				options.announce(`removed ${pane.title}`);
			});
			buttons.push(remove);
		} else if (kind === 'boundary' || kind === 'session') {
			const remove = h('button', { type: 'button' }, 'Remove');
			remove.addEventListener('click', () => {
				const doc = options.getDoc();
				structure(kind === 'boundary' ? setBoundary(doc, false) : setSessionPolicy(doc, false));
				options.announce(`removed the ${pane.title}`);
			});
			buttons.push(remove);
		} else if (kind === 'scp' && b === '0') {
			const remove = h('button', { type: 'button' }, 'Remove level');
			remove.addEventListener('click', () => {
				structure(removeScpLevel(options.getDoc(), index));
				options.announce('removed an SCP level');
			});
			buttons.push(remove);
		}
		const note = pane.readOnly
			? h(
					'p',
					{ class: 'pg-help' },
					sentence(`AWS managed policy \`${pane.arn ?? ''}\`, read-only`),
				)
			: undefined;
		if (buttons.length === 0 && note === undefined) return undefined;
		return h('div', { class: 'pg-pane-actions' }, note, ...buttons);
	};

	const rebuild = (doc: RoleDocument, focusPane?: PaneId): void => {
		for (const t of tabs) _dispose(t);
		const panes = documentPanes(doc, options.catalog.managedPolicies);
		const list = h('div', {
			role: 'tablist',
			'aria-label': 'Policies of the role',
			class: 'pg-tablist',
		});
		const panels = h('div', { class: 'pg-panels' });
		tabs = panes.map((pane) => {
			const slug = _slug(pane.id);
			const label = paneLabel(pane, doc);
			const tab = h(
				'button',
				{
					type: 'button',
					role: 'tab',
					id: `pg-tab-${slug}`,
					'aria-controls': `pg-panel-${slug}`,
					'data-pane': pane.id,
				},
				label,
			);
			const host = h(
				'div',
				{ class: 'pg-editor-host', 'data-editor': pane.id },
				h(
					'pre',
					{
						class: 'pg-fallback',
						tabindex: '0',
						'aria-label': `${pane.title} (loading the editor)`,
					},
					pane.text || 'loading…',
				),
			);
			const panel = h(
				'div',
				{
					role: 'tabpanel',
					id: `pg-panel-${slug}`,
					'aria-labelledby': `pg-tab-${slug}`,
					class: 'pg-panel',
				},
				paneActions(pane),
				host,
				h('p', { class: 'pg-pane-problems', 'data-problems': '' }),
			);
			list.append(tab);
			panels.append(panel);
			return { pane, label, tab, panel, host, dispose: [] };
		});
		fill(options.tabsRoot, list, panels);
		const target = focusPane ?? selected;
		select(tabs.some((t) => t.pane.id === target) ? target : 'trust', false);
		for (const t of tabs) createEditorFor(t);
		renderAdd(doc);
		if (focusPane !== undefined) tabs.find((t) => t.pane.id === focusPane)?.tab.focus();
	};

	const renderAdd = (doc: RoleDocument): void => {
		const button = (label: string, action: () => void): HTMLButtonElement => {
			const b = h('button', { type: 'button' }, label);
			b.addEventListener('click', action);
			return b;
		};
		const checkbox = (
			label: string,
			checked: boolean,
			change: (on: boolean) => void,
		): HTMLElement => {
			const input = h('input', { type: 'checkbox', checked });
			input.addEventListener('change', () => change(input.checked));
			return h('label', { class: 'pg-check' }, input, ` ${label}`);
		};
		fill(
			options.addRoot,
			h(
				'div',
				{ class: 'pg-add-row' },
				button('Add inline policy', () => {
					const next = addInlinePolicy(options.getDoc(), 'permission');
					structure(next, `permission/${next.permissionPolicies.length - 1}`);
				}),
				checkbox('Permissions boundary', doc.permissionsBoundary !== undefined, (on) =>
					structure(setBoundary(options.getDoc(), on), on ? 'boundary' : undefined),
				),
				checkbox('Session policy', doc.sessionPolicy !== undefined, (on) =>
					structure(setSessionPolicy(options.getDoc(), on), on ? 'session' : undefined),
				),
				button('Add SCP level', () => {
					const next = addScpLevel(options.getDoc());
					structure(next, `scp/${(next.serviceControlPolicies?.length ?? 1) - 1}/0`);
				}),
				button("Add caller's own policy", () => {
					const next = addInlinePolicy(options.getDoc(), 'caller', undefined, undefined);
					structure(next, `caller/${next.caller.policies.length - 1}`);
				}),
			),
			picker.element,
		);
	};

	const onKey = (event: KeyboardEvent): void => {
		const target = event.target as HTMLElement;
		if (target.getAttribute('role') !== 'tab') return;
		const index = tabs.findIndex((t) => t.tab === target);
		const next = nextTabIndex(index, event.key, tabs.length);
		if (next === undefined) return;
		event.preventDefault();
		select(tabs[next]!.pane.id, true);
	};
	const onClick = (event: MouseEvent): void => {
		const tab = (event.target as HTMLElement).closest('[role="tab"]');
		const paneId = tab?.getAttribute('data-pane');
		if (paneId) select(paneId, false);
	};
	const offKey = listen(options.tabsRoot, 'keydown', onKey);
	const offClick = listen(options.tabsRoot, 'click', onClick);

	return {
		rebuild,
		refreshManaged(doc) {
			const panes = documentPanes(doc, options.catalog.managedPolicies);
			for (const t of tabs) {
				const pane = panes.find((p) => p.id === t.pane.id);
				if (pane === undefined || !pane.readOnly || pane.text === t.pane.text) continue;
				(t as { pane: Pane }).pane = pane;
				const pre = t.host.querySelector('pre');
				if (pre) pre.textContent = pane.text || 'loading…';
				if (t.handle) t.handle.setText(pane.text);
				else createEditorFor(t);
			}
		},
		update(evaluation) {
			last = evaluation;
			for (const t of tabs) _apply(t, evaluation);
		},
		reveal(paneId, span) {
			const t = tabs.find((x) => x.pane.id === paneId);
			if (t === undefined) return;
			select(paneId, false);
			if (t.handle) t.handle.revealSpan(span);
			else t.host.querySelector('pre')?.focus();
		},
		attachMonaco(factory, themeName) {
			create = factory;
			theme = themeName;
			// The visible editor first; the hidden ones right after, without delaying it.
			const visible = tabs.find((t) => t.pane.id === selected);
			if (visible) createEditorFor(visible);
			setTimeout(() => tabs.forEach(createEditorFor), 0);
		},
		setTheme(name) {
			theme = name;
			for (const t of tabs) t.handle?.editor.updateOptions({ theme });
		},
		hasEditor: (paneId) => tabs.some((t) => t.pane.id === paneId && t.handle !== undefined),
		unmount() {
			offKey();
			offClick();
			picker.unmount();
			for (const t of tabs) _dispose(t);
			tabs = [];
		},
	};
}

/** Markers, highlights and the problem count of one tab. */
function _apply(t: _Tab, evaluation: DocumentEvaluation): void {
	const pane = evaluation.panes[t.pane.id];
	if (pane === undefined) return;
	t.handle?.setMarkers([...pane.errors, ...pane.warnings]);
	t.handle?.setDecorations(pane.marks);
	const errors = pane.errors.length;
	const label = errors === 0 ? t.label : `${t.label} (${errors} error${errors === 1 ? '' : 's'})`;
	if (t.tab.textContent !== label) t.tab.textContent = label;
	t.tab.classList.toggle('pg-tab-error', errors > 0);
	const problems = t.panel.querySelector('[data-problems]');
	if (problems) {
		const first = pane.errors[0] ?? pane.warnings[0];
		const text = first === undefined ? '' : `${first.severity} ${first.code}: ${first.message}`;
		if (problems.textContent !== text) fill(problems, sentence(text));
	}
}

function _dispose(t: _Tab): void {
	for (const d of t.dispose) d();
	t.dispose = [];
	t.handle?.dispose();
	t.handle = undefined;
}
