import fc from 'fast-check';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url.ts';
import { defaultDocument } from './default-document.ts';
import { MAX_SHARE_BYTES, decodeShareLink, encodeShareLink } from './share-link.ts';
import { roleDocuments } from './test-documents.ts';
import { toScenarios } from './to-scenarios.ts';

/** A link fragment holding `text` deflated, as the playground writes it. */
function linkOf(text: string, version = '1'): { hash: string } {
	return { hash: `#s=${version}.${encodeBase64url(deflateSync(strToU8(text)))}` };
}

function encode(doc = defaultDocument()): string {
	const link = encodeShareLink(doc);
	if (!link.ok) throw new Error(link.message);
	return link.hash;
}

describe('share links', () => {
	it('round-trips any document exactly', () => {
		fc.assert(
			fc.property(roleDocuments, (doc) => {
				const back = decodeShareLink({ hash: encode(doc) });
				expect(back).toEqual({ ok: true, doc });
			}),
			{ numRuns: 200 },
		);
	});

	it('carries exactly the two-scenario JSON that iam-eval reads, after a format version', () => {
		const hash = encode();
		expect(hash.startsWith('#s=1.')).toBe(true);
		const data = decodeBase64url(hash.slice('#s=1.'.length));
		expect(data).toBeDefined();
		expect(JSON.parse(strFromU8(inflateSync(data!)))).toEqual(
			toScenarios(defaultDocument()).scenarios,
		);
	});

	it('is absent when the fragment holds no shared state', () => {
		expect(decodeShareLink({ hash: '' })).toBeUndefined();
		expect(decodeShareLink({ hash: '#intro' })).toBeUndefined();
	});

	it('refuses to share while a pane holds invalid JSON', () => {
		const link = encodeShareLink({ ...defaultDocument(), trustPolicy: '{ "Version": ' });
		expect(link).toEqual({
			ok: false,
			message: 'cannot share yet: the trust policy pane does not hold valid JSON',
		});
	});

	const scriptRole = JSON.stringify([
		{
			name: 'x',
			request: {
				principal: '<script>alert(1)</script>',
				action: 'sts:AssumeRole',
				resource: 'arn:aws:iam::111122223333:role/<img src=x onerror=alert(1)>',
			},
		},
		{ request: {} },
	]);
	const hostile: [string, { hash: string }, string][] = [
		[
			'a huge fragment',
			{ hash: '#s=1.' + 'A'.repeat(200_000) },
			'it is 200005 characters long, more than the 100000 a link may have',
		],
		['no version', { hash: '#s=abc' }, 'it has no format version (expected `#s=1.…`)'],
		[
			'a newer version',
			{ hash: '#s=2.AAAA' },
			'it has format version `2`, and this playground reads version 1',
		],
		[
			'data that is not base64url',
			{ hash: '#s=1.ab+/==' },
			'its data is not base64url (it may have been cut or changed)',
		],
		[
			'data that is not deflate',
			{ hash: '#s=1.' + encodeBase64url(strToU8('hello world')) },
			'its data does not decompress (it may have been cut or changed)',
		],
		[
			'a cut-off deflate stream',
			{ hash: encode().slice(0, 40) },
			'its data does not decompress (it may have been cut or changed)',
		],
		[
			'data that inflates to more than the cap',
			linkOf(' '.repeat(MAX_SHARE_BYTES + 1)),
			`its data unpacks to more than ${MAX_SHARE_BYTES} bytes`,
		],
		['data that is not JSON', linkOf('{"oops'), 'its data is not valid JSON'],
		[
			'JSON of the wrong shape',
			linkOf('{"a":1}'),
			'it does not hold a playground role: expected an array of two scenarios, `assume role` then `use session`',
		],
		[
			'script tags in names',
			linkOf(scriptRole),
			'it does not hold a playground role: expected a role ARN `arn:aws:iam::<account>:role/<name>` (no path), found `arn:aws:iam::111122223333:role/<img src=x onerror=alert(1)>` (at `[0].request.resource`)',
		],
	];

	it.each(hostile)(
		'turns %s into a plain message and the default document',
		(_, location, message) => {
			expect(decodeShareLink(location)).toEqual({
				ok: false,
				message: `this share link cannot be opened: ${message}`,
				doc: defaultDocument(),
			});
		},
	);
});
