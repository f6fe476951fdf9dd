/**
 * Sharing verdicts between principals the question cannot tell apart. Five
 * thousand users are mostly a few dozen combinations of groups: when a
 * question's policies do not look at who is asking (no policy variable, no
 * `aws:Principal*`/`aws:username`/`aws:userid` condition in a statement that
 * may apply, a trust policy that names no user or role), every principal with
 * the same policies, kind and account gets the same verdict from the
 * evaluator, so it is asked once. The answer is still the evaluator's on the
 * scenario of the first such principal; `question-scenario.test.ts` replays
 * each principal's own scenario to check.
 */
import type { Policy } from '../evaluator/index.ts';
import type { PrincipalAsk } from './account-index.ts';
import { statementMayMatch } from './prefilter.ts';
import type { ExplorerPrincipal } from './types.ts';

type Statement = Policy['statements'][number];

const _ids = new WeakMap<object, number>();
let _next = 0;
const _signatures = new WeakMap<ExplorerPrincipal, string>();
const _dependent = new WeakMap<Statement, boolean>();
const _naming = new WeakMap<Policy, boolean>();
const _PRINCIPAL_KEY = /^aws:(principal|username|userid|sourceidentity)/;

function _id(value: object): number {
	let id = _ids.get(value);
	if (id === undefined) _ids.set(value, (id = _next++));
	return id;
}

/** The key of the answer `subject` shares with look-alike principals, or undefined when it must be asked alone. */
export function sharedAnswerKey(subject: ExplorerPrincipal, q: PrincipalAsk): string | undefined {
	const action = [q.action.toLowerCase()];
	const policies = [
		...subject.identity.map((u) => u.policy),
		...(subject.boundary ? [subject.boundary.policy] : []),
	];
	const trust = q.trustOf?.trust?.policy;
	if (policies.some((p) => _looksAtPrincipal(p, action))) return undefined;
	if (trust !== undefined && (_namesSomeone(trust) || _looksAtPrincipal(trust, action)))
		return undefined;
	const context = q.context === undefined ? '' : JSON.stringify(q.context);
	return `${policySignature(subject)}|${q.action}|${q.resource}|${context}|${trust === undefined ? '' : _id(trust)}`;
}

/** Kind, account and the very policy objects (compiled once per document): look-alike principals share it. */
export function policySignature(p: ExplorerPrincipal): string {
	let signature = _signatures.get(p);
	if (signature === undefined) {
		const ids = p.identity.map((u) => _id(u.policy)).join(',');
		signature = `${p.kind}|${p.account}|${ids}|${p.boundary ? _id(p.boundary.policy) : ''}`;
		_signatures.set(p, signature);
	}
	return signature;
}

const _looks = new WeakMap<Policy, Map<string, boolean>>();

/** Whether a statement of `policy` that may apply to `action` looks at who asks. */
function _looksAtPrincipal(policy: Policy, action: readonly string[]): boolean {
	let memo = _looks.get(policy);
	if (memo === undefined) _looks.set(policy, (memo = new Map()));
	let answer = memo.get(action[0]!);
	if (answer === undefined) {
		answer = policy.statements.some((s) => statementMayMatch(s, action) && _statementLooks(s));
		memo.set(action[0]!, answer);
	}
	return answer;
}

function _statementLooks(s: Statement): boolean {
	let answer = _dependent.get(s);
	if (answer === undefined) {
		answer =
			(s.resource?.patterns.some((p) => p.lastTemplate !== undefined) ?? false) ||
			s.conditions.some((c) => c.templates !== undefined || _PRINCIPAL_KEY.test(c.keyLower));
		_dependent.set(s, answer);
	}
	return answer;
}

/** Whether a trust policy names particular users, roles or sessions (who asks then matters). */
function _namesSomeone(trust: Policy): boolean {
	let answer = _naming.get(trust);
	if (answer === undefined) {
		answer = trust.statements.some(
			(s) =>
				s.principal?.not === true ||
				(s.principal?.entries.some(
					(e) => e.type !== 'account' && e.type !== 'wildcard' && e.type !== 'service',
				) ??
					false),
		);
		_naming.set(trust, answer);
	}
	return answer;
}
