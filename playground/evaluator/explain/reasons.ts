/**
 * A verdict and its reasons as a reader sees them under a case, an embed or
 * the playground: a label for the decision, then one sentence per decisive
 * statement, or, when no statement decided, the gate that did and why each
 * `Allow` that took part does not apply. Code-like text is in backticks.
 */
import type {
	Decision,
	ExplainedResult,
	PolicyExplanation,
	StatementExplanation,
} from '../types.ts';
import { describeReason, describeStatement, GATE_PHRASES, statementLabel } from './sentences.ts';

/** The decision as a label, in words (never by colour alone). */
export const VERDICT_LABELS: Readonly<Record<Decision, string>> = {
	allowed: 'Allowed',
	explicitDeny: 'Denied: explicit deny',
	implicitDeny: 'Denied: implicit deny',
};

/** The label of a scenario the evaluator refuses to decide. */
export const INVALID_LABEL = 'Rejected: invalid input';

/** The most `Allow` statements an implicit deny explains one by one before counting the rest. */
const _MAX_NOT_APPLYING = 4;

/**
 * What a decisive statement did and what matched, as one sentence:
 * "Statement 1 (Sid `Read`) of identity policy `app` allows the request: its
 * `Action` matches `s3:Get*`; its condition `Bool` on `aws:SecureTransport` holds."
 */
export function decisiveSentence(
	result: ExplainedResult,
	policy: PolicyExplanation,
	statement: StatementExplanation,
): string {
	const label = statementLabel(policy, statement, result.request.resourcePolicyKind);
	const verb = statement.effect === 'Allow' ? 'allows' : 'denies';
	const details: string[] = [];
	for (const check of [statement.principal, statement.action, statement.resource]) {
		if (!check?.passed) continue;
		if (check.element.startsWith('Not'))
			details.push(`the request is not excluded by its \`${check.element}\``);
		else if (check.matched)
			details.push(`its \`${check.element}\` matches \`${check.matched.text}\``);
	}
	const conditions = statement.conditions;
	if (conditions.length > 0 && conditions.every((c) => c.passed)) {
		const list = conditions.map((c) => `\`${c.operator}\` on \`${c.key}\``).join(', ');
		const [noun, verbs] = conditions.length === 1 ? ['condition', 'holds'] : ['conditions', 'hold'];
		details.push(`its ${noun} ${list} ${verbs}`);
	}
	const tail = details.length > 0 ? `: ${details.join('; ')}` : '';
	return `${_capital(label)} ${verb} the request${tail}.`;
}

/** The sentence for a result no statement decided: an implicit deny, or an allow by a rule. */
export function undecidedSentence(result: ExplainedResult): string {
	const gate = result.decidedBy;
	if (result.decision === 'allowed') {
		return `It is allowed by ${GATE_PHRASES[gate]}, not by a statement: no policy can deny this request.`;
	}
	if (gate === 'default') return 'No statement allows the request, so it is denied by default.';
	const step = result.steps.find((s) => s.gate === gate && s.outcome === 'decide');
	if ((gate === 'scp' || gate === 'rcp') && step?.levelName !== undefined) {
		const kind = gate === 'scp' ? 'service' : 'resource';
		return `No ${kind} control policy at level \`${step.levelName}\` allows the request, so it is denied there.`;
	}
	if (step?.reason !== undefined) {
		return `It is denied at ${GATE_PHRASES[gate]}: ${describeReason(step.reason)}.`;
	}
	return `Nothing allows the request where ${GATE_PHRASES[gate]} needs an allow, so it is denied.`;
}

/** For an implicit deny: why each `Allow` that took part does not apply (at most four, then a count). */
export function whyNoAllow(result: ExplainedResult): string[] {
	if (result.decision !== 'implicitDeny') return [];
	const sentences: string[] = [];
	let more = 0;
	for (const policy of result.policies) {
		if (!policy.considered) continue;
		for (const statement of policy.statements) {
			if (statement.effect !== 'Allow' || statement.applies) continue;
			if (sentences.length < _MAX_NOT_APPLYING) {
				sentences.push(`${_capital(describeStatement(result, policy, statement))}.`);
			} else more++;
		}
	}
	if (more > 0) {
		sentences.push(
			`${more} more \`Allow\` statement${more === 1 ? ' does' : 's do'} not apply either.`,
		);
	}
	return sentences;
}

/** Every reason for the verdict, as sentences: the decisive statements, or the gate and the near misses. */
export function reasons(result: ExplainedResult): string[] {
	const decisive: string[] = [];
	for (const d of result.decisiveStatements) {
		const policy = result.policies.find(
			(p) => p.policyType === d.policyType && p.policyName === d.policyName,
		);
		const statement = policy?.statements.find((s) => s.statementIndex === d.statementIndex);
		if (policy !== undefined && statement !== undefined) {
			decisive.push(decisiveSentence(result, policy, statement));
		}
	}
	if (decisive.length > 0) return decisive;
	return [undecidedSentence(result), ...whyNoAllow(result)];
}

function _capital(text: string): string {
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
