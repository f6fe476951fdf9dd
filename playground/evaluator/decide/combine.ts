/**
 * What is the decision: the ordered algorithm of spec §4.2 over the buckets
 * of applying statements. Each gate names the AWS evaluation-logic step it
 * implements; the statements that decide are kept as the decision is made.
 */
import type { CompiledScenario } from '../model.ts';
import type { Decision, Gate, GateStep, PrincipalMatchKind, RequestFacts } from '../types.ts';
import { awsRule, needsNoPermission } from './aws-rules.ts';
import type { Buckets, Hit } from './collect.ts';

/** The decision, the statements that made it, and the gate that did. */
export interface Combined {
	readonly decision: Decision;
	readonly decisive: readonly Hit[];
	readonly decidedBy: Gate;
	/** Which grant alternative allowed, or why none did (`reason` of the grant step). */
	readonly grantReason?: string;
}

const ASSUME_ACTIONS: ReadonlySet<string> = new Set([
	'assumerole',
	'assumerolewithsaml',
	'assumerolewithwebidentity',
]);

/**
 * Decide. With `steps`, every gate taken is recorded in order (for
 * explanations); without, the work is the same but nothing is recorded.
 */
export function combine(
	scenario: CompiledScenario,
	facts: RequestFacts,
	buckets: Buckets,
	steps?: GateStep[],
): Combined {
	const record = (step: GateStep) => steps?.push(step);
	const request = scenario.request;
	const kind = facts.principalKind;

	// Step 1 — sts:GetCallerIdentity, and sts:GetSessionToken by an IAM user or
	// root, need no permission: not even an explicit deny stops them (AWS STS
	// API reference; spec §5.7 rule 1). Choice (spec §4.2): every policy type.
	if (needsNoPermission(request)) {
		const reason =
			request.actionName === 'getsessiontoken' ? 'getSessionToken' : 'getCallerIdentity';
		record({ gate: 'getCallerIdentity', outcome: 'decide', reason });
		return { decision: 'allowed', decisive: [], decidedBy: 'getCallerIdentity' };
	}
	record({ gate: 'getCallerIdentity', outcome: 'skip' });

	// Step 2 — an applying Deny in any policy that takes part ends it
	// ("Deny evaluation" in the policy evaluation logic).
	if (buckets.deny.length > 0) {
		record({ gate: 'explicitDeny', outcome: 'decide' });
		return { decision: 'explicitDeny', decisive: buckets.deny, decidedBy: 'explicitDeny' };
	}
	record({ gate: 'explicitDeny', outcome: 'pass' });

	// The rules no policy decides (spec §5.7 rules 2–6): temporary credentials
	// that cannot ask for tokens, federated-user limits, and what AWS owns.
	const fixed = awsRule(request);
	if (fixed !== undefined) {
		record({ gate: 'awsRule', outcome: 'decide', reason: fixed });
		return { decision: 'implicitDeny', decisive: [], decidedBy: 'awsRule' };
	}
	record({ gate: 'awsRule', outcome: 'skip' });

	// Step 3 — the root user cannot assume a role (IAM "Root user" limits).
	if (
		kind === 'root' &&
		request.actionService === 'sts' &&
		ASSUME_ACTIONS.has(request.actionName)
	) {
		record({ gate: 'rootAssumeRole', outcome: 'decide' });
		return { decision: 'implicitDeny', decisive: [], decidedBy: 'rootAssumeRole' };
	}
	record({ gate: 'rootAssumeRole', outcome: kind === 'root' ? 'pass' : 'skip' });

	// Step 4 — RCPs: every level from the root to the resource's account must allow.
	const rcpLevel = facts.rcpsApply ? firstLevelWithoutAllow(buckets.rcp) : -1;
	if (rcpLevel >= 0) {
		const levelName = scenario.resourceControlPolicies?.[rcpLevel]?.name;
		record({
			gate: 'rcp',
			outcome: 'decide',
			reason: 'noAllowAtLevel',
			level: rcpLevel,
			levelName,
		});
		return { decision: 'implicitDeny', decisive: [], decidedBy: 'rcp' };
	}
	record(
		facts.rcpsApply
			? { gate: 'rcp', outcome: 'pass' }
			: { gate: 'rcp', outcome: 'skip', reason: rcpSkipReason(scenario, facts) },
	);

	// Step 5 — SCPs: every level from the root to the principal's account must allow.
	const scpLevel = facts.scpsApply ? firstLevelWithoutAllow(buckets.scp) : -1;
	if (scpLevel >= 0) {
		const levelName = scenario.serviceControlPolicies?.[scpLevel]?.name;
		record({
			gate: 'scp',
			outcome: 'decide',
			reason: 'noAllowAtLevel',
			level: scpLevel,
			levelName,
		});
		return { decision: 'implicitDeny', decisive: [], decidedBy: 'scp' };
	}
	record(
		facts.scpsApply
			? { gate: 'scp', outcome: 'pass' }
			: { gate: 'scp', outcome: 'skip', reason: scpSkipReason(scenario, facts) },
	);

	// Step 6 — the grant table: identity-based and resource-based policies,
	// limited by the boundary and the session policy.
	const grant = grantFrom(scenario, facts, buckets);
	if (grant.hits === undefined) {
		record({ gate: 'grant', outcome: 'pass', reason: grant.reason });
		record({ gate: 'default', outcome: 'decide', reason: grant.reason });
		return {
			decision: 'implicitDeny',
			decisive: [],
			decidedBy: 'default',
			grantReason: grant.reason,
		};
	}
	record({ gate: 'grant', outcome: 'decide', reason: grant.reason });
	const organization = facts.scpsApply ? buckets.scp.flat() : [];
	const resourceOrg = facts.rcpsApply ? buckets.rcp.flat() : [];
	return {
		decision: 'allowed',
		decisive: [...grant.hits, ...organization, ...resourceOrg],
		decidedBy: 'grant',
		grantReason: grant.reason,
	};
}

/** Index of the first level with no applying Allow, or -1 when every level allows. */
function firstLevelWithoutAllow(levels: readonly Hit[][]): number {
	return levels.findIndex((allows) => allows.length === 0);
}

function rcpSkipReason(scenario: CompiledScenario, facts: RequestFacts): string {
	if (scenario.resourceControlPolicies === undefined) return 'noRcps';
	if (facts.serviceLinkedRole) return 'serviceLinkedRole';
	return 'rcpServiceNotSupported';
}

function scpSkipReason(scenario: CompiledScenario, facts: RequestFacts): string {
	if (scenario.serviceControlPolicies === undefined) return 'noScps';
	if (facts.serviceLinkedRole) return 'serviceLinkedRole';
	return 'principalNotGoverned';
}

const DIRECT: readonly PrincipalMatchKind[] = ['exact', 'wildcard'];
const VIA: readonly PrincipalMatchKind[] = ['viaRole', 'viaUser'];
const NAMED: readonly PrincipalMatchKind[] = ['exact', 'wildcard', 'viaRole', 'viaUser'];
const ACCOUNT: readonly PrincipalMatchKind[] = ['account'];

/**
 * The first satisfied alternative of the grant row (§4.2 step 6), tried left
 * to right, with the statements it stands on in result order (identity,
 * resource, boundary, session); `hits` undefined when none is satisfied.
 */
function grantFrom(
	scenario: CompiledScenario,
	facts: RequestFacts,
	b: Buckets,
): { hits?: Hit[]; reason: string } {
	const kind = facts.principalKind;
	const of = (kinds: readonly PrincipalMatchKind[]) =>
		b.resource.filter((h) => kinds.includes(h.kind));

	// Root acts with the account's full authority: an implicit identity allow
	// that contributes no statements, and no boundary or session policy.
	const isRoot = kind === 'root';
	const hasIdentitySide =
		kind === 'user' || kind === 'role' || kind === 'session' || kind === 'federated';
	const id = isRoot || (hasIdentitySide && b.identity.length > 0);
	const bd =
		!hasIdentitySide || scenario.permissionsBoundary === undefined || b.boundary.length > 0;
	const se = sessionAllows(scenario, kind, b);
	const limits = [...b.boundary, ...b.session];
	const identityPath = isRoot ? [] : b.identity;

	if (!hasIdentitySide && !isRoot) {
		// Service, web-identity, SAML and anonymous callers have no identity
		// side: only a resource policy naming them (or `*`) can grant.
		const direct = of(DIRECT);
		return direct.length > 0
			? { hits: direct, reason: 'resourceDirect' }
			: { reason: 'noResourceGrant' };
	}

	if (facts.crossAccount) {
		// Cross-account: both the principal's account (identity ∩ boundary ∩
		// session) and the resource's account (its resource policy) must allow.
		if (b.resource.length === 0) return { reason: 'crossAccountNoResourceGrant' };
		if (!(id && bd && se)) return { reason: identityShortfall(id, bd, se) };
		return { hits: [...identityPath, ...b.resource, ...limits], reason: 'crossAccount' };
	}

	if (facts.resourcePolicyKind === 'trust') {
		// A role's trust policy must name the caller. Choice (spec §4.2): the
		// caller's boundary and session policy still limit a trust grant.
		const named = of(NAMED);
		if (named.length > 0 && bd && se)
			return { hits: [...named, ...limits], reason: 'resourceNamed' };
		const account = of(ACCOUNT);
		if (account.length > 0 && id && bd && se) {
			return { hits: [...identityPath, ...account, ...limits], reason: 'resourceAccount' };
		}
		return {
			reason:
				named.length > 0
					? identityShortfall(true, bd, se)
					: trustShortfall(account.length > 0, id, bd, se),
		};
	}

	const direct = of(DIRECT);
	if (direct.length > 0) return { hits: direct, reason: 'resourceDirect' };
	const via = of(VIA);
	if (via.length > 0 && bd && se)
		return { hits: [...via, ...limits], reason: 'resourceViaRoleOrUser' };

	if (facts.resourcePolicyKind === 'kms') {
		// A key policy must allow: naming the account delegates to IAM policies.
		const account = of(ACCOUNT);
		if (account.length > 0 && id && bd && se) {
			return { hits: [...identityPath, ...account, ...limits], reason: 'resourceAccount' };
		}
		return { reason: account.length > 0 ? identityShortfall(id, bd, se) : 'keyPolicyNoGrant' };
	}

	if (id && bd && se) return { hits: [...identityPath, ...limits], reason: 'identity' };
	return { reason: identityShortfall(id, bd, se) };
}

/** SE of §4.1: role sessions need a session policy's allow only when they have one; federated users always do. */
function sessionAllows(scenario: CompiledScenario, kind: string, b: Buckets): boolean {
	if (kind === 'federated') return scenario.sessionPolicy !== undefined && b.session.length > 0;
	if (kind === 'role' || kind === 'session') {
		return scenario.sessionPolicy === undefined || b.session.length > 0;
	}
	return true;
}

function identityShortfall(id: boolean, bd: boolean, se: boolean): string {
	if (!id) return 'noIdentityAllow';
	if (!bd) return 'boundaryDoesNotAllow';
	if (!se) return 'sessionPolicyDoesNotAllow';
	return 'noResourceGrant';
}

function trustShortfall(accountNamed: boolean, id: boolean, bd: boolean, se: boolean): string {
	if (!accountNamed) return 'trustDoesNotNameCaller';
	return identityShortfall(id, bd, se);
}
