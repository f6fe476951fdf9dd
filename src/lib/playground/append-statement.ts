/**
 * "What would change the answer" can add a statement to a policy pane. The
 * pane's text is read as JSON and written back in the playground's layout;
 * text that is not a policy object with a `Statement` is left alone.
 */
import { formatPolicyText } from '../../../playground/editor/format-policy-text.ts';

/**
 * The policy text with `statement` appended to its `Statement` (a lone
 * statement object becomes a list), or `undefined` when `text` is not a JSON
 * policy object.
 */
export function appendStatement(text: string, statement: object): string | undefined {
	let policy: unknown;
	try {
		policy = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (policy === null || typeof policy !== 'object' || Array.isArray(policy)) return undefined;
	const current = (policy as Record<string, unknown>).Statement;
	const statements =
		current === undefined ? [] : Array.isArray(current) ? [...(current as unknown[])] : [current];
	return formatPolicyText({
		Version: '2012-10-17',
		...(policy as Record<string, unknown>),
		Statement: [...statements, statement],
	});
}

/** A fresh policy document holding one statement, as pane text. */
export function policyWith(statement: object): string {
	return formatPolicyText({ Version: '2012-10-17', Statement: [statement] });
}
