/** Splitting an ARN into its fields (spec §2.2 rule 3). */

/**
 * Split at the first five colons: at most six fields, the sixth keeping any
 * further colons (`log-group:x:log-stream:y`). Fewer colons give fewer fields.
 */
export function splitArn(text: string): string[] {
	const fields: string[] = [];
	let at = 0;
	while (fields.length < 5) {
		const colon = text.indexOf(':', at);
		if (colon < 0) break;
		fields.push(text.slice(at, colon));
		at = colon + 1;
	}
	fields.push(text.slice(at));
	return fields;
}
