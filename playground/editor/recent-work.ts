/**
 * The last few documents the reader worked on, kept in the browser next to
 * the autosave so that opening a link, a preset or a file never loses work:
 * whatever was on screen goes here first, and the toolbar can bring it back.
 * Newest first, one entry per distinct document, at most `RECENT_LIMIT`.
 */
import { readRoleDocument } from './read-role-document.ts';
import type { RoleDocument } from './types.ts';
import type { StorageLike } from './autosave.ts';

/** The storage key; the number is the format version of what is stored under it. */
export const RECENT_KEY = 'iam-roles-lab:playground:recent:v1';
/** How many documents are kept. */
export const RECENT_LIMIT = 6;

/** One kept document. */
export interface RecentEntry {
	readonly doc: RoleDocument;
	/** When it was last on screen (ms since the epoch). */
	readonly savedAt: number;
}

/** Whether two documents hold the same work (pane texts compared as typed). */
export function sameDocument(a: RoleDocument, b: RoleDocument): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** The kept documents, newest first; entries that do not read back are skipped. */
export function recentDocuments(storage: StorageLike): RecentEntry[] {
	let text: string | null;
	try {
		text = storage.getItem(RECENT_KEY);
	} catch {
		return [];
	}
	if (text === null) return [];
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return [];
	}
	const entries = (value as { version?: unknown; entries?: unknown } | null)?.entries;
	if (!Array.isArray(entries)) return [];
	const out: RecentEntry[] = [];
	for (const entry of entries as { doc?: unknown; savedAt?: unknown }[]) {
		const read = readRoleDocument(entry?.doc);
		if (read.doc !== undefined && typeof entry.savedAt === 'number') {
			out.push({ doc: read.doc, savedAt: entry.savedAt });
		}
	}
	return out;
}

/**
 * Put `doc` first in the kept list (moving an equal entry up rather than
 * keeping it twice). A full or disabled storage gives a message instead of throwing.
 */
export function rememberDocument(
	storage: StorageLike,
	doc: RoleDocument,
	now: number,
): { readonly ok: true } | { readonly ok: false; readonly message: string } {
	const kept = recentDocuments(storage).filter((e) => !sameDocument(e.doc, doc));
	const entries = [{ doc, savedAt: now }, ...kept].slice(0, RECENT_LIMIT);
	try {
		storage.setItem(RECENT_KEY, JSON.stringify({ version: 1, entries }));
		return { ok: true };
	} catch (error) {
		const why = error instanceof Error ? `: ${error.message}` : '';
		return { ok: false, message: `the browser did not keep your recent work${why}` };
	}
}

/** A short label for a kept document: the role and what hop 2 asks. */
export function recentLabel(entry: RecentEntry, locale?: string): string {
	const when = new Date(entry.savedAt).toLocaleString(locale, {
		day: 'numeric',
		month: 'short',
		hour: '2-digit',
		minute: '2-digit',
	});
	return `${entry.doc.roleName || 'unnamed role'}: ${entry.doc.session.action || 'no action'} (${when})`;
}
