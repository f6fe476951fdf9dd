/**
 * The per-policy-type rules of spec §1.4, checked once a statement's elements
 * are known: required and forbidden elements, RCP restrictions, and the
 * NotPrincipal warnings (W12, W13).
 */
import type { PrincipalElement, PrincipalEntry } from '../model.ts';
import { nodeAtOffset, pathOf } from './json-tree.ts';
import type { JsonObject } from './json-tree.ts';
import { report } from './report.ts';
import type { StatementContext, StatementParts } from './statement.ts';

/** How messages name each policy role. */
export const ROLE_LABELS = {
	identity: 'an identity policy',
	permissionsBoundary: 'a permissions boundary',
	session: 'a session policy',
	resource: 'a resource policy',
	trust: 'a trust policy',
	scp: 'a service control policy',
	rcp: 'a resource control policy',
} as const;

/** Raise the §1.4 errors and warnings for one statement. */
export function checkStatementRules(parts: StatementParts, ctx: StatementContext): void {
	const { node, effect, action, resource, principal } = parts;
	const { reporter, role } = ctx;
	const label = ROLE_LABELS[role];
	if (effect === undefined && !_has(node, 'effect')) {
		report(
			reporter,
			'E07',
			'missing `Effect`',
			node,
			'add `"Effect": "Allow"` or `"Effect": "Deny"`',
		);
	}
	if (action === undefined && !_has(node, 'action') && !_has(node, 'notaction')) {
		report(reporter, 'E08', 'missing `Action`', node, 'add `"Action"` (or `"NotAction"`)');
	} else if (action !== undefined && parts.actionTwice) {
		report(reporter, 'E08', 'a statement takes only one of `Action` and `NotAction`', action.node);
	} else if (action?.not && role === 'rcp') {
		report(
			reporter,
			'E16',
			'`NotAction` is not allowed in a resource control policy',
			action.node,
			'list the actions in `Action`',
		);
	}
	if (role === 'trust') {
		if (resource !== undefined) {
			report(
				reporter,
				'E10',
				`\`${resource.not ? 'NotResource' : 'Resource'}\` is not allowed in a trust policy`,
				resource.node,
				'remove it: the role the policy belongs to is the resource',
			);
		}
	} else if (resource === undefined) {
		if (!_has(node, 'resource') && !_has(node, 'notresource')) {
			report(reporter, 'E10', 'missing `Resource`', node, 'add `"Resource"` (or `"NotResource"`)');
		}
	} else if (parts.resourceTwice) {
		report(
			reporter,
			'E10',
			'a statement takes only one of `Resource` and `NotResource`',
			resource.node,
		);
	}
	_principalRules(parts, ctx, label);
	if (principal?.not && effect === 'Allow' && role === 'resource') {
		report(
			reporter,
			'W12',
			'`NotPrincipal` with `Allow` grants access to everyone not listed, anonymous callers included',
			{ span: principal.span, path: [...pathOf(node), 'NotPrincipal'] },
			'use `Principal` with the principals to allow',
		);
	}
	if (principal?.not && effect === 'Deny') _missingAccounts(node, principal, ctx);
	if (role === 'rcp' && effect === 'Allow' && !_fullAccess(parts)) {
		// Organizations refuses it: `Allow` exists only in the managed RCPFullAWSAccess (§1.4).
		report(
			reporter,
			'E16',
			'a resource control policy may only allow with the full-access shape',
			node,
			'write the limit as a `Deny`: AWS accepts `Allow` only as `Principal` `*`, `Action` `*`, `Resource` `*`, no `Condition`',
		);
	}
}

function _principalRules(parts: StatementParts, ctx: StatementContext, label: string): void {
	const { node, principal } = parts;
	const { reporter, role } = ctx;
	const name = principal?.not ? 'NotPrincipal' : 'Principal';
	const location =
		principal === undefined ? node : { span: principal.span, path: [...pathOf(node), name] };
	if (
		role === 'identity' ||
		role === 'permissionsBoundary' ||
		role === 'session' ||
		role === 'scp'
	) {
		if (principal !== undefined) {
			report(
				reporter,
				'E12',
				`\`${name}\` is not allowed in ${label}`,
				location,
				'remove it: the policy applies to whoever holds it',
			);
		}
		return;
	}
	if (principal === undefined) {
		if (_has(node, 'principal') || _has(node, 'notprincipal')) return;
		report(
			reporter,
			'E12',
			`missing \`Principal\` in ${label}`,
			node,
			'add `"Principal"` naming who the statement is about',
		);
		return;
	}
	if (parts.principalTwice) {
		report(
			reporter,
			'E12',
			'a statement takes only one of `Principal` and `NotPrincipal`',
			location,
		);
		return;
	}
	if (principal.not && role !== 'resource') {
		report(reporter, 'E12', `\`NotPrincipal\` is not allowed in ${label}`, location);
		return;
	}
	const star = node.properties.find((p) => p.key === 'Principal')?.value?.kind === 'string';
	if (role === 'trust' && star && principal.entries.length > 0) {
		report(
			reporter,
			'E13',
			'a trust policy cannot use `"Principal": "*"`',
			location,
			'write `{ "AWS": "*" }` and limit it with conditions, or name the principals',
		);
	}
	if (
		role === 'rcp' &&
		!(principal.entries.length === 1 && principal.entries[0]?.type === 'wildcard')
	) {
		report(
			reporter,
			'E12',
			'the `Principal` of a resource control policy must be `"*"`',
			location,
			'write `"Principal": "*"` and narrow it with conditions',
		);
	}
}

/** W13: a user, role or session listed in NotPrincipal without its account (and a session without its role). */
function _missingAccounts(
	node: JsonObject,
	principal: PrincipalElement,
	ctx: StatementContext,
): void {
	const accounts = new Set<string>();
	const roles = new Set<string>();
	for (const entry of principal.entries) {
		if (entry.type === 'account') accounts.add(entry.account);
		if (entry.type === 'role') roles.add(`${entry.account}:${entry.roleNameLower}`);
	}
	for (const entry of principal.entries) {
		const missing = _missing(entry, accounts, roles);
		if (missing !== undefined) {
			report(
				ctx.reporter,
				'W13',
				`\`NotPrincipal\` lists ${'`' + entry.text + '`'} without ${missing}`,
				nodeAtOffset(node, entry.span.offset) ?? node,
				'AWS checks the account, the role and the session: list all of them',
			);
		}
	}
}

function _missing(
	entry: PrincipalEntry,
	accounts: Set<string>,
	roles: Set<string>,
): string | undefined {
	if (entry.type !== 'user' && entry.type !== 'role' && entry.type !== 'session') return undefined;
	if (entry.type === 'session' && !roles.has(`${entry.account}:${entry.roleNameLower}`)) {
		return accounts.has(entry.account) ? 'its role' : 'its role and account';
	}
	return accounts.has(entry.account) ? undefined : 'its account';
}

function _fullAccess(parts: StatementParts): boolean {
	const { principal, action, resource } = parts;
	return (
		!parts.hasCondition &&
		principal !== undefined &&
		!principal.not &&
		principal.entries.every((e) => e.type === 'wildcard') &&
		action !== undefined &&
		!action.not &&
		action.patterns.length > 0 &&
		action.patterns.every((p) => p.any) &&
		resource !== undefined &&
		!resource.not &&
		resource.patterns.length > 0 &&
		resource.patterns.every((p) => p.any)
	);
}

/** An element of this name in any letter case: a miscased one already got E06, not also a "missing". */
function _has(node: JsonObject, lower: string): boolean {
	return node.properties.some((p) => p.key.toLowerCase() === lower);
}
