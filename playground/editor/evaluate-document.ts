/**
 * Evaluate both hops of a document and sort everything the evaluator says
 * into the pane it is about, with spans moved into that pane's own text, so
 * markers and highlights land in the right editor. Pure and fast (no DOM):
 * the page may call it on every keystroke.
 */
import {
	describeDecision,
	describeStatement,
	evaluate,
	explain,
	parsePolicy,
	parseScenario,
	statementLabel,
} from '../evaluator/index.ts';
import type {
	Decision,
	Diagnostic,
	ExplainedResult,
	JsonPath,
	ManagedPolicyCatalog,
	PolicyExplanation,
	Span,
	StatementExplanation,
} from '../evaluator/index.ts';
import { HOP_NAMES, assembleScenario } from './assemble-scenario.ts';
import type { PanePlacement } from './assemble-scenario.ts';
import { documentPanes } from './document-panes.ts';
import type {
	DocumentEvaluation,
	HopEvaluation,
	HopId,
	PaneEvaluation,
	PaneId,
	PaneMark,
	RoleDocument,
} from './types.ts';

/** Options of {@link evaluateDocument}. */
export interface EvaluateDocumentOptions {
	/** Resolves managed policies (the browser catalog's loaded ones); without it they are unknown (E25). */
	readonly managedPolicies?: ManagedPolicyCatalog;
	/** The request instant. @default new Date() */
	readonly now?: Date;
}

interface _MutablePane {
	readonly paneId: PaneId;
	readonly errors: Diagnostic[];
	readonly warnings: Diagnostic[];
	readonly marks: PaneMark[];
	readonly explanations: { readonly hop: HopId; readonly policy: PolicyExplanation }[];
}

/**
 * Evaluate hop 1 (may the caller assume the role?) and hop 2 (may the
 * session do this?). Each inline pane is also parsed on its own, so it gets
 * markers even while another pane's JSON is broken.
 */
export function evaluateDocument(
	doc: RoleDocument,
	options: EvaluateDocumentOptions = {},
): DocumentEvaluation {
	const panes = documentPanes(doc, options.managedPolicies);
	const byId = new Map<PaneId, _MutablePane>();
	for (const pane of panes) {
		const entry: _MutablePane = {
			paneId: pane.id,
			errors: [],
			warnings: [],
			marks: [],
			explanations: [],
		};
		if (!pane.readOnly) {
			const parsed = parsePolicy(pane.text, pane.role, { name: pane.title });
			entry.errors.push(...parsed.errors);
			entry.warnings.push(...parsed.warnings);
		}
		byId.set(pane.id, entry);
	}
	const titles = new Map(panes.map((p) => [p.id, p.title]));
	// One instant for both hops, so `aws:CurrentTime` agrees between them.
	const shared = { ...options, now: options.now ?? new Date() };
	const hop = (id: HopId): HopEvaluation => _evaluateHop(doc, id, shared, byId, titles);
	const assume = hop('assume');
	const session = hop('session');
	return { assume, session, panes: Object.fromEntries(byId) as Record<PaneId, PaneEvaluation> };
}

/**
 * Only the decision of one hop, or `undefined` while the document has errors:
 * the cheap check for "would this edit change the answer?".
 */
export function hopDecision(
	doc: RoleDocument,
	hop: HopId,
	options: EvaluateDocumentOptions = {},
): Decision | undefined {
	const parsed = parseScenario(assembleScenario(doc, hop).text, {
		...(options.managedPolicies ? { managedPolicies: options.managedPolicies } : {}),
		...(options.now ? { now: options.now } : {}),
	});
	return parsed.scenario === undefined ? undefined : evaluate(parsed.scenario).decision;
}

function _evaluateHop(
	doc: RoleDocument,
	hop: HopId,
	options: EvaluateDocumentOptions,
	panes: Map<PaneId, _MutablePane>,
	titles: Map<PaneId, string>,
): HopEvaluation {
	const assembled = assembleScenario(doc, hop);
	const parsed = parseScenario(assembled.text, {
		...(options.managedPolicies ? { managedPolicies: options.managedPolicies } : {}),
		...(options.now ? { now: options.now } : {}),
	});
	const errors: Diagnostic[] = [];
	const warnings: Diagnostic[] = [];
	const sort = (
		list: readonly Diagnostic[],
		kind: 'errors' | 'warnings',
		rest: Diagnostic[],
	): void => {
		for (const d of list) {
			const placement = assembled.panes.find((p) => _contains(p, d.span));
			const pane = placement && panes.get(placement.paneId);
			if (placement === undefined || pane === undefined) {
				rest.push(d);
				continue;
			}
			const mapped: Diagnostic = {
				...d,
				span: _shift(d.span, placement.offset ?? 0),
				path: d.path.slice(placement.path.length),
			};
			const same = (e: Diagnostic): boolean =>
				e.code === mapped.code &&
				e.span.offset === mapped.span.offset &&
				e.span.length === mapped.span.length &&
				e.message === mapped.message;
			if (!pane[kind].some(same)) pane[kind].push(mapped);
		}
	};
	sort(parsed.errors, 'errors', errors);
	sort(parsed.warnings, 'warnings', warnings);
	const broken = [...new Set(assembled.panes.map((p) => p.paneId))].filter(
		(id) => (panes.get(id)?.errors.length ?? 0) > 0,
	);
	// A pane's broken JSON also breaks the assembled text after it: those
	// follow-on syntax errors (E01) outside the pane say nothing new.
	const jsonBroken = broken.some((id) => panes.get(id)?.errors.some((e) => e.code === 'E01'));
	const rest = jsonBroken ? errors.filter((e) => e.code !== 'E01') : errors;
	const base = { hop, name: HOP_NAMES[hop], text: assembled.text, errors: rest, warnings };
	if (parsed.scenario === undefined) {
		const where = [
			...broken.map((id) => `the ${titles.get(id) ?? id} pane`),
			...(rest.length > 0 ? ['the request or the policy list'] : []),
		].join(', ');
		return { ...base, summary: `no verdict yet: fix the errors in ${where}`, decisive: [] };
	}
	const result = explain(parsed.scenario);
	const decisive: HopEvaluation['decisive'][number][] = result.decisiveStatements.map(
		(statement) => ({
			statement,
		}),
	);
	for (const policy of result.policies) {
		const placement = assembled.panes.find((p) => _pathRelated(p.path, policy.path));
		const pane = placement && panes.get(placement.paneId);
		if (placement === undefined || pane === undefined) continue;
		const delta = placement.offset ?? 0;
		const local = _shiftPolicy(policy, delta);
		pane.explanations.push({ hop, policy: local });
		for (const statement of local.statements) {
			const index = result.decisiveStatements.findIndex(
				(d) =>
					d.policyType === policy.policyType &&
					d.policyName === policy.policyName &&
					d.statementIndex === statement.statementIndex,
			);
			if (index >= 0)
				decisive[index] = { ...decisive[index]!, paneId: pane.paneId, span: statement.span };
			pane.marks.push(_mark(result, local, statement, hop, index >= 0));
		}
	}
	return { ...base, result, summary: describeDecision(result), decisive };
}

function _mark(
	result: ExplainedResult,
	policy: PolicyExplanation,
	statement: StatementExplanation,
	hop: HopId,
	decisive: boolean,
): PaneMark {
	const kind = decisive
		? 'decisive'
		: statement.applies && policy.considered
			? 'applies'
			: 'notApplies';
	let message: string | undefined;
	return {
		span: statement.span,
		kind,
		hop,
		statementIndex: statement.statementIndex,
		// Written when first read (a hover): typing in a long policy does not pay for every sentence.
		get message(): string {
			if (message === undefined) {
				const why = describeStatement(result, policy, statement);
				message = decisive ? `decisive: ${statementLabel(policy, statement)}. ${why}` : why;
			}
			return message;
		},
	};
}

function _contains(p: PanePlacement, span: Span): boolean {
	if (p.offset === undefined || p.length === undefined) return false;
	return span.offset >= p.offset && span.offset + span.length <= p.offset + p.length;
}

/** Whether one path is a prefix of the other (a policy's path vs its reference's). */
function _pathRelated(a: JsonPath, b: JsonPath): boolean {
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
	return true;
}

function _shift(span: Span, delta: number): Span {
	return delta === 0 ? span : { offset: span.offset - delta, length: span.length };
}

/** The explanation with every span moved `delta` code units back (into the pane's text). */
function _shiftPolicy(policy: PolicyExplanation, delta: number): PolicyExplanation {
	if (delta === 0) return policy;
	const element = <T extends { span: Span; matched?: { text: string; span: Span } }>(e: T): T => ({
		...e,
		span: _shift(e.span, delta),
		...(e.matched ? { matched: { ...e.matched, span: _shift(e.matched.span, delta) } } : {}),
	});
	return {
		...policy,
		statements: policy.statements.map((s) => ({
			...s,
			span: _shift(s.span, delta),
			...(s.principal ? { principal: element(s.principal) } : {}),
			action: element(s.action),
			...(s.resource ? { resource: element(s.resource) } : {}),
			conditions: s.conditions.map((c) => ({ ...c, span: _shift(c.span, delta) })),
		})),
	};
}
