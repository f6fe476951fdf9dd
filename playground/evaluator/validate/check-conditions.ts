/**
 * Condition keys against the catalog: a key none of the statement's actions
 * supports (W34) and an `aws:` key that is not a global key (W38). Keys with
 * a `${TagKey}`-style placeholder in the catalog match any text there.
 */
import type { ConditionKeyInfo, ServiceCatalog } from '../catalog/types.ts';
import { compileGlob, matchGlob } from '../match/wildcard.ts';
import type { Glob, Policy, Statement } from '../model.ts';
import type { Diagnostic } from '../types.ts';
import type { ResolvedActions } from './check-actions.ts';
import { catalogWarning } from './codes.ts';
import { listQuoted, statementPath } from './element-path.ts';
import { closestName } from './suggest.ts';

/** A catalog key as written and as a case-insensitive glob. */
interface _KeyGlob {
	readonly key: string;
	readonly glob: Glob;
}

// Global keys compiled once per catalog record.
const _globalCache = new WeakMap<object, readonly _KeyGlob[]>();

/** Check every condition key of a statement (W34, W38). */
export function checkConditionKeys(
	policy: Policy,
	statement: Statement,
	resolved: ResolvedActions,
	services: ServiceCatalog,
	out: Diagnostic[],
): void {
	if (statement.conditions.length === 0) return;
	const globalRecord = services.globalConditionKeys?.();
	const globals = globalRecord === undefined ? undefined : _globals(globalRecord);
	let supported: readonly _KeyGlob[] | undefined;
	for (const clause of statement.conditions) {
		const path = [
			...statementPath(policy, statement),
			'Condition',
			clause.operator.text,
			clause.key,
		];
		const isAws = clause.keyLower.startsWith('aws:');
		if (globals !== undefined && globals.some((g) => matchGlob(g.glob, clause.keyLower))) continue;
		if (isAws) {
			if (globals === undefined) continue;
			const near = closestName(
				clause.key,
				globals.map((g) => g.key),
			);
			out.push(
				catalogWarning(
					'W38',
					`unknown global condition key \`${clause.key}\``,
					clause.span,
					path,
					near === undefined ? undefined : `did you mean \`${near}\`?`,
				),
			);
			continue;
		}
		if (!resolved.complete) continue;
		// OIDC provider keys (`token.actions.githubusercontent.com:sub`) name the provider
		// by URL and stand for whatever claims it issues; the catalog lists only some.
		if (_isProviderKey(clause.keyLower)) continue;
		supported ??= _supportedKeys(resolved, services);
		if (supported.some((k) => matchGlob(k.glob, clause.keyLower))) continue;
		const names = [...new Set(resolved.actions.map((a) => `${a.service}:${a.action.name}`))];
		const keys = supported.map((k) => k.key).filter((k) => !k.toLowerCase().startsWith('aws:'));
		const near = closestName(clause.key, keys);
		const help =
			near !== undefined
				? `did you mean \`${near}\`?`
				: keys.length > 0
					? `keys these actions support: ${listQuoted(keys, 5)}`
					: 'these actions support no service-specific condition keys';
		out.push(
			catalogWarning(
				'W34',
				`condition key \`${clause.key}\` is not supported by ${listQuoted(names)}`,
				clause.span,
				path,
				help,
			),
		);
	}
}

/** The keys the resolved actions support: their own, their resource types', those types' keys. */
function _supportedKeys(resolved: ResolvedActions, services: ServiceCatalog): _KeyGlob[] {
	const keys = new Set<string>();
	for (const { service, action } of resolved.actions) {
		for (const key of action.conditionKeys) keys.add(key);
		const types = services.service(service)?.resourceTypes;
		for (const type of action.resourceTypes) {
			for (const key of type.conditionKeys) keys.add(key);
			for (const key of types?.[type.name]?.conditionKeys ?? []) keys.add(key);
		}
	}
	return [...keys].sort().map(_keyGlob);
}

function _globals(record: Readonly<Record<string, ConditionKeyInfo>>): readonly _KeyGlob[] {
	let globs = _globalCache.get(record);
	if (globs === undefined) {
		globs = Object.values(record).map((k) => _keyGlob(k.key));
		_globalCache.set(record, globs);
	}
	return globs;
}

/** A key whose prefix is an identity provider's URL (it holds a dot). */
function _isProviderKey(keyLower: string): boolean {
	const colon = keyLower.indexOf(':');
	return colon > 0 && keyLower.slice(0, colon).includes('.');
}

// Catalog keys are a few thousand names: compile each once.
const _keyGlobs = new Map<string, _KeyGlob>();

/** `aws:ResourceTag/${TagKey}` (or `…/<key>`) → the glob `aws:resourcetag/*`. */
function _keyGlob(key: string): _KeyGlob {
	let glob = _keyGlobs.get(key);
	if (glob === undefined) {
		glob = { key, glob: compileGlob(key.replace(/\$\{[^}]*\}|<[^>]*>/g, '*'), true) };
		_keyGlobs.set(key, glob);
	}
	return glob;
}
