/**
 * What a managed policy grants, by service and access level: every Action
 * pattern of the policy expanded against the service catalog with the
 * evaluator's own matching (`iam:Get*` — 60 actions). Statements with
 * conditions or narrower resources are flagged, not evaluated: the summary
 * says what a statement can reach, not what a request gets.
 */
import type { AccessLevel, ServiceCatalog } from '../../../playground/evaluator/index.ts';
import { expandActionPattern } from '../../../playground/evaluator/validate/index.ts';
import { ACCESS_LEVELS, accessLevelOf } from './service-view.ts';

/** One `Action` / `NotAction` entry and what it expands to. */
export interface PatternSummary {
	readonly effect: 'Allow' | 'Deny';
	/** `Action` or `NotAction`. */
	readonly element: 'Action' | 'NotAction';
	/** As written: `iam:Get*`. */
	readonly pattern: string;
	/** Catalog actions the pattern matches. */
	readonly count: number;
	/** The statement has a `Condition`. */
	readonly conditional: boolean;
	/** The statement's `Resource` is not just `*` (or it uses `NotResource`). */
	readonly scoped: boolean;
}

/** The actions one effect reaches in one service, by access level. */
export interface ServiceSummary {
	readonly prefix: string;
	readonly levels: readonly { readonly level: AccessLevel; readonly actions: readonly string[] }[];
	readonly total: number;
}

/** The whole summary of a policy document. */
export interface PolicySummary {
	readonly statements: number;
	readonly patterns: readonly PatternSummary[];
	/** What the Allow statements' `Action` lists reach, by service prefix. */
	readonly allowed: readonly ServiceSummary[];
	/** What the Deny statements' `Action` lists reach, by service prefix. */
	readonly denied: readonly ServiceSummary[];
	/** Action names or patterns that match no catalog action. */
	readonly unknown: readonly string[];
}

/** Pattern → its expansion, shared across policies (many repeat `s3:Get*`). */
export type ExpansionCache = Map<
	string,
	readonly { service: string; name: string; level: AccessLevel }[]
>;

interface _Statement {
	Effect?: unknown;
	Action?: unknown;
	NotAction?: unknown;
	Resource?: unknown;
	NotResource?: unknown;
	Condition?: unknown;
}

/** Summarizes the policy document `text` (JSON) against `services`. */
export function summarizePolicy(
	text: string,
	services: ServiceCatalog,
	cache: ExpansionCache = new Map(),
): PolicySummary {
	const doc = JSON.parse(text) as { Statement?: unknown };
	const statements = (
		Array.isArray(doc.Statement)
			? doc.Statement
			: doc.Statement === undefined
				? []
				: [doc.Statement]
	) as _Statement[];
	const patterns: PatternSummary[] = [];
	const allowed = new Map<string, Map<AccessLevel, Set<string>>>();
	const denied = new Map<string, Map<AccessLevel, Set<string>>>();
	const unknown = new Set<string>();

	for (const st of statements) {
		const effect = st.Effect === 'Deny' ? 'Deny' : 'Allow';
		const element = st.NotAction !== undefined ? 'NotAction' : 'Action';
		const conditional = st.Condition !== undefined;
		const resources = _list(st.Resource);
		const scoped =
			st.NotResource !== undefined || !(resources.length === 1 && resources[0] === '*');
		for (const pattern of _list(element === 'Action' ? st.Action : st.NotAction)) {
			const found = _expand(pattern, services, cache);
			if (found.length === 0) unknown.add(pattern);
			patterns.push({ effect, element, pattern, count: found.length, conditional, scoped });
			if (element === 'NotAction') continue;
			const into = effect === 'Allow' ? allowed : denied;
			for (const a of found) {
				let byLevel = into.get(a.service);
				if (byLevel === undefined) into.set(a.service, (byLevel = new Map()));
				let names = byLevel.get(a.level);
				if (names === undefined) byLevel.set(a.level, (names = new Set()));
				names.add(`${a.service}:${a.name}`);
			}
		}
	}
	return {
		statements: statements.length,
		patterns,
		allowed: _sorted(allowed),
		denied: _sorted(denied),
		unknown: [...unknown],
	};
}

function _expand(
	pattern: string,
	services: ServiceCatalog,
	cache: ExpansionCache,
): readonly { service: string; name: string; level: AccessLevel }[] {
	const key = pattern.toLowerCase();
	let found = cache.get(key);
	if (found === undefined) {
		found = expandActionPattern(pattern, services).map((e) => ({
			service: e.service,
			name: e.action.name,
			level: accessLevelOf(e.action.accessLevel),
		}));
		cache.set(key, found);
	}
	return found;
}

function _list(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
	return [];
}

function _sorted(map: Map<string, Map<AccessLevel, Set<string>>>): ServiceSummary[] {
	return [...map.keys()].sort().map((prefix) => {
		const byLevel = map.get(prefix) as Map<AccessLevel, Set<string>>;
		const levels = ACCESS_LEVELS.filter((l) => byLevel.has(l)).map((level) => ({
			level,
			actions: [...(byLevel.get(level) as Set<string>)].sort(),
		}));
		return { prefix, levels, total: levels.reduce((n, l) => n + l.actions.length, 0) };
	});
}
