/**
 * Policy variables (spec §3.6): split text holding `${key}`,
 * `${key, 'default'}`, `${*}`, `${?}` or `${$}` into a `Template` once, so
 * that substitution at evaluation time is a walk over prepared parts.
 */
import type { Template, TemplatePart } from '../model.ts';

/**
 * Split `text` at its policy variables. A malformed variable (no closing
 * brace, missing quote, inner spaces, empty `${}`) stays literal text and sets
 * `malformed` (the caller raises W10).
 */
export function parseTemplate(text: string): { template: Template; malformed: boolean } {
	const parts: TemplatePart[] = [];
	let malformed = false;
	let literal = '';
	let at = 0;
	for (;;) {
		const start = text.indexOf('${', at);
		if (start < 0) break;
		const end = text.indexOf('}', start + 2);
		const variable = end < 0 ? undefined : _parseVariable(text.slice(start + 2, end));
		if (variable === undefined) {
			// Keep the `${` literal and look for the next variable after it.
			malformed = true;
			literal += text.slice(at, start + 2);
			at = start + 2;
			continue;
		}
		literal += text.slice(at, start);
		if (literal !== '') parts.push({ kind: 'text', text: literal });
		literal = '';
		parts.push(variable);
		at = end + 1;
	}
	literal += text.slice(at);
	if (literal !== '' || parts.length === 0) parts.push({ kind: 'text', text: literal });
	return { template: parts, malformed };
}

/** True when the template has at least one `${key}` (not only `${*}`-style literals). */
export function hasVariables(template: Template): boolean {
	return template.some((part) => part.kind === 'var');
}

/** The inside of `${…}`: a key, a key with a default, or one special character. */
function _parseVariable(inner: string): TemplatePart | undefined {
	if (inner === '*' || inner === '?' || inner === '$') return { kind: 'literal', text: inner };
	const comma = inner.indexOf(',');
	const key = comma < 0 ? inner : inner.slice(0, comma);
	if (!_isKey(key)) return undefined;
	if (comma < 0) return { kind: 'var', key: key.toLowerCase() };
	// Exactly `, '` then the default, then a closing quote at the very end.
	const rest = inner.slice(comma + 1);
	if (rest.length < 3 || rest[0] !== ' ' || rest[1] !== "'" || !rest.endsWith("'"))
		return undefined;
	const fallback = rest.slice(2, -1);
	if (fallback.includes("'")) return undefined;
	return { kind: 'var', key: key.toLowerCase(), default: fallback };
}

/** A key: non-empty, no spaces, quotes, braces, commas or `$`. */
function _isKey(key: string): boolean {
	if (key.length === 0) return false;
	for (let i = 0; i < key.length; i++) {
		const c = key.charCodeAt(i);
		// space, ' , $ { } and control characters
		if (c <= 32 || c === 39 || c === 44 || c === 36 || c === 123 || c === 125) return false;
	}
	return true;
}
