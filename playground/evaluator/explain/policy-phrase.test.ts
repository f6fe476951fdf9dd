import { describe, expect, it } from 'vitest';
import { policyPhrase } from './policy-phrase.ts';

describe('policyPhrase', () => {
	it.each([
		['resource', 'trust policy', 'trust', 'the trust policy'],
		['resource', 'resource policy', 'resource', 'the resource policy'],
		['resource', 'resource policy', 'kms', 'the key policy'],
		['identity', 'identity[0]', 'resource', 'identity policy 1'],
		['identity', 'ReadLogs', 'resource', 'the identity policy `ReadLogs`'],
		[
			'identity',
			'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
			'resource',
			'the AWS managed policy `AWSLambdaBasicExecutionRole`',
		],
		['permissionsBoundary', 'permissions boundary', 'resource', 'the permissions boundary'],
		['session', 'session policy', 'resource', 'the session policy'],
		['scp', 'ou-workloads[0]', 'resource', 'the SCP `ou-workloads[0]`'],
		['rcp', 'root[1]', 'resource', 'the RCP `root[1]`'],
	] as const)('names a %s policy %s as %s', (type, name, kind, phrase) => {
		expect(policyPhrase(type, name, kind)).toBe(phrase);
	});

	it('calls a resource policy named `trust policy` the trust policy without being told', () => {
		expect(policyPhrase('resource', 'trust policy')).toBe('the trust policy');
	});
});
