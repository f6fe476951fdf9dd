/**
 * IPv6 addresses by hand (RFC 4291 text forms in, RFC 5952 text out). The
 * evaluator's browser bundle has a 30 KB budget, and a general IP library
 * costs 4 KB of it for these two functions; `ipv6.test.ts` checks both
 * against ipaddr.js on generated addresses.
 */
import { parseIpv4 } from './ipv4.ts';

/** An IPv6 address as 16 bytes; undefined when the text is not one. */
export function parseIpv6(text: string): number[] | undefined {
	const gap = text.indexOf('::');
	if (gap !== text.lastIndexOf('::')) return undefined;
	const head = gap < 0 ? text : text.slice(0, gap);
	const tail = gap < 0 ? '' : text.slice(gap + 2);
	const left = _groups(head, gap < 0);
	const right = gap < 0 ? [] : _groups(tail, true);
	if (left === undefined || right === undefined) return undefined;
	const missing = 8 - left.length - right.length;
	if (gap < 0 ? missing !== 0 : missing < 1) return undefined;
	const words = [...left, ...new Array<number>(gap < 0 ? 0 : missing).fill(0), ...right];
	return words.flatMap((word) => [word >> 8, word & 0xff]);
}

/**
 * Colon-separated 16-bit groups; a dotted IPv4 address may end the text
 * (`::ffff:192.0.2.1`) when `last` says this part ends the address.
 */
function _groups(text: string, last: boolean): number[] | undefined {
	if (text === '') return [];
	const parts = text.split(':');
	const words: number[] = [];
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		if (last && i === parts.length - 1 && part.includes('.')) {
			const v4 = parseIpv4(part);
			if (v4 < 0) return undefined;
			words.push(v4 >>> 16, v4 & 0xffff);
		} else if (/^[0-9a-fA-F]{1,4}$/.test(part)) {
			words.push(parseInt(part, 16));
		} else {
			return undefined;
		}
	}
	return words;
}

/** RFC 5952 text: lower-case hex, no leading zeros, the longest run of two or more zero groups as `::`. */
export function formatIpv6(bytes: readonly number[]): string {
	const words = Array.from({ length: 8 }, (_, i) => (bytes[2 * i]! << 8) | bytes[2 * i + 1]!);
	let best = -1;
	let bestLength = 1;
	for (let i = 0; i < 8;) {
		let j = i;
		while (j < 8 && words[j] === 0) j++;
		if (j - i > bestLength) {
			best = i;
			bestLength = j - i;
		}
		i = j === i ? i + 1 : j;
	}
	const hex = (from: number, to: number) =>
		words
			.slice(from, to)
			.map((w) => w.toString(16))
			.join(':');
	return best < 0 ? hex(0, 8) : `${hex(0, best)}::${hex(best + bestLength, 8)}`;
}
