/**
 * Effective permissions: every action of one service, asked of the role's
 * session (hop 2 with only its action and resource changed), grouped by
 * access level, so a reader sees at a glance what the policies grant.
 *
 * The resource rule is deliberately simple: an action that has resource
 * types is asked about hop 2's resource when that resource is an ARN of the
 * same service, and about `*` otherwise; an action without resource types is
 * always asked about `*`.
 */
import { ACCESS_LEVELS, accessLevelOf, evaluate, parseScenario } from '../evaluator/index.ts';
import type { ActionInfo, ManagedPolicyCatalog, ServiceCatalog } from '../evaluator/index.ts';
import { toScenarios } from './to-scenarios.ts';
import type { EffectivePermissionRow, EffectivePermissions, RoleDocument } from './types.ts';

/** Options of {@link effectivePermissions}. */
export interface EffectivePermissionsOptions {
	/** Must have `prefix` loaded (the browser catalog: `ensureServices([prefix])` first). */
	readonly services: ServiceCatalog;
	/** Resolves the role's managed policies. */
	readonly managedPolicies?: ManagedPolicyCatalog;
	/** @default new Date() */
	readonly now?: Date;
}

/** Evaluate every action of service `prefix` for the session of `doc`'s role. */
export function effectivePermissions(
	doc: RoleDocument,
	prefix: string,
	options: EffectivePermissionsOptions,
): EffectivePermissions {
	const service = options.services.service(prefix.toLowerCase());
	const none = (message: string): EffectivePermissions => ({
		service: prefix,
		groups: [],
		message,
	});
	if (service === undefined) {
		const known = options.services.prefixes().includes(prefix.toLowerCase());
		return none(
			known
				? `the \`${prefix}\` service is not loaded yet`
				: `unknown service prefix \`${prefix}\``,
		);
	}
	const { scenarios, errors } = toScenarios(doc);
	if (scenarios === undefined)
		return none(`fix the role first: ${errors.map((e) => e.message).join('; ')}`);
	const session = scenarios[1] as { request: Record<string, unknown> };
	const parseOptions = {
		...(options.managedPolicies ? { managedPolicies: options.managedPolicies } : {}),
		now: options.now ?? new Date(),
	};
	const rows: EffectivePermissionRow[] = [];
	for (const info of Object.values(service.actions)) {
		const action = `${service.prefix}:${info.name}`;
		const resource = _resourceFor(info, service.prefix, doc.session.resource);
		const text = JSON.stringify({ ...session, request: { ...session.request, action, resource } });
		const parsed = parseScenario(text, parseOptions);
		if (parsed.scenario === undefined) {
			const first = parsed.errors[0];
			return none(`the session cannot be evaluated: ${first?.message ?? 'invalid scenario'}`);
		}
		const result = evaluate(parsed.scenario);
		rows.push({
			action,
			accessLevel: accessLevelOf(info.accessLevel) ?? 'Write',
			resource,
			decision: result.decision,
			decisive: result.decisiveStatements,
		});
	}
	rows.sort((a, b) => a.action.localeCompare(b.action, 'en'));
	const groups = ACCESS_LEVELS.map((accessLevel) => ({
		accessLevel,
		rows: rows.filter((r) => r.accessLevel === accessLevel),
	})).filter((g) => g.rows.length > 0);
	return { service: service.prefix, groups };
}

/** The documented rule: hop 2's resource for an action with resource types in the same service, else `*`. */
function _resourceFor(info: ActionInfo, prefix: string, chosen: string): string {
	if (info.resourceTypes.length === 0) return '*';
	return chosen.split(':')[2]?.toLowerCase() === prefix ? chosen : '*';
}
