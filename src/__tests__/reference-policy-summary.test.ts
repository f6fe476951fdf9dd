import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCatalog } from '../../playground/catalog/ensure-catalog.ts';
import { createNodeCatalog, type NodeCatalog } from '../../playground/catalog/node-catalog.ts';
import { summarizePolicy } from '../lib/reference/policy-summary.ts';

let catalog: NodeCatalog;
beforeAll(() => {
	ensureCatalog();
	catalog = createNodeCatalog({ dir: resolve('playground/catalog-data') });
});

/** The summary of a managed policy of the real catalog. */
function managed(name: string) {
	const doc = catalog.managedPolicies.get(name);
	if (doc === undefined) throw new Error(`no ${name} in the catalog`);
	return summarizePolicy(doc, catalog.services);
}

/** Names of the catalog's actions of `prefix` that start with `start` (case-insensitive). */
function actionsStarting(prefix: string, start: string): string[] {
	const info = catalog.services.service(prefix);
	return Object.values(info?.actions ?? {})
		.map((a) => a.name)
		.filter((n) => n.toLowerCase().startsWith(start.toLowerCase()));
}

describe('summarizePolicy', () => {
	it('finds only List and Read access to IAM in IAMReadOnlyAccess', () => {
		const s = managed('arn:aws:iam::aws:policy/IAMReadOnlyAccess');
		expect(s.allowed.map((g) => g.prefix)).toEqual(['iam']);
		expect(s.allowed[0]?.levels.map((l) => l.level)).toEqual(['List', 'Read']);
		expect(s.denied).toEqual([]);
	});

	it('counts what iam:Get* expands to in the catalog', () => {
		const s = managed('arn:aws:iam::aws:policy/IAMReadOnlyAccess');
		const getStar = s.patterns.find((p) => p.pattern === 'iam:Get*');
		expect(getStar?.count).toBe(actionsStarting('iam', 'Get').length);
		expect(getStar?.count).toBeGreaterThan(20);
	});

	it('lists the three CloudWatch Logs writes of AWSLambdaBasicExecutionRole', () => {
		const s = managed('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole');
		expect(s.allowed).toEqual([
			{
				prefix: 'logs',
				levels: [
					{
						level: 'Write',
						actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
					},
				],
				total: 3,
			},
		]);
	});

	it('keeps Deny apart from Allow, flags conditions and scoped resources, and does not expand NotAction', () => {
		const s = summarizePolicy(
			JSON.stringify({
				Version: '2012-10-17',
				Statement: [
					{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
					{
						Effect: 'Deny',
						Action: ['iam:PassRole'],
						Resource: '*',
						Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
					},
					{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
				],
			}),
			catalog.services,
		);
		expect(s.statements).toBe(3);
		expect(
			s.patterns.map((p) => [p.effect, p.element, p.pattern, p.conditional, p.scoped]),
		).toEqual([
			['Allow', 'Action', 's3:GetObject', false, true],
			['Deny', 'Action', 'iam:PassRole', true, false],
			['Allow', 'NotAction', 'iam:*', false, false],
		]);
		expect(s.allowed.map((g) => g.prefix)).toEqual(['s3']);
		expect(s.denied.map((g) => [g.prefix, g.total])).toEqual([['iam', 1]]);
	});

	it('reports patterns that match no catalog action', () => {
		const s = summarizePolicy(
			JSON.stringify({ Statement: { Effect: 'Allow', Action: ['nosuch:Thing', 'iam:Nope*'] } }),
			catalog.services,
		);
		expect(s.unknown).toEqual(['nosuch:Thing', 'iam:Nope*']);
		expect(s.allowed).toEqual([]);
	});
});
