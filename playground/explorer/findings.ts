/**
 * Findings: the risks a reviewer of the account would flag, each with the
 * page of the course that explains it. They are read off the analysis (edges,
 * outside trusts, paths) and the policies, never guessed from names.
 */
import { askAs } from './account-index.ts';
import type { AccountIndex } from './account-index.ts';
import { HAND_OFF_SERVICES } from './passrole-edges.ts';
import { allowScope, isEmptyScope, principalVariables } from './prefilter.ts';
import type { AdminPath, ExplorerEdge, ExternalTrust, Finding } from './types.ts';

/** Root-relative pages that explain each finding. */
export const FINDING_PAGES: Readonly<Record<Finding['code'], string>> = {
	crossAccountTrustWithoutCondition:
		'/chapters/09-cross-account-and-confused-deputy/#a-third-party-external-ids',
	publicTrust: '/chapters/03-trust-policies/#habits-that-keep-trust-policies-tight',
	serviceTrustWithoutSource:
		'/chapters/09-cross-account-and-confused-deputy/#an-aws-service-source-conditions',
	passRoleOnAnyRole: '/chapters/08-roles-in-services/#iampassrole-who-may-give-a-role-to-a-service',
	roleNobodyCanAssume: '/chapters/03-trust-policies/#what-happens-when-a-role-is-assumed',
	unusedRole: '/chapters/07-least-privilege/#unused-access',
	administrator: '/chapters/07-least-privilege/#three-questions-for-every-statement',
	escalationPath: '/chapters/08-roles-in-services/#iampassrole-who-may-give-a-role-to-a-service',
};

/** Keys that tie a cross-account trust to one party or one organization. */
const _PARTY_KEYS = [
	'sts:externalid',
	'aws:principalorgid',
	'aws:principalorgpaths',
	'aws:sourceorgid',
	'aws:sourceorgpaths',
];
/** Keys that tie a service's use of a role to one resource or account (confused deputy). */
const _SOURCE_KEYS = [
	'aws:sourcearn',
	'aws:sourceaccount',
	'aws:sourceorgid',
	'aws:sourceorgpaths',
];
const _HAND_OFF = new Set([
	...HAND_OFF_SERVICES.map((s) => s.service),
	// Services that run code with a role they are handed, without the confused-deputy risk.
	'edgelambda.amazonaws.com',
	'batch.amazonaws.com',
	'scheduler.amazonaws.com',
]);
const _UNUSED_DAYS = 90;
const _DAY = 86_400_000;

/** Every finding, most severe first. */
export function findings(
	index: AccountIndex,
	edges: readonly ExplorerEdge[],
	external: readonly ExternalTrust[],
	paths: ReadonlyMap<string, AdminPath>,
	now: Date,
): Finding[] {
	const out: Finding[] = [];
	const add = (f: Omit<Finding, 'learnMore'>) =>
		out.push({ ...f, learnMore: FINDING_PAGES[f.code] });
	for (const e of external) {
		if (e.question.outcome === 'denied') continue;
		const keys = e.conditionKeys.map((k) => k.toLowerCase());
		const role = _name(e.role);
		if (e.kind === 'wildcard' && keys.length === 0) {
			add({
				code: 'publicTrust',
				severity: 'high',
				subject: e.role,
				message: `${role} trusts every AWS principal (\`${e.principal}\`) with no condition: any AWS account can assume it`,
				statements: e.question.statements,
				question: e.question,
			});
		} else if (
			(e.kind === 'account' || e.kind === 'user' || e.kind === 'role' || e.kind === 'wildcard') &&
			e.question.callerPolicyAssumed === true &&
			!keys.some((k) => _PARTY_KEYS.includes(k))
		) {
			add({
				code: 'crossAccountTrustWithoutCondition',
				severity: 'medium',
				subject: e.role,
				message: `${role} trusts \`${e.principal}\` of another account without \`sts:ExternalId\` or an organization condition`,
				statements: e.question.statements,
				question: e.question,
			});
		} else if (
			e.kind === 'service' &&
			!_HAND_OFF.has(e.principal) &&
			!index.rolesByArn.get(e.role.toLowerCase())?.serviceLinked &&
			!keys.some((k) => _SOURCE_KEYS.includes(k))
		) {
			add({
				code: 'serviceTrustWithoutSource',
				severity: 'medium',
				subject: e.role,
				message: `${role} trusts \`${e.principal}\` without \`aws:SourceArn\` or \`aws:SourceAccount\`: any customer's use of that service could reach it`,
				statements: e.question.statements,
				question: e.question,
			});
		}
	}
	// Trust between accounts both in the files: the assume edges that cross accounts.
	const flagged = new Set<string>();
	for (const e of edges) {
		if (e.via !== 'sts:AssumeRole' || _account(e.from) === _account(e.to)) continue;
		const role = index.rolesByArn.get(e.to.toLowerCase());
		const keys = (role?.trust?.policy.statements ?? [])
			.filter((s) => e.statements.some((d) => d.owner === e.to && d.statementIndex === s.index))
			.flatMap((s) => s.conditions.map((c) => c.keyLower));
		const key = `${e.to} ${_account(e.from)}`;
		if (keys.some((k) => _PARTY_KEYS.includes(k)) || flagged.has(key)) continue;
		flagged.add(key);
		add({
			code: 'crossAccountTrustWithoutCondition',
			severity: 'medium',
			subject: e.to,
			message: `${_name(e.to)} lets account ${_account(e.from)} in without \`sts:ExternalId\` or an organization condition`,
			statements: e.statements.filter((d) => d.owner === e.to),
			question: e.questions[0]!,
		});
	}
	for (const [arn, q] of index.administrators) {
		add({
			code: 'administrator',
			severity: 'info',
			subject: arn,
			message: `${_name(arn)} is administrator-equivalent${q.outcome === 'conditional' ? ' (under conditions)' : ''}: it is allowed every probe action on every resource`,
			statements: q.statements,
			question: q,
		});
	}
	for (const [arn, path] of paths) {
		if (path.steps.length === 0) continue;
		add({
			code: 'escalationPath',
			severity: path.conditional ? 'medium' : 'high',
			subject: arn,
			message: `${_name(arn)} can reach administrator access in ${path.steps.length} step${path.steps.length === 1 ? '' : 's'}: ${path.steps.map((s) => s.via).join(' → ')}${path.conditional ? ' (under conditions)' : ''}`,
		});
	}
	for (const p of index.principals) {
		if (index.administrators.has(p.arn)) continue;
		if (isEmptyScope(allowScope(p.identity, ['iam:passrole'], principalVariables(p)))) continue;
		// A role no policy names: allowed only by a wildcard that covers every role.
		const q = askAs(index, p, { action: 'iam:PassRole', resource: _anyRole(p.account) });
		if (q.outcome === 'denied') continue;
		add({
			code: 'passRoleOnAnyRole',
			severity: 'medium',
			subject: p.arn,
			message: `${_name(p.arn)} may pass any role (\`iam:PassRole\` on \`*\`) to a service${q.outcome === 'conditional' ? ' (under conditions)' : ''}`,
			statements: q.statements,
			question: q,
		});
	}
	const assumable = new Set([
		...edges.filter((e) => e.kind === 'access').map((e) => e.to),
		...external.filter((e) => e.question.outcome !== 'denied').map((e) => e.role),
	]);
	for (const role of index.roles) {
		if (!assumable.has(role.arn)) {
			add({
				code: 'roleNobodyCanAssume',
				severity: 'low',
				subject: role.arn,
				message: `nobody in the files, and no service or outside account, can assume ${_name(role.arn)}`,
			});
		}
		if (role.lastUsed === undefined || role.serviceLinked) continue;
		const last = role.lastUsed === null ? undefined : Date.parse(role.lastUsed);
		const created = role.createDate === undefined ? undefined : Date.parse(role.createDate);
		const idle = (at: number | undefined) =>
			at !== undefined && now.getTime() - at > _UNUSED_DAYS * _DAY;
		if (last === undefined ? idle(created) || created === undefined : idle(last)) {
			add({
				code: 'unusedRole',
				severity: 'low',
				subject: role.arn,
				message:
					last === undefined
						? `${_name(role.arn)} has never been used (no \`RoleLastUsed\` date)`
						: `${_name(role.arn)} was last used on ${role.lastUsed!.slice(0, 10)}, more than ${_UNUSED_DAYS} days ago`,
			});
		}
	}
	const rank = { high: 0, medium: 1, low: 2, info: 3 };
	return out.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

function _anyRole(account: string): string {
	return `arn:aws:iam::${account}:role/explorer-probe/any-role`;
}

function _account(arn: string): string {
	return arn.split(':', 5)[4] ?? '';
}

/** `role/Name` or `user/Name` from an ARN, for sentences. */
function _name(arn: string): string {
	const resource = arn.split(':')[5] ?? arn;
	const kind = resource.split('/')[0];
	return `${kind} \`${resource.split('/').pop()}\``;
}
