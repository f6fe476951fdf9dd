/**
 * The catalog-backed checks of one compiled policy, in the spirit of IAM
 * Access Analyzer's policy checks (codes W30–W39 in `codes.ts`). They need
 * service data, so they run after parsing, once the catalog has what the
 * policy names; services the catalog has not loaded are skipped, not flagged.
 */
import type { ServiceCatalog } from '../catalog/types.ts';
import { matchGlob } from '../match/wildcard.ts';
import type { Policy, Statement } from '../model.ts';
import type { Diagnostic } from '../types.ts';
import { checkActions, type ResolvedActions } from './check-actions.ts';
import { checkConditionKeys } from './check-conditions.ts';
import { checkPassRole, checkResourceTypes } from './check-resources.ts';
import { catalogWarning } from './codes.ts';
import { elementPath, listQuoted, noteLoneStatement } from './element-path.ts';
import { checkRedundantStatements } from './redundant-statements.ts';

/** Options of {@link catalogWarnings}. */
export interface CatalogWarningsOptions {
	/** The policy is a role's trust policy: its actions must be ones a trust policy can allow (W39). @default false */
	readonly trust?: boolean;
	/**
	 * The text the policy's spans point into. Optional; with it, paths inside a
	 * lone `Statement` object (no array) have no statement index, as the parser's do.
	 */
	readonly text?: string;
}

/**
 * Warnings about `policy` that need the service catalog: unknown services and
 * actions (W30–W32), resources and condition keys the actions do not take
 * (W33, W34, W38), risky shapes (W35, W36), redundant statements (W37) and,
 * for a trust policy, actions it cannot allow (W39). In document order per
 * statement; redundant statements last.
 */
export function catalogWarnings(
	policy: Policy,
	services: ServiceCatalog,
	options: CatalogWarningsOptions = {},
): Diagnostic[] {
	const out: Diagnostic[] = [];
	if (options.text !== undefined) noteLoneStatement(policy, options.text);
	for (const statement of policy.statements) {
		const resolved = checkActions(policy, statement, services, out);
		if (options.trust) _checkTrustActions(policy, statement, resolved, services, out);
		_checkNotElements(policy, statement, out);
		checkResourceTypes(policy, statement, resolved, services, out);
		checkPassRole(policy, statement, out);
		checkConditionKeys(policy, statement, resolved, services, out);
	}
	checkRedundantStatements(policy, out);
	return out;
}

/** W35: `Allow` with `NotAction` or `NotResource` grants far more than it lists. */
function _checkNotElements(policy: Policy, statement: Statement, out: Diagnostic[]): void {
	if (statement.effect !== 'Allow') return;
	const path = elementPath(policy, statement, statement.action, 'NotAction');
	if (statement.action.not) {
		out.push(
			catalogWarning(
				'W35',
				'`Allow` with `NotAction` allows every action it does not list, in every service',
				statement.action.span,
				path,
				'list the allowed actions in `Action` instead',
			),
		);
	}
	const resource = statement.resource;
	if (resource?.not) {
		out.push(
			catalogWarning(
				'W35',
				'`Allow` with `NotResource` allows every resource it does not list',
				resource.span,
				elementPath(policy, statement, resource, 'NotResource'),
				'list the allowed resources in `Resource` instead',
			),
		);
	}
}

/**
 * W39: in a role trust policy only the actions that act on a role as the one
 * being assumed count (`sts:AssumeRole`, `sts:TagSession`, …: the `sts`
 * actions whose resource type is `role`); anything else is never allowed there.
 */
function _checkTrustActions(
	policy: Policy,
	statement: Statement,
	resolved: ResolvedActions,
	services: ServiceCatalog,
	out: Diagnostic[],
): void {
	if (statement.action.not) return;
	const sts = services.service('sts');
	if (sts === undefined) return;
	const trustActions = Object.entries(sts.actions).filter(([, a]) =>
		a.resourceTypes.some((r) => r.name === 'role'),
	);
	statement.action.patterns.forEach((pattern, i) => {
		if (pattern.any || resolved.flagged.has(pattern)) return;
		const ok =
			matchGlob(pattern.service, 'sts') &&
			trustActions.some(([lower]) => matchGlob(pattern.name, lower));
		if (ok) return;
		out.push(
			catalogWarning(
				'W39',
				`a role trust policy cannot allow \`${pattern.text}\``,
				pattern.span,
				elementPath(policy, statement, statement.action, 'Action', i),
				`a trust policy allows ${listQuoted(
					trustActions.map(([, a]) => `sts:${a.name}`),
					6,
				)}`,
			),
		);
	});
}
