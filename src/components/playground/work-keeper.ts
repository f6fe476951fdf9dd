/**
 * Never lose the reader's work. The autosave slot holds what the reader last
 * typed; a share link or "Open in playground" is something else, shown without
 * overwriting that slot until the reader chooses (or starts editing it). Every
 * document the reader switches away from (preset, file, reset, link) goes to
 * the recent list first, which the toolbar's Recent menu brings back. After
 * the first edit the URL drops the link's fragment, so a reload shows the
 * edit, not the link. A full or disabled storage is said once, in a sentence,
 * and the page keeps working.
 */
import { restoreDocument, saveDocument } from '../../../playground/editor/autosave.ts';
import { defaultDocument } from '../../../playground/editor/default-document.ts';
import {
	recentDocuments,
	recentLabel,
	rememberDocument,
	sameDocument,
} from '../../../playground/editor/recent-work.ts';
import { decodeShareLink } from '../../../playground/editor/share-link.ts';
import type { RoleDocument } from '../../../playground/editor/types.ts';
import { fill, h, listen, part } from './dom.ts';

/** What the keeper needs from the page. */
export interface WorkKeeperOptions {
	readonly root: HTMLElement;
	/** `undefined` where the browser refuses storage. */
	readonly storage: Storage | undefined;
	readonly location: Location;
	readonly history: History;
	/** Load a whole document (the app rebuilds its panels). */
	readonly load: (doc: RoleDocument, note?: string) => void;
	readonly announce: (message: string) => void;
}

/** The running keeper. */
export interface WorkKeeper {
	/** The document to start with and the note to show with it. */
	readonly initial: { readonly doc: RoleDocument; readonly note?: string };
	/** Call after every edit: saves (debounced) and drops the link from the URL. */
	changed(doc: RoleDocument): void;
	/** Call before loading another document over `current`: keeps `current` restorable. */
	leaving(current: RoleDocument): void;
	unmount(): void;
}

const _STORAGE_OFF =
	'this browser does not keep your work here (its storage is full or turned off): download the scenario file to keep it';

const _NOT_SAVED = `Your work is not saved: ${_STORAGE_OFF}.`;

/** Start keeping work: reads the link and the saved work, and decides what is shown first. */
export function startWorkKeeper(options: WorkKeeperOptions): WorkKeeper {
	const { root, storage, announce } = options;
	const choice = part(root, '[data-choice]');
	const recentSelect = part<HTMLSelectElement>(root, '[data-recent]');
	let storageWarned = false;
	/** Before the first document is on screen the warning goes into its note instead. */
	let started = false;
	const warn = (): void => {
		if (storageWarned) return;
		storageWarned = true;
		if (!started) return;
		announce(_STORAGE_OFF);
		const line = part(root, '[data-load-message]');
		line.textContent = _NOT_SAVED;
		line.hidden = false;
	};

	const refreshRecent = (): void => {
		const entries = storage ? recentDocuments(storage) : [];
		recentSelect.replaceChildren(
			h('option', { value: '' }, entries.length ? 'Your recent work…' : 'No recent work yet'),
			...entries.map((e, i) => h('option', { value: String(i) }, recentLabel(e))),
		);
		recentSelect.disabled = entries.length === 0;
	};
	const remember = (doc: RoleDocument): void => {
		if (!storage) return;
		if (!rememberDocument(storage, doc, Date.now()).ok) warn();
		refreshRecent();
	};

	const link = decodeShareLink(options.location);
	const saved = storage ? restoreDocument(storage) : undefined;
	let initial: WorkKeeper['initial'];
	/** Saved work the link is shown over, until the reader chooses. */
	let pending: RoleDocument | undefined;
	if (link !== undefined) {
		initial = link.ok ? { doc: link.doc } : { doc: link.doc, note: link.message };
		if (saved?.ok && !sameDocument(saved.doc, link.doc)) {
			pending = saved.doc;
			remember(saved.doc);
		}
	} else {
		initial = saved
			? saved.ok
				? { doc: saved.doc }
				: { doc: saved.doc, note: saved.message }
			: { doc: defaultDocument() };
	}
	if (!storage) storageWarned = true;
	if (storageWarned) {
		initial = {
			doc: initial.doc,
			note: initial.note ? `${initial.note}. ${_NOT_SAVED}` : _NOT_SAVED,
		};
	}
	started = true;
	refreshRecent();

	const dropLink = (): void => {
		if (!options.location.hash.startsWith('#s=')) return;
		const { pathname, search } = options.location;
		options.history.replaceState(options.history.state, '', pathname + search);
	};
	const settle = (): void => {
		pending = undefined;
		choice.hidden = true;
		fill(choice);
	};

	if (pending !== undefined) {
		const savedAt = saved?.ok ? saved.savedAt : undefined;
		const when =
			savedAt === undefined
				? 'earlier'
				: `from ${new Date(savedAt).toLocaleString(undefined, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })}`;
		fill(
			choice,
			h(
				'p',
				{},
				`This link opened a shared scenario. You have your own work ${when} in this browser, kept until you choose.`,
			),
			h(
				'div',
				{ class: 'pg-choice-buttons' },
				h('button', { type: 'button', 'data-choose': 'saved' }, 'Keep my work'),
				h('button', { type: 'button', 'data-choose': 'link' }, 'Open the link'),
			),
		);
		choice.hidden = false;
	}

	let saveTimer: ReturnType<typeof setTimeout> | undefined;
	const save = (doc: RoleDocument): void => {
		if (storage && !saveDocument(storage, doc).ok) warn();
	};

	const offs = [
		listen(choice, 'click', (event) => {
			const chosen = (event.target as HTMLElement).closest<HTMLElement>('[data-choose]')?.dataset
				.choose;
			if (chosen === undefined || pending === undefined) return;
			const mine = pending;
			settle();
			dropLink();
			if (chosen === 'saved') {
				options.load(mine);
				announce('back to your work; the shared scenario is under Recent');
			} else {
				announce('opened the link; your earlier work is under Recent');
			}
		}),
		listen(part(root, '.pg-toolbar'), 'click', (event) => {
			if ((event.target as HTMLElement).closest('[data-action="recent"]') === null) return;
			const entry = storage ? recentDocuments(storage)[Number(recentSelect.value)] : undefined;
			if (recentSelect.value === '' || entry === undefined) {
				announce('choose one of your recent scenarios first');
				return;
			}
			options.load(entry.doc);
			announce(`reopened ${recentLabel(entry)}`);
		}),
	];

	return {
		initial,
		changed(doc) {
			// Editing the link's scenario is choosing it: the earlier work stays under Recent.
			if (pending !== undefined) settle();
			dropLink();
			clearTimeout(saveTimer);
			saveTimer = setTimeout(() => save(doc), 400);
		},
		leaving(current) {
			if (pending !== undefined) {
				// The link was shown without being chosen: keep it restorable too.
				settle();
			}
			remember(current);
		},
		unmount() {
			clearTimeout(saveTimer);
			for (const off of offs) off();
		},
	};
}
