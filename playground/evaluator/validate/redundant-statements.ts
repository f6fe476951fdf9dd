/**
 * W37: a statement that another statement of the same policy already covers
 * — same effect, same principal, identical condition block, and each of its
 * action and resource entries inside an entry of the other. Deliberately
 * exact and simple: entries are compared one against one with the evaluator's
 * glob (`s3:Get*` covers `s3:GetObject`; two entries together covering a third
 * do not count).
 */
import { matchGlob } from '../match/wildcard.ts';
import type {
	ActionPattern,
	ConditionClause,
	Policy,
	ResourcePattern,
	Statement,
} from '../model.ts';
import type { Diagnostic } from '../types.ts';
import { catalogWarning } from './codes.ts';
import { statementPath } from './element-path.ts';

/** Report each statement that another statement of `policy` covers. */
export function checkRedundantStatements(policy: Policy, out: Diagnostic[]): void {
	// Effect, principal and condition block must be equal: group by them first.
	const groups = new Map<string, Statement[]>();
	for (const s of policy.statements) {
		const key = JSON.stringify([s.effect, _principalKey(s), _conditionKey(s.conditions)]);
		groups.set(key, [...(groups.get(key) ?? []), s]);
	}
	const found: [Statement, Statement][] = [];
	for (const statements of groups.values()) {
		for (const inner of statements) {
			const outer = statements.find(
				(s) => s !== inner && _covers(s, inner) && (s.index < inner.index || !_covers(inner, s)),
			);
			if (outer !== undefined) found.push([inner, outer]);
		}
	}
	found.sort(([a], [b]) => a.index - b.index);
	for (const [inner, outer] of found) {
		// Counted from 1, as in every sentence (see explain/sentences.ts).
		const name = outer.sid
			? `statement ${outer.index + 1} (\`${outer.sid}\`)`
			: `statement ${outer.index + 1}`;
		out.push(
			catalogWarning(
				'W37',
				`statement ${inner.index + 1} is redundant: ${name} already covers every request it ${inner.effect === 'Allow' ? 'allows' : 'denies'}`,
				inner.span,
				statementPath(policy, inner),
				'remove it, or merge the two statements',
			),
		);
	}
}

/**
 * Does `outer` apply to every request `inner` applies to? (Effect, principal
 * and conditions are already known to be equal.)
 */
function _covers(outer: Statement, inner: Statement): boolean {
	if (!_elementCovers(outer.action, inner.action, _actionCovers)) return false;
	if (outer.resource === undefined || inner.resource === undefined) {
		return outer.resource === inner.resource;
	}
	return _elementCovers(outer.resource, inner.resource, _resourceCovers);
}

/**
 * For positive elements every inner entry must sit inside an outer entry; for
 * `Not` elements it is the other way round (the outer may exclude less).
 */
function _elementCovers<P>(
	outer: { readonly not: boolean; readonly patterns: readonly P[] },
	inner: { readonly not: boolean; readonly patterns: readonly P[] },
	covers: (big: P, small: P) => boolean,
): boolean {
	if (outer.not !== inner.not) return false;
	const [big, small] = outer.not ? [inner, outer] : [outer, inner];
	return small.patterns.every((s) => big.patterns.some((b) => covers(b, s)));
}

/** Every action `small` names is named by `big`: `big` globs the text of `small`. */
function _actionCovers(big: ActionPattern, small: ActionPattern): boolean {
	if (big.any) return true;
	if (small.any) return matchGlob(big.service, '*') && matchGlob(big.name, '*');
	const text = small.text.toLowerCase();
	const colon = text.indexOf(':');
	return matchGlob(big.service, text.slice(0, colon)) && matchGlob(big.name, text.slice(colon + 1));
}

/** The same for resources, field by field; variables and short ARNs only when equal. */
function _resourceCovers(big: ResourcePattern, small: ResourcePattern): boolean {
	if (big.any) return true;
	if (small.any) return false;
	if (big.short || small.short || big.text.includes('${') || small.text.includes('${')) {
		return big.text === small.text;
	}
	const fields = _splitSix(small.text);
	for (let i = 0; i < 5; i++) {
		if (
			!matchGlob(big.fields[i] as NonNullable<(typeof big.fields)[number]>, fields[i] as string)
		) {
			return false;
		}
	}
	return matchGlob(big.last, fields[5] as string);
}

function _splitSix(arn: string): string[] {
	const fields: string[] = [];
	let at = 0;
	for (let i = 0; i < 5; i++) {
		const colon = arn.indexOf(':', at);
		fields.push(arn.slice(at, colon));
		at = colon + 1;
	}
	fields.push(arn.slice(at));
	return fields;
}

/** A canonical text of the principal element (order of entries ignored). */
function _principalKey(s: Statement): string {
	if (s.principal === undefined) return '';
	const entries = s.principal.entries.map((e) => `${e.type}=${e.text}`).sort();
	return JSON.stringify([s.principal.not, entries]);
}

/** A canonical text of a condition block (order of clauses and values ignored). */
function _conditionKey(clauses: readonly ConditionClause[]): string {
	const parts = clauses.map((c) =>
		JSON.stringify([
			c.operator.base,
			c.operator.set ?? '',
			c.operator.ifExists,
			c.keyLower,
			[...c.values].sort(),
		]),
	);
	return parts.sort().join('\n');
}
