/**
 * JSON paths of statement parts for catalog warnings. The compiled model keeps
 * spans, not paths; an element written as a lone string (`"Action": "s3:*"`)
 * has one entry whose span is the element's own, and its path has no index.
 */
import type { Policy, Statement } from '../model.ts';
import type { JsonPath, Span } from '../types.ts';

// Statements written as a lone object (`"Statement": {…}`): their path has no index.
const _lone = new WeakSet<Statement>();

/**
 * Record that `statement` was written as the lone `Statement` object when the
 * text shows it: the nearest non-blank character before its span is the `:`
 * of `"Statement":` rather than `[`. The compiled model does not say.
 */
export function noteLoneStatement(policy: Policy, text: string): void {
	const only = policy.statements.length === 1 ? policy.statements[0] : undefined;
	if (only === undefined) return;
	let at = only.span.offset - 1;
	while (at >= 0 && /\s/.test(text[at] as string)) at--;
	if (text[at] === ':') _lone.add(only);
}

/** Path of a statement: `[...policy.path, 'Statement', index]`, without the index for a lone object. */
export function statementPath(policy: Policy, statement: Statement): JsonPath {
	return _lone.has(statement)
		? [...policy.path, 'Statement']
		: [...policy.path, 'Statement', statement.index];
}

/**
 * Path of entry `i` of an element (`Action`, `NotResource`, ...), or of the
 * element itself when `i` is undefined or the element is a lone string.
 */
export function elementPath(
	policy: Policy,
	statement: Statement,
	element: { readonly span: Span; readonly patterns: readonly { readonly span: Span }[] },
	name: string,
	i?: number,
): JsonPath {
	const path = [...statementPath(policy, statement), name];
	if (i === undefined) return path;
	const only = element.patterns.length === 1 ? element.patterns[0] : undefined;
	const lone =
		only !== undefined &&
		only.span.offset === element.span.offset &&
		only.span.length === element.span.length;
	return lone ? path : [...path, i];
}

/** `NotAction` or `Action`. */
export function actionName(statement: Statement): string {
	return statement.action.not ? 'NotAction' : 'Action';
}

/** `NotResource` or `Resource`. */
export function resourceName(statement: Statement): string {
	return statement.resource?.not ? 'NotResource' : 'Resource';
}

/** Up to `max` items in backticks, comma-separated, with `…` when there are more. */
export function listQuoted(items: readonly string[], max = 3): string {
	const shown = items.slice(0, max).map((s) => '`' + s + '`');
	return shown.join(', ') + (items.length > max ? ', …' : '');
}
