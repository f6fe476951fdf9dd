import { describe, expect, it } from 'vitest';
import { scenarioMentions } from './scenario-mentions.ts';

const KNOWN = ['iam', 's3', 's3express', 'sts', 'ec2'];

describe('scenarioMentions', () => {
	it('lists managed-policy ARNs and the prefixes of actions and keys', () => {
		const text = `{
			"request": { "action": "sts:AssumeRole", "resource": "arn:aws:iam::111122223333:role/R" },
			"identityPolicies": [
				{ "arn": "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole" },
				{ "Statement": { "Effect": "Allow", "Action": ["S3:GetObject"], "Resource": "*",
					"Condition": { "ForAnyValue:StringLike": { "aws:TagKeys": "x", "iam:PassedToService": "y" } } } }
			]
		}`;
		expect(scenarioMentions(text, KNOWN)).toEqual({
			policyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
			servicePrefixes: ['sts', 's3', 'iam'],
		});
	});

	it('expands wildcard prefixes against the known ones', () => {
		expect(scenarioMentions('["s3*:Get*", "?c2:Run*"]', KNOWN).servicePrefixes).toEqual([
			's3',
			's3express',
			'ec2',
		]);
	});

	it('keeps every candidate prefix when no known list is given', () => {
		expect(scenarioMentions('{"aws:SourceIp": "1", "Action": "Lambda:Invoke*"}')).toEqual({
			policyArns: [],
			servicePrefixes: ['aws', 'lambda'],
		});
	});

	it('reads escaped strings and survives broken JSON', () => {
		const text = '{"arn": "arn:aws:iam::aws:policy\\/ReadOnlyAccess", "Action": "iam:Li';
		expect(scenarioMentions(text, KNOWN)).toEqual({
			policyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
			servicePrefixes: [],
		});
		expect(scenarioMentions('"bad \\q escape", "iam:x\\u12"', KNOWN).servicePrefixes).toEqual([
			'iam',
		]);
	});
});
