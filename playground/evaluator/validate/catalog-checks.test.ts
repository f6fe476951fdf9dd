import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCatalog } from '../../catalog/ensure-catalog.ts';
import { createNodeCatalog, type NodeCatalog } from '../../catalog/node-catalog.ts';
import type { ServiceCatalog } from '../catalog/types.ts';
import { parsePolicy, type PolicyRole } from '../parse/policy.ts';
import { catalogWarnings } from './catalog-checks.ts';

let catalog: NodeCatalog;
beforeAll(() => {
	ensureCatalog();
	catalog = createNodeCatalog();
});

/** The warnings of one policy (parsed as `role`), each with its underlined text. */
function check(text: string, options: { role?: PolicyRole; services?: ServiceCatalog } = {}) {
	const role = options.role ?? 'identity';
	const parsed = parsePolicy(text, role);
	if (parsed.policy === undefined) throw new Error(parsed.errors.map((e) => e.message).join('; '));
	const services = options.services ?? catalog.services;
	return catalogWarnings(parsed.policy, services, { trust: role === 'trust', text }).map((d) => ({
		code: d.code,
		message: d.message,
		help: d.help,
		underlined: text.slice(d.span.offset, d.span.offset + d.span.length),
		path: d.path,
	}));
}

/** A policy of one statement. */
const one = (statement: object) =>
	JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
const allow = (action: unknown, resource: unknown = '*', extra: object = {}) =>
	one({ Effect: 'Allow', Action: action, Resource: resource, ...extra });

describe('catalogWarnings: actions (W30–W32)', () => {
	it.each([
		[
			'an unknown service prefix, with the nearest prefix',
			allow(['s4:GetObject']),
			{
				code: 'W30',
				message: 'unknown service prefix `s4` in `s4:GetObject`',
				help: 'did you mean `s3:GetObject`?',
				underlined: '"s4:GetObject"',
				path: ['Statement', 0, 'Action', 0],
			},
		],
		[
			'a wildcard prefix that matches no service',
			allow('zzq*:Get*'),
			{
				code: 'W30',
				message: 'no known service prefix matches `zzq*` in `zzq*:Get*`',
				help: undefined,
				underlined: '"zzq*:Get*"',
				path: ['Statement', 0, 'Action'],
			},
		],
		[
			'an unknown action, with the nearest action of that service',
			allow(['s3:ListBucket', 's3:GetObjct']),
			{
				code: 'W31',
				message: 'unknown action `s3:GetObjct`',
				help: 'did you mean `s3:GetObject`?',
				underlined: '"s3:GetObjct"',
				path: ['Statement', 0, 'Action', 1],
			},
		],
		[
			'an unknown action with nothing close',
			allow(['iam:Xyzzy']),
			{
				code: 'W31',
				message: 'unknown action `iam:Xyzzy`',
				help: undefined,
				underlined: '"iam:Xyzzy"',
				path: ['Statement', 0, 'Action', 0],
			},
		],
		[
			'an action named like an object property',
			allow(['s3:constructor']),
			{
				code: 'W31',
				message: 'unknown action `s3:constructor`',
				help: undefined,
				underlined: '"s3:constructor"',
				path: ['Statement', 0, 'Action', 0],
			},
		],
		[
			'a wildcard pattern matching no action of its service',
			allow(['s3:Frob*']),
			{
				code: 'W32',
				message: '`s3:Frob*` matches no action of `s3`',
				help: undefined,
				underlined: '"s3:Frob*"',
				path: ['Statement', 0, 'Action', 0],
			},
		],
		[
			'a wildcard pattern matching no action of several services',
			allow(['s3*:Frob*']),
			{
				code: 'W32',
				message: '`s3*:Frob*` matches no action of the services it names',
				help: undefined,
				underlined: '"s3*:Frob*"',
				path: ['Statement', 0, 'Action', 0],
			},
		],
	])('warns about %s', (_what, text, expected) => {
		expect(check(text)).toEqual([expected]);
	});

	it.each([
		['exact actions in any case', allow(['S3:getobject', 'iam:PassRole'], 'arn:aws:s3:::b/*')],
		['wildcards that match', allow(['s3:Get*', 'ec2:Describe*', '*:ListTagsForResource'])],
		['`*` alone', allow('*')],
		['NotAction entries that exist', one({ Effect: 'Deny', NotAction: 'iam:*', Resource: '*' })],
	])('accepts %s', (_what, text) => {
		expect(check(text).filter((d) => ['W30', 'W31', 'W32'].includes(d.code))).toEqual([]);
	});

	it('checks NotAction entries too', () => {
		const text = one({ Effect: 'Deny', NotAction: ['iam:GetRol'], Resource: '*' });
		expect(check(text)).toMatchObject([
			{ code: 'W31', help: 'did you mean `iam:GetRole`?', path: ['Statement', 0, 'NotAction', 0] },
		]);
	});

	it('skips actions of services the catalog knows but has not loaded', () => {
		const lazy: ServiceCatalog = { prefixes: () => ['s3'], service: () => undefined };
		expect(check(allow(['s3:NoSuchAction', 's4:GetObject']), { services: lazy })).toEqual([
			expect.objectContaining({ code: 'W30', underlined: '"s4:GetObject"' }),
		]);
	});
});

describe('catalogWarnings: resources (W33)', () => {
	it.each([
		[
			'a bucket ARN for an object action',
			allow('s3:GetObject', 'arn:aws:s3:::my-bucket'),
			'`arn:aws:s3:::my-bucket` fits no resource type of `s3:GetObject`',
			'it acts on `arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}`, `arn:${Partition}:s3:::${BucketName}/${ObjectName}`',
			'"arn:aws:s3:::my-bucket"',
		],
		[
			'a user ARN for role actions',
			allow(['iam:PassRole', 'iam:GetRole'], ['arn:aws:iam::111122223333:user/alice']),
			'`arn:aws:iam::111122223333:user/alice` fits no resource type of `iam:PassRole`, `iam:GetRole`',
			'they act on `arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}`',
			'"arn:aws:iam::111122223333:user/alice"',
		],
		[
			'a region in an S3 ARN',
			allow('s3:GetObject', 'arn:aws:s3:us-east-1::b/k'),
			'`arn:aws:s3:us-east-1::b/k` fits no resource type of `s3:GetObject`',
			'it acts on `arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}`, `arn:${Partition}:s3:::${BucketName}/${ObjectName}`',
			'"arn:aws:s3:us-east-1::b/k"',
		],
	])('warns about %s', (_what, text, message, help, underlined) => {
		expect(check(text)).toMatchObject([{ code: 'W33', message, help, underlined }]);
	});

	it.each([
		['an object ARN with wildcards', allow('s3:GetObject', 'arn:aws:s3:::b/*')],
		['a role with a path', allow('iam:PassRole', 'arn:aws:iam::111122223333:role/svc/*')],
		['wildcards across fields', allow('iam:GetRole', 'arn:aws:iam::*:role/*')],
		['a policy variable', allow('s3:GetObject', 'arn:aws:s3:::b/${aws:username}/*')],
		['`?` wildcards', allow('s3:GetObject', 'arn:aws:s3:::b?/k')],
		[
			'bucket and object types of a mixed statement',
			allow(['s3:GetObject', 's3:ListBucket'], 'arn:aws:s3:::b'),
		],
		[
			'an action without resource types beside one with',
			allow(['s3:ListAllMyBuckets', 's3:GetObject'], 'arn:aws:s3:::b'),
		],
		['an unknown action', allow(['s3:GetObject', 's3:Nope'], 'arn:aws:s3:::b')],
		[
			'`NotResource`',
			one({ Effect: 'Deny', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::b' }),
		],
		['a short ARN', allow('logs:PutLogEvents', 'arn:aws:logs:us-east-1:*')],
	])('does not warn for %s', (_what, text) => {
		expect(check(text).filter((d) => d.code === 'W33')).toEqual([]);
	});
});

describe('catalogWarnings: condition keys (W34, W38)', () => {
	const withCondition = (action: unknown, condition: object, resource: unknown = '*') =>
		allow(action, resource, { Condition: condition });

	it('warns about a key the actions do not support, suggesting a close one', () => {
		const text = withCondition('s3:GetObject', {
			StringEquals: { 's3:ExistingObjectTags/team': 'a' },
		});
		expect(check(text)).toEqual([
			{
				code: 'W34',
				message: 'condition key `s3:ExistingObjectTags/team` is not supported by `s3:GetObject`',
				help: 'did you mean `s3:ExistingObjectTag/${TagKey}`?',
				underlined: '"s3:ExistingObjectTags/team":"a"',
				path: ['Statement', 0, 'Condition', 'StringEquals', 's3:ExistingObjectTags/team'],
			},
		]);
	});

	it('lists supported keys when nothing is close', () => {
		const text = withCondition(
			'iam:PassRole',
			{ StringEquals: { 's3:prefix': 'a' } },
			'arn:aws:iam::111122223333:role/app',
		);
		expect(check(text)).toMatchObject([
			{
				code: 'W34',
				message: 'condition key `s3:prefix` is not supported by `iam:PassRole`',
				help: 'keys these actions support: `iam:AssociatedResourceArn`, `iam:PassedToService`, `iam:ResourceTag/${TagKey}`',
			},
		]);
	});

	it.each([
		[
			'a tag key under a `${TagKey}` placeholder',
			{ StringEquals: { 's3:ExistingObjectTag/Team': 'a' } },
		],
		['a key in any case', { StringLike: { 'S3:EXISTINGOBJECTTAG/team': 'a' } }],
		[
			'global keys',
			{ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, Bool: { 'aws:SecureTransport': true } },
		],
		[
			'a global session key of another service',
			{ ArnEquals: { 'ec2:SourceInstanceArn': 'arn:aws:ec2:*' } },
		],
		['a resource-type key', { StringEquals: { 'aws:ResourceTag/team': 'a' } }],
	])('accepts %s', (_what, condition) => {
		expect(check(withCondition('s3:GetObject', condition, 'arn:aws:s3:::b/*'))).toEqual([]);
	});

	it('does not judge keys when the actions are not all known', () => {
		const text = withCondition(['s3:*', 'ec2:*'], { StringEquals: { 'sts:ExternalId': 'x' } });
		const any = withCondition('*', { StringEquals: { 's3:prefix': 'x' } });
		expect(check(any).filter((d) => d.code === 'W34')).toEqual([]);
		expect(check(text)).toEqual([
			expect.objectContaining({ code: 'W34', underlined: '"sts:ExternalId":"x"' }),
		]);
	});

	it('accepts identity-provider keys in a trust policy', () => {
		const text = one({
			Effect: 'Allow',
			Principal: {
				Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
			},
			Action: 'sts:AssumeRoleWithWebIdentity',
			Condition: {
				StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
				StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:o/r:*' },
				'ForAnyValue:StringEquals': { 'token.actions.githubusercontent.com:repository': 'o/r' },
				Null: { 'sts:RoleSessionName': 'false' },
			},
		});
		expect(check(text, { role: 'trust' })).toEqual([]);
	});

	it('warns about an unknown global key, suggesting the right one', () => {
		const text = withCondition(
			's3:GetObject',
			{ IpAddress: { 'aws:SorceIp': '203.0.113.0/24' } },
			'arn:aws:s3:::b/*',
		);
		expect(check(text)).toEqual([
			{
				code: 'W38',
				message: 'unknown global condition key `aws:SorceIp`',
				help: 'did you mean `aws:SourceIp`?',
				underlined: '"aws:SorceIp":"203.0.113.0/24"',
				path: ['Statement', 0, 'Condition', 'IpAddress', 'aws:SorceIp'],
			},
		]);
	});

	it('takes every `aws:` key as global when the catalog has no global list', () => {
		const bare: ServiceCatalog = {
			prefixes: () => catalog.services.prefixes(),
			service: (p) => catalog.services.service(p),
		};
		const text = withCondition(
			's3:GetObject',
			{ Bool: { 'aws:Whatever': true } },
			'arn:aws:s3:::b/*',
		);
		expect(check(text, { services: bare })).toEqual([]);
	});
});

describe('catalogWarnings: risky shapes (W35, W36)', () => {
	it('warns about Allow with NotAction and with NotResource', () => {
		const text = one({ Effect: 'Allow', NotAction: 'iam:*', NotResource: ['arn:aws:s3:::b'] });
		expect(check(text)).toEqual([
			{
				code: 'W35',
				message: '`Allow` with `NotAction` allows every action it does not list, in every service',
				help: 'list the allowed actions in `Action` instead',
				underlined: '"iam:*"',
				path: ['Statement', 0, 'NotAction'],
			},
			{
				code: 'W35',
				message: '`Allow` with `NotResource` allows every resource it does not list',
				help: 'list the allowed resources in `Resource` instead',
				underlined: '["arn:aws:s3:::b"]',
				path: ['Statement', 0, 'NotResource'],
			},
		]);
	});

	it('does not warn about Deny with NotAction', () => {
		expect(check(one({ Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }))).toEqual([]);
	});

	it.each([
		['iam:PassRole', ['iam:PassRole'], 'this statement allows'],
		['iam:Pass*', ['iam:GetRole', 'iam:Pass*'], '`iam:Pass*` allows'],
		['*', '*', '`*` allows'],
	])('warns when %s is allowed on every role', (_what, action, how) => {
		expect(check(allow(action, ['arn:aws:s3:::b/*', '*']))).toContainEqual({
			code: 'W36',
			message: `${how} \`iam:PassRole\` on every role: the principal can give any role to a service`,
			help: 'name the roles it may pass in `Resource`, and limit the services with an `iam:PassedToService` condition',
			underlined: '"*"',
			path: ['Statement', 0, 'Resource', 1],
		});
	});

	it('asks only for named roles when the services are already limited', () => {
		const text = allow('iam:PassRole', '*', {
			Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
		});
		expect(check(text)).toMatchObject([
			{ code: 'W36', help: 'name the roles it may pass in `Resource`', underlined: '"*"' },
		]);
	});

	it('warns when a NotAction that spares iam:PassRole is allowed on every resource', () => {
		const text = one({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' });
		expect(check(text).map((d) => [d.code, d.message])).toContainEqual([
			'W36',
			'`NotAction` allows `iam:PassRole` on every role: the principal can give any role to a service',
		]);
	});

	it.each([
		['named roles', allow('iam:PassRole', 'arn:aws:iam::111122223333:role/app-*')],
		['a Deny', one({ Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' })],
		['a NotAction that excludes it', one({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })],
		['other IAM actions', allow('iam:Get*')],
		['a service control policy', allow('*')],
	])('does not warn about PassRole for %s', (what, text) => {
		const role = what === 'a service control policy' ? 'scp' : 'identity';
		expect(check(text, { role }).filter((d) => d.code === 'W36')).toEqual([]);
	});
});

describe('catalogWarnings: redundant statements (W37)', () => {
	const policy = (...statements: object[]) =>
		JSON.stringify({ Version: '2012-10-17', Statement: statements });

	it('warns about a statement another one covers', () => {
		const text = policy(
			{
				Sid: 'Read',
				Effect: 'Allow',
				Action: ['s3:Get*', 's3:List*'],
				Resource: 'arn:aws:s3:::b*',
			},
			{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/k' },
		);
		expect(check(text)).toEqual([
			{
				code: 'W37',
				message:
					'statement 2 is redundant: statement 1 (`Read`) already covers every request it allows',
				help: 'remove it, or merge the two statements',
				underlined: '{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/k"}',
				path: ['Statement', 1],
			},
		]);
	});

	it('reports only the later of two identical statements', () => {
		const s = {
			Effect: 'Deny',
			Action: 'iam:*',
			Resource: '*',
			Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
		};
		expect(check(policy(s, s)).map((d) => [d.code, d.path])).toEqual([['W37', ['Statement', 1]]]);
	});

	it('compares NotAction lists the other way round', () => {
		const text = policy(
			{ Effect: 'Deny', NotAction: ['iam:*'], Resource: '*' },
			{ Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*' },
		);
		expect(check(text).map((d) => [d.code, d.path])).toEqual([['W37', ['Statement', 1]]]);
	});

	it.each([
		['different effects', { Effect: 'Deny', Action: 's3:*', Resource: '*' }],
		[
			'a different condition',
			{
				Effect: 'Allow',
				Action: 's3:GetObject',
				Resource: '*',
				Condition: { Bool: { 'aws:SecureTransport': 'true' } },
			},
		],
		[
			'an action outside',
			{ Effect: 'Allow', Action: ['s3:GetObject', 'ec2:DescribeInstances'], Resource: '*' },
		],
		[
			'a resource outside',
			{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::other/*' },
		],
		[
			'NotResource against Resource',
			{ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::b/*' },
		],
		[
			'a variable in the resource',
			{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}' },
		],
	])('does not call statements redundant with %s', (_what, second) => {
		const first = { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' };
		expect(check(policy(first, second)).filter((d) => d.code === 'W37')).toEqual([]);
	});

	it('compares principals of resource policies exactly', () => {
		const s = (principal: object) => ({
			Effect: 'Allow',
			Principal: principal,
			Action: 's3:GetObject',
			Resource: 'arn:aws:s3:::b/*',
		});
		const same = policy(
			s({ AWS: ['111122223333', '444455556666'] }),
			s({ AWS: ['444455556666', '111122223333'] }),
		);
		const other = policy(s({ AWS: '111122223333' }), s({ AWS: '444455556666' }));
		expect(check(same, { role: 'resource' }).map((d) => d.code)).toEqual(['W37']);
		expect(check(other, { role: 'resource' })).toEqual([]);
	});
});

describe('catalogWarnings: trust policies (W39)', () => {
	const trust = (action: unknown) =>
		one({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: action });

	it('warns about an action a trust policy cannot allow', () => {
		expect(check(trust(['sts:AssumeRole', 's3:GetObject']), { role: 'trust' })).toEqual([
			{
				code: 'W39',
				message: 'a role trust policy cannot allow `s3:GetObject`',
				help: expect.stringMatching(/^a trust policy allows .*`sts:AssumeRole`/),
				underlined: '"s3:GetObject"',
				path: ['Statement', 0, 'Action', 1],
			},
		]);
	});

	it.each([['sts:AssumeRole'], [['sts:AssumeRole', 'sts:TagSession']], ['sts:*'], ['*']])(
		'accepts %j',
		(action) => {
			expect(check(trust(action), { role: 'trust' })).toEqual([]);
		},
	);

	it('does not check trust actions outside trust policies', () => {
		const bucketPolicy = one({
			Effect: 'Allow',
			Principal: { AWS: '111122223333' },
			Action: 's3:GetObject',
			Resource: 'arn:aws:s3:::b/*',
		});
		expect(check(bucketPolicy, { role: 'resource' })).toEqual([]);
	});

	it('gives paths inside a lone Statement object without an index, as the parser does', () => {
		const text =
			'{"Version":"2012-10-17","Statement": {"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"s3:GetObject"}}';
		expect(check(text, { role: 'trust' })).toMatchObject([
			{ code: 'W39', underlined: '"s3:GetObject"', path: ['Statement', 'Action'] },
		]);
	});
});

describe('catalogWarnings on AWS managed policies', () => {
	it('finds nothing wrong with small, well-known policies', () => {
		for (const arn of [
			'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
			'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
			'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
		]) {
			const text = catalog.managedPolicies.get(arn) as string;
			expect(check(text), arn).toEqual([]);
		}
	});
});
