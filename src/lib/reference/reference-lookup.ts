/**
 * Resolves a name as written in prose or a policy (`iam:PassRole`,
 * `iam:PassedToService`, `iam:ResourceTag/team`) to its entry in the generated
 * service reference. Exact names only (case-insensitive, as IAM compares
 * them): wildcards and unknown names resolve to nothing.
 */
import type { ServiceCatalog } from '../../../playground/evaluator/index.ts';
import { actionPath, conditionKeyPath } from './reference-paths.ts';

/** One resolved entry. */
export interface ReferenceEntry {
	readonly kind: 'action' | 'key';
	/** Lower-cased service prefix: the page the entry lives on. */
	readonly prefix: string;
	/** As AWS spells it: `iam:PassRole`, `iam:ResourceTag/${TagKey}`. */
	readonly name: string;
	/** Root-relative link to the entry, without the deploy base. */
	readonly path: string;
}

/** Looks names up; see the file comment. */
export type ReferenceLookup = (name: string) => ReferenceEntry | undefined;

/**
 * A lookup over `services`. Only actions and the keys a service defines under
 * its own prefix resolve (global `aws:` keys have no service page).
 */
export function createReferenceLookup(services: ServiceCatalog): ReferenceLookup {
	const known = new Set(services.prefixes());
	const cache = new Map<string, ReferenceEntry | undefined>();
	return (name) => {
		const lower = name.toLowerCase();
		if (cache.has(lower)) return cache.get(lower);
		const entry = _resolve(lower, services, known);
		cache.set(lower, entry);
		return entry;
	};
}

const _NAME = /^([a-z0-9-]+):([a-z0-9_.\-/${}]+)$/;

function _resolve(
	lower: string,
	services: ServiceCatalog,
	known: ReadonlySet<string>,
): ReferenceEntry | undefined {
	const m = _NAME.exec(lower);
	if (m === null) return undefined;
	const prefix = m[1] as string;
	const rest = m[2] as string;
	if (!known.has(prefix)) return undefined;
	const info = services.service(prefix);
	if (info === undefined) return undefined;
	const action = Object.hasOwn(info.actions, rest) ? info.actions[rest] : undefined;
	if (action !== undefined) {
		return {
			kind: 'action',
			prefix,
			name: `${prefix}:${action.name}`,
			path: actionPath(prefix, action.name),
		};
	}
	const key = Object.hasOwn(info.conditionKeys, lower)
		? info.conditionKeys[lower]
		: _tagKeyTemplate(lower, info.conditionKeys);
	if (key === undefined) return undefined;
	return { kind: 'key', prefix, name: key.key, path: conditionKeyPath(prefix, key.key) };
}

/** `iam:resourcetag/team` → the `iam:ResourceTag/${TagKey}` entry, when the service has one. */
function _tagKeyTemplate<K extends { readonly key: string }>(
	lower: string,
	keys: Readonly<Record<string, K>>,
): K | undefined {
	const slash = lower.indexOf('/');
	if (slash < 0 || lower.includes('$')) return undefined;
	const head = lower.slice(0, slash + 1);
	for (const [name, info] of Object.entries(keys)) {
		if (name.startsWith(head) && name.slice(slash + 1).startsWith('${')) return info;
	}
	return undefined;
}
