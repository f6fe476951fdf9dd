/**
 * Statement highlights for a live embed's editor: every statement of the
 * policies written in the scenario (not AWS managed ones, whose text is not
 * in the editor), marked decisive, applying or not applying, with the
 * evaluator's sentence as its hover text. Spans point into the scenario text.
 */
import type { PaneMark } from '../../../playground/editor/types.ts';
import { describeStatement } from '../../../playground/evaluator/index.ts';
import type { ExplainedResult } from '../../../playground/evaluator/index.ts';

/** The marks of one explained result, in document order. */
export function statementMarks(result: ExplainedResult): PaneMark[] {
	const hop = result.request.resourcePolicyKind === 'trust' ? 'assume' : 'session';
	const decisive = new Set(
		result.decisiveStatements.map(
			(d) => `${d.policyType}\u0000${d.policyName}\u0000${d.statementIndex}`,
		),
	);
	const marks: PaneMark[] = [];
	for (const policy of result.policies) {
		if (policy.managedArn !== undefined) continue;
		for (const st of policy.statements) {
			const key = `${policy.policyType}\u0000${policy.policyName}\u0000${st.statementIndex}`;
			marks.push({
				span: st.span,
				kind: decisive.has(key) ? 'decisive' : st.applies ? 'applies' : 'notApplies',
				hop,
				statementIndex: st.statementIndex,
				message: describeStatement(result, policy, st),
			});
		}
	}
	return marks.sort((a, b) => a.span.offset - b.span.offset);
}
