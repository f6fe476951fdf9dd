/**
 * The one way the playground writes a policy document as pane text: JSON with
 * two-space indentation and a final newline, the layout of AWS's own examples.
 */
export function formatPolicyText(document: unknown): string {
	return JSON.stringify(document, null, 2) + '\n';
}
