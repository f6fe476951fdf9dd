import { describe, expect, it } from 'vitest';
import { createLineIndex, formatJsonPath } from './text-position.ts';

describe('createLineIndex', () => {
	const at = createLineIndex('ab\ncd\n\nef');
	it.each([
		[0, 1, 1],
		[2, 1, 3],
		[3, 2, 1],
		[6, 3, 1],
		[7, 4, 1],
		[9, 4, 3],
	])('offset %i is line %i column %i', (offset, line, column) => {
		expect(at(offset)).toEqual({ line, column });
	});

	it('names the offset and the limit when out of range', () => {
		expect(() => at(10)).toThrowErrorMatchingInlineSnapshot(
			`[RangeError: offset 10 is outside the text (0 to 9)]`,
		);
		expect(() => at(-1)).toThrow('offset -1 is outside the text (0 to 9)');
	});
});

describe('formatJsonPath', () => {
	it.each([
		[[], '(root)'],
		[['identityPolicies', 0, 'Statement', 1, 'Effect'], 'identityPolicies[0].Statement[1].Effect'],
		[[3, 'request', 'context', 'aws:SourceIp'], '[3].request.context["aws:SourceIp"]'],
	] as const)('%j reads as %s', (path, expected) => {
		expect(formatJsonPath(path)).toBe(expected);
	});
});
