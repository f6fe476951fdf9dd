import { describe, expect, it } from 'vitest';
import type { ContextEntry, RequestPrincipal } from '../model.ts';
import type { ContextValue } from '../types.ts';
import { effectiveContext } from './effective-context.ts';

const A = '111122223333';
const NOW = new Date('2026-11-28T12:34:56.789Z');
const S3 = ['arn', 'aws', 's3', '', '', 'b/k'];
const SNS = ['arn', 'aws', 'sns', 'us-east-1', A, 't'];

const PRINCIPALS: Record<string, RequestPrincipal> = {
	user: {
		text: `arn:aws:iam::${A}:user/dev/alice`,
		kind: 'user',
		partition: 'aws',
		account: A,
		arn: `arn:aws:iam::${A}:user/dev/alice`,
		name: 'alice',
		serviceLinkedRole: false,
	},
	role: {
		text: `arn:aws:iam::${A}:role/team/R`,
		kind: 'role',
		partition: 'aws',
		account: A,
		arn: `arn:aws:iam::${A}:role/team/R`,
		roleName: 'R',
		roleNameLower: 'r',
		serviceLinkedRole: false,
	},
	session: {
		text: `arn:aws:sts::${A}:assumed-role/R/s`,
		kind: 'session',
		partition: 'aws',
		account: A,
		arn: `arn:aws:sts::${A}:assumed-role/R/s`,
		roleName: 'R',
		roleNameLower: 'r',
		serviceLinkedRole: false,
	},
	root: {
		text: `arn:aws:iam::${A}:root`,
		kind: 'root',
		partition: 'aws',
		account: A,
		serviceLinkedRole: false,
	},
	federated: {
		text: `arn:aws:sts::${A}:federated-user/bob`,
		kind: 'federated',
		partition: 'aws',
		account: A,
		arn: `arn:aws:sts::${A}:federated-user/bob`,
		name: 'bob',
		serviceLinkedRole: false,
	},
	service: { text: 'ec2.amazonaws.com', kind: 'service', serviceLinkedRole: false },
	oidc: { text: 'cognito-identity.amazonaws.com', kind: 'oidc', serviceLinkedRole: false },
	saml: { text: `arn:aws:iam::${A}:saml-provider/corp`, kind: 'saml', serviceLinkedRole: false },
	anonymous: { text: 'anonymous', kind: 'anonymous', serviceLinkedRole: false },
};

/** The effective context as a plain key → values record, derived keys only. */
function derived(kind: string, given: Record<string, ContextValue> = {}): Record<string, string> {
	const context = effectiveContext(PRINCIPALS[kind] as RequestPrincipal, SNS, A, given, NOW);
	return Object.fromEntries([...context.values()].map((e) => [e.key, e.values.join(',')]));
}

const COMMON = {
	'aws:ResourceAccount': A,
	'aws:CurrentTime': '2026-11-28T12:34:56Z',
	'aws:EpochTime': '1795869296',
	'aws:SecureTransport': 'true',
	'aws:ViaAWSService': 'false',
	'aws:RequestedRegion': 'us-east-1',
};

describe('effectiveContext derived keys', () => {
	// prettier-ignore
	it.each([
		['user', { 'aws:PrincipalArn': `arn:aws:iam::${A}:user/dev/alice`, 'aws:PrincipalAccount': A, 'aws:PrincipalType': 'User', 'aws:username': 'alice', 'aws:PrincipalIsAWSService': 'false' }],
		['role', { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/team/R`, 'aws:PrincipalAccount': A, 'aws:PrincipalType': 'AssumedRole', 'aws:PrincipalIsAWSService': 'false', 'aws:MultiFactorAuthPresent': 'false' }],
		['session', { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/R`, 'aws:PrincipalAccount': A, 'aws:PrincipalType': 'AssumedRole', 'aws:PrincipalIsAWSService': 'false', 'aws:MultiFactorAuthPresent': 'false' }],
		['root', { 'aws:PrincipalArn': `arn:aws:iam::${A}:root`, 'aws:PrincipalAccount': A, 'aws:PrincipalType': 'Account', 'aws:userid': A, 'aws:PrincipalIsAWSService': 'false' }],
		['federated', { 'aws:PrincipalArn': `arn:aws:sts::${A}:federated-user/bob`, 'aws:PrincipalAccount': A, 'aws:PrincipalType': 'FederatedUser', 'aws:userid': `${A}:bob`, 'aws:PrincipalIsAWSService': 'false', 'aws:MultiFactorAuthPresent': 'false' }],
		['service', { 'aws:PrincipalIsAWSService': 'true', 'aws:PrincipalServiceName': 'ec2.amazonaws.com' }],
		['oidc', {}],
		['saml', {}],
		['anonymous', { 'aws:PrincipalAccount': 'anonymous', 'aws:PrincipalType': 'Anonymous', 'aws:userid': 'anonymous' }],
	])('derives the §3.2 keys for a %s principal', (kind, expected) => {
		expect(derived(kind)).toEqual({ ...expected, ...COMMON });
	});
});

describe('effectiveContext given keys', () => {
	function entry(given: Record<string, ContextValue>, key: string): ContextEntry | undefined {
		return effectiveContext(PRINCIPALS.user as RequestPrincipal, S3, undefined, given, NOW).get(
			key,
		);
	}

	// prettier-ignore
	it.each([
		['a string', 'red', ['red'], false],
		['a boolean', true, ['true'], false],
		['a number', 10, ['10'], false],
		['a decimal number', 0.5, ['0.5'], false],
		['an array', ['a', 1, false], ['a', '1', 'false'], true],
		['an array of one item', ['a'], ['a'], true],
		['an empty array', [], [], true],
	] as const)('stores %s as canonical strings', (_name, raw, values, multi) => {
		expect(entry({ 'aws:PrincipalTag/Team': raw }, 'aws:principaltag/team')).toEqual({
			key: 'aws:PrincipalTag/Team',
			values,
			multi,
			raw,
		});
	});

	it('lets a given key win over the derived one, in any spelling', () => {
		expect(
			entry({ 'AWS:MULTIFACTORAUTHPRESENT': true }, 'aws:multifactorauthpresent')?.values,
		).toEqual(['true']);
		expect(entry({ 'aws:SecureTransport': false }, 'aws:securetransport')?.values).toEqual([
			'false',
		]);
	});

	it('leaves out keys that cannot be derived without an ARN resource or resource account', () => {
		const context = effectiveContext(PRINCIPALS.user as RequestPrincipal, [], undefined, {}, NOW);
		expect(context.has('aws:resourceaccount')).toBe(false);
		expect(context.has('aws:sourceip')).toBe(false);
	});

	it.each([
		['an ARN with a region', SNS, 'us-east-1'],
		['an ARN in another region', ['arn', 'aws', 'sns', 'eu-west-1', A, 't'], 'eu-west-1'],
		['an IAM ARN, which has no region', ['arn', 'aws', 'iam', '', A, 'role/R'], 'us-east-1'],
		['an S3 ARN, which has no region', ['arn', 'aws', 's3', '', '', 'b/k'], 'us-east-1'],
		['the resource `*`', [], 'us-east-1'],
	])('derives aws:RequestedRegion for %s', (_title, fields, region) => {
		const context = effectiveContext(PRINCIPALS.user as RequestPrincipal, fields, A, {}, NOW);
		expect(context.get('aws:requestedregion')?.values).toEqual([region]);
	});

	// prettier-ignore
	it.each([
		['aws:CurrentTime given', { 'aws:CurrentTime': '2024-06-01T00:00:00Z' }, '2024-06-01T00:00:00Z', '1717200000'],
		['aws:CurrentTime with a zone', { 'aws:CurrentTime': '2024-06-01T02:00:00+02:00' }, '2024-06-01T02:00:00+02:00', '1717200000'],
		['aws:EpochTime given as a number', { 'aws:EpochTime': 1717200000 }, '2024-06-01T00:00:00Z', '1717200000'],
		['aws:EpochTime given as a string', { 'aws:EpochTime': '1717200000' }, '2024-06-01T00:00:00Z', '1717200000'],
		['neither given', {}, '2026-11-28T12:34:56Z', '1795869296'],
	])('derives one time from the other: %s', (_name, given, current, epoch) => {
		const context = effectiveContext(
			PRINCIPALS.user as RequestPrincipal,
			S3,
			undefined,
			given,
			NOW,
		);
		expect(context.get('aws:currenttime')?.values).toEqual([current]);
		expect(context.get('aws:epochtime')?.values).toEqual([epoch]);
	});

	it('derives no time from an unparsable aws:CurrentTime', () => {
		const context = effectiveContext(
			PRINCIPALS.user as RequestPrincipal,
			S3,
			undefined,
			{ 'aws:CurrentTime': 'noon' },
			NOW,
		);
		expect(context.has('aws:epochtime')).toBe(false);
	});
});
