/**
 * What one principal of the files can do in one service: every action of the
 * service asked of it — a user with its inline, group and managed policies and
 * boundary, a role as its session — on every resource (`*`), grouped by access
 * level as the playground's effective permissions show one role. An action
 * allowed only under request context the file does not fix (MFA, source IP, …)
 * is "conditional", as edges are. An action denied on `*` but named by an
 * Allow with narrower resources is asked again on each of them (a wildcard
 * read as one resource it covers): allowed there, it is listed as "on named
 * resources" with the resource that showed it.
 */
import { ACCESS_LEVELS, accessLevelOf } from '../evaluator/index.ts';
import type { AccessLevel, ServiceInfo } from '../evaluator/index.ts';
import { createAsker } from './ask.ts';
import { statementMayMatch } from './prefilter.ts';
import type { ExplorerPrincipal } from './types.ts';

/** One access level of a service: how many actions it has, and which are allowed. */
export interface AccessLevelRow {
	readonly level: AccessLevel;
	readonly total: number;
	/** `service:Action`, allowed outright on `*`. */
	readonly allowed: readonly string[];
	/** Allowed on `*` only under some request context. */
	readonly conditional: readonly string[];
	/** Not on `*`, but on a resource an Allow names: the action and that resource. */
	readonly scoped: readonly { readonly action: string; readonly resource: string }[];
}

/** Every action of `service` asked of `principal` at the instant `now`. */
export function effectiveAccess(
	principal: ExplorerPrincipal,
	service: ServiceInfo,
	now: Date,
): AccessLevelRow[] {
	const asker = createAsker(now);
	const identity = principal.identity.map((u) => u.policy);
	const rows = new Map(
		ACCESS_LEVELS.map((level) => [
			level,
			{
				level,
				total: 0,
				allowed: [] as string[],
				conditional: [] as string[],
				scoped: [] as { action: string; resource: string }[],
			},
		]),
	);
	for (const info of Object.values(service.actions)) {
		const row = rows.get(accessLevelOf(info.accessLevel) ?? 'Write')!;
		const action = `${service.prefix}:${info.name}`;
		row.total++;
		const ask = (resource: string) =>
			asker.ask({
				principal: principal.caller,
				action,
				resource,
				identity,
				...(principal.boundary ? { boundary: principal.boundary.policy } : {}),
			}).outcome;
		const outcome = ask('*');
		if (outcome === 'allowed') row.allowed.push(action);
		else if (outcome === 'conditional') row.conditional.push(action);
		else {
			const resource = _namedResources(principal, action).find((r) => ask(r) !== 'denied');
			if (resource !== undefined) row.scoped.push({ action, resource });
		}
	}
	return [...rows.values()].filter((row) => row.total > 0);
}

/**
 * The resources the principal's Allows name for `action`, each wildcard read as
 * one resource it covers (`x`); entries with policy variables are left out.
 */
function _namedResources(principal: ExplorerPrincipal, action: string): string[] {
	const actions = [action.toLowerCase()];
	const out = new Set<string>();
	for (const use of principal.identity) {
		for (const statement of use.policy.statements) {
			if (statement.effect !== 'Allow' || !statementMayMatch(statement, actions)) continue;
			for (const pattern of statement.resource?.not ? [] : (statement.resource?.patterns ?? [])) {
				if (!pattern.any && !pattern.text.includes('${'))
					out.add(pattern.text.replace(/[*?]/g, 'x'));
			}
		}
	}
	return [...out];
}
