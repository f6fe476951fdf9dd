/**
 * The public data shapes of the evaluator: what goes in (a scenario, as JSON
 * text or as already-parsed parts) and what comes out (a result, diagnostics,
 * an explanation). The contract is `docs/scenario-format.md`; fields
 * beyond it are ours and documented here.
 */

/** A stretch of the text the user wrote: offset and length in UTF-16 code units. */
export interface Span {
	readonly offset: number;
	readonly length: number;
}

/** A JSON path from the root of the parsed document, e.g. `["identityPolicies", 0, "Statement", 2]`. */
export type JsonPath = readonly (string | number)[];

/** `error`: IAM would refuse it, no decision is made. `warning`: evaluated, but worth a look. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in the input. Codes are stable (`E07`, `W15`, ...) and
 * listed in `diagnostics.ts`; messages follow Cedar's style guide (lower case,
 * no final period, user input in backticks).
 */
export interface Diagnostic {
	/** Stable code: `E..` for errors, `W..` for warnings. */
	readonly code: string;
	readonly severity: Severity;
	readonly message: string;
	/** How to fix it, e.g. "did you mean `s3:GetObject`?". */
	readonly help?: string;
	/** Where in the parsed text; for a whole missing element, the span of its parent. */
	readonly span: Span;
	/** JSON path of the offending node, from the root of the parsed text. */
	readonly path: JsonPath;
}

/** The three outcomes, named as the IAM policy simulator's `EvalDecision`. */
export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

/** The kinds of policy a scenario can carry, as named in decisive statements. */
export type PolicyType =
	'identity' | 'resource' | 'permissionsBoundary' | 'session' | 'scp' | 'rcp';

/** `Allow` or `Deny`. */
export type Effect = 'Allow' | 'Deny';

/** A context value as written in a scenario. */
export type ContextScalar = string | number | boolean;
/** A context value: a scalar, or an array for a multivalued key. */
export type ContextValue = ContextScalar | readonly ContextScalar[];

/** A statement that decided the outcome (contract field). */
export interface DecisiveStatement {
	readonly policyType: PolicyType;
	readonly policyName: string;
	readonly statementIndex: number;
	readonly sid?: string;
	readonly effect: Effect;
}

/**
 * The steps of the evaluation order (spec §4.2), in the order they are taken.
 * `getCallerIdentity` answers the actions that need no permission
 * (`sts:GetCallerIdentity`, and `sts:GetSessionToken` by an IAM user or
 * root); `awsRule` the requests AWS refuses whatever the policies say (spec
 * §5.7: credential limits, AWS managed policies, reserved roles, AWS managed
 * KMS aliases); `grant` is the final grant table; `default` the implicit deny
 * at the end.
 */
export type Gate =
	| 'validate'
	| 'getCallerIdentity'
	| 'explicitDeny'
	| 'awsRule'
	| 'rootAssumeRole'
	| 'rcp'
	| 'scp'
	| 'grant'
	| 'default';

/** One step taken through the evaluation order and what it concluded. */
export interface GateStep {
	readonly gate: Gate;
	/** `pass`: go on to the next gate; `decide`: this gate made the decision; `skip`: not applicable. */
	readonly outcome: 'pass' | 'decide' | 'skip';
	/** A short machine-readable reason, e.g. `rcpServiceNotSupported`, `noAllowAtLevel`, `crossAccount`. */
	readonly reason?: string;
	/** For SCP and RCP gates: the level that had no applying Allow, root first, and its name. */
	readonly level?: number;
	readonly levelName?: string;
}

/** How a Principal entry matched the request principal (spec §2.3), strongest first. */
export type PrincipalMatchKind = 'exact' | 'wildcard' | 'viaRole' | 'viaUser' | 'account' | 'none';

/**
 * A level of the caller's identity that `NotPrincipal` checks (spec §2.3):
 * the account, the user or role, the session; `principal` for a caller with
 * one level only (a service, a provider, an anonymous caller).
 */
export type IdentityLevel = 'account' | 'user' | 'role' | 'session' | 'principal';

/** Why a statement did or did not apply, element by element. */
export interface StatementExplanation {
	readonly statementIndex: number;
	readonly sid?: string;
	readonly effect: Effect;
	/** The statement object's span. */
	readonly span: Span;
	readonly applies: boolean;
	/** The first element that failed, in the order principal, action, resource, condition. */
	readonly failed?: 'principal' | 'action' | 'resource' | 'condition';
	readonly principal?: ElementCheck & {
		readonly matchKind: PrincipalMatchKind;
		/** `NotPrincipal` that does not leave the caller out: the first level of its identity it does not list. */
		readonly unlisted?: IdentityLevel;
	};
	readonly action: ElementCheck;
	readonly resource?: ElementCheck;
	/** One entry per (operator, key) pair of the Condition block, in document order. */
	readonly conditions: readonly ConditionCheck[];
}

/** The outcome of one of Principal/Action/Resource (or their `Not` forms). */
export interface ElementCheck {
	readonly passed: boolean;
	/** The element's name as written: `Action`, `NotAction`, `Resource`, ... */
	readonly element: string;
	/** For the positive form: the entry that matched. For the `Not` form: the entry that excluded the request. */
	readonly matched?: { readonly text: string; readonly span: Span };
	/** The element's span (the property value). */
	readonly span: Span;
	/** Every entry of the element as written, in order. */
	readonly entries: readonly string[];
}

/** The outcome of one condition key under one operator. */
export interface ConditionCheck {
	readonly passed: boolean;
	/** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
	readonly operator: string;
	/** The key as written in the policy. */
	readonly key: string;
	/** The request's values for the key; absent when the key is not in the context. */
	readonly contextValues?: readonly string[];
	/** The policy's values, after policy variables were substituted. */
	readonly policyValues: readonly string[];
	/** Why it came out so, when not plain matching: `keyMissing`, `ifExistsMissing`, `multivaluedNeedsSetOperator`, `emptySet`, ... */
	readonly reason?: string;
	/** Span of the `"key": value` property in the policy. */
	readonly span: Span;
}

/** Per policy: what each statement did. */
export interface PolicyExplanation {
	readonly policyType: PolicyType;
	readonly policyName: string;
	/** For SCP/RCP: the level index, root first. */
	readonly level?: number;
	/** JSON path of the policy document in the scenario (or `[]` for a standalone text). */
	readonly path: JsonPath;
	/** For an AWS managed policy: its ARN; statement spans then point into its catalog text. */
	readonly managedArn?: string;
	/** Whether the policy took part at all (e.g. SCPs do not apply to service principals). */
	readonly considered: boolean;
	readonly statements: readonly StatementExplanation[];
}

/** The outcome of one evaluation. `decision` and `decisiveStatements` are the contract; the rest is ours. */
export interface Result {
	readonly decision: Decision;
	readonly decisiveStatements: readonly DecisiveStatement[];
	/** The gate that made the decision. */
	readonly decidedBy: Gate;
	/** Warnings raised while reading and evaluating the scenario. */
	readonly warnings: readonly Diagnostic[];
}

/** A result with the full story: each gate, each policy, each statement, and the effective context. */
export interface ExplainedResult extends Result {
	readonly steps: readonly GateStep[];
	readonly policies: readonly PolicyExplanation[];
	/** The request context after derived keys (`aws:PrincipalArn`, ...) were added; keys as written or derived. */
	readonly context: Readonly<Record<string, ContextValue>>;
	/** Facts the evaluator worked out about the request. */
	readonly request: RequestFacts;
}

/** What the evaluator concluded about the request before looking at policies (spec §4.1). */
export interface RequestFacts {
	/** The request as written. */
	readonly principal: string;
	readonly action: string;
	readonly resource: string;
	readonly principalKind: PrincipalKind;
	readonly principalAccount?: string;
	readonly resourceAccount?: string;
	readonly crossAccount: boolean;
	readonly serviceLinkedRole: boolean;
	/** `trust` when the resource policy is a role's trust policy; `kms` for a KMS key policy. */
	readonly resourcePolicyKind: 'trust' | 'kms' | 'resource';
	readonly scpsApply: boolean;
	readonly rcpsApply: boolean;
}

/** The kinds of request principal (spec §2.3). */
export type PrincipalKind =
	'user' | 'role' | 'session' | 'root' | 'federated' | 'service' | 'oidc' | 'saml' | 'anonymous';
