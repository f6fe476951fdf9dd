import { describe, expect, it } from 'vitest';
import { appendStatement, policyWith } from '../../lib/playground/append-statement.ts';

const STATEMENT = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };

describe('appendStatement', () => {
	it.each([
		[
			'adds to a Statement list',
			{ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] },
			2,
		],
		[
			'turns a lone statement object into a list',
			{ Version: '2012-10-17', Statement: { Effect: 'Deny', Action: '*', Resource: '*' } },
			2,
		],
		['creates the list when there is none', { Version: '2012-10-17' }, 1],
	])('%s', (_name, policy, count) => {
		const text = appendStatement(JSON.stringify(policy), STATEMENT);
		const statements = (JSON.parse(text!) as { Statement: unknown[] }).Statement;
		expect(statements).toHaveLength(count);
		expect(statements.at(-1)).toEqual(STATEMENT);
	});

	it.each([
		['text that is not JSON', '{ "Statement": ['],
		['JSON that is not an object', '[1]'],
	])('leaves %s alone', (_name, text) => {
		expect(appendStatement(text, STATEMENT)).toBeUndefined();
	});

	it('writes a fresh policy in the playground layout', () => {
		expect(policyWith(STATEMENT)).toBe(
			JSON.stringify({ Version: '2012-10-17', Statement: [STATEMENT] }, null, 2) + '\n',
		);
	});
});
