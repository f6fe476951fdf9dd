import { describe, expect, it } from 'vitest';
import {
	DIAGNOSTIC_CODES,
	GRAMMAR_CODES,
	closest,
	diagnostic,
	didYouMean,
	editDistance,
	severityOf,
} from './diagnostics.ts';
import type { DiagnosticCode } from './diagnostics.ts';

describe('codes', () => {
	it('gives errors to E codes and warnings to W codes', () => {
		for (const code of Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[]) {
			expect(severityOf(code)).toBe(code.startsWith('E') ? 'error' : 'warning');
		}
	});

	it('holds every grammar code of the spec and the catalog codes', () => {
		expect(Object.keys(GRAMMAR_CODES)).toHaveLength(25 + 23);
		expect(Object.keys(DIAGNOSTIC_CODES)).toContain('W30');
	});

	it('summarises each code in lower case without a final period', () => {
		for (const text of Object.values(DIAGNOSTIC_CODES)) {
			expect(text.endsWith('.')).toBe(false);
			expect(text[0]).not.toMatch(/[A-Z]/);
		}
	});

	it('builds a diagnostic and leaves out an absent help', () => {
		const span = { offset: 1, length: 2 };
		expect(diagnostic('E07', 'm', span, ['a'])).toEqual({
			code: 'E07',
			severity: 'error',
			message: 'm',
			span,
			path: ['a'],
		});
		expect(diagnostic('W01', 'm', span, [], 'h')).toMatchObject({ severity: 'warning', help: 'h' });
	});
});

describe('suggestions', () => {
	it.each([
		['effect', ['Effect', 'Action'], 'did you mean `Effect`?'],
		['StringEqual', ['StringEquals', 'StringLike'], 'did you mean `StringEquals`?'],
		['Statment', ['Version', 'Id', 'Statement'], 'did you mean `Statement`?'],
		['Banana', ['Effect', 'Action'], undefined],
		['Effect', ['Effect'], undefined],
	])('suggests for %j', (input, candidates, expected) => {
		expect(didYouMean(input, candidates)).toBe(expected);
	});

	it('counts a case slip as half an edit', () => {
		expect(editDistance('aws', 'AWS')).toBe(1.5);
		expect(editDistance('abc', 'abd')).toBe(1);
		expect(editDistance('', 'ab')).toBe(2);
		expect(closest('Aws', ['AWS', 'Awx'])).toBe('AWS');
	});
});
