import { describe, expect, it } from 'vitest';
import { defaultDocument } from '../../../playground/editor/default-document.ts';
import { toScenarios } from '../../../playground/editor/to-scenarios.ts';
import { readScenarioFile } from '../../lib/playground/read-scenario-file.ts';

const SESSION = {
	request: {
		principal: 'arn:aws:sts::123456789012:assumed-role/Worker/job',
		action: 's3:GetObject',
		resource: '*',
	},
	identityPolicies: [{ arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }],
};

describe('readScenarioFile', () => {
	it('reads back the file the playground downloads', () => {
		const doc = defaultDocument();
		const text = JSON.stringify(toScenarios(doc).scenarios, null, 2);
		expect(readScenarioFile(text)).toEqual({ doc });
	});

	it.each([
		['a single scenario', SESSION],
		['a corpus case', { id: 'x', name: 'x', scenario: SESSION, expect: { decision: 'allowed' } }],
	])('reads %s like a preset', (_what, value) => {
		const read = readScenarioFile(JSON.stringify(value));
		expect('doc' in read && read.doc.roleName).toBe('Worker');
	});

	it.each([
		['text that is not JSON', '{', /^it is not JSON \(/],
		[
			'JSON of another shape',
			'"hello"',
			/^expected the array of two scenarios the playground saves, or one scenario$/,
		],
		['an array that is not two scenarios', '[1]', /^expected an array of two scenarios/],
	])('explains why it cannot read %s', (_what, text, message) => {
		const read = readScenarioFile(text);
		expect('message' in read && read.message).toMatch(message);
	});
});
