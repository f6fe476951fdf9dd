/**
 * The three answers of a predict-the-verdict question, and what the reader
 * is told after choosing one.
 */
import type { Decision } from '../../../playground/evaluator/index.ts';

/** The choices, in the order they are offered. */
export const PREDICT_CHOICES: readonly { readonly decision: Decision; readonly label: string }[] = [
	{ decision: 'allowed', label: 'Allowed' },
	{ decision: 'explicitDeny', label: 'Explicit deny' },
	{ decision: 'implicitDeny', label: 'Implicit deny' },
];

/** The sentence after a choice: right, or what the answer is. */
export function predictFeedback(choice: Decision, answer: Decision): string {
	const label = (d: Decision): string => PREDICT_CHOICES.find((c) => c.decision === d)?.label ?? d;
	if (choice === answer) return `Right: ${label(answer).toLowerCase()}. Here is why.`;
	return `Not quite: you chose ${label(choice).toLowerCase()}, and the verdict is ${label(answer).toLowerCase()}. Here is why.`;
}
