import { describe, expect, it } from 'vitest';
import { evaluate } from '../decide/evaluate.ts';
import { parseScenario } from '../parse/scenario.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';

/** Does an identity Allow on `pattern` cover `resource` for alice? */
function covers(pattern: string, resource: string, version = '2012-10-17'): boolean {
	const text = JSON.stringify({
		request: { principal: ALICE, action: 's3:GetObject', resource },
		identityPolicies: [
			{
				Version: version,
				Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: pattern },
			},
		],
	});
	const parsed = parseScenario(text, { now: new Date('2026-01-15T12:00:00Z') });
	if (parsed.scenario === undefined) throw new Error(JSON.stringify(parsed.errors));
	return evaluate(parsed.scenario).decision === 'allowed';
}

describe('resource patterns (spec §2.2)', () => {
	it.each([
		['arn:aws:s3:::b/*', 'arn:aws:s3:::b/k', true],
		['arn:aws:s3:::b/*', 'arn:aws:s3:::B/k', false],
		['arn:aws:s3:::b/*/test/*', 'arn:aws:s3:::b/1/2/test/x', true],
		['arn:aws:s3:::b/*/test/*', 'arn:aws:s3:::b/test/x', false],
		['arn:aws:s3:::b/k:*', 'arn:aws:s3:::b/k:v:w', true],
		['arn:aws:s3:::*', '*', false],
		['*', '*', true],
		['arn:aws:s3:*:*:b/k', 'arn:aws:s3:::b/k', true],
		['arn:aws:s?:::b/k', 'arn:aws:s3:::b/k', true],
		['arn:aws:s3:::b/${*}', 'arn:aws:s3:::b/*', true],
		['arn:aws:s3:::b/${*}', 'arn:aws:s3:::b/x', false],
		['arn:aws:s3:::b/${?}', 'arn:aws:s3:::b/x', false],
		['arn:aws:s3:::b/${aws:username}/*', 'arn:aws:s3:::b/alice/k', true],
		['arn:aws:s3:::b/${aws:username}/*', 'arn:aws:s3:::b/bob/k', false],
		['arn:aws:s3:::*', 'arn:aws:s3:::b/k', true],
	])('`%s` against `%s` → %s', (pattern, resource, expected) => {
		expect(covers(pattern, resource)).toBe(expected);
	});

	it('keeps `${…}` literal in a 2008-10-17 policy', () => {
		expect(
			covers('arn:aws:s3:::b/${aws:username}', 'arn:aws:s3:::b/${aws:username}', '2008-10-17'),
		).toBe(true);
		expect(covers('arn:aws:s3:::b/${aws:username}', 'arn:aws:s3:::b/alice', '2008-10-17')).toBe(
			false,
		);
	});
});
