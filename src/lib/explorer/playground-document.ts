/**
 * An explorer answer as a playground document, so "open in the playground"
 * shows the policies and the request behind it. The playground holds one role
 * seen from two hops: a trust question opens with the role and its caller
 * (hop 1); a question a role's session asks opens with that role and the
 * request as hop 2. A user's own request has no place in that document: the
 * page offers its scenario for `iam-eval` instead.
 */
import { formatPolicyText } from '../../../playground/editor/format-policy-text.ts';
import type { AssumeAction, PolicySource, RoleDocument } from '../../../playground/editor/types.ts';
import {
	OUTSIDE_CALLER_POLICY,
	OUTSIDE_CALLER_POLICY_NAME,
	SESSION_NAME,
} from '../../../playground/explorer/index.ts';
import type {
	AccountModel,
	ExplorerPrincipal,
	PolicyUse,
	Question,
} from '../../../playground/explorer/index.ts';

const _ASSUME: readonly string[] = [
	'sts:AssumeRole',
	'sts:AssumeRoleWithWebIdentity',
	'sts:AssumeRoleWithSAML',
];

/** The document for `q`, or undefined when the playground cannot hold it (a user's own request). */
export function questionDocument(model: AccountModel, q: Question): RoleDocument | undefined {
	const find = (arn: string | undefined) =>
		arn === undefined ? undefined : model.principals.find((p) => p.arn === arn);
	const subject = find(q.subject);
	const role = find(q.trustOf) ?? (subject?.kind === 'role' ? subject : undefined);
	if (role === undefined || role.trust?.text === undefined) return undefined;
	const base = {
		account: role.account,
		roleName: role.name,
		trustPolicy: role.trust.text,
		permissionPolicies: role.identity.map(_source),
		...(role.boundary ? { permissionsBoundary: _source(role.boundary) } : {}),
	};
	if (q.trustOf !== undefined && _ASSUME.includes(q.action)) {
		const policies = subject
			? subject.identity.map(_source)
			: q.callerPolicyAssumed
				? [
						{
							kind: 'inline' as const,
							name: OUTSIDE_CALLER_POLICY_NAME,
							text: formatPolicyText(OUTSIDE_CALLER_POLICY),
						},
					]
				: [];
		return {
			...base,
			caller: {
				principal: q.principal,
				action: q.action as AssumeAction,
				context: q.context ?? {},
				policies,
			},
			session: {
				sessionName: SESSION_NAME,
				action: 'sts:GetCallerIdentity',
				resource: '*',
				context: {},
			},
		};
	}
	return {
		...base,
		caller: { principal: _someCaller(role), action: 'sts:AssumeRole', context: {}, policies: [] },
		session: {
			sessionName: SESSION_NAME,
			action: q.action,
			resource: q.resource,
			context: q.context ?? {},
		},
	};
}

function _source(use: PolicyUse): PolicySource {
	return use.text === undefined
		? { kind: 'managed', arn: use.arn ?? use.name }
		: { kind: 'inline', name: use.name, text: use.text };
}

/** A caller for hop 1 when the question is about hop 2: a service the trust names, else a user of the account. */
function _someCaller(role: ExplorerPrincipal): string {
	const service = /"Service"\s*:\s*(?:\[\s*)?"([^"]+)"/.exec(role.trust?.text ?? '');
	return service?.[1] ?? `arn:aws:iam::${role.account}:user/explorer`;
}
