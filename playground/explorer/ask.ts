/**
 * Asking the evaluator, fast and honestly. Requests are compiled by the
 * evaluator itself (`parseScenario`), once per principal, action, context and
 * resource account; only the resource's last ARN field changes between the
 * roles and users of one account, so the compiled request is reused with that
 * field swapped (the test `ask.test.ts` checks this against `parseScenario`).
 *
 * "Conditional" is worked out by evaluating twice more when a policy holds a
 * condition on a key the request does not fix (`sts:ExternalId`, MFA, source
 * IP, …): once with every such condition failing (allowed outright?), once
 * with every such condition going the requester's way (allowed at all?).
 */
import { evaluate, parseScenario } from '../evaluator/index.ts';
import type { CompiledScenario, Decision, DecisiveStatement, Policy } from '../evaluator/index.ts';
import type { Outcome } from './types.ts';

type Request = CompiledScenario['request'];
type Statement = Policy['statements'][number];

/** What to ask: who, what, on which resource, under which policies. */
export interface Ask {
	readonly principal: string;
	readonly action: string;
	readonly resource: string;
	readonly context?: Readonly<Record<string, string>>;
	readonly identity?: readonly Policy[];
	readonly boundary?: Policy;
	readonly resourcePolicy?: Policy;
}

/** The answer: allowed outright, only under some context, or not; with the deciding statements. */
export interface Answer {
	readonly outcome: Outcome;
	readonly decision: Decision;
	readonly statements: readonly DecisiveStatement[];
}

/** An evaluator session: one instant, one request cache, a count of evaluations. */
export interface Asker {
	ask(question: Ask): Answer;
	/** Evaluations run so far. */
	readonly count: number;
}

/** Create an asker; `now` is the instant every request is made at. */
export function createAsker(now: Date): Asker {
	const requests = new Map<string, Request | null>();
	let count = 0;

	const request = (q: Ask): Request | undefined => {
		// Cache by everything but the resource's last field (see the module comment).
		const cut = _headLength(q.resource);
		const head = cut < 0 ? q.resource : q.resource.slice(0, cut);
		const ctx = q.context === undefined ? '' : JSON.stringify(q.context);
		const key = `${q.principal}\u0000${q.action}\u0000${head}\u0000${ctx}`;
		let template = requests.get(key);
		if (template === undefined) {
			const parsed = parseScenario(
				JSON.stringify({
					request: {
						principal: q.principal,
						action: q.action,
						resource: cut < 0 ? q.resource : `${head}x`,
						...(q.context ? { context: q.context } : {}),
					},
				}),
				{ now },
			);
			template = parsed.scenario?.request ?? null;
			requests.set(key, template);
		}
		if (template === null) return undefined;
		if (cut < 0) return template;
		const last = q.resource.slice(cut);
		return {
			...template,
			resource: q.resource,
			resourceFields: [...template.resourceFields.slice(0, 5), last],
		};
	};

	return {
		get count() {
			return count;
		},
		ask(q) {
			const compiled = request(q);
			if (compiled === undefined) {
				return { outcome: 'denied', decision: 'implicitDeny', statements: [] };
			}
			const scenario = (policies: Pick<Ask, 'identity' | 'boundary' | 'resourcePolicy'>) =>
				({
					request: compiled,
					identityPolicies: policies.identity ?? [],
					...(policies.resourcePolicy ? { resourcePolicy: policies.resourcePolicy } : {}),
					...(policies.boundary ? { permissionsBoundary: policies.boundary } : {}),
					warnings: [],
				}) as CompiledScenario;
			count++;
			const plain = evaluate(scenario(q));
			const all = [...(q.identity ?? []), q.boundary, q.resourcePolicy];
			const open = (p: Policy | undefined) => p !== undefined && _hasOpenCondition(p, compiled);
			if (!all.some(open)) {
				return {
					outcome: plain.decision === 'allowed' ? 'allowed' : 'denied',
					decision: plain.decision,
					statements: plain.decisiveStatements,
				};
			}
			const variant = (lenient: boolean) => {
				const map = (p: Policy | undefined) =>
					p === undefined || !open(p) ? p : _resolveOpen(p, compiled, lenient);
				return evaluate(
					scenario({
						identity: (q.identity ?? []).map((p) => map(p)!),
						...(q.boundary ? { boundary: map(q.boundary)! } : {}),
						...(q.resourcePolicy ? { resourcePolicy: map(q.resourcePolicy)! } : {}),
					}),
				);
			};
			count += 2;
			const strict = variant(false);
			if (strict.decision === 'allowed') {
				return {
					outcome: 'allowed',
					decision: plain.decision,
					statements: strict.decisiveStatements,
				};
			}
			const lenient = variant(true);
			return lenient.decision === 'allowed'
				? {
						outcome: 'conditional',
						decision: plain.decision,
						statements: lenient.decisiveStatements,
					}
				: { outcome: 'denied', decision: plain.decision, statements: plain.decisiveStatements };
		},
	};
}

/** Length of an ARN up to and including its fifth colon; -1 for `*` or a short ARN. */
function _headLength(resource: string): number {
	let at = -1;
	for (let i = 0; i < 5; i++) {
		at = resource.indexOf(':', at + 1);
		if (at < 0) return -1;
	}
	return at + 1;
}

type Clause = Statement['conditions'][number];

/** Does a statement of `policy` test a key the request's context does not hold? */
function _hasOpenCondition(policy: Policy, request: Request): boolean {
	return policy.statements.some((s) => s.conditions.some((c) => !_isFixed(c, request)));
}

/**
 * Does the request settle this clause? Its key must be in the context, and so
 * must every key its values name as a policy variable without a default: a
 * negated operator against a variable with no value is true (AWS, "Policy
 * variables with no value"), which must not pass for a verdict the file fixes.
 */
function _isFixed(clause: Clause, request: Request): boolean {
	if (!request.context.has(clause.keyLower)) return false;
	return (clause.templates ?? []).every((template) =>
		template.every(
			(part) => part.kind !== 'var' || part.default !== undefined || request.context.has(part.key),
		),
	);
}

/**
 * The policy with every condition on an open key settled: `lenient` = in the
 * requester's favour (Allows keep only their fixed conditions, such Denies
 * drop out), otherwise against (Allows drop out, Denies keep only their fixed
 * conditions).
 */
function _resolveOpen(policy: Policy, request: Request, lenient: boolean): Policy {
	const statements: Statement[] = [];
	for (const statement of policy.statements) {
		const fixed = statement.conditions.filter((c) => _isFixed(c, request));
		if (fixed.length === statement.conditions.length) statements.push(statement);
		else if ((statement.effect === 'Allow') === lenient) {
			statements.push({ ...statement, conditions: fixed });
		}
	}
	return { ...policy, statements };
}
