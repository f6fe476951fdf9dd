import { describe, expect, it } from 'vitest';
import { expandActionPattern } from './expand-actions.ts';
import type { ActionInfo, ServiceCatalog, ServiceInfo } from './types.ts';

/** A catalog of small fake services; `unloaded` prefixes are known but not loaded. */
function fakeCatalog(services: Record<string, string[]>, unloaded: string[] = []): ServiceCatalog {
	const info = (prefix: string, names: string[]): ServiceInfo => ({
		prefix,
		name: prefix.toUpperCase(),
		actions: Object.fromEntries(
			names.map((name): [string, ActionInfo] => [
				name.toLowerCase(),
				{
					name,
					description: '',
					accessLevel: 'Read',
					resourceTypes: [],
					conditionKeys: [],
					dependentActions: [],
				},
			]),
		),
		resourceTypes: {},
		conditionKeys: {},
	});
	return {
		prefixes: () => [...Object.keys(services), ...unloaded],
		service: (p) => (services[p] ? info(p, services[p]) : undefined),
	};
}

const CATALOG = fakeCatalog(
	{
		s3: ['PutObject', 'GetObject', 'GetObjectTagging', 'ListBucket'],
		iam: ['PassRole', 'GetRole', 'ListRoles'],
		s3express: ['GetObject'],
	},
	['ec2'],
);
const expand = (pattern: string) =>
	expandActionPattern(pattern, CATALOG).map((a) => `${a.service}:${a.action.name}`);

describe('expandActionPattern', () => {
	it.each([
		['s3:GetObject', ['s3:GetObject']],
		['S3:getobject', ['s3:GetObject']],
		['s3:Get*', ['s3:GetObject', 's3:GetObjectTagging']],
		['s3:Get*Tagging', ['s3:GetObjectTagging']],
		['s3:?etObject', ['s3:GetObject']],
		['s3*:GetObject', ['s3:GetObject', 's3express:GetObject']],
		['*:List*', ['iam:ListRoles', 's3:ListBucket']],
		['s3:Nothing*', []],
		['ec2:*', []],
		['nosuch:*', []],
		['no-colon', []],
	])('expands %s', (pattern, expected) => {
		expect(expand(pattern)).toEqual(expected);
	});

	it('expands `*` alone to every action of every loaded service, sorted', () => {
		expect(expand('*')).toEqual([
			'iam:GetRole',
			'iam:ListRoles',
			'iam:PassRole',
			's3:GetObject',
			's3:GetObjectTagging',
			's3:ListBucket',
			's3:PutObject',
			's3express:GetObject',
		]);
	});

	it('returns the catalog entries themselves', () => {
		const [found] = expandActionPattern('iam:PassRole', CATALOG);
		expect(found?.action).toMatchObject({ name: 'PassRole', accessLevel: 'Read' });
	});
});
