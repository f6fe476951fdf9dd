import { describe, expect, it } from 'vitest';
import { actionAnchor, conditionKeyAnchor, resourceTypeAnchor } from '../lib/reference/anchors.ts';
import {
	actionPath,
	conditionKeyPath,
	managedPolicyPath,
	servicePath,
} from '../lib/reference/reference-paths.ts';

describe('reference anchors', () => {
	it.each([
		['PassRole', 'passrole'],
		['GetObject', 'getobject'],
		['CreateDBInstance', 'createdbinstance'],
	])('gives action %s the anchor #%s', (name, anchor) => {
		expect(actionAnchor(name)).toBe(anchor);
	});

	it.each([
		['role', 'resource-role'],
		['access-report', 'resource-access-report'],
		['oidc-provider', 'resource-oidc-provider'],
		['Bucket_Name', 'resource-bucket-name'],
	])('gives resource type %s the anchor #%s', (name, anchor) => {
		expect(resourceTypeAnchor(name)).toBe(anchor);
	});

	it.each([
		['iam:PassedToService', 'key-iam-passedtoservice'],
		['aws:RequestTag/${TagKey}', 'key-aws-requesttag-tagkey'],
		['s3:x-amz-acl', 'key-s3-x-amz-acl'],
		['ec2:ResourceTag/', 'key-ec2-resourcetag'],
	])('gives condition key %s the anchor #%s', (key, anchor) => {
		expect(conditionKeyAnchor(key)).toBe(anchor);
	});
});

describe('reference paths', () => {
	it.each([
		[servicePath('IAM'), '/reference/services/iam/'],
		[actionPath('iam', 'PassRole'), '/reference/services/iam/#passrole'],
		[
			conditionKeyPath('iam', 'iam:PassedToService'),
			'/reference/services/iam/#key-iam-passedtoservice',
		],
		[
			managedPolicyPath('AWSLambdaBasicExecutionRole'),
			'/reference/managed-policies/AWSLambdaBasicExecutionRole/',
		],
		[managedPolicyPath('a+b=c,d@e'), '/reference/managed-policies/a%2Bb%3Dc%2Cd%40e/'],
	])('builds %s', (path, expected) => {
		expect(path).toBe(expected);
	});
});
