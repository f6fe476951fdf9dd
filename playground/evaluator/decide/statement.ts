/**
 * Does one statement apply to the request? Two forms that always agree: a
 * fast one for evaluation (first failing element ends it) and one that
 * checks every element and says why, for explanations.
 */
import { evaluateConditions } from '../conditions/evaluate-clause.ts';
import { explainClause } from '../conditions/evaluate-clause.ts';
import { findMatchingAction } from '../match/action.ts';
import { checkPrincipal } from '../match/principal.ts';
import { findMatchingResource } from '../match/resource.ts';
import type { Request, Statement } from '../model.ts';
import type { ElementCheck, PrincipalMatchKind, Span, StatementExplanation } from '../types.ts';

/**
 * The statement's principal match kind when it applies, `none` when it does
 * not. Statements without a principal element (identity-type policies) that
 * apply report `exact`: for them the kind carries no meaning.
 */
export function statementApplies(
	statement: Statement,
	request: Request,
	boundaryRule: boolean,
): PrincipalMatchKind {
	const action = statement.action;
	if ((findMatchingAction(action.patterns, request) !== undefined) === action.not) return 'none';
	const resource = statement.resource;
	if (
		resource !== undefined &&
		(findMatchingResource(resource.patterns, request) !== undefined) === resource.not
	) {
		return 'none';
	}
	let kind: PrincipalMatchKind = 'exact';
	if (statement.principal !== undefined) {
		kind = checkPrincipal(statement.principal, request, boundaryRule).kind;
		if (kind === 'none') return 'none';
	}
	return evaluateConditions(statement.conditions, request.context) ? kind : 'none';
}

/** Every element of the statement checked, with the entries that decided each. */
export function explainStatement(
	statement: Statement,
	request: Request,
	boundaryRule: boolean,
): StatementExplanation & { readonly kind: PrincipalMatchKind } {
	let principal: StatementExplanation['principal'];
	if (statement.principal !== undefined) {
		const element = statement.principal;
		const match = checkPrincipal(element, request, boundaryRule);
		principal = {
			passed: match.kind !== 'none',
			element: element.not ? 'NotPrincipal' : 'Principal',
			matchKind: match.kind,
			span: element.span,
			entries: element.entries.map((e) => e.text),
			...(match.entry === undefined
				? {}
				: { matched: { text: match.entry.text, span: match.entry.span } }),
			...(match.unlisted === undefined ? {} : { unlisted: match.unlisted }),
		};
	}
	const actionMatch = findMatchingAction(statement.action.patterns, request);
	const action = elementCheck(
		statement.action.not ? 'NotAction' : 'Action',
		statement.action,
		actionMatch,
	);
	let resource: ElementCheck | undefined;
	if (statement.resource !== undefined) {
		const r = statement.resource;
		resource = elementCheck(
			r.not ? 'NotResource' : 'Resource',
			r,
			findMatchingResource(r.patterns, request),
		);
	}
	const conditions = statement.conditions.map((clause) => explainClause(clause, request.context));
	const failed =
		principal !== undefined && !principal.passed
			? 'principal'
			: !action.passed
				? 'action'
				: resource !== undefined && !resource.passed
					? 'resource'
					: conditions.some((c) => !c.passed)
						? 'condition'
						: undefined;
	return {
		statementIndex: statement.index,
		...(statement.sid === undefined ? {} : { sid: statement.sid }),
		effect: statement.effect,
		span: statement.span,
		applies: failed === undefined,
		...(failed === undefined ? {} : { failed }),
		...(principal === undefined ? {} : { principal }),
		action,
		...(resource === undefined ? {} : { resource }),
		conditions,
		kind: failed === undefined ? (principal?.matchKind ?? 'exact') : 'none',
	};
}

function elementCheck(
	element: string,
	{ not, span, patterns }: { not: boolean; span: Span; patterns: readonly { text: string }[] },
	match: { text: string; span: Span } | undefined,
): ElementCheck {
	return {
		passed: (match !== undefined) !== not,
		element,
		span,
		entries: patterns.map((p) => p.text),
		...(match === undefined ? {} : { matched: { text: match.text, span: match.span } }),
	};
}
