import { describe, expect, it } from 'vitest';
import { compareDecimals, equalsIgnoreCase, parseBool, parseDecimal } from './scalars.ts';

describe('parseDecimal', () => {
	it.each([
		['10', 10],
		['10.0', 10],
		['-3.25', -3.25],
		['007', 7],
		['0', 0],
	])('reads %s as %d', (text, value) => {
		expect(parseDecimal(text)).toBe(value);
	});

	it.each([
		[''],
		['-'],
		['1e3'],
		['+1'],
		['.5'],
		['5.'],
		['1.2.3'],
		['1,000'],
		[' 1'],
		['0x10'],
		['Infinity'],
	])('rejects %j', (text) => {
		expect(parseDecimal(text)).toBeNaN();
	});
});

describe('compareDecimals', () => {
	// prettier-ignore
	it.each([
		['9007199254740993', '9007199254740992', 1],
		['9007199254740992', '9007199254740992.0', 0],
		['0010.500', '10.5', 0],
		['-0', '0.000', 0],
		['-1', '0', -1],
		['-10', '-9.99999999999999999', -1],
		['0.05', '0.5', -1],
		['0.5', '0.51', -1],
		['123456789012345678901234567890', '99999999999999999999999999999', 1],
	])('compares %s with %s as %d', (a, b, order) => {
		expect(compareDecimals(a, b)).toBe(order);
		expect(compareDecimals(b, a)).toBe(-order || 0);
	});
});

describe('parseBool', () => {
	it.each([
		['true', 1],
		['TRUE', 1],
		['True', 1],
		['false', 0],
		['fAlSe', 0],
		['yes', -1],
		['1', -1],
		['', -1],
		['truee', -1],
	])('reads %j as %d', (text, value) => {
		expect(parseBool(text)).toBe(value);
	});
});

describe('equalsIgnoreCase', () => {
	it.each([
		['ABC', 'abc', true],
		['abc', 'abc', true],
		['abd', 'abc', false],
		['ab', 'abc', false],
		['ÀB', 'àb', true],
		['ÀB', 'àc', false],
		['İ', 'i̇', true],
		['İ', 'i', false],
		['abc', 'ab', false],
	])('compares %j with folded %j: %s', (text, folded, expected) => {
		expect(equalsIgnoreCase(text, folded)).toBe(expected);
	});
});
