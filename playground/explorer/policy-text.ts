/**
 * Policy documents as `get-account-authorization-details` prints them: the
 * API returns them URL-encoded (RFC 3986) strings, the AWS CLI decodes them
 * into JSON objects. Both become JSON text for `parsePolicy`.
 */

/** JSON text of a document, or a message saying why the value is not one. */
export function policyText(value: unknown): { text: string } | { problem: string } {
	if (value === undefined || value === null) return { problem: 'it is missing' };
	if (typeof value === 'object') return { text: JSON.stringify(value, null, 2) };
	if (typeof value !== 'string')
		return { problem: `expected a JSON object, found a ${typeof value}` };
	let text = value.trim();
	if (text.startsWith('%')) {
		try {
			// The API encodes spaces as `+` in some outputs; a literal `+` is `%2B`.
			text = decodeURIComponent(text.replace(/\+/g, ' '));
		} catch {
			return { problem: 'it is a URL-encoded string that does not decode' };
		}
	}
	if (!text.startsWith('{')) return { problem: 'it is a string that holds no JSON object' };
	return { text };
}
