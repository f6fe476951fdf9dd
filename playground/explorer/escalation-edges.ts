/**
 * The classic IAM privilege-escalation edges: a principal that may change its
 * own permissions (`self`), another principal's permissions (`modify`), or
 * take over another principal (`access`: rewrite a role's trust policy, make
 * a user's access key or password). Each is an evaluator verdict on the IAM
 * action with the target's ARN as the resource.
 */
import { askAs, isAdministrator } from './account-index.ts';
import type { AccountIndex } from './account-index.ts';
import { probeAdministrator } from './administrators.ts';
import { allowScope, isEmptyScope, itemsInScope, principalVariables } from './prefilter.ts';
import type { EdgeKind, ExplorerEdge, ExplorerPrincipal, Question } from './types.ts';

/** What an escalation action acts on. */
type Target =
	/** A role: `self` on the principal's own role, `modify` or `access` on others. */
	| 'role'
	/** A user: likewise. */
	| 'user'
	/** A group the principal (a user) belongs to: `self`. */
	| 'ownGroup'
	/** Any group that would make a user an administrator: `self` (join it). */
	| 'adminGroup'
	/** A customer managed policy attached to the principal: `self` (write a new default version). */
	| 'ownPolicy';

/** One modelled escalation action. */
export interface EscalationAction {
	readonly action: string;
	readonly target: Target;
	/** `access` takes the target over; `grant` raises its permissions; `boundary` lifts its boundary. */
	readonly effect: 'access' | 'grant' | 'boundary';
}

/** The escalation actions modelled. */
export const ESCALATION_ACTIONS: readonly EscalationAction[] = [
	{ action: 'iam:PutRolePolicy', target: 'role', effect: 'grant' },
	{ action: 'iam:AttachRolePolicy', target: 'role', effect: 'grant' },
	{ action: 'iam:DeleteRolePermissionsBoundary', target: 'role', effect: 'boundary' },
	{ action: 'iam:PutRolePermissionsBoundary', target: 'role', effect: 'boundary' },
	{ action: 'iam:UpdateAssumeRolePolicy', target: 'role', effect: 'access' },
	{ action: 'iam:PutUserPolicy', target: 'user', effect: 'grant' },
	{ action: 'iam:AttachUserPolicy', target: 'user', effect: 'grant' },
	{ action: 'iam:DeleteUserPermissionsBoundary', target: 'user', effect: 'boundary' },
	{ action: 'iam:PutUserPermissionsBoundary', target: 'user', effect: 'boundary' },
	{ action: 'iam:CreateAccessKey', target: 'user', effect: 'access' },
	{ action: 'iam:CreateLoginProfile', target: 'user', effect: 'access' },
	{ action: 'iam:UpdateLoginProfile', target: 'user', effect: 'access' },
	{ action: 'iam:PutGroupPolicy', target: 'ownGroup', effect: 'grant' },
	{ action: 'iam:AttachGroupPolicy', target: 'ownGroup', effect: 'grant' },
	{ action: 'iam:AddUserToGroup', target: 'adminGroup', effect: 'grant' },
	{ action: 'iam:CreatePolicyVersion', target: 'ownPolicy', effect: 'grant' },
];

/** Escalation edges of every principal that is not an administrator already. */
export function escalationEdges(
	index: AccountIndex,
	progress: (done: number) => void,
): ExplorerEdge[] {
	const edges: ExplorerEdge[] = [];
	// Groups whose policies alone make a member an administrator (asked as a stand-in member).
	const adminGroups = index.model.groups.filter((g) => {
		const member: ExplorerPrincipal = {
			arn: `arn:aws:iam::${g.account}:user/explorer-probe`,
			kind: 'user',
			name: 'explorer-probe',
			path: '/',
			account: g.account,
			file: -1,
			caller: `arn:aws:iam::${g.account}:user/explorer-probe`,
			identity: g.policies,
			groups: [g.arn],
			serviceLinked: false,
		};
		return probeAdministrator(index, member)?.outcome === 'allowed';
	});
	const byArn = (list: readonly ExplorerPrincipal[]) =>
		new Map(list.map((p) => [p.arn.toLowerCase(), p]));
	const usersByAccount = new Map<string, ExplorerPrincipal[]>();
	const rolesByAccount = new Map<string, ExplorerPrincipal[]>();
	for (const p of index.principals) {
		const map = p.kind === 'user' ? usersByAccount : rolesByAccount;
		map.set(p.account, [...(map.get(p.account) ?? []), p]);
	}
	const maps = new Map<readonly ExplorerPrincipal[], Map<string, ExplorerPrincipal>>();
	const mapOf = (list: readonly ExplorerPrincipal[]) => {
		let map = maps.get(list);
		if (map === undefined) maps.set(list, (map = byArn(list)));
		return map;
	};

	index.principals.forEach((p, i) => {
		if (i % 256 === 0) progress(i / index.principals.length);
		if (isAdministrator(index, p)) return;
		const own: ExplorerEdge[] = [];
		const others: (() => void)[] = [];
		for (const e of ESCALATION_ACTIONS) {
			const scope = allowScope(p.identity, [e.action.toLowerCase()], principalVariables(p));
			if (isEmptyScope(scope)) continue;
			const edge = (to: ExplorerPrincipal, kind: EdgeKind, q: Question, resource?: string) => {
				if (q.outcome === 'denied') return;
				const made: ExplorerEdge = {
					from: p.arn,
					to: to.arn,
					via: e.action,
					kind,
					...(resource ? { resource } : {}),
					conditional: q.outcome === 'conditional',
					statements: q.statements,
					questions: [q],
				};
				(kind === 'self' ? own : edges).push(made);
			};
			const ask = (resource: string) => askAs(index, p, { action: e.action, resource });
			if (e.target === 'role' || e.target === 'user') {
				if (p.kind === e.target && e.effect !== 'access') {
					// Lifting a boundary one does not have gains nothing.
					if (e.effect === 'grant' || p.boundary) edge(p, 'self', ask(p.arn));
				}
				// Acting on others is only worth drawing for principals that cannot simply raise themselves.
				others.push(() => {
					const list = (e.target === 'role' ? rolesByAccount : usersByAccount).get(p.account) ?? [];
					for (const t of itemsInScope(scope, list, mapOf(list))) {
						if (t === p || (e.effect === 'boundary' && !t.boundary)) continue;
						edge(t, e.effect === 'access' ? 'access' : 'modify', ask(t.arn));
					}
				});
			} else if (e.target === 'ownGroup') {
				for (const g of p.groups) edge(p, 'self', ask(g), g);
			} else if (e.target === 'adminGroup' && p.kind === 'user') {
				for (const g of adminGroups) {
					if (g.account === p.account && !p.groups.includes(g.arn))
						edge(p, 'self', ask(g.arn), g.arn);
				}
			} else if (e.target === 'ownPolicy') {
				for (const use of p.identity) {
					if (use.origin === 'managed' && use.arn) edge(p, 'self', ask(use.arn), use.arn);
				}
			}
		}
		edges.push(...own);
		if (!escalatesItself(p, own, false)) for (const run of others) run();
	});
	return edges;
}

/**
 * Whether `self` edges let `p` make itself an administrator: a grant, and
 * (when `p` has a permissions boundary, which a grant cannot pass) a way to
 * lift the boundary. `conditionalToo` counts conditional edges.
 */
export function escalatesItself(
	p: ExplorerPrincipal,
	self: readonly ExplorerEdge[],
	conditionalToo: boolean,
): boolean {
	const usable = self.filter((e) => conditionalToo || !e.conditional);
	const grants = usable.some((e) => escalationEffect(e.via) === 'grant');
	return grants && (!p.boundary || usable.some((e) => escalationEffect(e.via) === 'boundary'));
}

const _EFFECTS = new Map(ESCALATION_ACTIONS.map((e) => [e.action, e.effect]));

/** The escalation effect of an edge's action (`grant`, `boundary`, `access`), if it is one. */
export function escalationEffect(via: string): EscalationAction['effect'] | undefined {
	return _EFFECTS.get(via);
}
