import { describe, expect, it } from 'vitest';
import { courseFirst, isNameQuery } from '../lib/search/course-first.ts';

describe('isNameQuery', () => {
	it.each([
		['iam:PassRole', true],
		['AdministratorAccess', true],
		['AWSLambdaBasicExecutionRole', true],
		['ec2.amazonaws.com', true],
		['s3:Get*', true],
		['arn:aws:iam::aws:policy/ReadOnlyAccess', true],
		['instance profile', false],
		['trust', false],
		['IAM', false],
		['assume role', false],
		['  ', false],
	])('%s → %s', (term, name) => {
		expect(isNameQuery(term)).toBe(name);
	});
});

describe('courseFirst', () => {
	it('moves the course results first, keeping the order within each part', () => {
		const results = ['p1', 'c1', 'p2', 'c2'].map((id) => ({ id }));
		expect(courseFirst(results, new Set(['c1', 'c2'])).map((r) => r.id)).toEqual([
			'c1',
			'c2',
			'p1',
			'p2',
		]);
	});
});
