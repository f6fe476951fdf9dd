import { describe, expect, it } from 'vitest';
import { explain } from '../decide/evaluate.ts';
import { parseScenario } from '../parse/scenario.ts';
import type { PrincipalMatchKind } from '../types.ts';

const A = '111122223333';
const B = '444455556666';
const ROLE = `arn:aws:iam::${A}:role/team/Ops`;

/**
 * How a resource-policy statement naming `principal` (an `AWS`, `Service` or
 * `Federated` entry) matches the caller, read from the explanation.
 */
function kind(
	entry: Record<string, string | readonly string[]>,
	caller: string,
	action = 's3:GetObject',
	resource = 'arn:aws:s3:::b/k',
	not = false,
): PrincipalMatchKind {
	const text = JSON.stringify({
		request: { principal: caller, action, resource },
		resourcePolicy: {
			Version: '2012-10-17',
			Statement: {
				Effect: not ? 'Deny' : 'Allow',
				[not ? 'NotPrincipal' : 'Principal']: entry,
				Action: '*',
				...(resource.includes(':iam:') ? {} : { Resource: '*' }),
			},
		},
	});
	const parsed = parseScenario(text, { now: new Date('2026-01-15T12:00:00Z') });
	if (parsed.scenario === undefined) throw new Error(JSON.stringify(parsed.errors));
	const statement = explain(parsed.scenario).policies[0]!.statements[0]!;
	return statement.principal!.matchKind;
}

describe('principal match kinds (spec §2.3)', () => {
	it.each([
		[
			'an account ID names that account root exactly',
			{ AWS: A },
			`arn:aws:iam::${A}:root`,
			'exact',
		],
		[
			'an account root ARN covers its users',
			{ AWS: `arn:aws:iam::${A}:root` },
			`arn:aws:iam::${A}:user/alice`,
			'account',
		],
		[
			'an account does not cover another account',
			{ AWS: B },
			`arn:aws:iam::${A}:user/alice`,
			'none',
		],
		['an account does not cover a service', { AWS: A }, 'ec2.amazonaws.com', 'none'],
		[
			'a user ARN matches that user exactly',
			{ AWS: `arn:aws:iam::${A}:user/alice` },
			`arn:aws:iam::${A}:user/alice`,
			'exact',
		],
		[
			'user names are case-sensitive',
			{ AWS: `arn:aws:iam::${A}:user/alice` },
			`arn:aws:iam::${A}:user/Alice`,
			'none',
		],
		[
			'a user ARN covers a federated user of the same name',
			{ AWS: `arn:aws:iam::${A}:user/dev/bob` },
			`arn:aws:sts::${A}:federated-user/bob`,
			'viaUser',
		],
		[
			'a user ARN does not cover a federated user of another name',
			{ AWS: `arn:aws:iam::${A}:user/bob` },
			`arn:aws:sts::${A}:federated-user/carol`,
			'none',
		],
		[
			'a user ARN does not cover a role session',
			{ AWS: `arn:aws:iam::${A}:user/Ops` },
			`arn:aws:sts::${A}:assumed-role/Ops/s`,
			'none',
		],
		[
			'a federated-user ARN matches exactly',
			{ AWS: `arn:aws:sts::${A}:federated-user/bob` },
			`arn:aws:sts::${A}:federated-user/bob`,
			'exact',
		],
		[
			'a role ARN covers its sessions, path ignored',
			{ AWS: ROLE },
			`arn:aws:sts::${A}:assumed-role/Ops/s`,
			'viaRole',
		],
		[
			'role names match case-insensitively',
			{ AWS: ROLE },
			`arn:aws:sts::${A}:assumed-role/OPS/s`,
			'viaRole',
		],
		['a role ARN covers a role-kind caller', { AWS: ROLE }, ROLE, 'viaRole'],
		[
			'a role ARN does not cover another account’s role',
			{ AWS: ROLE },
			`arn:aws:sts::${B}:assumed-role/Ops/s`,
			'none',
		],
		[
			'a session ARN matches that session',
			{ AWS: `arn:aws:sts::${A}:assumed-role/Ops/s` },
			`arn:aws:sts::${A}:assumed-role/Ops/s`,
			'exact',
		],
		[
			'a session ARN never matches a role-kind caller',
			{ AWS: `arn:aws:sts::${A}:assumed-role/Ops/s` },
			ROLE,
			'none',
		],
		['`*` matches anonymous callers', { AWS: '*' }, 'anonymous', 'wildcard'],
		['a service matches itself', { Service: 'ec2.amazonaws.com' }, 'ec2.amazonaws.com', 'exact'],
		[
			'a service does not match another',
			{ Service: 'ec2.amazonaws.com' },
			'lambda.amazonaws.com',
			'none',
		],
		['a service does not match anonymous', { Service: 'ec2.amazonaws.com' }, 'anonymous', 'none'],
	] as const)('%s', (_name, entry, caller, expected) => {
		expect(kind(entry, caller)).toBe(expected);
	});

	const SAML = `arn:aws:iam::${A}:saml-provider/corp`;
	const OIDC = `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com`;
	it.each([
		['SAML with AssumeRoleWithSAML', SAML, SAML, 'sts:AssumeRoleWithSAML', 'exact'],
		['SAML with AssumeRoleWithWebIdentity', SAML, SAML, 'sts:AssumeRoleWithWebIdentity', 'none'],
		['OIDC with AssumeRoleWithWebIdentity', OIDC, OIDC, 'sts:AssumeRoleWithWebIdentity', 'exact'],
		['OIDC with TagSession', OIDC, OIDC, 'sts:TagSession', 'exact'],
		['SAML with SetSourceIdentity', SAML, SAML, 'sts:SetSourceIdentity', 'exact'],
		[
			'Cognito as a web identity',
			'cognito-identity.amazonaws.com',
			'cognito-identity.amazonaws.com',
			'sts:AssumeRoleWithWebIdentity',
			'exact',
		],
		['another provider', OIDC, SAML, 'sts:AssumeRoleWithSAML', 'none'],
	] as const)('a Federated entry: %s', (_name, entry, caller, action, expected) => {
		expect(kind({ Federated: entry }, caller, action, `arn:aws:iam::${A}:role/R`)).toBe(expected);
	});

	it.each([
		[
			'passes for a caller it does not list',
			{ AWS: `arn:aws:iam::${A}:user/alice` },
			`arn:aws:iam::${A}:user/bob`,
			'wildcard',
		],
		[
			'excludes a user listed with its account',
			{ AWS: [`arn:aws:iam::${A}:user/alice`, `arn:aws:iam::${A}:root`] },
			`arn:aws:iam::${A}:user/alice`,
			'none',
		],
		[
			'does not exclude a user listed without its account (AWS checks the account first)',
			{ AWS: `arn:aws:iam::${A}:user/alice` },
			`arn:aws:iam::${A}:user/alice`,
			'wildcard',
		],
		[
			'does not exclude another user of a listed account',
			{ AWS: [`arn:aws:iam::${A}:user/bob`, A] },
			`arn:aws:iam::${A}:user/alice`,
			'wildcard',
		],
		[
			'excludes a session listed with its role and account',
			{ AWS: [`arn:aws:sts::${A}:assumed-role/Ops/s`, ROLE, A] },
			`arn:aws:sts::${A}:assumed-role/Ops/s`,
			'none',
		],
		[
			'does not exclude another session of a listed role',
			{ AWS: [`arn:aws:sts::${A}:assumed-role/Ops/s`, ROLE, A] },
			`arn:aws:sts::${A}:assumed-role/Ops/t`,
			'wildcard',
		],
		[
			'excludes a role-kind caller listed with its account',
			{ AWS: [ROLE, A] },
			`arn:aws:iam::${A}:role/Ops`,
			'none',
		],
		['excludes the root of a listed account', { AWS: A }, `arn:aws:iam::${A}:root`, 'none'],
		[
			'excludes a federated user listed with its account',
			{ AWS: [`arn:aws:sts::${A}:federated-user/bob`, A] },
			`arn:aws:sts::${A}:federated-user/bob`,
			'none',
		],
		['excludes everyone with `*`', { AWS: '*' }, 'anonymous', 'none'],
		[
			'lets anonymous through unless it lists `*`',
			{ AWS: `arn:aws:iam::${A}:root` },
			'anonymous',
			'wildcard',
		],
	] as const)('NotPrincipal %s', (_name, entry, caller, expected) => {
		expect(kind(entry, caller, 's3:GetObject', 'arn:aws:s3:::b/k', true)).toBe(expected);
	});
});
