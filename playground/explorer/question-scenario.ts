/**
 * Every answer as scenarios of the project's format, so `iam-eval` (or the
 * playground) can replay it: the request asked, the subject's identity
 * policies and boundary, and the role's trust policy as the resource policy.
 */
import { OUTSIDE_CALLER_POLICY, OUTSIDE_CALLER_POLICY_NAME } from './trust-edges.ts';
import type { AccountModel, ExplorerPrincipal, PolicyUse, Question } from './types.ts';

/** A scenario as a JSON value (see docs/scenario-format.md). */
export type ScenarioJson = Record<string, unknown>;

/** The scenario that replays `q`. */
export function questionScenario(model: AccountModel, q: Question): ScenarioJson {
	const subject = q.subject === undefined ? undefined : findPrincipal(model, q.subject);
	const role = q.trustOf === undefined ? undefined : findPrincipal(model, q.trustOf);
	const identity = subject
		? subject.identity.map(policyRef)
		: q.callerPolicyAssumed
			? [{ name: OUTSIDE_CALLER_POLICY_NAME, document: OUTSIDE_CALLER_POLICY }]
			: [];
	return {
		name: `${q.action} by ${q.principal} on ${q.resource}`,
		request: {
			principal: q.principal,
			action: q.action,
			resource: q.resource,
			...(q.context ? { context: q.context } : {}),
		},
		...(identity.length > 0 ? { identityPolicies: identity } : {}),
		...(subject?.boundary ? { permissionsBoundary: policyRef(subject.boundary) } : {}),
		...(role?.trust?.text ? { resourcePolicy: JSON.parse(role.trust.text) as unknown } : {}),
	};
}

/** A policy as a scenario PolicyRef: by ARN when the catalog supplies it, else the document with its name. */
export function policyRef(use: PolicyUse): ScenarioJson {
	if (use.text === undefined) return { arn: use.arn };
	return { name: use.name, document: JSON.parse(use.text) as unknown };
}

/** The principal with this ARN (case-insensitive), if the files hold it. */
export function findPrincipal(model: AccountModel, arn: string): ExplorerPrincipal | undefined {
	const lower = arn.toLowerCase();
	return model.principals.find((p) => p.arn.toLowerCase() === lower);
}
