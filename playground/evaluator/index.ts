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
