import { describe, expect, it } from 'vitest';
import { compileArnPattern, splitArn } from './arn-fields.ts';

describe('splitArn', () => {
	it.each([
		['arn:aws:s3:::b/k', ['arn', 'aws', 's3', '', '', 'b/k']],
		[
			'arn:aws:logs:r:1:log-group:g:log-stream:s',
			['arn', 'aws', 'logs', 'r', '1', 'log-group:g:log-stream:s'],
		],
		[':::::', ['', '', '', '', '', '']],
	])('splits %s into six fields', (text, fields) => {
		expect(splitArn(text)).toEqual(fields);
	});

	it.each([['arn:aws:s3::b'], ['arn'], ['']])('has no six fields in %j', (text) => {
		expect(splitArn(text)).toBeUndefined();
	});
});

describe('compileArnPattern', () => {
	it('splits at colons inside substituted text and keeps it literal', () => {
		const globs = compileArnPattern([
			{ text: 'arn:aws:sns:*:', wild: true },
			{ text: '1:a*', wild: false },
		]);
		expect(globs?.map((glob) => [glob.source, glob.hasStar])).toEqual([
			['arn', false],
			['aws', false],
			['sns', false],
			['*', true],
			['1', false],
			['a*', false],
		]);
	});

	it('keeps colons after the fifth inside the resource field', () => {
		const globs = compileArnPattern([{ text: 'arn:aws:logs:r:1:log-group:*:x', wild: true }]);
		expect(globs?.[5]?.source).toBe('log-group:*:x');
	});

	it('gives nothing for fewer than six fields', () => {
		expect(compileArnPattern([{ text: 'arn:aws:s3:*', wild: true }])).toBeUndefined();
	});
});
