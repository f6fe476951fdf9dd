/**
 * The prefilter: which pairs are worth asking the evaluator about. It reads
 * the Allow statements' Action and Resource entries as text and errs on the
 * side of "maybe" (a NotAction, a NotResource or an unknown policy variable
 * lets everything through); the verdict always comes from the evaluator.
 */
import type { Policy } from '../evaluator/index.ts';
import type { ExplorerPrincipal, PolicyUse } from './types.ts';

/** One Resource entry: a literal ARN (looked up), or a glob (tested). */
export interface ScopePattern {
	/** Lower case, when the entry has no wildcard. */
	readonly literal?: string;
	readonly re: RegExp;
}

/** The resources a principal's Allows name for some actions: every resource, or these patterns. */
export type ResourceScope =
	{ readonly any: true } | { readonly any: false; readonly patterns: readonly ScopePattern[] };

const _NONE: ResourceScope = { any: false, patterns: [] };
const _regexes = new Map<string, RegExp>();

/**
 * The resources the Allow statements of `uses` may grant one of `actions` on
 * (`actions` in lower case). `variables` are known policy-variable values
 * (lower-cased keys), e.g. `aws:username`; other variables match anything.
 */
export function allowScope(
	uses: readonly PolicyUse[],
	actions: readonly string[],
	variables: Readonly<Record<string, string>> = {},
): ResourceScope {
	const patterns: ScopePattern[] = [];
	for (const use of uses) {
		for (const statement of use.policy.statements) {
			if (statement.effect !== 'Allow' || !statementMayMatch(statement, actions)) continue;
			const resource = statement.resource;
			if (resource === undefined || resource.not) return { any: true };
			for (const pattern of resource.patterns) {
				if (pattern.any) return { any: true };
				const text = _substitute(pattern.text, variables);
				const literal = /[*?]/.test(text) ? undefined : text.toLowerCase();
				patterns.push({ ...(literal === undefined ? {} : { literal }), re: globRegex(text) });
			}
		}
	}
	return patterns.length === 0 ? _NONE : { any: false, patterns };
}

/** Whether `scope` may cover `arn`. */
export function inScope(scope: ResourceScope, arn: string): boolean {
	return scope.any || scope.patterns.some((p) => p.re.test(arn));
}

/**
 * The items of `all` whose ARN `scope` may cover; `byArn` (lower-cased ARN →
 * item) answers literal entries without a scan.
 */
export function itemsInScope<T extends { readonly arn: string }>(
	scope: ResourceScope,
	all: readonly T[],
	byArn: ReadonlyMap<string, T>,
): T[] {
	if (scope.any) return [...all];
	const found = new Set<T>();
	const globs: RegExp[] = [];
	for (const pattern of scope.patterns) {
		if (pattern.literal === undefined) globs.push(pattern.re);
		else {
			const item = byArn.get(pattern.literal);
			if (item !== undefined) found.add(item);
		}
	}
	if (globs.length > 0) {
		for (const item of all) if (globs.some((re) => re.test(item.arn))) found.add(item);
	}
	return [...found];
}

/** Whether the scope names anything at all. */
export function isEmptyScope(scope: ResourceScope): boolean {
	return !scope.any && scope.patterns.length === 0;
}

/** Does some Allow of `policy` name one of `actions` (lower case)? */
export function mayAllow(policy: Policy, actions: readonly string[]): boolean {
	return policy.statements.some((s) => s.effect === 'Allow' && statementMayMatch(s, actions));
}

/** Per statement and list of actions: the answer, since the same policies recur across principals. */
const _memo = new WeakMap<object, Map<string, boolean>>();

/**
 * Whether `statement`'s Action (or NotAction) covers one of `actions` (lower
 * case). The same as the evaluator's action match, without its exactness on
 * exotic globs, which only makes the prefilter say "maybe" more often.
 */
export function statementMayMatch(
	statement: Policy['statements'][number],
	actions: readonly string[],
): boolean {
	let memo = _memo.get(statement);
	if (memo === undefined) _memo.set(statement, (memo = new Map()));
	const key = actions.join(' ');
	let answer = memo.get(key);
	if (answer === undefined) {
		const names = (action: string) =>
			statement.action.patterns.some((p) => p.any || _actionMatches(p.text, action));
		answer = statement.action.not ? actions.some((a) => !names(a)) : actions.some(names);
		memo.set(key, answer);
	}
	return answer;
}

/** An Action entry against a lower-case action: literal service prefixes are compared first. */
function _actionMatches(text: string, action: string): boolean {
	const pattern = text.toLowerCase();
	if (!/[*?]/.test(pattern)) return pattern === action;
	const colon = pattern.indexOf(':');
	const service = colon < 0 ? '' : pattern.slice(0, colon + 1);
	if (service !== '' && !/[*?]/.test(service) && !action.startsWith(service)) return false;
	return globRegex(pattern).test(action);
}

/** `*` and `?` globs as a case-insensitive regular expression, cached by text. */
export function globRegex(glob: string): RegExp {
	let re = _regexes.get(glob);
	if (re === undefined) {
		const body = glob
			.replace(/[\\^$.|+()[\]{}]/g, '\\$&')
			.replace(/\*/g, '.*')
			.replace(/\?/g, '.');
		re = new RegExp(`^${body}$`, 'i');
		_regexes.set(glob, re);
	}
	return re;
}

/** Known variables replaced by their value, the others by `*` (so the pattern matches more, never less). */
function _substitute(text: string, variables: Readonly<Record<string, string>>): string {
	if (!text.includes('${')) return text;
	return text.replace(/\$\{([^}]*)\}/g, (_, inner: string) => {
		const name = (inner.split(',')[0] ?? '').trim().toLowerCase();
		return variables[name] ?? '*';
	});
}

/** Policy variables the prefilter can resolve for `p` (`${aws:username}` in self-service policies). */
export function principalVariables(p: ExplorerPrincipal): Record<string, string> {
	return p.kind === 'user' ? { 'aws:username': p.name } : {};
}
