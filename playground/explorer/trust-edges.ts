/**
 * "Who can assume this role": read what the trust policy names, then ask the
 * evaluator about exactly those callers. A principal of the files becomes an
 * `sts:AssumeRole` edge (its identity policies and boundary count, so a
 * trust that names only the account needs the caller's own Allow); a
 * principal outside the files (another account, a service, an identity
 * provider, anyone) becomes an {@link ExternalTrust}.
 */
import { parsePolicy } from '../evaluator/index.ts';
import type { Policy } from '../evaluator/index.ts';
import { askAs, askOutside, isAdministrator } from './account-index.ts';
import type { AccountIndex } from './account-index.ts';
import { allowScope, inScope, isEmptyScope, mayAllow } from './prefilter.ts';
import { policySignature } from './shared-answers.ts';
import type { ResourceScope } from './prefilter.ts';
import type { ExplorerEdge, ExplorerPrincipal, ExternalTrust } from './types.ts';

/** The policy taken for a caller of another account that the files do not hold. */
export const OUTSIDE_CALLER_POLICY = {
	Version: '2012-10-17',
	Statement: [
		{
			Sid: 'AssumedForCallersOutsideTheFiles',
			Effect: 'Allow',
			Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'],
			Resource: '*',
		},
	],
};
/** Its name in results and scenarios. */
export const OUTSIDE_CALLER_POLICY_NAME = 'caller policy (outside the files, assumed)';

/**
 * Who stands for "any principal of account `account`" when a trust policy
 * names the account: a user of it (the account's root user cannot assume roles).
 */
export function outsidePrincipal(account: string): string {
	return `arn:aws:iam::${account}:user/any-principal-of-${account}`;
}

const _ASSUME = ['sts:assumerole'];

let _outside: Policy | undefined;
function _outsidePolicy(): Policy {
	_outside ??= parsePolicy(JSON.stringify(OUTSIDE_CALLER_POLICY), 'identity', {
		name: OUTSIDE_CALLER_POLICY_NAME,
	}).policy;
	return _outside!;
}

/** Trust edges and outside trusts of every role (no edges out of administrators: they reach every role anyway). */
export function trustEdges(
	index: AccountIndex,
	progress: (done: number) => void,
): { edges: ExplorerEdge[]; external: ExternalTrust[] } {
	const edges: ExplorerEdge[] = [];
	const external: ExternalTrust[] = [];
	// Who may call sts:AssumeRole on what, by their own policies: the prefilter
	// for trust policies that name a whole account (or anyone). Principals with
	// the same policies share one scope (variables left open: it may only widen).
	const bySignature = new Map<string, { scope: ResourceScope; members: ExplorerPrincipal[] }>();
	for (const p of index.principals) {
		const key = policySignature(p);
		const entry = bySignature.get(key);
		if (entry) entry.members.push(p);
		else bySignature.set(key, { scope: allowScope(p.identity, _ASSUME), members: [p] });
	}
	const looks = [...bySignature.values()].filter((e) => !isEmptyScope(e.scope));
	index.roles.forEach((role, i) => {
		if (i % 64 === 0) progress(i / index.roles.length);
		if (role.trust === undefined) return;
		const { named, accounts, anyone, outside } = _readTrust(index, role, role.trust.policy);
		const candidates = new Set<ExplorerPrincipal>(named);
		if (anyone || accounts.length > 0) {
			for (const { scope, members } of looks) {
				if (!inScope(scope, role.arn)) continue;
				for (const p of members) if (anyone || accounts.includes(p.account)) candidates.add(p);
			}
		}
		for (const caller of candidates) {
			if (caller === role || isAdministrator(index, caller)) continue;
			const question = askAs(index, caller, {
				action: 'sts:AssumeRole',
				resource: role.arn,
				trustOf: role,
			});
			if (question.outcome === 'denied') continue;
			edges.push({
				from: caller.arn,
				to: role.arn,
				via: 'sts:AssumeRole',
				kind: 'access',
				conditional: question.outcome === 'conditional',
				statements: question.statements,
				questions: [question],
			});
		}
		for (const o of outside) {
			const question = askOutside(
				index,
				o.principal,
				o.action,
				role,
				o.needsOwnAllow ? _outsidePolicy() : undefined,
			);
			const conditionKeys = [
				...new Set(
					role.trust.policy.statements
						.filter((s) => question.statements.some((d) => d.statementIndex === s.index))
						.flatMap((s) => s.conditions.map((c) => c.key)),
				),
			];
			external.push({ role: role.arn, principal: o.text, kind: o.kind, question, conditionKeys });
		}
	});
	return { edges, external };
}

interface _Outside {
	readonly text: string;
	readonly kind: ExternalTrust['kind'];
	/** The request principal to ask as. */
	readonly principal: string;
	readonly action: string;
	readonly needsOwnAllow: boolean;
}

/** What a trust policy's Allows name: principals of the files, whole accounts, anyone, and outsiders. */
function _readTrust(index: AccountIndex, role: ExplorerPrincipal, trust: Policy) {
	const named = new Set<ExplorerPrincipal>();
	const accounts = new Set<string>();
	const outside = new Map<string, _Outside>();
	let anyone = false;
	const loaded = new Set(index.model.accounts);
	const addOutside = (o: _Outside) => {
		if (!outside.has(`${o.principal} ${o.action}`)) outside.set(`${o.principal} ${o.action}`, o);
	};
	for (const statement of trust.statements) {
		if (statement.effect !== 'Allow' || statement.principal === undefined) continue;
		const assumes = mayAllow({ ...trust, statements: [statement] }, _ASSUME);
		if (statement.principal.not) {
			anyone = true;
			continue;
		}
		for (const entry of statement.principal.entries) {
			switch (entry.type) {
				case 'wildcard':
					anyone = true;
					addOutside({
						text: entry.text,
						kind: 'wildcard',
						principal: outsidePrincipal('999999999999'),
						action: 'sts:AssumeRole',
						needsOwnAllow: true,
					});
					break;
				case 'account':
					if (loaded.has(entry.account)) accounts.add(entry.account);
					else if (assumes) {
						addOutside({
							text: entry.text,
							kind: 'account',
							principal: outsidePrincipal(entry.account),
							action: 'sts:AssumeRole',
							needsOwnAllow: entry.account !== role.account,
						});
					}
					break;
				case 'user':
				case 'role':
				case 'session': {
					const found =
						entry.type === 'role' || entry.type === 'session'
							? index.roleByName.get(`${entry.account}/${entry.roleNameLower}`)
							: index.usersByArn.get(entry.arn.toLowerCase());
					if (found !== undefined) named.add(found);
					// In an account the files hold, a principal they lack does not exist (any more).
					else if (assumes && !loaded.has(entry.account)) {
						addOutside({
							text: entry.text,
							kind: entry.type === 'user' ? 'user' : 'role',
							principal: entry.text,
							action: 'sts:AssumeRole',
							needsOwnAllow: entry.account !== role.account,
						});
					}
					break;
				}
				case 'service':
					if (assumes) {
						addOutside({
							text: entry.text,
							kind: 'service',
							principal: entry.text,
							action: 'sts:AssumeRole',
							needsOwnAllow: false,
						});
					}
					break;
				case 'federated':
					addOutside({
						text: entry.text,
						kind: 'federated',
						principal: entry.text,
						action:
							entry.provider === 'saml'
								? 'sts:AssumeRoleWithSAML'
								: 'sts:AssumeRoleWithWebIdentity',
						needsOwnAllow: false,
					});
					break;
				case 'federatedUser':
				case 'never':
					break;
			}
		}
	}
	return { named: [...named], accounts: [...accounts], anyone, outside: [...outside.values()] };
}
