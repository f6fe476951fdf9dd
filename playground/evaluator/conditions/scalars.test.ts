import { describe, expect, it } from 'vitest';
import { equalsIgnoreCase, parseBool, parseDecimal } from './scalars.ts';

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
