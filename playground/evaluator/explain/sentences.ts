/**
 * An explained result told as plain sentences, for the playground's "why"
 * panel, `iam-eval --explain` and the course pages. Code-like text is in
 * backticks; the edges decide how to show it.
 */
import type {
	ConditionCheck,
	Decision,
	ExplainedResult,
	Gate,
	GateStep,
	IdentityLevel,
	PolicyExplanation,
	StatementExplanation,
} from '../types.ts';
import { policyPhrase, type ResourcePolicyKind } from './policy-phrase.ts';

/** The decision in words, never by colour alone. */
export const DECISION_WORDS: Record<Decision, string> = {
	allowed: 'allowed',
	explicitDeny: 'denied by an explicit deny',
	implicitDeny: 'denied implicitly (nothing allows it)',
};

/** One sentence for the whole result: who, what, and the outcome. */
export function describeDecision(result: ExplainedResult): string {
	const { principal, action, resource } = result.request;
	// A rule no policy decides (§5.7) refuses even what an Allow grants.
	const outcome =
		result.decidedBy === 'awsRule'
			? 'denied implicitly: AWS refuses it whatever the policies say'
			: DECISION_WORDS[result.decision];
	return `\`${principal}\` calling \`${action}\` on \`${resource}\` is ${outcome}`;
}

/**
 * A label for a statement: `statement 2 (Sid \`ReadOnly\`) of identity policy 1`.
 * Statements count from 1, as the AWS console and IAM Access Analyzer count them
 * (results keep the 0-based `statementIndex`).
 */
export function statementLabel(
	policy: PolicyExplanation,
	statement: StatementExplanation,
	resourceKind?: ResourcePolicyKind,
): string {
	const sid = statement.sid ? ` (Sid \`${statement.sid}\`)` : '';
	const phrase = policyPhrase(policy.policyType, policy.policyName, resourceKind);
	return `statement ${statement.statementIndex + 1}${sid} of ${phrase}`;
}

/** Why one statement applies or does not, in one sentence. */
export function describeStatement(
	result: ExplainedResult,
	policy: PolicyExplanation,
	statement: StatementExplanation,
): string {
	const label = `${statement.effect} ${statementLabel(policy, statement, result.request.resourcePolicyKind)}`;
	if (!policy.considered) return `${label} is not considered: ${notConsidered(result, policy)}`;
	if (statement.applies) return `${label} applies: ${appliesBecause(result, statement)}`;
	return `${label} does not apply: ${failedBecause(result, statement)}`;
}

function appliesBecause(result: ExplainedResult, s: StatementExplanation): string {
	const parts: string[] = [];
	if (s.principal !== undefined) {
		parts.push(
			s.principal.element === 'Principal'
				? `the caller matches \`${s.principal.matched?.text ?? '*'}\` (${s.principal.matchKind})`
				: notExcluded(s.principal.unlisted),
		);
	}
	parts.push(
		s.action.element === 'Action'
			? `\`${result.request.action}\` matches \`${s.action.matched?.text}\``
			: `\`${result.request.action}\` is not excluded by \`NotAction\``,
	);
	if (s.resource !== undefined) {
		parts.push(
			s.resource.element === 'Resource'
				? `the resource matches \`${s.resource.matched?.text}\``
				: `the resource is not excluded by \`NotResource\``,
		);
	}
	if (s.conditions.length > 0) {
		parts.push(
			s.conditions.length === 1
				? 'its condition holds'
				: `all ${s.conditions.length} conditions hold`,
		);
	}
	return joinAnd(parts);
}

/** Why a `NotPrincipal` leaves the caller in: the level of its identity the list lacks (spec §2.3). */
function notExcluded(unlisted: IdentityLevel | undefined): string {
	const why =
		unlisted === undefined
			? ''
			: `: it does not list the caller${unlisted === 'principal' ? '' : `'s ${unlisted}`}`;
	return `the caller is not excluded by \`NotPrincipal\`${why}`;
}

function failedBecause(result: ExplainedResult, s: StatementExplanation): string {
	const { principal, action, resource } = result.request;
	switch (s.failed) {
		case 'principal':
			return s.principal?.element === 'NotPrincipal'
				? `\`NotPrincipal\` excludes the caller \`${principal}\` (entry \`${s.principal.matched?.text ?? '*'}\`)`
				: `the caller is \`${principal}\`, not ${listOr(s.principal?.entries ?? [])}`;
		case 'action':
			return s.action.element === 'Action'
				? `the action \`${action}\` is not ${listOr(s.action.entries)}`
				: `\`NotAction\` excludes \`${action}\` (entry \`${s.action.matched?.text}\`)`;
		case 'resource':
			return s.resource?.element === 'Resource'
				? `the resource \`${resource}\` is not ${listOr(s.resource.entries)}`
				: `\`NotResource\` excludes \`${resource}\` (entry \`${s.resource?.matched?.text}\`)`;
		default: {
			const failing = s.conditions.find((c) => !c.passed);
			return failing === undefined ? 'a condition does not hold' : describeCondition(failing);
		}
	}
}

/** Why one condition holds or not, with the request's and the policy's values side by side. */
export function describeCondition(check: ConditionCheck): string {
	const head = `\`${check.operator}\` on \`${check.key}\``;
	const policy = listOr(check.policyValues);
	const verdict = check.passed ? 'holds' : 'does not hold';
	if (check.contextValues === undefined) {
		const why =
			check.reason === 'ifExistsMissing'
				? 'the request has no value for the key, and `IfExists` lets that pass'
				: 'the request has no value for the key';
		return `${head} ${verdict}: ${why}`;
	}
	const values = check.contextValues.map((v) => `\`${v}\``).join(', ') || 'an empty set';
	const extra =
		check.reason === 'multivaluedNeedsSetOperator'
			? ' (the key has several values: use `ForAnyValue:` or `ForAllValues:`)'
			: '';
	return `${head} ${verdict}: the request has ${values}, the policy ${policy === 'nothing' ? 'lists no value' : `expects ${policy}`}${extra}`;
}

/** A gate's machine-readable `reason` (`awsOwnsPolicy`, `noIdentityAllow`, …) in words. */
export function describeReason(reason: string): string {
	return REASONS[reason] ?? reason;
}

/** What one gate of the evaluation order did. */
export function describeStep(step: GateStep): string {
	const reason = step.reason === undefined ? '' : ` (${REASONS[step.reason] ?? step.reason})`;
	const level = step.levelName === undefined ? '' : ` at level \`${step.levelName}\``;
	return `${GATE_PHRASES[step.gate]}: ${OUTCOMES[step.outcome]}${level}${reason}`;
}

/** The whole story as lines of text: the decision, the gates, then every statement. */
export function describeResult(result: ExplainedResult): string[] {
	const lines = [describeDecision(result)];
	const decisive = result.steps.find((s) => s.outcome === 'decide');
	if (decisive !== undefined) {
		const level = decisive.levelName === undefined ? '' : ` at level \`${decisive.levelName}\``;
		const reason =
			decisive.reason === undefined ? '' : `: ${REASONS[decisive.reason] ?? decisive.reason}`;
		lines.push(`decided by ${GATE_PHRASES[decisive.gate]}${level}${reason}`);
	}
	for (const policy of result.policies) {
		for (const statement of policy.statements) {
			lines.push(describeStatement(result, policy, statement));
		}
	}
	for (const warning of result.warnings) lines.push(`warning ${warning.code}: ${warning.message}`);
	return lines;
}

/** Each gate of the evaluation order as a noun phrase for a sentence. */
export const GATE_PHRASES: Readonly<Record<Gate, string>> = {
	validate: 'input validation',
	getCallerIdentity: 'the no-permission rule',
	explicitDeny: 'the explicit-deny check',
	awsRule: 'a rule no policy decides',
	rootAssumeRole: 'the root-user `AssumeRole` rule',
	rcp: 'the resource control policies',
	scp: 'the service control policies',
	grant: 'the grant check',
	default: 'the default deny',
};

const OUTCOMES: Record<GateStep['outcome'], string> = {
	pass: 'passed',
	decide: 'decided',
	skip: 'skipped',
};

const REASONS: Record<string, string> = {
	getCallerIdentity: '`sts:GetCallerIdentity` needs none, and no Deny stops it',
	getSessionToken: '`sts:GetSessionToken` by an IAM user or root needs none, and no Deny stops it',
	needsLongTermCredentials: 'it needs the long-term credentials of an IAM user or root',
	rootCannotAssumeRoot: 'root user credentials cannot call `sts:AssumeRoot`',
	federatedUserLimits:
		'a federated user can call no IAM action, and no STS action but `sts:GetCallerIdentity`',
	awsOwnsPolicy: 'AWS owns this policy: no policy can change it',
	awsManagesRole: 'AWS manages this role: no policy can change or pass it',
	awsManagedAlias: 'AWS owns the `alias/aws/` aliases: no policy can change them',
	noAllowAtLevel: 'no statement allows the request at this level',
	noRcps: 'the resource account has no RCPs in the scenario',
	rcpServiceNotSupported: 'RCPs do not govern this service',
	serviceLinkedRole: 'service-linked roles are exempt',
	noScps: 'the principal account has no SCPs in the scenario',
	principalNotGoverned: 'SCPs govern only principals of member accounts',
	resourceDirect: 'the resource policy names the caller itself or `*`',
	resourceViaRoleOrUser:
		"the resource policy names the caller's role or user, and the boundary and session policy allow",
	resourceNamed: 'the trust policy names the caller, and its boundary and session policy allow',
	resourceAccount: 'the resource policy names the account, and the identity side allows',
	identity: 'an identity policy allows, and the boundary and session policy do too',
	crossAccount: 'both the resource policy and the identity side allow',
	noIdentityAllow: 'no identity-based policy allows the action',
	boundaryDoesNotAllow: 'the permissions boundary does not allow the action',
	sessionPolicyDoesNotAllow: 'the session policy does not allow the action',
	noResourceGrant: 'no resource-based policy grants the caller',
	crossAccountNoResourceGrant:
		'cross-account access needs the resource policy to allow the caller, and it does not',
	trustDoesNotNameCaller: 'the trust policy does not name the caller',
	keyPolicyNoGrant: 'the key policy does not allow the caller',
};

function notConsidered(result: ExplainedResult, policy: PolicyExplanation): string {
	const kind = result.request.principalKind;
	switch (policy.policyType) {
		case 'scp':
			return result.request.serviceLinkedRole
				? 'SCPs do not restrict service-linked roles'
				: `SCPs do not govern a ${kind} principal`;
		case 'rcp':
			return result.request.serviceLinkedRole
				? 'RCPs do not restrict service-linked roles'
				: 'RCPs do not govern this service';
		case 'session':
			return `a ${kind} principal has no session policy`;
		default:
			return `a ${kind} principal has no identity-based policies or boundary`;
	}
}

function listOr(values: readonly string[]): string {
	if (values.length === 0) return 'nothing';
	const quoted = values.map((v) => `\`${v}\``);
	return quoted.length === 1 ? quoted[0]! : `any of ${quoted.join(', ')}`;
}

function joinAnd(parts: readonly string[]): string {
	return parts.length <= 1
		? (parts[0] ?? '')
		: `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
