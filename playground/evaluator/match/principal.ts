/**
 * Principal and NotPrincipal (spec §2.3): how one entry matches the request
 * principal, and the strongest match over an element.
 */
import type { PrincipalElement, PrincipalEntry, Request, RequestPrincipal } from '../model.ts';
import type { IdentityLevel, PrincipalMatchKind } from '../types.ts';

/** Match kinds by strength: a larger number wins when several entries match. */
const STRENGTH: Record<PrincipalMatchKind, number> = {
	none: 0,
	account: 1,
	viaUser: 2,
	viaRole: 3,
	wildcard: 4,
	exact: 5,
};

/** How one entry matches the request principal. */
export function matchPrincipalEntry(entry: PrincipalEntry, request: Request): PrincipalMatchKind {
	const who = request.principal;
	switch (entry.type) {
		case 'wildcard':
			return 'wildcard';
		case 'account':
			if (who.account !== entry.account) return 'none';
			if (who.kind === 'root') return 'exact';
			return hasIamIdentity(who) ? 'account' : 'none';
		case 'user':
			if (who.kind === 'user') return who.arn === entry.arn ? 'exact' : 'none';
			// Choice (spec §2.3): a federated user is taken to have been created by
			// the IAM user of the same name in its account.
			if (who.kind === 'federated' && who.account === entry.account && who.name === entry.name) {
				return 'viaUser';
			}
			return 'none';
		case 'federatedUser':
			return who.kind === 'federated' && who.arn === entry.arn ? 'exact' : 'none';
		case 'role':
			// Role names match case-insensitively and the path is ignored: a session
			// ARN carries only the name (spec §2.3 Choice).
			return (who.kind === 'session' || who.kind === 'role') &&
				who.account === entry.account &&
				who.partition === entry.partition &&
				who.roleNameLower === entry.roleNameLower
				? 'viaRole'
				: 'none';
		case 'session':
			// A role-kind request is a session whose name is unknown: never this one.
			return who.kind === 'session' && who.arn === entry.arn ? 'exact' : 'none';
		case 'service':
			return who.kind === 'service' && who.text === entry.text ? 'exact' : 'none';
		case 'federated':
			return (who.kind === 'oidc' || who.kind === 'saml') &&
				who.text === entry.text &&
				providerFitsAction(entry.provider, request)
				? 'exact'
				: 'none';
		case 'never':
			return 'none';
	}
}

/** The strongest kind over an element's entries, and the entry that gave it. */
export function matchPrincipalEntries(
	entries: readonly PrincipalEntry[],
	request: Request,
): { kind: PrincipalMatchKind; entry?: PrincipalEntry } {
	let kind: PrincipalMatchKind = 'none';
	let best: PrincipalEntry | undefined;
	for (const entry of entries) {
		const k = matchPrincipalEntry(entry, request);
		if (STRENGTH[k] > STRENGTH[kind]) {
			kind = k;
			best = entry;
			if (k === 'exact') break;
		}
	}
	return best === undefined ? { kind } : { kind, entry: best };
}

/**
 * The principal test of a statement. A passing NotPrincipal counts as
 * `wildcard`. `boundaryRule`: a Deny with NotPrincipal in a resource-based
 * policy applies to any user or role principal that has a permissions
 * boundary, whatever it lists (spec §2.3, documented on the boundaries page).
 */
export function checkPrincipal(
	element: PrincipalElement,
	request: Request,
	boundaryRule: boolean,
): { kind: PrincipalMatchKind; entry?: PrincipalEntry; unlisted?: IdentityLevel } {
	if (!element.not) return matchPrincipalEntries(element.entries, request);
	if (boundaryRule) return { kind: 'wildcard' };
	return notPrincipal(element.entries, request);
}

/** Bits of the levels, in the order AWS checks them. */
const ACCOUNT = 1;
const IDENTITY = 2;
const SESSION = 4;
/** Only `*` lists an anonymous caller. */
const ANONYMOUS = 8;

/**
 * NotPrincipal, level by level: AWS checks the account, then the user or
 * role, then the session, so the caller is left out only when every level of
 * its identity is listed. Left out, the entry of its innermost level is kept for the
 * explanation; not left out, the first level missing from the list.
 */
function notPrincipal(
	entries: readonly PrincipalEntry[],
	request: Request,
): { kind: PrincipalMatchKind; entry?: PrincipalEntry; unlisted?: IdentityLevel } {
	const [needed, identity] = LEVELS[request.principal.kind];
	let listed = 0;
	let innermost: PrincipalEntry | undefined;
	for (const entry of entries) {
		const bit = levelListed(entry, request);
		// Bits grow inwards (account, user or role, session): keep the innermost entry.
		if (bit > listed) innermost = entry;
		listed |= bit;
	}
	const missing = needed & ~listed;
	if (missing === 0) return { kind: 'none', ...pick(innermost) };
	const unlisted =
		missing & ACCOUNT
			? 'account'
			: missing & IDENTITY
				? identity
				: missing & SESSION
					? 'session'
					: identity;
	return { kind: 'wildcard', unlisted };
}

/**
 * Per kind of caller: the levels that must all be listed to leave it out
 * (spec §2.3 table), and what its user-or-role level is called.
 */
const LEVELS: Record<RequestPrincipal['kind'], readonly [number, IdentityLevel]> = {
	user: [ACCOUNT | IDENTITY, 'user'],
	federated: [ACCOUNT | IDENTITY, 'user'],
	role: [ACCOUNT | IDENTITY, 'role'],
	session: [ACCOUNT | IDENTITY | SESSION, 'role'],
	root: [ACCOUNT, 'principal'],
	service: [IDENTITY, 'principal'],
	oidc: [IDENTITY, 'principal'],
	saml: [IDENTITY, 'principal'],
	anonymous: [ANONYMOUS, 'principal'],
};

/** The level of the caller that one NotPrincipal entry lists (0 for none; `*` lists them all). */
function levelListed(entry: PrincipalEntry, request: Request): number {
	if (entry.type === 'wildcard') return ACCOUNT | IDENTITY | SESSION | ANONYMOUS;
	const kind = matchPrincipalEntry(entry, request);
	if (kind === 'none' || kind === 'viaUser') return 0;
	if (entry.type === 'account') return ACCOUNT;
	return entry.type === 'session' ? SESSION : IDENTITY;
}

function pick(entry: PrincipalEntry | undefined): { entry?: PrincipalEntry } {
	return entry === undefined ? {} : { entry };
}

/** Principals an account delegates to through its IAM policies. */
function hasIamIdentity(who: RequestPrincipal): boolean {
	return (
		who.kind === 'user' || who.kind === 'role' || who.kind === 'session' || who.kind === 'federated'
	);
}

/** SAML providers serve AssumeRoleWithSAML, OIDC providers AssumeRoleWithWebIdentity; both may tag and set a source identity. */
function providerFitsAction(provider: 'saml' | 'oidc', request: Request): boolean {
	if (request.actionService !== 'sts') return false;
	switch (request.actionName) {
		case 'assumerolewithsaml':
			return provider === 'saml';
		case 'assumerolewithwebidentity':
			return provider === 'oidc';
		case 'tagsession':
		case 'setsourceidentity':
			return true;
		default:
			return false;
	}
}
