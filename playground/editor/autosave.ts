/**
 * Keep the document in the browser between visits: one versioned key in a
 * Storage passed in (`localStorage` in the page, a fake in tests). The caller
 * debounces saves. What is stored is the document itself, pane texts as
 * typed, so half-written JSON survives a reload.
 */
import { formatJsonPath } from '../evaluator/index.ts';
import { defaultDocument } from './default-document.ts';
import { readRoleDocument } from './read-role-document.ts';
import type { LoadResult, RoleDocument } from './types.ts';

/** The storage key; the number is the format version of what is stored under it. */
export const AUTOSAVE_KEY = 'iam-roles-lab:playground:v1';
/** Longest stored text read back, in characters. */
export const MAX_AUTOSAVE_CHARS = 2_000_000;

/** The part of the Web Storage API used here. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Save `doc`; a full or disabled storage gives a message instead of throwing. */
export function saveDocument(
	storage: StorageLike,
	doc: RoleDocument,
	now: number = Date.now(),
): { readonly ok: true } | { readonly ok: false; readonly message: string } {
	try {
		storage.setItem(AUTOSAVE_KEY, JSON.stringify({ version: 1, doc, savedAt: now }));
		return { ok: true };
	} catch (error) {
		const why = error instanceof Error ? `: ${error.message}` : '';
		return { ok: false, message: `the browser did not keep your changes${why}` };
	}
}

/** A restored document, with when it was saved (absent in entries written before it was kept). */
export type RestoreResult = LoadResult & { readonly savedAt?: number };

/**
 * The saved document; `undefined` when nothing is saved. A corrupt or
 * unreadable entry gives a message and the default document.
 */
export function restoreDocument(storage: StorageLike): RestoreResult | undefined {
	const fail = (message: string): LoadResult => ({
		ok: false,
		message: `your saved role could not be restored: ${message}`,
		doc: defaultDocument(),
	});
	let text: string | null;
	try {
		text = storage.getItem(AUTOSAVE_KEY);
	} catch {
		return fail('the browser does not allow reading saved data here');
	}
	if (text === null) return undefined;
	if (text.length > MAX_AUTOSAVE_CHARS)
		return fail(`it is larger than ${MAX_AUTOSAVE_CHARS} characters`);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return fail('it is not valid JSON');
	}
	const entry = value as { version?: unknown; doc?: unknown; savedAt?: unknown } | null;
	if (typeof entry !== 'object' || entry === null || entry.version !== 1) {
		return fail('it was saved in a format this playground does not read');
	}
	const read = readRoleDocument(entry.doc);
	if (read.doc === undefined) {
		const first = read.errors[0];
		const where = first && first.path.length > 0 ? ` (at \`${formatJsonPath(first.path)}\`)` : '';
		return fail(`${first?.message ?? 'unreadable'}${where}`);
	}
	return typeof entry.savedAt === 'number'
		? { ok: true, doc: read.doc, savedAt: entry.savedAt }
		: { ok: true, doc: read.doc };
}
