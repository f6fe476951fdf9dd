import { describe, expect, it } from 'vitest';
import { defaultDocument } from '../../../playground/editor/default-document.ts';
import { evaluateDocument } from '../../../playground/editor/evaluate-document.ts';
import { toScenarios } from '../../../playground/editor/to-scenarios.ts';
import { readImportFile } from '../../lib/playground/read-import-file.ts';

const current = defaultDocument();
const SESSION = {
	request: {
		principal: 'arn:aws:sts::123456789012:assumed-role/Worker/job',
		action: 's3:GetObject',
		resource: '*',
	},
	identityPolicies: [{ arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }],
};
const TRUST = {
	Version: '2012-10-17',
	Statement: [
		{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
	],
};
const READ_LOGS = {
	Version: '2012-10-17',
	Statement: [{ Effect: 'Allow', Action: 'logs:GetLogEvents', Resource: '*' }],
};
/** As `aws iam get-role` prints it (the CLI decodes the trust policy into an object). */
const GET_ROLE = {
	Role: {
		Path: '/service-role/',
		RoleName: 'OrderProcessorRole',
		RoleId: 'AROAEXAMPLEID1234567',
		Arn: 'arn:aws:iam::444455556666:role/service-role/OrderProcessorRole',
		CreateDate: '2026-01-15T10:00:00+00:00',
		AssumeRolePolicyDocument: TRUST,
		MaxSessionDuration: 3600,
	},
};
const read = (value: unknown) => readImportFile(JSON.stringify(value), current);

describe('readImportFile', () => {
	it('reads back the file the playground downloads', () => {
		const text = JSON.stringify(toScenarios(current).scenarios, null, 2);
		expect(readImportFile(text, current)).toEqual({ doc: current, what: 'the scenario file' });
	});

	it.each([
		['a single scenario', SESSION],
		['a corpus case', { id: 'x', name: 'x', scenario: SESSION, expect: { decision: 'allowed' } }],
	])('reads %s like a preset', (_what, value) => {
		const result = read(value);
		expect('doc' in result && result.doc.roleName).toBe('Worker');
	});

	it.each([
		['as the CLI prints it (an object)', GET_ROLE],
		[
			'as the API returns it (URL-encoded)',
			{
				Role: {
					...GET_ROLE.Role,
					AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(TRUST)),
				},
			},
		],
	])('reads `aws iam get-role` %s: the role, its account and its trust policy', (_how, value) => {
		const result = read(value);
		if (!('doc' in result)) throw new Error(result.message);
		expect(result.doc).toMatchObject({
			account: '444455556666',
			roleName: 'OrderProcessorRole',
			permissionPolicies: [],
		});
		expect(JSON.parse(result.doc.trustPolicy)).toEqual(TRUST);
		const assume = evaluateDocument({
			...result.doc,
			caller: { ...result.doc.caller, principal: 'lambda.amazonaws.com' },
		}).assume;
		expect(assume.result?.decision).toBe('allowed');
	});

	it('adds what `aws iam get-role-policy` prints as an inline permission policy of that name', () => {
		const result = read({
			RoleName: 'DemoRoleForEC2',
			PolicyName: 'ReadLogs',
			PolicyDocument: READ_LOGS,
		});
		if (!('doc' in result)) throw new Error(result.message);
		expect(result.doc.permissionPolicies.at(-1)).toMatchObject({
			kind: 'inline',
			name: 'ReadLogs',
		});
		expect(result.doc.permissionPolicies).toHaveLength(current.permissionPolicies.length + 1);
	});

	it('adds what `aws iam get-policy-version` prints as a permission policy, saying it has no name', () => {
		const result = read({
			PolicyVersion: {
				Document: encodeURIComponent(JSON.stringify(READ_LOGS)),
				VersionId: 'v2',
				IsDefaultVersion: true,
				CreateDate: '2026-01-15T10:00:00+00:00',
			},
		});
		if (!('doc' in result)) throw new Error(result.message);
		const added = result.doc.permissionPolicies.at(-1);
		expect(added?.kind === 'inline' && JSON.parse(added.text)).toEqual(READ_LOGS);
		expect(result.note).toMatch(/does not print the policy's name/);
	});

	it('adds a bare policy document as a new permission policy, and a bare trust policy as the trust policy', () => {
		const policy = read(READ_LOGS);
		expect('doc' in policy && policy.doc.permissionPolicies.at(-1)).toMatchObject({
			name: 'Imported1',
		});
		const trust = read(TRUST);
		expect('doc' in trust && JSON.parse(trust.doc.trustPolicy)).toEqual(TRUST);
		expect('doc' in trust && trust.doc.permissionPolicies).toEqual(current.permissionPolicies);
	});

	it.each([
		['text that is not JSON', '{', /^it is not JSON \(.*\): expected a playground scenario file/],
		[
			'JSON of another shape',
			'"hello"',
			/^expected a playground scenario file, one scenario, a policy document/,
		],
		['an array that is not two scenarios', '[1]', /^expected an array of two scenarios/],
		[
			'a get-role output without a role ARN',
			JSON.stringify({ Role: { RoleName: 'x' } }),
			/^the `Role` of this `get-role` output has no role `Arn`/,
		],
		[
			'a get-role-policy output with a broken document',
			JSON.stringify({ PolicyName: 'P', PolicyDocument: '%7B%22Vers' }),
			/^`PolicyDocument` is not a policy document \(expected JSON, as an object or URL-encoded\)$/,
		],
	])('explains why it cannot read %s', (_what, text, message) => {
		const result = readImportFile(text, current);
		expect('message' in result && result.message).toMatch(message);
	});
});
