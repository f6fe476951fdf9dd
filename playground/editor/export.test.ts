import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import { defaultDocument } from './default-document.ts';
import { exportCli } from './export-cli.ts';
import { exportCloudFormation } from './export-cloudformation.ts';
import { formatPolicyText } from './format-policy-text.ts';
import { shellQuote } from './shell-quote.ts';
import type { RoleDocument } from './types.ts';

const catalog = createNodeCatalog();

const readLogs = formatPolicyText({
	Version: '2012-10-17',
	Statement: [
		{
			Effect: 'Allow',
			Action: 'logs:GetLogEvents',
			Resource: "arn:aws:logs:*:*:log-group:it's-mine:*",
		},
	],
});
const boundary = formatPolicyText({
	Version: '2012-10-17',
	Statement: [{ Effect: 'Allow', Action: ['s3:*', 'logs:*'], Resource: '*' }],
});

/** A role with every kind of policy a role export covers. */
const rich: RoleDocument = {
	...defaultDocument(),
	roleName: 'app-role',
	permissionPolicies: [
		{ kind: 'managed', arn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' },
		{ kind: 'inline', name: 'ReadLogs', text: readLogs },
		{ kind: 'managed', arn: 'arn:aws:iam::111122223333:policy/Mine' },
	],
	permissionsBoundary: { kind: 'inline', text: boundary },
	sessionPolicy: { kind: 'managed', arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
};

describe('shellQuote', () => {
	it('gives back every word unchanged through a real shell', () => {
		const words = [
			'plain',
			'two words',
			"it's",
			'"double"',
			'$HOME',
			'`id`',
			'back\\slash',
			'line\nbreak',
			'',
			'*',
			'{"a":1}',
		];
		const script = `printf '%s\\0' ${words.map(shellQuote).join(' ')}`;
		const out = execFileSync('bash', ['-c', script], { encoding: 'utf8' });
		expect(out.split('\0').slice(0, -1)).toEqual(words);
	});
});

describe('exportCli', () => {
	it('creates the default role and attaches its managed policy', () => {
		expect(exportCli(defaultDocument(), catalog.managedPolicies)).toMatchInlineSnapshot(`
			"# role DemoRoleForEC2 (account 111122223333), exported from the IAM Roles Lab playground
			aws iam create-role --role-name DemoRoleForEC2 --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Sid":"TrustEC2","Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
			aws iam attach-role-policy --role-name DemoRoleForEC2 --policy-arn arn:aws:iam::aws:policy/IAMReadOnlyAccess
			"
		`);
	});

	it('creates a boundary policy, puts inline policies, quotes quotes and notes unknown ARNs', () => {
		expect(exportCli(rich, catalog.managedPolicies)).toMatchInlineSnapshot(`
			"# role app-role (account 111122223333), exported from the IAM Roles Lab playground
			aws iam create-role --role-name app-role --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Sid":"TrustEC2","Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
			aws iam create-policy --policy-name app-roleBoundary --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*","logs:*"],"Resource":"*"}]}'
			aws iam put-role-permissions-boundary --role-name app-role --permissions-boundary arn:aws:iam::111122223333:policy/app-roleBoundary
			aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::aws:policy/IAMReadOnlyAccess
			aws iam put-role-policy --role-name app-role --policy-name ReadLogs --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:GetLogEvents","Resource":"arn:aws:logs:*:*:log-group:it'\\''s-mine:*"}]}'
			# note: arn:aws:iam::111122223333:policy/Mine is not an AWS managed policy the playground knows; create it first if it is yours
			aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::111122223333:policy/Mine
			# the session policy is passed by whoever assumes the role:
			# aws sts assume-role --role-arn arn:aws:iam::111122223333:role/app-role --role-session-name i-0123456789abcdef0 --policy-arns arn=arn:aws:iam::aws:policy/ReadOnlyAccess
			"
		`);
	});

	it('names the panes to fix instead of exporting broken JSON', () => {
		const doc = {
			...rich,
			trustPolicy: '{',
			permissionPolicies: [{ kind: 'inline' as const, name: 'ReadLogs', text: '[' }],
		};
		expect(exportCli(doc)).toBe(
			'# cannot export yet: fix the JSON in the trust policy pane, the ReadLogs pane\n',
		);
	});
});

describe('exportCloudFormation', () => {
	it('writes one AWS::IAM::Role for the default role', () => {
		expect(exportCloudFormation(defaultDocument(), catalog.managedPolicies)).toMatchInlineSnapshot(`
			"{
			  "AWSTemplateFormatVersion": "2010-09-09",
			  "Description": "Role DemoRoleForEC2, exported from the IAM Roles Lab playground.",
			  "Resources": {
			    "DemoRoleForEC2": {
			      "Type": "AWS::IAM::Role",
			      "Properties": {
			        "RoleName": "DemoRoleForEC2",
			        "AssumeRolePolicyDocument": {
			          "Version": "2012-10-17",
			          "Statement": [
			            {
			              "Sid": "TrustEC2",
			              "Effect": "Allow",
			              "Principal": {
			                "Service": "ec2.amazonaws.com"
			              },
			              "Action": "sts:AssumeRole"
			            }
			          ]
			        },
			        "ManagedPolicyArns": [
			          "arn:aws:iam::aws:policy/IAMReadOnlyAccess"
			        ]
			      }
			    }
			  }
			}
			"
		`);
	});

	it('writes inline policies, managed ARNs and an inline boundary as a managed policy it refers to', () => {
		const template = JSON.parse(exportCloudFormation(rich, catalog.managedPolicies));
		expect(template).toMatchInlineSnapshot(`
			{
			  "AWSTemplateFormatVersion": "2010-09-09",
			  "Description": "Role app-role, exported from the IAM Roles Lab playground. Not AWS managed policies the playground knows: arn:aws:iam::111122223333:policy/Mine.",
			  "Resources": {
			    "approle": {
			      "Properties": {
			        "AssumeRolePolicyDocument": {
			          "Statement": [
			            {
			              "Action": "sts:AssumeRole",
			              "Effect": "Allow",
			              "Principal": {
			                "Service": "ec2.amazonaws.com",
			              },
			              "Sid": "TrustEC2",
			            },
			          ],
			          "Version": "2012-10-17",
			        },
			        "ManagedPolicyArns": [
			          "arn:aws:iam::aws:policy/IAMReadOnlyAccess",
			          "arn:aws:iam::111122223333:policy/Mine",
			        ],
			        "PermissionsBoundary": {
			          "Ref": "approleBoundary",
			        },
			        "Policies": [
			          {
			            "PolicyDocument": {
			              "Statement": [
			                {
			                  "Action": "logs:GetLogEvents",
			                  "Effect": "Allow",
			                  "Resource": "arn:aws:logs:*:*:log-group:it's-mine:*",
			                },
			              ],
			              "Version": "2012-10-17",
			            },
			            "PolicyName": "ReadLogs",
			          },
			        ],
			        "RoleName": "app-role",
			      },
			      "Type": "AWS::IAM::Role",
			    },
			    "approleBoundary": {
			      "Properties": {
			        "ManagedPolicyName": "app-roleBoundary",
			        "PolicyDocument": {
			          "Statement": [
			            {
			              "Action": [
			                "s3:*",
			                "logs:*",
			              ],
			              "Effect": "Allow",
			              "Resource": "*",
			            },
			          ],
			          "Version": "2012-10-17",
			        },
			      },
			      "Type": "AWS::IAM::ManagedPolicy",
			    },
			  },
			}
		`);
	});

	it('names the panes to fix instead of exporting broken JSON', () => {
		expect(
			exportCloudFormation({ ...rich, permissionsBoundary: { kind: 'inline', text: '' } }),
		).toBe('cannot export yet: fix the JSON in the permissions boundary pane\n');
	});
});
