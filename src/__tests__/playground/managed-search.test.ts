import { describe, expect, it } from 'vitest';
import { searchManagedPolicies } from '../../lib/playground/managed-search.ts';

const arn = (name: string): { arn: string } => ({ arn: `arn:aws:iam::aws:policy/${name}` });
const INDEX = {
	AmazonS3ReadOnlyAccess: arn('AmazonS3ReadOnlyAccess'),
	IAMReadOnlyAccess: arn('IAMReadOnlyAccess'),
	IAMFullAccess: arn('IAMFullAccess'),
	ReadOnlyAccess: arn('ReadOnlyAccess'),
};

describe('searchManagedPolicies', () => {
	it.each([
		[
			'names starting with the query come before names containing it',
			'readonly',
			['ReadOnlyAccess', 'AmazonS3ReadOnlyAccess', 'IAMReadOnlyAccess'],
		],
		['every word must occur in the name', 'iam full', ['IAMFullAccess']],
		['an empty query finds nothing', '  ', []],
		['a query no name contains finds nothing', 'lambda', []],
	])('%s', (_name, query, names) => {
		expect(searchManagedPolicies(INDEX, query).map((h) => h.name)).toEqual(names);
	});

	it('returns the ARN with each name and stops at the limit', () => {
		expect(searchManagedPolicies(INDEX, 'access', 1)).toEqual([
			{ name: 'AmazonS3ReadOnlyAccess', arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' },
		]);
	});
});
