import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import { defaultDocument } from './default-document.ts';
import { exportCli } from './export-cli.ts';
import { exportCloudFormation } from './export-cloudformation.ts';
import { exportTerraform } from './export-terraform.ts';
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
			# EC2 gives the role to an instance through an instance profile:
			aws iam create-instance-profile --instance-profile-name DemoRoleForEC2
			aws iam add-role-to-instance-profile --instance-profile-name DemoRoleForEC2 --role-name DemoRoleForEC2
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
			# EC2 gives the role to an instance through an instance profile:
			aws iam create-instance-profile --instance-profile-name app-role
			aws iam add-role-to-instance-profile --instance-profile-name app-role --role-name app-role
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
			    },
			    "DemoRoleForEC2InstanceProfile": {
			      "Type": "AWS::IAM::InstanceProfile",
			      "Properties": {
			        "InstanceProfileName": "DemoRoleForEC2",
			        "Roles": [
			          {
			            "Ref": "DemoRoleForEC2"
			          }
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
			    "approleInstanceProfile": {
			      "Properties": {
			        "InstanceProfileName": "app-role",
			        "Roles": [
			          {
			            "Ref": "approle",
			          },
			        ],
			      },
			      "Type": "AWS::IAM::InstanceProfile",
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

/** A Lambda role: no instance profile in any export. */
const lambda: RoleDocument = {
	...rich,
	trustPolicy: formatPolicyText({
		Version: '2012-10-17',
		Statement: [
			{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
		],
	}),
	permissionPolicies: [
		{
			kind: 'inline',
			name: 'OwnPrefix',
			text: formatPolicyText({
				Version: '2012-10-17',
				Statement: [
					{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}/*' },
				],
			}),
		},
	],
};

/** Run the exported commands through bash with `aws` printing each argument: what the CLI would receive. */
function cliCalls(script: string): string[][] {
	const shim = `aws() { printf '%s\\0' "$@"; printf '\\n\\0'; }\n${script}`;
	const out = execFileSync('bash', ['-c', shim], { encoding: 'utf8' });
	return out
		.split('\n\0')
		.slice(0, -1)
		.map((call) => call.split('\0').filter((word, i, all) => i < all.length - 1 || word !== ''));
}

describe('exports are valid', () => {
	it.each([
		['an EC2 role', rich, true],
		['a Lambda role', lambda, false],
	])(
		'AWS CLI for %s: every JSON argument parses, and the instance profile is made for EC2',
		(_, doc, ec2) => {
			const calls = cliCalls(exportCli(doc, catalog.managedPolicies));
			for (const call of calls) {
				call.forEach((word, i) => {
					if (/^--(assume-role-)?policy-document$|^--policy$/.test(call[i - 1] ?? '')) {
						expect(() => JSON.parse(word), word).not.toThrow();
					}
				});
			}
			const verbs = calls.map((c) => `${c[0]} ${c[1]}`);
			expect(verbs.includes('iam create-instance-profile')).toBe(ec2);
			expect(verbs.includes('iam add-role-to-instance-profile')).toBe(ec2);
			expect(verbs[0]).toBe('iam create-role');
		},
	);

	it.each([
		[
			'an EC2 role',
			rich,
			['AWS::IAM::ManagedPolicy', 'AWS::IAM::Role', 'AWS::IAM::InstanceProfile'],
		],
		['a Lambda role', lambda, ['AWS::IAM::ManagedPolicy', 'AWS::IAM::Role']],
	])('CloudFormation for %s parses, with the right resource types', (_, doc, types) => {
		const template = JSON.parse(exportCloudFormation(doc)) as {
			Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
		};
		const resources = Object.values(template.Resources);
		expect(resources.map((r) => r.Type)).toEqual(types);
		const profile = resources.find((r) => r.Type === 'AWS::IAM::InstanceProfile');
		if (profile) {
			const roleId = Object.keys(template.Resources).find(
				(k) => template.Resources[k]!.Type === 'AWS::IAM::Role',
			);
			expect(profile.Properties.Roles).toEqual([{ Ref: roleId }]);
		}
	});

	it.each([
		['an EC2 role', rich],
		['a Lambda role', lambda],
	])('Terraform for %s is well-formed HCL whose policies decode to the panes’ JSON', (_, doc) => {
		const hcl = exportTerraform(doc, catalog.managedPolicies);
		const blocks = terraformBlocks(hcl);
		const types = blocks.map((b) => b.type);
		expect(types).toContain('aws_iam_role');
		expect(types.includes('aws_iam_instance_profile')).toBe(doc === rich);
		const role = blocks.find((b) => b.type === 'aws_iam_role')!;
		expect(role.attributes.assume_role_policy).toEqual(JSON.parse(doc.trustPolicy));
		for (const block of blocks.filter((b) => b.type === 'aws_iam_role_policy')) {
			const source = doc.permissionPolicies.find(
				(p) => p.kind === 'inline' && JSON.stringify(p.name) === block.raw.name,
			);
			expect(source?.kind === 'inline' && JSON.parse(source.text)).toEqual(block.attributes.policy);
		}
		for (const block of blocks) {
			for (const value of Object.values(block.raw)) {
				// A reference must name a resource of this configuration.
				const ref = /^(aws_\w+)\.([\w-]+)\.(name|id|arn)$/.exec(value);
				if (ref) expect(blocks.some((b) => b.type === ref[1] && b.name === ref[2])).toBe(true);
			}
		}
	});

	it('writes policy variables so that Terraform passes them through', () => {
		expect(exportTerraform(lambda)).toContain('"arn:aws:s3:::b/$${aws:username}/*"');
	});

	it('names the panes to fix instead of exporting broken JSON', () => {
		expect(exportTerraform({ ...rich, trustPolicy: '{' })).toBe(
			'# cannot export yet: fix the JSON in the trust policy pane\n',
		);
	});
});

/**
 * A strict reader of the HCL subset the export writes: comments, then
 * `resource "type" "name" { key = value }` blocks where each value is a
 * string, a reference or `jsonencode(<JSON>)`. Anything else fails the test.
 */
function terraformBlocks(hcl: string): {
	type: string;
	name: string;
	raw: Record<string, string>;
	attributes: Record<string, unknown>;
}[] {
	const blocks = [];
	const lines = hcl.split('\n');
	let i = 0;
	const unescape = (text: string): string =>
		text.replaceAll('$${', () => '${').replaceAll('%%{', () => '%{');
	while (i < lines.length) {
		const line = lines[i]!;
		if (line === '' || line.startsWith('#')) {
			i++;
			continue;
		}
		const head = /^resource "([a-z_]+)" "([A-Za-z_][\w-]*)" \{$/.exec(line);
		if (head === null) throw new Error(`line ${i + 1} is not a block header: ${line}`);
		i++;
		const raw: Record<string, string> = {};
		const attributes: Record<string, unknown> = {};
		while (lines[i] !== '}') {
			const attr = /^ {2}([a-z_]+) +=  ?(.*)$/.exec(lines[i] ?? '');
			if (attr === null) throw new Error(`line ${i + 1} is not an attribute: ${lines[i]}`);
			let value = attr[2]!;
			if (value.startsWith('jsonencode(')) {
				while (!value.endsWith(')')) value += '\n' + lines[++i];
				attributes[attr[1]!] = JSON.parse(unescape(value.slice('jsonencode('.length, -1)));
			} else if (value.startsWith('"')) {
				attributes[attr[1]!] = JSON.parse(unescape(value));
			} else if (!/^aws_\w+\.[\w-]+\.(name|id|arn)$/.test(value)) {
				throw new Error(
					`line ${i + 1}: \`${value}\` is neither a string, a reference nor jsonencode`,
				);
			}
			raw[attr[1]!] = value;
			i++;
		}
		i++;
		blocks.push({ type: head[1]!, name: head[2]!, raw, attributes });
	}
	return blocks;
}
