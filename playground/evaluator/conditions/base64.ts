/**
 * Base64 for `BinaryEquals` (spec §3.4): both sides are decoded and compared
 * as bytes. Standard alphabet; `=` padding optional but, when present, it
 * must complete the last group. Anything else is invalid and matches nothing.
 */

/** The bytes `text` encodes; undefined when it is not valid base64. */
export function decodeBase64(text: string): number[] | undefined {
	const out: number[] = [];
	return _walk(text, undefined, out) < 0 ? undefined : out;
}

/** Does `text` decode to exactly `bytes`? Decodes as it compares, allocating nothing. */
export function base64Matches(bytes: readonly number[], text: string): boolean {
	return _walk(text, bytes, undefined) === bytes.length;
}

/**
 * Decode `text`, comparing each byte with `expected` or pushing it to `out`.
 * Returns the number of bytes, or -1 when the text is invalid or differs.
 */
function _walk(
	text: string,
	expected: readonly number[] | undefined,
	out: number[] | undefined,
): number {
	let end = text.length;
	if (end % 4 === 0 && end > 0 && text.charCodeAt(end - 1) === 61 /* = */) {
		end--;
		if (text.charCodeAt(end - 1) === 61) end--;
	}
	if (end % 4 === 1) return -1;
	let count = 0;
	let acc = 0;
	let bits = 0;
	for (let i = 0; i < end; i++) {
		const sextet = _sextet(text.charCodeAt(i));
		if (sextet < 0) return -1;
		acc = ((acc << 6) | sextet) & 0xffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			const byte = (acc >> bits) & 0xff;
			if (expected !== undefined && expected[count] !== byte) return -1;
			out?.push(byte);
			count++;
		}
	}
	return count;
}

function _sextet(code: number): number {
	if (code >= 65 && code <= 90) return code - 65; // A-Z
	if (code >= 97 && code <= 122) return code - 71; // a-z
	if (code >= 48 && code <= 57) return code + 4; // 0-9
	if (code === 43) return 62; // +
	if (code === 47) return 63; // /
	return -1;
}
