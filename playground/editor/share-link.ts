/**
 * Share a document through the URL fragment: `#s=1.<data>`, where `1` is the
 * format version and `<data>` the saved form (the JSON array of the two
 * scenarios) deflated and base64url-encoded. No server sees it.
 *
 * Decoding treats the link as hostile: sizes are capped before and while
 * inflating, JSON is parsed in a `try`, and the shape is checked. Every
 * failure is a plain-text message plus the default document; it never throws.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { decodeBase64url, encodeBase64url } from './base64url.ts';
import { defaultDocument } from './default-document.ts';
import { fromScenarios } from './from-scenarios.ts';
import { formatJsonPath } from '../evaluator/index.ts';
import { toScenarios } from './to-scenarios.ts';
import type { LoadResult, RoleDocument } from './types.ts';

/** The format version written into links. */
export const SHARE_FORMAT_VERSION = 1;
/** Longest fragment read, in characters. */
export const MAX_SHARE_CHARS = 100_000;
/** Most bytes a link may inflate to. */
export const MAX_SHARE_BYTES = 1_000_000;

const _PREFIX = '#s=';

/** A fragment to put in `location.hash`, or why the document cannot be shared yet. */
export type ShareLinkResult =
	{ readonly ok: true; readonly hash: string } | { readonly ok: false; readonly message: string };

/** Encode `doc` as a `#s=1.<data>` fragment. Fails while a pane holds invalid JSON. */
export function encodeShareLink(doc: RoleDocument): ShareLinkResult {
	const { scenarios, errors } = toScenarios(doc);
	if (scenarios === undefined) {
		return { ok: false, message: `cannot share yet: ${errors.map((e) => e.message).join('; ')}` };
	}
	const data = deflateSync(strToU8(JSON.stringify(scenarios)), { level: 9 });
	return { ok: true, hash: `${_PREFIX}${SHARE_FORMAT_VERSION}.${encodeBase64url(data)}` };
}

/**
 * Read a document from `location.hash`. `undefined` when the fragment holds
 * no shared state (`#s=` absent); otherwise the document, or a message and
 * the default document.
 */
export function decodeShareLink(location: { readonly hash: string }): LoadResult | undefined {
	const hash = location.hash;
	if (!hash.startsWith(_PREFIX)) return undefined;
	const fail = (message: string): LoadResult => ({
		ok: false,
		message: `this share link cannot be opened: ${message}`,
		doc: defaultDocument(),
	});
	if (hash.length > MAX_SHARE_CHARS) {
		return fail(
			`it is ${hash.length} characters long, more than the ${MAX_SHARE_CHARS} a link may have`,
		);
	}
	const body = hash.slice(_PREFIX.length);
	const dot = body.indexOf('.');
	const version = dot < 0 ? '' : body.slice(0, dot);
	if (!/^\d{1,6}$/.test(version)) return fail('it has no format version (expected `#s=1.…`)');
	if (Number(version) !== SHARE_FORMAT_VERSION) {
		return fail(
			`it has format version \`${version}\`, and this playground reads version ${SHARE_FORMAT_VERSION}`,
		);
	}
	const bytes = decodeBase64url(body.slice(dot + 1));
	if (bytes === undefined)
		return fail('its data is not base64url (it may have been cut or changed)');
	const inflated = _inflateCapped(bytes, MAX_SHARE_BYTES);
	if (inflated === 'tooBig') {
		return fail(`its data unpacks to more than ${MAX_SHARE_BYTES} bytes`);
	}
	if (inflated === 'corrupt')
		return fail('its data does not decompress (it may have been cut or changed)');
	let value: unknown;
	try {
		value = JSON.parse(strFromU8(inflated));
	} catch {
		return fail('its data is not valid JSON');
	}
	const read = fromScenarios(value);
	if (read.doc === undefined) {
		const first = read.errors[0];
		const where = first && first.path.length > 0 ? ` (at \`${formatJsonPath(first.path)}\`)` : '';
		return fail(`it does not hold a playground role: ${first?.message ?? 'unreadable'}${where}`);
	}
	return { ok: true, doc: read.doc };
}

/**
 * Inflate in small input chunks so that a "zip bomb" is stopped as soon as
 * the output passes `max`, without inflating the rest.
 */
function _inflateCapped(data: Uint8Array, max: number): Uint8Array | 'tooBig' | 'corrupt' {
	const chunks: Uint8Array[] = [];
	let size = 0;
	let ended = false;
	const inflate = new Inflate((chunk, final) => {
		chunks.push(chunk);
		size += chunk.length;
		if (final) ended = true;
	});
	try {
		for (let i = 0; i < data.length; i += 1024) {
			inflate.push(data.subarray(i, i + 1024), i + 1024 >= data.length);
			if (size > max) return 'tooBig';
		}
	} catch {
		return 'corrupt';
	}
	if (!ended) return 'corrupt';
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}
