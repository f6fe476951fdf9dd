import { describe, expect, it } from 'vitest';
import { base64Matches, decodeBase64 } from './base64.ts';

describe('decodeBase64', () => {
	it.each([
		['', []],
		['AQID', [1, 2, 3]],
		['AQI=', [1, 2]],
		['AQI', [1, 2]],
		['AQ==', [1]],
		['AQ', [1]],
		['+/+/', [0xfb, 0xff, 0xbf]],
		['aGVsbG8=', [104, 101, 108, 108, 111]],
	])('decodes %j', (text, bytes) => {
		expect(decodeBase64(text)).toEqual(bytes);
	});

	it.each([['A'], ['AQIDB'], ['AQ=I'], ['A==='], ['AQ-_'], ['AQ I'], ['=']])(
		'rejects %j',
		(text) => {
			expect(decodeBase64(text)).toBeUndefined();
		},
	);
});

describe('base64Matches', () => {
	it.each([
		[[1, 2, 3], 'AQID', true],
		[[1, 2], 'AQI=', true],
		[[1, 2], 'AQID', false],
		[[1, 2, 3], 'AQI', false],
		[[1, 2, 4], 'AQID', false],
		[[], '', true],
		[[1], '@@', false],
	])('compares %j with %j: %s', (bytes, text, expected) => {
		expect(base64Matches(bytes, text)).toBe(expected);
	});
});
