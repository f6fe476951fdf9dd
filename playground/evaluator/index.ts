/**
 * The IAM policy evaluator: the curated public surface.
 *
 * - {@link parseScenario} reads a scenario from JSON text (positions kept),
 *   validates it and compiles it; problems come back as diagnostics, never as
 *   exceptions.
 * - {@link evaluate} answers the access question for a compiled scenario;
 *   {@link explain} answers it with the full story (every gate, policy and
 *   statement), for the playground and `iam-eval --explain`.
 * - {@link parsePolicy} reads one policy document on its own (an editor pane).
 *
 * Pure TypeScript: no DOM, no Node APIs. Catalogs are passed in as look-ups.
 */
export type {
	ConditionCheck,
	ContextScalar,
	ContextValue,
	Decision,
	DecisiveStatement,
	Diagnostic,
	Effect,
	ElementCheck,
	ExplainedResult,
	Gate,
	GateStep,
	IdentityLevel,
	JsonPath,
	PolicyExplanation,
	PolicyType,
	PrincipalKind,
	PrincipalMatchKind,
	RequestFacts,
	Result,
	Severity,
	Span,
	StatementExplanation,
} from './types.ts';
export type { CompiledScenario, Policy } from './model.ts';
export type {
	AccessLevel,
	ActionInfo,
	ConditionKeyInfo,
	ManagedPolicyCatalog,
	ResourceTypeInfo,
	ServiceCatalog,
	ServiceInfo,
} from './catalog/types.ts';

/** Parse one scenario from JSON text: diagnostics with spans, and the compiled scenario when valid. */
export { forEachScenario, parseScenario, parseScenarios } from './parse/scenario.ts';
export type { ParseOptions, ParsedScenario } from './parse/scenario.ts';
/** Parse one policy document on its own (an editor pane) for a given role. */
export { parsePolicy } from './parse/policy.ts';
export type { ParsedPolicy, PolicyRole } from './parse/policy.ts';
/** Evaluate a compiled scenario; `explain` adds every gate, policy and statement. */
export { evaluate, explain } from './decide/evaluate.ts';
/** Sentences for results, statements, conditions and gates. */
export {
	DECISION_WORDS,
	GATE_PHRASES,
	describeCondition,
	describeDecision,
	describeReason,
	describeResult,
	describeStatement,
	describeStep,
	statementLabel,
} from './explain/sentences.ts';
/** A verdict's label and its reasons, as cases, embeds and the playground show them. */
export { INVALID_LABEL, reasons, VERDICT_LABELS } from './explain/reasons.ts';
/** The code spans (backticks) of every sentence above, read one way. */
export { codeSpans } from './explain/code-spans.ts';
export type { CodeSpan } from './explain/code-spans.ts';
/** How a policy is named in a sentence. */
export { policyPhrase } from './explain/policy-phrase.ts';
export type { ResourcePolicyKind } from './explain/policy-phrase.ts';
/** IAM's wildcard match (`*` and `?`, no other special characters): the one glob of the project. */
export { compileGlob, matchGlob } from './match/wildcard.ts';
/** One answer for both hops of a role: assume it, then use its session. */
export { CONDITIONAL_HOP, describeTwoHops } from './explain/two-hops.ts';
export type { TwoHopsAnswer, TwoHopsInput } from './explain/two-hops.ts';
/** Offsets to line and column, JSON paths to text: for the edges. */
export { createLineIndex, formatJsonPath } from './text-position.ts';
export type { LineColumn } from './text-position.ts';
/** Service principals a role is passed to (`iam:PassRole`): W15's confused-deputy advice skips them. */
export { PASS_ROLE_SERVICES } from './parse/pass-role-services.ts';
export { ACCESS_LEVELS, accessLevelOf } from './catalog/access-level.ts';
