/**
 * Classify the request before any policy is read (spec §4.1): accounts, the
 * kind of resource policy, and which organization policies govern it.
 */
import type { CompiledScenario, Request } from '../model.ts';
import type { PrincipalKind, RequestFacts } from '../types.ts';
import { callerPoliciesDecide } from './aws-rules.ts';
import { RCP_SERVICES } from './rcp-services.ts';

/** Principals that belong to a member account and so are governed by its SCPs (§7.1). */
const SCP_GOVERNED: ReadonlySet<PrincipalKind> = new Set([
	'user',
	'role',
	'session',
	'federated',
	'root',
]);

/** What the evaluator knows about a request before looking at its policies. */
export function requestFacts(scenario: CompiledScenario): RequestFacts {
	const { request } = scenario;
	const who = request.principal;
	const crossAccount =
		who.account !== undefined &&
		request.resourceAccount !== undefined &&
		who.account !== request.resourceAccount &&
		!callerPoliciesDecide(request);
	return {
		principal: who.text,
		action: request.action,
		resource: request.resource,
		principalKind: who.kind,
		...(who.account === undefined ? {} : { principalAccount: who.account }),
		...(request.resourceAccount === undefined ? {} : { resourceAccount: request.resourceAccount }),
		crossAccount,
		serviceLinkedRole: who.serviceLinkedRole,
		resourcePolicyKind: resourcePolicyKind(request),
		scpsApply:
			scenario.serviceControlPolicies !== undefined &&
			SCP_GOVERNED.has(who.kind) &&
			!who.serviceLinkedRole,
		rcpsApply:
			scenario.resourceControlPolicies !== undefined &&
			RCP_SERVICES.has(request.actionService) &&
			!who.serviceLinkedRole,
	};
}

/**
 * A role's trust policy for `sts:*` actions on a role ARN; a key policy for
 * `kms:*` on a key ARN (§1.4, §4.1 step 4). Both must grant on their own.
 */
export function resourcePolicyKind(request: Request): RequestFacts['resourcePolicyKind'] {
	const fields = request.resourceFields;
	if (fields.length === 0) return 'resource';
	if (request.actionService === 'sts' && fields[2] === 'iam' && fields[5]!.startsWith('role/')) {
		return 'trust';
	}
	if (request.actionService === 'kms' && fields[2] === 'kms' && fields[5]!.startsWith('key/')) {
		return 'kms';
	}
	return 'resource';
}
