/**
 * Evaluate a compiled scenario: classify the request, collect the applying
 * statements, combine them into a decision. `explain` does the same walk
 * with every statement explained and every gate recorded.
 */
import type { CompiledScenario } from '../model.ts';
import type {
	ContextValue,
	DecisiveStatement,
	ExplainedResult,
	GateStep,
	PolicyExplanation,
	Result,
} from '../types.ts';
import { collect, type Hit } from './collect.ts';
import { combine } from './combine.ts';
import { newMatchRound } from '../match/wildcard.ts';
import { requestFacts } from './request-facts.ts';

/** The decision, its decisive statements and the gate that made it. */
export function evaluate(scenario: CompiledScenario): Result {
	newMatchRound();
	const facts = requestFacts(scenario);
	const combined = combine(scenario, facts, collect(scenario, facts));
	return {
		decision: combined.decision,
		decisiveStatements: combined.decisive.map(decisiveStatement),
		decidedBy: combined.decidedBy,
		warnings: scenario.warnings,
	};
}

/** The decision with the full story: every gate, policy and statement, and the effective context. */
export function explain(scenario: CompiledScenario): ExplainedResult {
	newMatchRound();
	const facts = requestFacts(scenario);
	const policies: PolicyExplanation[] = [];
	const steps: GateStep[] = [];
	const combined = combine(scenario, facts, collect(scenario, facts, policies), steps);
	const context: Record<string, ContextValue> = {};
	for (const entry of scenario.request.context.values()) context[entry.key] = entry.raw;
	return {
		decision: combined.decision,
		decisiveStatements: combined.decisive.map(decisiveStatement),
		decidedBy: combined.decidedBy,
		warnings: scenario.warnings,
		steps,
		policies,
		context,
		request: facts,
	};
}

function decisiveStatement(hit: Hit): DecisiveStatement {
	const statement = hit.policy.statements[hit.statementIndex]!;
	return {
		policyType: hit.policy.type,
		policyName: hit.policy.name,
		statementIndex: hit.statementIndex,
		...(statement.sid === undefined ? {} : { sid: statement.sid }),
		effect: statement.effect,
	};
}
