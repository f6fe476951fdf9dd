/**
 * Which statements apply: walk every policy that takes part in the request
 * and sort the applying statements into buckets by policy type and effect.
 * No decision is made here; `combine.ts` makes it from the buckets.
 */
import type { CompiledScenario, Level, Policy, Request } from '../model.ts';
import type {
	PolicyExplanation,
	PrincipalKind,
	PrincipalMatchKind,
	RequestFacts,
	StatementExplanation,
} from '../types.ts';
import { explainStatement, statementApplies } from './statement.ts';

/** An applying statement, with how its principal matched (resource policies). */
export interface Hit {
	readonly policy: Policy;
	readonly statementIndex: number;
	readonly kind: PrincipalMatchKind;
}

/** Applying statements by bucket, each in document order. */
export interface Buckets {
	/** Every applying Deny, in the order identity, resource, boundary, session, SCP levels, RCP levels. */
	readonly deny: Hit[];
	readonly identity: Hit[];
	readonly resource: Hit[];
	readonly boundary: Hit[];
	readonly session: Hit[];
	/** Applying Allows per SCP level, root first. */
	readonly scp: Hit[][];
	/** Applying Allows per RCP level, root first. */
	readonly rcp: Hit[][];
}

/** Principals that carry identity policies and a permissions boundary (§4.1 step 5). */
const HAS_IDENTITY: ReadonlySet<PrincipalKind> = new Set(['user', 'role', 'session', 'federated']);
/** Principals that can carry a session policy. */
const HAS_SESSION: ReadonlySet<PrincipalKind> = new Set(['role', 'session', 'federated']);

/**
 * Sort the applying statements of every taking-part policy into buckets.
 * With `explanations`, every policy gets an explanation there, its
 * statements explained on first read.
 */
export function collect(
	scenario: CompiledScenario,
	facts: RequestFacts,
	explanations?: PolicyExplanation[],
): Buckets {
	const request = scenario.request;
	const kind = request.principal.kind;
	const buckets: Buckets = {
		deny: [],
		identity: [],
		resource: [],
		boundary: [],
		session: [],
		scp: [],
		rcp: [],
	};
	const walk = (
		policy: Policy,
		allows: Hit[],
		considered: boolean,
		boundaryRule = false,
		level?: number,
	) => {
		if (explanations !== undefined) {
			explanations.push(
				explainPolicy(policy, request, considered, boundaryRule, allows, buckets.deny, level),
			);
		} else if (considered) {
			walkPolicy(policy, request, boundaryRule, allows, buckets.deny);
		}
	};

	const identityApplies = HAS_IDENTITY.has(kind);
	for (const policy of scenario.identityPolicies) walk(policy, buckets.identity, identityApplies);
	if (scenario.resourcePolicy !== undefined) {
		// The NotPrincipal boundary rule (§2.3): only for principals that have a boundary.
		const boundaryRule =
			scenario.permissionsBoundary !== undefined &&
			(kind === 'user' || kind === 'role' || kind === 'session');
		walk(scenario.resourcePolicy, buckets.resource, true, boundaryRule);
	}
	if (scenario.permissionsBoundary !== undefined) {
		walk(scenario.permissionsBoundary, buckets.boundary, identityApplies);
	}
	if (scenario.sessionPolicy !== undefined) {
		walk(scenario.sessionPolicy, buckets.session, HAS_SESSION.has(kind));
	}
	walkLevels(scenario.serviceControlPolicies, facts.scpsApply, buckets.scp, walk);
	walkLevels(scenario.resourceControlPolicies, facts.rcpsApply, buckets.rcp, walk);
	return buckets;
}

function walkLevels(
	levels: readonly Level[] | undefined,
	considered: boolean,
	into: Hit[][],
	walk: (
		policy: Policy,
		allows: Hit[],
		considered: boolean,
		boundaryRule: boolean,
		level: number,
	) => void,
): void {
	if (levels === undefined) return;
	levels.forEach((level, index) => {
		const allows: Hit[] = [];
		for (const policy of level.policies) walk(policy, allows, considered, false, index);
		into.push(allows);
	});
}

function walkPolicy(
	policy: Policy,
	request: Request,
	boundaryRule: boolean,
	allows: Hit[],
	deny: Hit[],
): void {
	const statements = policy.statements;
	for (let i = 0; i < statements.length; i++) {
		const statement = statements[i]!;
		const isDeny = statement.effect === 'Deny';
		const kind = statementApplies(statement, request, boundaryRule && isDeny);
		if (kind !== 'none') (isDeny ? deny : allows).push({ policy, statementIndex: i, kind });
	}
}

/**
 * A policy's explanation. The buckets come from the same fast walk as
 * `evaluate`; the statements are explained when first read, so a caller that
 * shows a few policies of a big scenario (the playground's Why panel) pays
 * for those, not for every statement.
 */
function explainPolicy(
	policy: Policy,
	request: Request,
	considered: boolean,
	boundaryRule: boolean,
	allows: Hit[],
	deny: Hit[],
	level: number | undefined,
): PolicyExplanation {
	if (considered) walkPolicy(policy, request, boundaryRule, allows, deny);
	let statements: StatementExplanation[] | undefined;
	return {
		policyType: policy.type,
		policyName: policy.name,
		...(level === undefined ? {} : { level }),
		path: policy.path,
		...(policy.managedArn === undefined ? {} : { managedArn: policy.managedArn }),
		considered,
		get statements() {
			return (statements ??= policy.statements.map((statement) => {
				const isDeny = statement.effect === 'Deny';
				const { kind: _kind, ...explanation } = explainStatement(
					statement,
					request,
					boundaryRule && isDeny,
				);
				return explanation;
			}));
		},
	};
}
