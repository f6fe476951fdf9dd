import { describe, expect, it } from 'vitest';
import { matchGlob } from '../match/wildcard.ts';
import { compileActionPattern } from './action-pattern.ts';
import { compileResourcePattern } from './resource-pattern.ts';
import type { ResourceProblem } from './resource-pattern.ts';

const SPAN = { offset: 0, length: 0 };

describe('compileActionPattern', () => {
	it.each([
		['*', true, '*', '*'],
		['s3:GetObject', false, 's3', 'getobject'],
		['IAM:List*', false, 'iam', 'list*'],
		['*:Get*', false, '*', 'get*'],
		['a:b:c', false, 'a', 'b:c'],
	])('splits %j at the first colon, folded to lower case', (text, any, service, name) => {
		const pattern = compileActionPattern(text, SPAN);
		expect(pattern?.any).toBe(any);
		expect(pattern?.service.parts.join('*')).toBe(service);
		expect(pattern?.name.parts.join('*')).toBe(name);
	});

	it.each(['', 's3', ':x', 's3:'])('refuses %j', (text) => {
		expect(compileActionPattern(text, SPAN)).toBeUndefined();
	});
});

describe('compileResourcePattern', () => {
	function compile(text: string, variables = true) {
		const problems: ResourceProblem[] = [];
		return { pattern: compileResourcePattern(text, SPAN, variables, problems), problems };
	}

	it('matches every field case-sensitively and keeps colons in the sixth field', () => {
		const { pattern, problems } = compile('arn:aws:logs:us-east-1:111122223333:log-group:*');
		expect(problems).toEqual([]);
		expect(pattern?.fields.map((f) => f.source)).toEqual([
			'arn',
			'aws',
			'logs',
			'us-east-1',
			'111122223333',
		]);
		expect(matchGlob(pattern?.last as never, 'log-group:g:log-stream:s')).toBe(true);
		expect(pattern?.short).toBe(false);
	});

	it('compiles * as any', () => {
		expect(compile('*').pattern).toMatchObject({ any: true, fields: [], short: false });
	});

	it.each(['bucket', 'ARN:aws:s3:::b', ''])('refuses %j', (text) => {
		expect(compile(text).pattern).toBeUndefined();
	});

	it('marks a short pattern ending in * and one that matches nothing', () => {
		expect(compile('arn:aws:logs:us-east-1:*')).toMatchObject({
			pattern: { short: true, matchesNothing: false },
			problems: [{ code: 'W06', count: 5, matchesNothing: false }],
		});
		expect(compile('arn:aws:s3').pattern).toMatchObject({ short: true, matchesNothing: true });
	});

	it('locates policy variables in the sixth field only for 2012-10-17', () => {
		const withVars = compile('arn:aws:s3:::b/${aws:username}/*').pattern;
		expect(withVars?.lastTemplate).toEqual([
			{ kind: 'text', text: 'b/' },
			{ kind: 'var', key: 'aws:username' },
			{ kind: 'text', text: '/*' },
		]);
		expect(
			compile('arn:aws:s3:::b/${aws:username}/*', false).pattern?.lastTemplate,
		).toBeUndefined();
	});

	it('makes ${*} a literal star when there is no variable', () => {
		const pattern = compile('arn:aws:s3:::b/${*}').pattern;
		expect(pattern?.lastTemplate).toBeUndefined();
		expect(matchGlob(pattern?.last as never, 'b/*')).toBe(true);
		expect(matchGlob(pattern?.last as never, 'b/x')).toBe(false);
	});

	it('raises W05 once per pattern, naming the fields', () => {
		expect(compile('arn:aws:ec2:*:*:instance/*').problems).toEqual([
			{ code: 'W05', fields: ['region', 'account'] },
		]);
		expect(compile('arn:aws:s3:::b*/k').problems).toEqual([]);
	});
});
