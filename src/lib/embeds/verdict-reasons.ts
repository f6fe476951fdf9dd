/**
 * The verdict of an embed in words and its reasons as sentences (`code` in
 * backticks), from an explained result. Browser-safe: the live editors use it
 * on every keystroke, the build uses it for the first render, so both agree.
 */
import { describeStatement } from '../../../playground/evaluator/index.ts';
import type { Decision, ExplainedResult } from '../../../playground/evaluator/index.ts';

/** Each decision in words, never by colour alone (the same words as `<Scenario>`). */
export const VERDICT_LABELS: Readonly<Record<Decision, string>> = {
	allowed: 'Allowed',
	explicitDeny: 'Denied: explicit deny',
	implicitDeny: 'Denied: implicit deny',
};

/** The most statements listed one by one for an implicit deny. */
const _MAX = 4;

/**
 * Why the result came out so: for an allow or an explicit deny, one sentence
 * per decisive statement; for an implicit deny, the gate's sentence and why
 * each `Allow` statement that took part does not apply (at most four).
 */
export function verdictReasons(result: ExplainedResult): string[] {
	const sentences: string[] = [];
	const byKey = new Map(result.policies.map((p) => [`${p.policyType}\u0000${p.policyName}`, p]));
	for (const d of result.decisiveStatements) {
		const policy = byKey.get(`${d.policyType}\u0000${d.policyName}`);
		const statement = policy?.statements.find((s) => s.statementIndex === d.statementIndex);
		if (policy && statement)
			sentences.push(_sentence(describeStatement(result, policy, statement)));
	}
	if (sentences.length > 0) return sentences;
	if (result.decision === 'allowed') {
		return [`It is allowed by a rule, not by a statement (decided at \`${result.decidedBy}\`).`];
	}
	sentences.push(
		result.decidedBy === 'default'
			? 'No statement allows the request, so it is denied by default.'
			: `It is denied at the \`${result.decidedBy}\` step of the evaluation order.`,
	);
	let more = 0;
	for (const policy of result.policies) {
		if (!policy.considered) continue;
		for (const st of policy.statements) {
			if (st.effect !== 'Allow' || st.applies) continue;
			if (sentences.length <= _MAX)
				sentences.push(_sentence(describeStatement(result, policy, st)));
			else more++;
		}
	}
	if (more > 0)
		sentences.push(
			`${more} more \`Allow\` statement${more === 1 ? ' does' : 's do'} not apply either.`,
		);
	return sentences;
}

function _sentence(text: string): string {
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
