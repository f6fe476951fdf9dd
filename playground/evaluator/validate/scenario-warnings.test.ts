import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../../catalog/node-catalog.ts';
import { parseScenario } from '../parse/scenario.ts';
import { scenarioCatalogWarnings } from './scenario-warnings.ts';

const catalog = createNodeCatalog();
const A = '111122223333';

function warnings(scenario: object): { code: string; underlined: string }[] {
	const text = JSON.stringify(scenario, null, 2);
	const parsed = parseScenario(text, { managedPolicies: catalog.managedPolicies });
	if (parsed.scenario === undefined) throw new Error(JSON.stringify(parsed.errors));
	return scenarioCatalogWarnings(parsed.scenario, catalog.services, text).map((d) => ({
		code: d.code,
		underlined: text.slice(d.span.offset, d.span.offset + d.span.length),
	}));
}

describe('scenarioCatalogWarnings', () => {
	it('checks the policies written in the scenario, in every slot', () => {
		expect(
			warnings({
				request: {
					principal: `arn:aws:iam::${A}:user/alice`,
					action: 's3:GetObject',
					resource: '*',
				},
				identityPolicies: [
					{
						Version: '2012-10-17',
						Statement: { Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' },
					},
				],
				permissionsBoundary: {
					Version: '2012-10-17',
					Statement: { Effect: 'Allow', Action: 'iam:PasRole', Resource: '*' },
				},
			}),
		).toEqual([
			{ code: 'W31', underlined: '"s3:GetObjekt"' },
			{ code: 'W31', underlined: '"iam:PasRole"' },
		]);
	});

	it('leaves AWS managed policies alone', () => {
		expect(
			warnings({
				request: {
					principal: `arn:aws:iam::${A}:user/alice`,
					action: 's3:GetObject',
					resource: '*',
				},
				identityPolicies: [{ arn: 'arn:aws:iam::aws:policy/PowerUserAccess' }],
			}),
		).toEqual([]);
	});

	it('checks a trust policy for actions a trust policy cannot allow', () => {
		const codes = warnings({
			request: {
				principal: 'ec2.amazonaws.com',
				action: 'sts:AssumeRole',
				resource: `arn:aws:iam::${A}:role/R`,
			},
			resourcePolicy: {
				Version: '2012-10-17',
				Statement: {
					Effect: 'Allow',
					Principal: { Service: 'ec2.amazonaws.com' },
					Action: ['sts:AssumeRole', 's3:GetObject'],
				},
			},
		}).map((w) => w.code);
		expect(codes).toContain('W39');
	});
});
