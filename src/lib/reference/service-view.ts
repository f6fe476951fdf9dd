/**
 * What a generated service page prints, computed from the catalog: the
 * actions (sorted by name) with their access level, resource types,
 * condition keys and dependent actions; the resource types with ARN formats
 * and keys; the condition keys with type and description. Every name that has
 * an entry (here or on another service page) carries its link.
 */
import {
	ACCESS_LEVELS,
	accessLevelOf as levelOf,
	type AccessLevel,
	type ServiceCatalog,
	type ServiceInfo,
} from '../../../playground/evaluator/index.ts';
import { actionAnchor, conditionKeyAnchor, resourceTypeAnchor } from './anchors.ts';
import type { ReferenceLookup } from './reference-lookup.ts';
import { actionPath, conditionKeyPath, GLOBAL_CONDITION_KEYS_PATH } from './reference-paths.ts';
import type { ReferenceUsage, UsageSite } from './reference-usage.ts';

export { ACCESS_LEVELS };

/** The access level an action is listed under (the evaluator's reading); throws on a level AWS does not use. */
export function accessLevelOf(level: string): AccessLevel {
	const known = levelOf(level);
	if (known === undefined) {
		throw new Error(
			`unknown access level \`${level}\`; expected one of ${ACCESS_LEVELS.join(', ')}`,
		);
	}
	return known;
}

/** A name, linked when it has an entry. */
export interface LinkedName {
	readonly name: string;
	/** Root-relative link or `#anchor`, when the name has an entry. */
	readonly href?: string;
}

/** One row of the actions table. */
export interface ActionRow {
	readonly anchor: string;
	/** `PassRole`. */
	readonly name: string;
	/** `iam:PassRole`. */
	readonly qualified: string;
	readonly description: string;
	readonly accessLevel: AccessLevel;
	readonly resourceTypes: readonly (LinkedName & { readonly required: boolean })[];
	readonly conditionKeys: readonly LinkedName[];
	readonly dependentActions: readonly LinkedName[];
	readonly usedIn: readonly UsageSite[];
}

/** One resource type. */
export interface ResourceTypeRow {
	readonly anchor: string;
	readonly name: string;
	readonly arn: string;
	readonly conditionKeys: readonly LinkedName[];
}

/** One condition key. */
export interface ConditionKeyRow {
	readonly anchor: string;
	readonly key: string;
	readonly type: string;
	readonly description: string;
	readonly usedIn: readonly UsageSite[];
}

/** A whole service page. */
export interface ServiceView {
	readonly prefix: string;
	readonly name: string;
	readonly actions: readonly ActionRow[];
	/** Number of actions per access level, levels without actions left out. */
	readonly levels: readonly { readonly level: AccessLevel; readonly count: number }[];
	readonly resourceTypes: readonly ResourceTypeRow[];
	readonly conditionKeys: readonly ConditionKeyRow[];
}

/** Builds the view of one service; `lookup` resolves names of other services. */
export function buildServiceView(
	info: ServiceInfo,
	lookup: ReferenceLookup,
	usage: ReferenceUsage = new Map(),
): ServiceView {
	const prefix = info.prefix;
	const linkKey = (key: string): LinkedName => {
		if (Object.hasOwn(info.conditionKeys, key.toLowerCase())) {
			return { name: key, href: `#${conditionKeyAnchor(key)}` };
		}
		const entry = lookup(key);
		if (entry !== undefined) return { name: key, href: entry.path };
		// Global keys have no generated entry; the hand-written page explains them.
		return key.toLowerCase().startsWith('aws:')
			? { name: key, href: GLOBAL_CONDITION_KEYS_PATH }
			: { name: key };
	};
	const linkAction = (name: string): LinkedName => {
		const entry = lookup(name);
		if (entry === undefined || entry.kind !== 'action') return { name };
		return {
			name,
			href: entry.prefix === prefix ? `#${actionAnchor(name.split(':')[1] ?? '')}` : entry.path,
		};
	};
	const byName = (a: { name: string }, b: { name: string }): number =>
		a.name.toLowerCase() < b.name.toLowerCase()
			? -1
			: a.name.toLowerCase() > b.name.toLowerCase()
				? 1
				: 0;

	const actions = Object.values(info.actions)
		.map((action): ActionRow => {
			const anchor = actionAnchor(action.name);
			const keys = new Set<string>();
			const dependents = new Set<string>(action.dependentActions);
			for (const rt of action.resourceTypes) {
				for (const k of rt.conditionKeys) keys.add(k);
				for (const d of rt.dependentActions) dependents.add(d);
			}
			for (const k of action.conditionKeys) keys.add(k);
			return {
				anchor,
				name: action.name,
				qualified: `${prefix}:${action.name}`,
				description: action.description,
				accessLevel: accessLevelOf(action.accessLevel),
				resourceTypes: action.resourceTypes.map((rt) => ({
					name: rt.name,
					required: rt.required,
					...(Object.hasOwn(info.resourceTypes, rt.name)
						? { href: `#${resourceTypeAnchor(rt.name)}` }
						: {}),
				})),
				conditionKeys: [...keys].map(linkKey),
				dependentActions: [...dependents].map(linkAction),
				usedIn: usage.get(actionPath(prefix, action.name)) ?? [],
			};
		})
		.sort(byName);

	const levels = ACCESS_LEVELS.map((level) => ({
		level,
		count: actions.filter((a) => a.accessLevel === level).length,
	})).filter((l) => l.count > 0);

	const resourceTypes = Object.values(info.resourceTypes)
		.map((rt) => ({
			anchor: resourceTypeAnchor(rt.name),
			name: rt.name,
			arn: rt.arn,
			conditionKeys: rt.conditionKeys.map(linkKey),
		}))
		.sort(byName);

	const conditionKeys = Object.values(info.conditionKeys)
		.map((k) => {
			const anchor = conditionKeyAnchor(k.key);
			return {
				anchor,
				key: k.key,
				type: k.type,
				description: k.description,
				usedIn: usage.get(conditionKeyPath(prefix, k.key)) ?? [],
			};
		})
		.sort((a, b) => byName({ name: a.key }, { name: b.key }));

	return { prefix, name: info.name, actions, levels, resourceTypes, conditionKeys };
}

/** Every service of `services` with its name and counts, sorted by prefix. */
export function listServices(
	services: ServiceCatalog & {
		index(): Readonly<
			Record<
				string,
				{ name: string; actions: number; resourceTypes: number; conditionKeys: number }
			>
		>;
	},
): {
	prefix: string;
	name: string;
	actions: number;
	resourceTypes: number;
	conditionKeys: number;
}[] {
	return Object.entries(services.index())
		.map(([prefix, s]) => ({ prefix, ...s }))
		.sort((a, b) => (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0));
}
