/**
 * Small hand-built accounts for the explorer's tests: each helper writes the
 * piece of `get-account-authorization-details` output a case needs, in the
 * shape the AWS CLI prints, so a case reads as a sentence.
 */
import type { AccountFile } from './types.ts';

export const A = '111122223333';
export const B = '444455556666';

type Json = Record<string, unknown>;

/** A policy document from statements. */
export function doc(...statements: Json[]): Json {
	return { Version: '2012-10-17', Statement: statements };
}

/** An Allow statement on `resource` (default `*`), with an optional Condition block. */
export function allow(
	action: string | string[],
	resource: string | string[] = '*',
	condition?: Json,
): Json {
	return {
		Effect: 'Allow',
		Action: action,
		Resource: resource,
		...(condition ? { Condition: condition } : {}),
	};
}

/** A Deny statement. */
export function deny(action: string | string[], resource: string | string[] = '*'): Json {
	return { Effect: 'Deny', Action: action, Resource: resource };
}

/** A trust policy letting `principal` call `action`, with an optional Condition block. */
export function trusts(principal: Json, condition?: Json, action = 'sts:AssumeRole'): Json {
	return doc({
		Effect: 'Allow',
		Principal: principal,
		Action: action,
		...(condition ? { Condition: condition } : {}),
	});
}

/** An IAM ARN of account `account`. */
export function arn(kind: 'user' | 'role' | 'group' | 'policy', name: string, account = A): string {
	return `arn:aws:iam::${account}:${kind}/${name}`;
}

interface UserSpec {
	readonly name: string;
	readonly account?: string;
	readonly policies?: readonly Json[];
	readonly groups?: readonly string[];
	readonly managed?: readonly string[];
	readonly boundary?: string;
}

interface RoleSpec {
	readonly name: string;
	readonly account?: string;
	readonly trust: Json | string;
	readonly policies?: readonly Json[];
	readonly managed?: readonly string[];
	readonly boundary?: string;
	readonly lastUsed?: string | null;
}

interface AccountSpec {
	readonly users?: readonly UserSpec[];
	readonly roles?: readonly RoleSpec[];
	readonly groups?: readonly {
		name: string;
		policies?: readonly Json[];
		managed?: readonly string[];
	}[];
	/** Customer managed policies: name → document. */
	readonly policies?: Readonly<Record<string, Json>>;
	readonly account?: string;
}

const _inline = (list: readonly Json[] | undefined) =>
	(list ?? []).map((document, i) => ({ PolicyName: `p${i}`, PolicyDocument: document }));
const _attached = (list: readonly string[] | undefined) =>
	(list ?? []).map((a) => ({ PolicyName: a.split('/').pop(), PolicyArn: a }));
const _boundary = (b: string | undefined) =>
	b === undefined
		? {}
		: { PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: b } };

/** One account's file. */
export function account(spec: AccountSpec, name = 'account.json'): AccountFile {
	const acct = spec.account ?? A;
	const out = {
		UserDetailList: (spec.users ?? []).map((u) => ({
			Path: '/',
			UserName: u.name,
			Arn: arn('user', u.name, u.account ?? acct),
			UserPolicyList: _inline(u.policies),
			GroupList: u.groups ?? [],
			AttachedManagedPolicies: _attached(u.managed),
			..._boundary(u.boundary),
		})),
		GroupDetailList: (spec.groups ?? []).map((g) => ({
			Path: '/',
			GroupName: g.name,
			Arn: arn('group', g.name, acct),
			GroupPolicyList: _inline(g.policies),
			AttachedManagedPolicies: _attached(g.managed),
		})),
		RoleDetailList: (spec.roles ?? []).map((r) => ({
			Path: '/',
			RoleName: r.name,
			Arn: arn('role', r.name, r.account ?? acct),
			AssumeRolePolicyDocument: r.trust,
			RolePolicyList: _inline(r.policies),
			AttachedManagedPolicies: _attached(r.managed),
			..._boundary(r.boundary),
			CreateDate: '2026-01-01T00:00:00Z',
			// Used recently unless the case says otherwise; `null` = never used.
			RoleLastUsed:
				r.lastUsed === null
					? {}
					: { LastUsedDate: r.lastUsed ?? '2026-11-30T00:00:00Z', Region: 'us-east-1' },
		})),
		Policies: Object.entries(spec.policies ?? {}).map(([policyName, document]) => ({
			PolicyName: policyName,
			Arn: arn('policy', policyName, acct),
			DefaultVersionId: 'v1',
			PolicyVersionList: [{ Document: document, VersionId: 'v1', IsDefaultVersion: true }],
		})),
	};
	return { name, text: JSON.stringify(out) };
}
