import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { formatIpv6, parseIpv6 } from './ipv6.ts';

/** Addresses with zero runs, so `::` compression is exercised often. */
const address = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), {
	minLength: 8,
	maxLength: 8,
});

function bytesOf(words: readonly number[]): number[] {
	return words.flatMap((w) => [w >> 8, w & 0xff]);
}

describe('parseIpv6', () => {
	it.each([
		['::', Array(16).fill(0)],
		['::1', [...Array(15).fill(0), 1]],
		['2001:db8::1', [0x20, 0x01, 0x0d, 0xb8, ...Array(11).fill(0), 1]],
		['::ffff:192.0.2.1', [...Array(10).fill(0), 0xff, 0xff, 192, 0, 2, 1]],
		['2001:DB8:0:0:0:0:0:1', [0x20, 0x01, 0x0d, 0xb8, ...Array(11).fill(0), 1]],
	])('reads %s', (text, bytes) => {
		expect(parseIpv6(text)).toEqual(bytes);
	});

	it.each([
		'',
		':',
		'1::2::3',
		'1:2:3:4:5:6:7',
		'1:2:3:4:5:6:7:8:9',
		'1:2:3:4:5:6:7::8',
		'12345::',
		'g::1',
		'::1.2.3',
		'::1.2.3.4:5',
		'fe80::1%eth0',
		'203.0.113.7',
	])('refuses %j', (text) => {
		expect(parseIpv6(text)).toBeUndefined();
	});

	it('agrees with ipaddr.js on every text form of generated addresses', () => {
		fc.assert(
			fc.property(address, fc.boolean(), (words, long) => {
				const value = ipaddr.fromByteArray(bytesOf(words)) as ipaddr.IPv6;
				const text = long ? value.toNormalizedString() : value.toString();
				return JSON.stringify(parseIpv6(text)) === JSON.stringify(value.toByteArray());
			}),
			{ numRuns: 3000 },
		);
	});

	it('agrees with ipaddr.js on what is an address at all', () => {
		const chars = fc.constantFrom('0', '1', 'a', 'f', 'g', ':', '.', '9');
		fc.assert(
			fc.property(
				fc.array(chars, { maxLength: 20 }).map((c) => c.join('')),
				(text) => {
					// ipaddr.js also takes zone ids and some IPv4 shorthands we refuse; compare the plain forms.
					const theirs = ipaddr.IPv6.isValid(text) && !text.includes('.');
					return (parseIpv6(text) !== undefined) === theirs || text.includes('.');
				},
			),
			{ numRuns: 5000 },
		);
	});
});

describe('formatIpv6', () => {
	it('writes RFC 5952 text, as ipaddr.js does', () => {
		fc.assert(
			fc.property(address, (words) => {
				const bytes = bytesOf(words);
				return formatIpv6(bytes) === ipaddr.fromByteArray(bytes).toString();
			}),
			{ numRuns: 3000 },
		);
	});
});
