/**
 * Action entries against the service catalog: unknown service prefixes (W30),
 * unknown actions (W31) and wildcard patterns that match nothing (W32). Also
 * works out which catalog actions the statement covers, for the checks of
 * resources and condition keys that follow.
 */
import type { ExpandedAction } from '../catalog/expand-actions.ts';
import type { ActionInfo, ServiceCatalog } from '../catalog/types.ts';
import { hasWildcard, matchGlob } from '../match/wildcard.ts';
import type { ActionPattern, Policy, Statement } from '../model.ts';
import type { Diagnostic } from '../types.ts';
import { catalogWarning } from './codes.ts';
import { actionName, elementPath } from './element-path.ts';
import { closestName } from './suggest.ts';

/** The actions a statement's `Action` element covers. */
export interface ResolvedActions {
	/** Every catalog action some entry covers (meaningful when `complete`). */
	readonly actions: readonly ExpandedAction[];
	/**
	 * True when every entry was resolved: an `Action` (not `NotAction`) element
	 * without `*` alone, each entry's services known and loaded, each entry
	 * matching at least one action.
	 */
	readonly complete: boolean;
	/** Entries that got W30–W32 (later checks skip them). */
	readonly flagged: ReadonlySet<ActionPattern>;
}

/** Check each Action/NotAction entry (W30–W32) and resolve the statement's actions. */
export function checkActions(
	policy: Policy,
	statement: Statement,
	services: ServiceCatalog,
	out: Diagnostic[],
): ResolvedActions {
	const actions: ExpandedAction[] = [];
	const flagged = new Set<ActionPattern>();
	let complete = !statement.action.not;
	const prefixes = services.prefixes();
	statement.action.patterns.forEach((pattern, i) => {
		const path = elementPath(policy, statement, statement.action, actionName(statement), i);
		const warn = (code: 'W30' | 'W31' | 'W32', message: string, help?: string): void => {
			flagged.add(pattern);
			out.push(catalogWarning(code, message, pattern.span, path, help));
			complete = false;
		};
		if (pattern.any) {
			complete = false;
			return;
		}
		const colon = pattern.text.indexOf(':');
		const serviceText = pattern.text.slice(0, colon);
		const nameText = pattern.text.slice(colon + 1);
		const matching = hasWildcard(serviceText)
			? prefixes.filter((p) => matchGlob(pattern.service, p))
			: _prefixSet(prefixes).has(serviceText.toLowerCase())
				? [serviceText.toLowerCase()]
				: [];
		if (matching.length === 0) {
			if (hasWildcard(serviceText)) {
				warn('W30', `no known service prefix matches \`${serviceText}\` in \`${pattern.text}\``);
			} else {
				const near = closestName(serviceText, prefixes);
				const help = near === undefined ? undefined : `did you mean \`${near}:${nameText}\`?`;
				warn('W30', `unknown service prefix \`${serviceText}\` in \`${pattern.text}\``, help);
			}
			return;
		}
		const found: ExpandedAction[] = [];
		let allLoaded = true;
		for (const prefix of matching) {
			const info = services.service(prefix);
			if (info === undefined) {
				allLoaded = false;
				continue;
			}
			if (!hasWildcard(nameText)) {
				// An exact name is one look-up, not a scan: most entries are exact.
				const lower = nameText.toLowerCase();
				// Own keys only: `s3:constructor` must not find `Object.prototype.constructor`.
				if (Object.hasOwn(info.actions, lower)) {
					found.push({ service: prefix, action: info.actions[lower] as ActionInfo });
				}
				continue;
			}
			for (const [lower, action] of _entries(info.actions)) {
				if (matchGlob(pattern.name, lower)) found.push({ service: prefix, action });
			}
		}
		if (!allLoaded) complete = false;
		if (found.length > 0 || !allLoaded) {
			actions.push(...found);
			return;
		}
		if (!hasWildcard(pattern.text)) {
			const prefix = matching[0] as string;
			const names = Object.values(services.service(prefix)?.actions ?? {}).map(
				(a: ActionInfo) => a.name,
			);
			const near = closestName(nameText, names);
			const help = near === undefined ? undefined : `did you mean \`${prefix}:${near}\`?`;
			warn('W31', `unknown action \`${pattern.text}\``, help);
		} else {
			const where = matching.length === 1 ? `\`${matching[0]}\`` : 'the services it names';
			warn('W32', `\`${pattern.text}\` matches no action of ${where}`);
		}
	});
	return { actions, complete, flagged };
}

// Per-catalog caches, so that checking many policies does not rebuild them.
const _prefixSets = new WeakMap<readonly string[], ReadonlySet<string>>();
const _actionEntries = new WeakMap<object, readonly (readonly [string, ActionInfo])[]>();

function _prefixSet(prefixes: readonly string[]): ReadonlySet<string> {
	let set = _prefixSets.get(prefixes);
	if (set === undefined) {
		set = new Set(prefixes);
		_prefixSets.set(prefixes, set);
	}
	return set;
}

function _entries(
	actions: Readonly<Record<string, ActionInfo>>,
): readonly (readonly [string, ActionInfo])[] {
	let entries = _actionEntries.get(actions);
	if (entries === undefined) {
		entries = Object.entries(actions);
		_actionEntries.set(actions, entries);
	}
	return entries;
}
