/**
 * The reader's exercise progress, kept in the browser: which exercises are
 * solved and the text last typed into each. Storage is passed in (so tests
 * use a fake); a storage that throws (disabled, full, private mode) or holds
 * something unreadable is treated as empty, never as an error on the page.
 */

/** The storage key. */
export const PROGRESS_KEY = 'iam-roles-lab:exercises';
/** The format version stored alongside the data. */
export const PROGRESS_VERSION = 1;

/** What a store needs from `localStorage`. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The stored progress. */
export interface Progress {
	/** Ids of solved exercises. */
	readonly solved: readonly string[];
	/** The last text typed into each exercise, by id. */
	readonly drafts: Readonly<Record<string, string>>;
}

/** Reads and writes progress in one storage. */
export interface ProgressStore {
	read(): Progress;
	/** Whether `id` is solved. */
	isSolved(id: string): boolean;
	/** The draft of `id`, if any. */
	draft(id: string): string | undefined;
	/**
	 * Record an attempt: the text and whether it solves the exercise. A solved
	 * exercise stays solved when a later draft breaks it (progress is not lost by
	 * experimenting); {@link reset} clears both.
	 */
	record(id: string, text: string, solved: boolean): void;
	/** Forget the draft of `id` and its solved mark. */
	reset(id: string): void;
}

const _EMPTY: Progress = { solved: [], drafts: {} };

/** A store over `storage` (normally `localStorage`). */
export function createProgressStore(storage: ProgressStorage | undefined): ProgressStore {
	const read = (): Progress => {
		let raw: string | null;
		try {
			raw = storage?.getItem(PROGRESS_KEY) ?? null;
		} catch {
			return _EMPTY;
		}
		return raw === null ? _EMPTY : _parse(raw);
	};
	const write = (progress: Progress): void => {
		try {
			storage?.setItem(PROGRESS_KEY, JSON.stringify({ v: PROGRESS_VERSION, ...progress }));
		} catch {
			// Storage full or disabled: progress lives as long as the page does.
		}
	};
	return {
		read,
		isSolved: (id) => read().solved.includes(id),
		draft: (id) => read().drafts[id],
		record(id, text, solved) {
			const now = read();
			write({
				solved: solved && !now.solved.includes(id) ? [...now.solved, id] : now.solved,
				drafts: { ...now.drafts, [id]: text },
			});
		},
		reset(id) {
			const now = read();
			const drafts = { ...now.drafts };
			delete drafts[id];
			write({ solved: now.solved.filter((s) => s !== id), drafts });
		},
	};
}

function _parse(raw: string): Progress {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return _EMPTY;
	}
	if (typeof value !== 'object' || value === null) return _EMPTY;
	const { v, solved, drafts } = value as Record<string, unknown>;
	if (v !== PROGRESS_VERSION) return _EMPTY;
	const ids = Array.isArray(solved) ? solved.filter((s): s is string => typeof s === 'string') : [];
	const texts: Record<string, string> = {};
	if (typeof drafts === 'object' && drafts !== null && !Array.isArray(drafts)) {
		for (const [id, text] of Object.entries(drafts)) {
			if (typeof text === 'string') texts[id] = text;
		}
	}
	return { solved: ids, drafts: texts };
}

/**
 * The chapters (hrefs) whose exercises are all solved.
 * @param manifest exercise ids by chapter href, e.g. `{ "/chapters/03-trust-policies/": ["ch03-ex1"] }`
 */
export function completedChapters(
	manifest: Readonly<Record<string, readonly string[]>>,
	solved: readonly string[],
): string[] {
	return Object.entries(manifest)
		.filter(([, ids]) => ids.length > 0 && ids.every((id) => solved.includes(id)))
		.map(([href]) => href);
}
