/**
 * The compiled form of policies and requests: what parsing produces and what
 * matching consumes. Everything that does not depend on the request is worked
 * out here once (patterns split, cases folded, variables located), so an
 * evaluation is a few loops over prepared data.
 */
import type { ContextValue, Diagnostic, Effect, PolicyType, PrincipalKind, Span } from './types.ts';

/**
 * A compiled `*`/`?` glob. `parts` are the literal runs between `*`s. When a
 * run holds `?` wildcards, `pieces` holds it split at them (a `?` stands
 * between two pieces), so that a literal `?` from `${?}` or a substituted
 * value never acts as a wildcard.
 */
export interface Glob {
	/**
	 * The last test's round, text and result (match/wildcard.ts): a shared glob
	 * answers a repeated test within one evaluation from memory. The only
	 * mutable part of the model.
	 */
	memoRound: number;
	memoText: string;
	memoResult: boolean;
	/** The pattern as written. */
	readonly source: string;
	/** 0 literal, 1 `prefix*`, 2 `*` alone, 3 anything else (`GlobShape` in match/wildcard.ts). */
	readonly shape: 0 | 1 | 2 | 3;
	/** Literal runs between `*`s (folded to lower case when `caseInsensitive`); one run when there is no `*`. */
	readonly parts: readonly string[];
	/** Set when some run holds a `?` wildcard: each run split at its `?`s. */
	readonly pieces?: readonly (readonly string[])[];
	/** Length each run covers, `?`s included. */
	readonly lengths: readonly number[];
	/** True when the pattern holds at least one `*`. */
	readonly hasStar: boolean;
	readonly caseInsensitive: boolean;
}

/** A piece of text that may hold policy variables, split once. */
export type Template = readonly TemplatePart[];
export type TemplatePart =
	/** Literal text, possibly with `*`/`?` wildcards when the template is a pattern. */
	| { readonly kind: 'text'; readonly text: string }
	/** `${key}` or `${key, 'default'}`; `key` is lower-cased for lookup. */
	| { readonly kind: 'var'; readonly key: string; readonly default?: string }
	/** `${*}`, `${?}`, `${$}`: a character that is never a wildcard. */
	| { readonly kind: 'literal'; readonly text: string };

/** One entry of Action/NotAction. */
export interface ActionPattern {
	readonly text: string;
	readonly span: Span;
	/** `"*"` alone. */
	readonly any: boolean;
	/** Service prefix glob (case-insensitive). */
	readonly service: Glob;
	/** Action name glob (case-insensitive). */
	readonly name: Glob;
	/** When the service is literal: one glob over the whole lower-cased `service:name`. */
	readonly whole: Glob | undefined;
}

/** One entry of Resource/NotResource. */
export interface ResourcePattern {
	readonly text: string;
	readonly span: Span;
	/** `"*"` alone. */
	readonly any: boolean;
	/**
	 * Globs for the first fields (`arn`, partition, service, region, account),
	 * as many as the pattern has before its last field (fewer than 5 for a short ARN).
	 */
	readonly fields: readonly Glob[];
	/** The last field: the resource (field 6), or for a short ARN its last field (spec §2.2 rule 6). */
	readonly last: Glob;
	/** Set when the last field holds policy variables: substitute, then glob. */
	readonly lastTemplate?: Template;
	/** True for a pattern with fewer than six fields. */
	readonly short: boolean;
	/**
	 * Fields 1–5 with their colons (`arn:aws:s3:::`) when none holds a wildcard:
	 * one string comparison then replaces five globs.
	 */
	readonly head?: string;
	/**
	 * When fields 1–5 are literal and there is no policy variable: one glob over
	 * the whole ARN (the literal head pins the first five colons in place).
	 */
	readonly whole?: Glob;
	/** A short pattern whose last field does not end with `*` matches nothing. */
	readonly matchesNothing: boolean;
}

/** One parsed `Principal` entry. */
export type PrincipalEntry =
	| { readonly type: 'wildcard'; readonly text: string; readonly span: Span }
	| {
			readonly type: 'account';
			readonly text: string;
			readonly span: Span;
			readonly account: string;
	  }
	| {
			readonly type: 'user' | 'federatedUser';
			readonly text: string;
			readonly span: Span;
			readonly partition: string;
			readonly account: string;
			/** The full ARN (compared exactly). */
			readonly arn: string;
			/** Last path segment: the user's or federated user's name. */
			readonly name: string;
	  }
	| {
			readonly type: 'role';
			readonly text: string;
			readonly span: Span;
			readonly partition: string;
			readonly account: string;
			/** Role name, lower-cased: role names match case-insensitively (spec §2.3 Choice). */
			readonly roleNameLower: string;
	  }
	| {
			readonly type: 'session';
			readonly text: string;
			readonly span: Span;
			readonly arn: string;
			readonly account: string;
			readonly roleNameLower: string;
	  }
	| { readonly type: 'service'; readonly text: string; readonly span: Span }
	| {
			readonly type: 'federated';
			readonly text: string;
			readonly span: Span;
			/** `saml` for a SAML provider ARN, `oidc` for everything else. */
			readonly provider: 'saml' | 'oidc';
	  }
	/** Canonical user IDs and unique IDs: accepted, never match (W14). */
	| { readonly type: 'never'; readonly text: string; readonly span: Span };

/** Principal or NotPrincipal of a statement. */
export interface PrincipalElement {
	readonly not: boolean;
	readonly span: Span;
	readonly entries: readonly PrincipalEntry[];
}

/** Base operators of spec §3.4 (canonical spelling). */
export type BaseOperator =
	| 'StringEquals'
	| 'StringNotEquals'
	| 'StringEqualsIgnoreCase'
	| 'StringNotEqualsIgnoreCase'
	| 'StringLike'
	| 'StringNotLike'
	| 'NumericEquals'
	| 'NumericNotEquals'
	| 'NumericLessThan'
	| 'NumericLessThanEquals'
	| 'NumericGreaterThan'
	| 'NumericGreaterThanEquals'
	| 'DateEquals'
	| 'DateNotEquals'
	| 'DateLessThan'
	| 'DateLessThanEquals'
	| 'DateGreaterThan'
	| 'DateGreaterThanEquals'
	| 'Bool'
	| 'BinaryEquals'
	| 'IpAddress'
	| 'NotIpAddress'
	| 'ArnEquals'
	| 'ArnLike'
	| 'ArnNotEquals'
	| 'ArnNotLike'
	| 'Null';

/** A parsed condition operator: `ForAnyValue:StringLikeIfExists` → set `any`, base `StringLike`, ifExists. */
export interface OperatorSpec {
	/** As written. */
	readonly text: string;
	readonly base: BaseOperator;
	readonly set?: 'all' | 'any';
	readonly ifExists: boolean;
}

/** One key under one operator, with its policy values. */
export interface ConditionClause {
	readonly operator: OperatorSpec;
	/** The key as written. */
	readonly key: string;
	/** Lower-cased key for context lookup (keys are case-insensitive, spec §3.2). */
	readonly keyLower: string;
	/** Policy values as canonical strings (numbers and booleans converted, spec §1.1). */
	readonly values: readonly string[];
	/**
	 * The same values split for policy variables, present only when variables are
	 * recognised here (2012-10-17, String/Arn/Bool operators) and at least one value holds `${`.
	 */
	readonly templates?: readonly Template[];
	/** The `"key": value` property's span. */
	readonly span: Span;
	/** Span of each value, parallel to `values`. */
	readonly valueSpans: readonly Span[];
	/**
	 * Each value compiled for the operator's type, parallel to `values`. Set by
	 * `conditions/compile-clause.ts`; a clause built by hand without it is
	 * compiled on first evaluation.
	 */
	readonly compiled?: readonly CompiledValue[];
	/** The base operator's row of the operator table, looked up once; set together with `compiled`. */
	readonly info?: OperatorInfo;
}

/** What the evaluator needs to know about one base operator (the table is conditions/operators.ts). */
export interface OperatorInfo {
	/** The value type it compares. */
	readonly type: 'string' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null';
	/** Negated twin (spec §3.1): passes only when no policy value matches (NOR). */
	readonly negated: boolean;
	/** Policy variables are substituted in its values (spec §3.6). */
	readonly variables: boolean;
	/** `*` and `?` in its values are wildcards. */
	readonly wildcards: boolean;
	/** Both sides are lower-cased before comparing. */
	readonly ignoreCase?: boolean;
	/** How numeric and date operators compare context (left) with policy (right); `eq` for the others. */
	readonly compare: 'eq' | 'lt' | 'le' | 'gt' | 'ge';
}

/**
 * A condition's policy value, prepared once for its operator's type so that
 * evaluation does no parsing (conditions/compile-clause.ts).
 */
export type CompiledValue =
	/** Does not parse for the operator (W07): matches nothing. */
	| { readonly kind: 'never' }
	/** String equality text; lower-cased under the `IgnoreCase` operators. */
	| { readonly kind: 'text'; readonly text: string }
	/** A `StringLike` pattern. */
	| { readonly kind: 'glob'; readonly glob: Glob }
	/** A date as milliseconds since the epoch, or a `Bool`/`Null` truth as 1 or 0. */
	| { readonly kind: 'number'; readonly value: number }
	/**
	 * A `Numeric…` value: its decimal text, and the number when that is exact
	 * (NaN past 15 characters, where a double may round: the text is compared).
	 */
	| { readonly kind: 'decimal'; readonly value: number; readonly text: string }
	/** `BinaryEquals`: the decoded bytes. */
	| { readonly kind: 'bytes'; readonly bytes: readonly number[] }
	/** An IPv4 block: network and mask as unsigned 32-bit numbers. */
	| { readonly kind: 'ipv4'; readonly network: number; readonly mask: number }
	/** An IPv6 block: the 16 network bytes (host bits cleared) and the prefix length. */
	| { readonly kind: 'ipv6'; readonly bytes: readonly number[]; readonly prefix: number }
	/** An ARN pattern: one glob per field, six fields. */
	| { readonly kind: 'arn'; readonly fields: readonly Glob[] }
	/** A value holding policy variables: substituted against the context when evaluated. */
	| { readonly kind: 'template'; readonly template: Template };

/** One compiled statement. */
export interface Statement {
	readonly index: number;
	readonly sid?: string;
	readonly effect: Effect;
	readonly span: Span;
	/** Absent only in a statement that failed to parse (never reaches evaluation). */
	readonly principal?: PrincipalElement;
	readonly action: {
		readonly not: boolean;
		readonly span: Span;
		readonly patterns: readonly ActionPattern[];
	};
	/** Absent in trust policies (no resource element there). */
	readonly resource?: {
		readonly not: boolean;
		readonly span: Span;
		readonly patterns: readonly ResourcePattern[];
	};
	readonly conditions: readonly ConditionClause[];
}

/** One compiled policy document. */
export interface Policy {
	readonly type: PolicyType;
	/** `policyName` in results (spec §4.3). */
	readonly name: string;
	/** JSON path of the document in the scenario (or `[]` for a standalone text). */
	readonly path: readonly (string | number)[];
	readonly span: Span;
	/**
	 * Set for an AWS managed policy: its spans point into the catalog's document
	 * text, not into the scenario (its `path` is the PolicyRef's).
	 */
	readonly managedArn?: string;
	/** `2012-10-17`, `2008-10-17`, or undefined when absent (2008 semantics). */
	readonly version?: string;
	readonly statements: readonly Statement[];
}

/** One level of SCPs or RCPs, root first. */
export interface Level {
	readonly name: string;
	readonly policies: readonly Policy[];
}

/** The request principal, classified once (spec §2.3). */
export interface RequestPrincipal {
	readonly text: string;
	readonly kind: PrincipalKind;
	readonly partition?: string;
	readonly account?: string;
	/** user: full ARN; federated: its ARN; session: session ARN; role: role ARN. */
	readonly arn?: string;
	/** user / federated: the name (last path segment). */
	readonly name?: string;
	/** role / session: role name lower-cased. */
	readonly roleNameLower?: string;
	/** role / session: the role name as written. */
	readonly roleName?: string;
	/** Service-linked role (spec §2.3). */
	readonly serviceLinkedRole: boolean;
}

/** A context entry after derivation: values as canonical strings. */
export interface ContextEntry {
	/** The key as written (or derived). */
	readonly key: string;
	/** Canonical string values (booleans `true`/`false`, numbers as written in decimal). */
	readonly values: readonly string[];
	/** An array in the scenario (even of one item). */
	readonly multi: boolean;
	/** The value as given, for echoing. */
	readonly raw: ContextValue;
}

/** The request, compiled: classified principal, split action and resource, effective context. */
export interface Request {
	readonly principal: RequestPrincipal;
	readonly action: string;
	/** The whole action lower-cased. */
	readonly actionLower: string;
	/** Lower-cased service prefix and name, split at the first colon. */
	readonly actionService: string;
	readonly actionName: string;
	readonly resource: string;
	/** The six fields of the resource ARN (empty for `*`). */
	readonly resourceFields: readonly string[];
	/** The ARN up to and including its fifth colon (`arn:aws:s3:::`); empty for `*`. */
	readonly resourceHead: string;
	readonly resourceAccount?: string;
	/** Effective context: lower-cased key → entry (derived keys included). */
	readonly context: ReadonlyMap<string, ContextEntry>;
}

/** A whole compiled scenario, ready to evaluate many times. */
export interface CompiledScenario {
	readonly name?: string;
	readonly request: Request;
	readonly identityPolicies: readonly Policy[];
	readonly resourcePolicy?: Policy;
	readonly permissionsBoundary?: Policy;
	readonly sessionPolicy?: Policy;
	readonly serviceControlPolicies?: readonly Level[];
	readonly resourceControlPolicies?: readonly Level[];
	/** Warnings found while reading it; echoed in every result. */
	readonly warnings: readonly Diagnostic[];
}
