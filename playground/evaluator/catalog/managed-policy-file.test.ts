import { describe, expect, it } from 'vitest';
import { managedPolicyFile } from './managed-policy-file.ts';

describe('managedPolicyFile', () => {
	it.each([
		['arn:aws:iam::aws:policy/IAMReadOnlyAccess', 'IAMReadOnlyAccess.json'],
		[
			'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
			'service-role~AWSLambdaBasicExecutionRole.json',
		],
		[
			'arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy',
			'aws-service-role~AWSSupportServiceRolePolicy.json',
		],
		[
			'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
			'organizations~service_control_policy~p-FullAWSAccess.json',
		],
	])('names the file of %s after its path and name', (arn, file) => {
		expect(managedPolicyFile(arn)).toBe(file);
	});

	it.each([
		['a customer managed policy', 'arn:aws:iam::111122223333:policy/Mine'],
		['another partition', 'arn:aws-cn:iam::aws:policy/IAMReadOnlyAccess'],
		['a role ARN', 'arn:aws:iam::aws:role/x'],
		['a path that climbs out', 'arn:aws:iam::aws:policy/../meta'],
		['an empty path segment', 'arn:aws:iam::aws:policy/a//b'],
		['a character that is not URL-safe', 'arn:aws:iam::aws:policy/a+b'],
		['no name', 'arn:aws:iam::aws:policy/'],
	])('gives no file for %s', (_what, arn) => {
		expect(managedPolicyFile(arn)).toBeUndefined();
	});
});
