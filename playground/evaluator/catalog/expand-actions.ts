/**
 * Which known actions an Action pattern covers, for effective-permission
 * tables and reference pages. Matching is the evaluator's own (spec §2.1):
 * split at the first colon, both halves globbed case-insensitively.
 */
import { compileGlob, matchGlob } from '../match/wildcard.ts';
import type { ActionInfo, ServiceCatalog } from './types.ts';

/** One action an expansion found: its service prefix and its catalog entry. */
export interface ExpandedAction {
	readonly service: string;
	readonly action: ActionInfo;
}

/**
 * Every action of the loaded services that `pattern` matches, by service
 * prefix, then action name. `*` alone is every action of every loaded
 * service; a pattern without a colon matches nothing.
 */
export function expandActionPattern(pattern: string, services: ServiceCatalog): ExpandedAction[] {
	let serviceGlob = compileGlob('*', true);
	let nameGlob = serviceGlob;
	if (pattern !== '*') {
		const colon = pattern.indexOf(':');
		if (colon < 0) return [];
		serviceGlob = compileGlob(pattern.slice(0, colon), true);
		nameGlob = compileGlob(pattern.slice(colon + 1), true);
	}
	const found: ExpandedAction[] = [];
	for (const prefix of [...services.prefixes()].sort()) {
		if (!matchGlob(serviceGlob, prefix)) continue;
		const info = services.service(prefix);
		if (info === undefined) continue;
		const names = Object.keys(info.actions).sort();
		for (const lower of names) {
			if (matchGlob(nameGlob, lower))
				found.push({ service: prefix, action: info.actions[lower] as ActionInfo });
		}
	}
	return found;
}
