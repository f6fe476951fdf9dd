/**
 * Reading a condition operator name (spec §1.3): an optional `ForAllValues:` or
 * `ForAnyValue:` prefix, a base operator, an optional `IfExists` suffix. Names
 * match case-insensitively; the canonical spelling comes back so the parser can
 * raise W23 when the text differs from it.
 */
import type { BaseOperator, OperatorSpec } from '../model.ts';
import { OPERATORS } from './operators.ts';

const _BASES: ReadonlyMap<string, BaseOperator> = new Map(
	(Object.keys(OPERATORS) as BaseOperator[]).map((name) => [name.toLowerCase(), name]),
);

const _PREFIXES = [
	{ lower: 'forallvalues:', canonical: 'ForAllValues:', set: 'all' },
	{ lower: 'foranyvalue:', canonical: 'ForAnyValue:', set: 'any' },
] as const;

const _SUFFIX = 'ifexists';

/**
 * Parse an operator name such as `ForAnyValue:StringLikeIfExists`.
 * Returns undefined for unknown names and for `NullIfExists` (both E14).
 */
export function parseOperator(text: string): { spec: OperatorSpec; canonical: string } | undefined {
	let rest = text.toLowerCase();
	let prefix = '';
	let set: 'all' | 'any' | undefined;
	for (const candidate of _PREFIXES) {
		if (rest.startsWith(candidate.lower)) {
			rest = rest.slice(candidate.lower.length);
			prefix = candidate.canonical;
			set = candidate.set;
			break;
		}
	}
	let base = _BASES.get(rest);
	let ifExists = false;
	if (base === undefined && rest.endsWith(_SUFFIX)) {
		base = _BASES.get(rest.slice(0, -_SUFFIX.length));
		ifExists = true;
		if (base === 'Null') return undefined;
	}
	if (base === undefined) return undefined;
	const spec: OperatorSpec = { text, base, ifExists, ...(set === undefined ? {} : { set }) };
	return { spec, canonical: `${prefix}${base}${ifExists ? 'IfExists' : ''}` };
}
