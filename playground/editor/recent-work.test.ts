import { describe, expect, it } from 'vitest';
import { defaultDocument } from './default-document.ts';
import {
	RECENT_KEY,
	RECENT_LIMIT,
	recentDocuments,
	recentLabel,
	rememberDocument,
} from './recent-work.ts';
import { fakeStorage } from './test-documents.ts';
import type { RoleDocument } from './types.ts';

const withAction = (action: string): RoleDocument => {
	const doc = defaultDocument();
	return { ...doc, session: { ...doc.session, action } };
};

describe('recent work', () => {
	it('keeps distinct documents newest first, an equal one moved up rather than kept twice', () => {
		const storage = fakeStorage();
		rememberDocument(storage, withAction('iam:ListRoles'), 1);
		rememberDocument(storage, withAction('iam:GetRole'), 2);
		rememberDocument(storage, withAction('iam:ListRoles'), 3);
		expect(recentDocuments(storage).map((e) => [e.doc.session.action, e.savedAt])).toEqual([
			['iam:ListRoles', 3],
			['iam:GetRole', 2],
		]);
	});

	it(`keeps at most ${RECENT_LIMIT}`, () => {
		const storage = fakeStorage();
		for (let i = 0; i < RECENT_LIMIT + 3; i++) rememberDocument(storage, withAction(`s3:A${i}`), i);
		const kept = recentDocuments(storage);
		expect(kept).toHaveLength(RECENT_LIMIT);
		expect(kept[0]!.doc.session.action).toBe(`s3:A${RECENT_LIMIT + 2}`);
	});

	it.each([
		['nothing stored', {}],
		['text that is not JSON', { [RECENT_KEY]: '[' }],
		['entries that are not documents', { [RECENT_KEY]: '{"version":1,"entries":[{"doc":7}]}' }],
	])('reads %s as an empty list', (_, stored) => {
		expect(recentDocuments(fakeStorage(stored))).toEqual([]);
	});

	it('reports a storage that refuses writes instead of throwing', () => {
		expect(rememberDocument(fakeStorage({}, 'full'), defaultDocument(), 1)).toEqual({
			ok: false,
			message: 'the browser did not keep your recent work: full',
		});
		expect(recentDocuments(fakeStorage({}, 'denied'))).toEqual([]);
	});

	it('labels an entry with the role, the action and when', () => {
		const label = recentLabel(
			{ doc: defaultDocument(), savedAt: Date.UTC(2026, 11, 2, 15, 40) },
			'en-GB',
		);
		expect(label).toMatch(/^DemoRoleForEC2: iam:ListRoles \(2 Dec, \d\d:40\)$/);
	});
});
