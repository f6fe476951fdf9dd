/**
 * Base64url without padding (RFC 4648 §5), the alphabet that survives in a
 * URL fragment untouched. Decoding is strict: `undefined` for anything else.
 */
const _ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const _VALUES = new Map([..._ALPHABET].map((c, i) => [c, i]));

/** Encode bytes as base64url, no padding. */
export function encodeBase64url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let k = 0; k < chars; k++) out += _ALPHABET[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/** Decode base64url without padding; `undefined` when `text` is not exactly that. */
export function decodeBase64url(text: string): Uint8Array | undefined {
	if (text.length % 4 === 1) return undefined;
	const out = new Uint8Array(Math.floor((text.length * 6) / 8));
	let bits = 0;
	let value = 0;
	let j = 0;
	for (const c of text) {
		const v = _VALUES.get(c);
		if (v === undefined) return undefined;
		value = (value << 6) | v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[j++] = (value >> bits) & 255;
		}
	}
	// Leftover bits must be zero, or two texts would decode to the same bytes.
	if ((value & ((1 << bits) - 1)) !== 0) return undefined;
	return out;
}
