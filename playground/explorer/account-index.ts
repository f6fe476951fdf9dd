/**
 * The look-ups every part of the analysis shares: principals by ARN, by
 * account and (roles) by name, and the one place a question is put to the
 * evaluator and recorded.
 */
import type { Policy } from '../evaluator/index.ts';
import type { Asker } from './ask.ts';
import { sharedAnswerKey } from './shared-answers.ts';
import type { AccountModel, ExplorerPrincipal, Question } from './types.ts';

/** The model, indexed, with the asker and the recorded administrator probes. */
export interface AccountIndex {
	readonly model: AccountModel;
	readonly asker: Asker;
	readonly principals: readonly ExplorerPrincipal[];
	readonly users: readonly ExplorerPrincipal[];
	readonly roles: readonly ExplorerPrincipal[];
	/** Lower-cased ARN → principal. */
	readonly byArn: ReadonlyMap<string, ExplorerPrincipal>;
	/** Users by lower-cased ARN (for scope look-ups). */
	readonly usersByArn: ReadonlyMap<string, ExplorerPrincipal>;
	/** Roles by lower-cased ARN. */
	readonly rolesByArn: ReadonlyMap<string, ExplorerPrincipal>;
	/** `account/rolename` (lower case) → role: trust policies match roles by name. */
	readonly roleByName: ReadonlyMap<string, ExplorerPrincipal>;
	readonly byAccount: ReadonlyMap<string, readonly ExplorerPrincipal[]>;
	/** Administrator-equivalent principals (filled by `findAdministrators`). */
	readonly administrators: Map<string, Question>;
	/** Answers shared by principals the question cannot tell apart (see `sharedAnswerKey`). */
	readonly shared: Map<string, Question>;
}

/** Index `model` for the analysis. */
export function indexAccount(model: AccountModel, asker: Asker): AccountIndex {
	const byArn = new Map<string, ExplorerPrincipal>();
	const usersByArn = new Map<string, ExplorerPrincipal>();
	const rolesByArn = new Map<string, ExplorerPrincipal>();
	const roleByName = new Map<string, ExplorerPrincipal>();
	const byAccount = new Map<string, ExplorerPrincipal[]>();
	for (const p of model.principals) {
		const lower = p.arn.toLowerCase();
		byArn.set(lower, p);
		if (p.kind === 'user') usersByArn.set(lower, p);
		else {
			rolesByArn.set(lower, p);
			roleByName.set(`${p.account}/${p.name.toLowerCase()}`, p);
		}
		const list = byAccount.get(p.account) ?? [];
		list.push(p);
		byAccount.set(p.account, list);
	}
	return {
		model,
		asker,
		principals: model.principals,
		users: model.principals.filter((p) => p.kind === 'user'),
		roles: model.principals.filter((p) => p.kind === 'role'),
		byArn,
		usersByArn,
		rolesByArn,
		roleByName,
		byAccount,
		administrators: new Map(),
		shared: new Map(),
	};
}

/** What to ask on behalf of a principal of the files (its identity policies and boundary apply). */
export interface PrincipalAsk {
	readonly action: string;
	readonly resource: string;
	readonly context?: Readonly<Record<string, string>>;
	/** The role whose trust policy is the resource policy. */
	readonly trustOf?: ExplorerPrincipal;
}

/** Ask as `subject` and record the question. */
export function askAs(index: AccountIndex, subject: ExplorerPrincipal, q: PrincipalAsk): Question {
	const key = sharedAnswerKey(subject, q);
	if (key === undefined) return _askAs(index, subject, q);
	let shared = index.shared.get(key);
	if (shared === undefined) {
		shared = _askAs(index, subject, q);
		index.shared.set(key, shared);
	}
	return shared.subject === subject.arn ? shared : _retarget(shared, subject);
}

function _askAs(index: AccountIndex, subject: ExplorerPrincipal, q: PrincipalAsk): Question {
	const trust = q.trustOf?.trust?.policy;
	const answer = index.asker.ask({
		principal: subject.caller,
		action: q.action,
		resource: q.resource,
		...(q.context ? { context: q.context } : {}),
		identity: subject.identity.map((u) => u.policy),
		...(subject.boundary ? { boundary: subject.boundary.policy } : {}),
		...(trust ? { resourcePolicy: trust } : {}),
	});
	return {
		subject: subject.arn,
		principal: subject.caller,
		action: q.action,
		resource: q.resource,
		...(q.context ? { context: q.context } : {}),
		...(q.trustOf ? { trustOf: q.trustOf.arn } : {}),
		outcome: answer.outcome,
		decision: answer.decision,
		statements: answer.statements.map((s) => ({
			...s,
			owner: s.policyType === 'resource' && q.trustOf ? q.trustOf.arn : subject.arn,
		})),
	};
}

/**
 * Ask as a principal outside the files: only the role's trust policy is known,
 * so the caller's own side is `assumed` (a policy allowing the request) when
 * AWS needs one (a principal of another account).
 */
export function askOutside(
	index: AccountIndex,
	principal: string,
	action: string,
	role: ExplorerPrincipal,
	assumed: Policy | undefined,
): Question {
	const answer = index.asker.ask({
		principal,
		action,
		resource: role.arn,
		...(assumed ? { identity: [assumed] } : {}),
		...(role.trust ? { resourcePolicy: role.trust.policy } : {}),
	});
	return {
		principal,
		action,
		resource: role.arn,
		trustOf: role.arn,
		...(assumed ? { callerPolicyAssumed: true } : {}),
		outcome: answer.outcome,
		decision: answer.decision,
		statements: answer.statements
			.filter((s) => s.policyType === 'resource')
			.map((s) => ({ ...s, owner: role.arn })),
	};
}

/**
 * Whether `p` is an administrator outright. The analysis draws no edges out of
 * such principals: they can do anything, so every edge would be true and none
 * would tell the reader something.
 */
export function isAdministrator(index: AccountIndex, p: ExplorerPrincipal): boolean {
	return index.administrators.get(p.arn)?.outcome === 'allowed';
}

/** `shared`, asked for another principal of the same signature: the same verdict, its names swapped. */
function _retarget(shared: Question, subject: ExplorerPrincipal): Question {
	return {
		...shared,
		subject: subject.arn,
		principal: subject.caller,
		statements: shared.statements.map((s) =>
			s.owner === shared.subject ? { ...s, owner: subject.arn } : s,
		),
	};
}
