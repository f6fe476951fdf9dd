/**
 * The playground app: holds the role document, evaluates it on every change
 * (on the main thread: a typical document takes well under a millisecond) and
 * hands the evaluation to the panels. Monaco is loaded by dynamic import
 * after the first verdict is on screen.
 */
import { createBrowserCatalog } from '../../../playground/catalog/browser-catalog.ts';
import { documentPanes } from '../../../playground/editor/document-panes.ts';
import { evaluateDocument } from '../../../playground/editor/evaluate-document.ts';
import { setPaneText } from '../../../playground/editor/set-pane-text.ts';
import type { PaneId, RoleDocument } from '../../../playground/editor/types.ts';
import { requestMessages } from '../../lib/playground/request-checks.ts';
import { offeredChanges, type OfferedChange } from '../../lib/playground/offered-changes.ts';
import { part } from './dom.ts';
import { mountEditorsPanel } from './editors-panel.ts';
import { mountEffectivePanel } from './effective-panel.ts';
import { mountKeepPanel, showLoadMessage } from './keep-panel.ts';
import { mountRequestPanel } from './request-panel.ts';
import { mountVerdictPanel } from './verdict-panel.ts';
import { startWorkKeeper } from './work-keeper.ts';

/** Options of {@link startPlayground}. */
export interface StartOptions {
	/** Called with an error the app cannot recover from (shown on the page). */
	readonly onError: (error: unknown) => void;
	/** The editor core's Monaco module, already being fetched. */
	readonly editor: Promise<typeof import('../../../playground/editor/create-editor.ts')>;
}

/** Names of the performance measures the page records (read by the e2e timing test). */
export const MEASURES = {
	/** From the key-down in an editor to the verdict and markers updated. */
	keystrokeToVerdict: 'playground:keystroke-to-verdict',
	/** From the key-down to the next animation frame after the update. */
	keystrokeToFrame: 'playground:keystroke-to-frame',
	/** From navigation start to the first editor accepting input. */
	editable: 'playground:editable',
} as const;

/** The storage the page autosaves to, or `undefined` where the browser refuses it. */
function _storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** The text the catalog scans for managed-policy ARNs and service prefixes. */
function _mentions(doc: RoleDocument): string {
	return [JSON.stringify(doc), ...documentPanes(doc).map((p) => p.text)].join('\n');
}

/** A running playground. */
export interface PlaygroundApp {
	/** Unmount every panel, dispose every editor and listener, stop timers. */
	stop(): void;
}

/** Start the playground in its root element; resolves once the first verdict is on screen. */
export async function startPlayground(
	root: HTMLElement,
	options: StartOptions,
): Promise<PlaygroundApp> {
	const storage = _storage();
	performance.mark('playground:app');
	const catalog = await createBrowserCatalog({
		baseUrl: new URL(root.dataset.catalogBase ?? '/catalog/', location.href).href,
	});
	const keeper = startWorkKeeper({
		root,
		storage,
		location: window.location,
		history: window.history,
		load: (next, note) => load(next, note),
		announce: (message) => announce(message),
	});
	let doc = keeper.initial.doc;
	await catalog.ensureFor(_mentions(doc)).catch(() => undefined);

	const status = part(root, '[data-status]');
	const announce = (message: string): void => {
		// Re-set so the same message twice is announced twice.
		status.textContent = '';
		requestAnimationFrame(() => (status.textContent = message));
	};
	const getDoc = (): RoleDocument => doc;

	let catalogTimer: ReturnType<typeof setTimeout> | undefined;
	const afterChange = (): void => {
		keeper.changed(doc);
		clearTimeout(catalogTimer);
		catalogTimer = setTimeout(() => {
			const seen = doc;
			void catalog
				.ensureFor(_mentions(seen))
				.then(() => {
					if (seen !== doc) return;
					editors.refreshManaged(doc);
					refresh();
				})
				.catch(() => undefined);
		}, 150);
	};

	const refresh = (keyAt?: number): void => {
		try {
			const evaluation = evaluateDocument(doc, { managedPolicies: catalog.managedPolicies });
			editors.update(evaluation);
			verdict.update(doc, evaluation);
			request.check(requestMessages(evaluation, doc.account, doc.session.action, catalog.services));
			effective.update();
		} catch (error) {
			// A bug, not bad input (input problems are diagnostics): say so on the page.
			options.onError(error);
			return;
		}
		if (keyAt !== undefined) {
			performance.measure(MEASURES.keystrokeToVerdict, { start: keyAt, end: performance.now() });
			requestAnimationFrame(() =>
				performance.measure(MEASURES.keystrokeToFrame, { start: keyAt, end: performance.now() }),
			);
		}
	};

	/** A new document from outside: everything is rebuilt, and the one on screen is kept under Recent. */
	const load = (next: RoleDocument, note?: string): void => {
		keeper.leaving(doc);
		show(next, note);
		afterChange();
	};
	const show = (next: RoleDocument, note?: string): void => {
		doc = next;
		showLoadMessage(root, note);
		editors.rebuild(doc);
		request.update(doc);
		refresh();
	};
	const structure = (next: RoleDocument, focusPane?: PaneId): void => {
		doc = next;
		editors.rebuild(doc, focusPane);
		refresh();
		afterChange();
	};

	const apply = (change: OfferedChange): void => {
		if (change.doc === undefined) return;
		if (change.focus !== undefined) structure(change.doc, change.focus);
		else {
			doc = change.doc;
			request.update(doc);
			refresh();
			afterChange();
		}
		if (change.done !== undefined) announce(change.done);
	};

	const editors = mountEditorsPanel({
		tabsRoot: part(root, '[data-tabs]'),
		addRoot: part(root, '[data-add]'),
		catalog,
		getDoc,
		onText(paneId, text, keyAt) {
			doc = setPaneText(doc, paneId, text);
			refresh(keyAt);
			afterChange();
		},
		onStructure: structure,
		announce,
	});
	const verdict = mountVerdictPanel({
		verdictsRoot: part(root, '[data-verdicts]'),
		announceRoot: part(root, '[data-announce]'),
		whyRoot: part(root, '.pg-why'),
		reveal: (paneId, span) => editors.reveal(paneId, span),
		changesFor: (evaluation) =>
			offeredChanges(doc, evaluation, { managedPolicies: catalog.managedPolicies }),
		apply,
	});
	const request = mountRequestPanel({
		root: part(root, '.pg-request'),
		getDoc,
		onChange(next) {
			doc = next;
			refresh();
			afterChange();
		},
	});
	const effective = mountEffectivePanel({
		select: part<HTMLSelectElement>(root, '[data-service]'),
		output: part(root, '[data-effective]'),
		catalog,
		getDoc,
	});
	const keep = mountKeepPanel({
		root: part(root, '.pg-toolbar'),
		catalog,
		getDoc,
		load,
		announce,
		location: window.location,
		history: window.history,
	});

	performance.mark('playground:catalog');
	show(doc, keeper.initial.note);
	performance.mark('playground:verdict');
	part(root, '[data-loading]').hidden = true;
	root.dataset.ready = 'verdict';

	// Monaco after the verdict is on screen, in the site's light or dark theme (and following it).
	const monacoTheme = (): string =>
		document.documentElement.dataset.theme === 'light' ? 'vs' : 'vs-dark';
	const themeWatch = new MutationObserver(() => editors.setTheme(monacoTheme()));
	themeWatch.observe(document.documentElement, { attributeFilter: ['data-theme'] });
	let stopped = false;
	options.editor.then(
		({ createPlaygroundEditor }) => {
			if (stopped) return;
			performance.mark('playground:monaco');
			editors.attachMonaco(createPlaygroundEditor, monacoTheme());
			performance.measure(MEASURES.editable, { start: 0, end: performance.now() });
			root.dataset.ready = 'editor';
		},
		(error: unknown) => options.onError(error),
	);
	return {
		stop() {
			stopped = true;
			clearTimeout(catalogTimer);
			themeWatch.disconnect();
			for (const panel of [keeper, keep, effective, request, verdict, editors]) panel.unmount();
		},
	};
}
