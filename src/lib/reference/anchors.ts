/**
 * The anchor scheme of the generated service pages (stable: links from
 * outside rely on it):
 *
 * - an action: its name lower-cased, `PassRole` → `#passrole`;
 * - a resource type: `resource-` and its name slugged, `role` → `#resource-role`;
 * - a condition key: `key-` and the key slugged, `iam:PassedToService` →
 *   `#key-iam-passedtoservice`, `aws:RequestTag/${TagKey}` → `#key-aws-requesttag-tagkey`.
 *
 * Slugging lower-cases and turns every run of characters other than `a-z0-9`
 * into one `-`, trimmed at both ends. Action names are letters and digits only,
 * so the three kinds never collide.
 */

/** `PassRole` → `passrole`. */
export function actionAnchor(name: string): string {
	return name.toLowerCase();
}

/** `role` → `resource-role`. */
export function resourceTypeAnchor(name: string): string {
	return `resource-${_slug(name)}`;
}

/** `iam:PassedToService` → `key-iam-passedtoservice`. */
export function conditionKeyAnchor(key: string): string {
	return `key-${_slug(key)}`;
}

function _slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
