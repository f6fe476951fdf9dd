import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	compileGlob,
	compileGlobSegments,
	hasWildcard,
	matchGlob,
	newMatchRound,
} from './wildcard.ts';

/** A slow, obviously-correct reference: the glob as an anchored regular expression. */
function reference(pattern: string, text: string, caseInsensitive = false): boolean {
	const source = [...pattern]
		.map((ch) =>
			ch === '*' ? '[\\s\\S]*' : ch === '?' ? '[\\s\\S]' : ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&'),
		)
		.join('');
	return new RegExp(`^${source}$`, caseInsensitive ? 'i' : '').test(text);
}

describe('matchGlob', () => {
	it.each([
		['*', '', true],
		['*', 'anything:at/all', true],
		['s3:Get*', 's3:GetObject', true],
		['s3:Get*', 's3:PutObject', false],
		['Get*Tagging', 'GetObjectTagging', true],
		['Get*Tagging', 'PutObjectTagging', false],
		['b/*/test/*', 'b/1/2/test/x', true],
		['b/*/test/*', 'b//test/', true],
		['b/*/test/*', 'b/test/x', false],
		['a?c', 'abc', true],
		['a?c', 'ac', false],
		['a?c', 'abbc', false],
		['?', '', false],
		['*?', 'x', true],
		['*?', '', false],
		['a*a', 'a', false],
		['a*a', 'aa', true],
		['*ab?d*', 'xxabcdyy', true],
		['*ab?d*', 'xxabdd', true],
		['*ab?d*', 'xxabd', false],
		['exact', 'exact', true],
		['exact', 'Exact', false],
		['', '', true],
		['', 'x', false],
	])('`%s` against `%s` is %s', (pattern, text, expected) => {
		expect(matchGlob(compileGlob(pattern), text)).toBe(expected);
	});

	it('folds the pattern when case-insensitive, expecting folded text', () => {
		const glob = compileGlob('IAM:List*', true);
		expect(matchGlob(glob, 'iam:listusers')).toBe(true);
	});

	it('keeps literal segments literal: a substituted `*` is not a wildcard', () => {
		const glob = compileGlobSegments(
			[
				{ text: 'home/', wild: true },
				{ text: 'a*', wild: false },
				{ text: '/?', wild: true },
			],
			false,
			'home/${aws:username}/?',
		);
		expect(matchGlob(glob, 'home/a*/x')).toBe(true);
		expect(matchGlob(glob, 'home/abc/x')).toBe(false);
	});

	it('keeps a literal `?` literal', () => {
		const glob = compileGlobSegments([{ text: '?', wild: false }], false, '${?}');
		expect(matchGlob(glob, '?')).toBe(true);
		expect(matchGlob(glob, 'x')).toBe(false);
	});

	it('shares one compiled glob per pattern, and remembers a result only for the same text', () => {
		const glob = compileGlob('s3:Get*', true);
		expect(compileGlob('s3:Get*', true)).toBe(glob);
		expect(compileGlob('s3:Get*')).not.toBe(glob);
		expect(matchGlob(glob, 's3:getobject')).toBe(true);
		expect(matchGlob(glob, 's3:putobject')).toBe(false);
		expect(matchGlob(glob, 's3:getobject')).toBe(true);
		newMatchRound();
		expect(matchGlob(glob, 's3:putobject')).toBe(false);
	});

	it('agrees with a regular-expression reference on arbitrary patterns and texts', () => {
		const alphabet = fc.constantFrom('a', 'b', '*', '?', ':', '/');
		const textAlphabet = fc.constantFrom('a', 'b', ':', '/', '*', '?');
		fc.assert(
			fc.property(
				fc.array(alphabet, { maxLength: 8 }).map((a) => a.join('')),
				fc.array(textAlphabet, { maxLength: 10 }).map((a) => a.join('')),
				(pattern, text) => matchGlob(compileGlob(pattern), text) === reference(pattern, text),
			),
			{ numRuns: 5000 },
		);
	});

	it('agrees with the reference case-insensitively on folded text', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom('a', 'B', '*', '?'), { maxLength: 6 }).map((a) => a.join('')),
				fc.array(fc.constantFrom('A', 'b', 'c'), { maxLength: 8 }).map((a) => a.join('')),
				(pattern, text) =>
					matchGlob(compileGlob(pattern, true), text.toLowerCase()) ===
					reference(pattern, text, true),
			),
			{ numRuns: 2000 },
		);
	});
});

describe('hasWildcard', () => {
	it.each([
		['s3:*', true],
		['a?b', true],
		['arn:aws:s3:::b', false],
	])('`%s` → %s', (pattern, expected) => {
		expect(hasWildcard(pattern)).toBe(expected);
	});
});
