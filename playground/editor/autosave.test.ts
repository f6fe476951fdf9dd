import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY, restoreDocument, saveDocument } from './autosave.ts';
import { defaultDocument } from './default-document.ts';
import { fakeStorage, roleDocuments } from './test-documents.ts';

describe('autosave', () => {
	it('restores exactly what it saved, half-typed pane text included', () => {
		fc.assert(
			fc.property(roleDocuments, fc.string(), (doc, typing) => {
				const storage = fakeStorage();
				const halfTyped = { ...doc, trustPolicy: doc.trustPolicy + typing };
				expect(saveDocument(storage, halfTyped, 1_764_689_000_000)).toEqual({ ok: true });
				expect(restoreDocument(storage)).toEqual({
					ok: true,
					doc: halfTyped,
					savedAt: 1_764_689_000_000,
				});
			}),
			{ numRuns: 100 },
		);
	});

	it('stores under one versioned key', () => {
		const storage = fakeStorage();
		saveDocument(storage, defaultDocument());
		expect([...storage.items.keys()]).toEqual(['iam-roles-lab:playground:v1']);
	});

	it('has nothing to restore in an empty storage', () => {
		expect(restoreDocument(fakeStorage())).toBeUndefined();
	});

	const corrupt: [string, string, string][] = [
		['text that is not JSON', '{"version":1,', 'it is not valid JSON'],
		[
			'another format version',
			'{"version":2,"doc":{}}',
			'it was saved in a format this playground does not read',
		],
		[
			'a document missing its caller',
			JSON.stringify({ version: 1, doc: { ...defaultDocument(), caller: undefined } }),
			'expected the caller, found nothing (at `caller`)',
		],
		[
			'a policy of an unknown kind',
			JSON.stringify({
				version: 1,
				doc: { ...defaultDocument(), permissionPolicies: [{ kind: 'weird' }] },
			}),
			'expected `inline` or `managed`, found `weird` (at `permissionPolicies[0].kind`)',
		],
		[
			'a pane text that is a number',
			JSON.stringify({ version: 1, doc: { ...defaultDocument(), trustPolicy: 7 } }),
			'expected a text, found `7` (at `trustPolicy`)',
		],
	];
	it.each(corrupt)('turns %s into a message and the default document', (_, stored, message) => {
		expect(restoreDocument(fakeStorage({ [AUTOSAVE_KEY]: stored }))).toEqual({
			ok: false,
			message: `your saved role could not be restored: ${message}`,
			doc: defaultDocument(),
		});
	});

	it('reports a storage that refuses reads and writes instead of throwing', () => {
		const storage = fakeStorage({}, 'denied');
		expect(saveDocument(storage, defaultDocument())).toEqual({
			ok: false,
			message: 'the browser did not keep your changes: denied',
		});
		expect(restoreDocument(storage)).toEqual({
			ok: false,
			message:
				'your saved role could not be restored: the browser does not allow reading saved data here',
			doc: defaultDocument(),
		});
	});
});
