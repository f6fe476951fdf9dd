/**
 * One policy statement (spec §1.3) with the per-policy-type rules of §1.4:
 * which of Principal/NotPrincipal, Resource/NotResource and NotAction a
 * policy of each role may or must carry.
 */
import { didYouMean, quote } from '../diagnostics.ts';
import type {
	ActionPattern,
	ConditionClause,
	PrincipalElement,
	ResourcePattern,
} from '../model.ts';
import type { Statement } from '../model.ts';
import type { Effect } from '../types.ts';
import { compileActionList } from './action-list.ts';
import { compileConditionBlock } from './condition-block.ts';
import { pathOf, spanOf } from './json-tree.ts';
import type { JsonNode, JsonObject } from './json-tree.ts';
import { compilePrincipalElement } from './principal.ts';
import { report } from './report.ts';
import type { Reporter } from './report.ts';
import { compileResourceList } from './resource-list.ts';
import { checkStatementRules } from './statement-rules.ts';

/** What a policy is used as; decides the rules of spec §1.4. */
export type PolicyRole =
	'identity' | 'permissionsBoundary' | 'session' | 'resource' | 'trust' | 'scp' | 'rcp';

/** Shared by the statements of one policy. */
export interface StatementContext {
	readonly role: PolicyRole;
	/** The policy is 2012-10-17: `${…}` is a policy variable. */
	readonly variables: boolean;
	readonly reporter: Reporter;
	/** Sids seen so far in this policy. */
	readonly sids: Set<string>;
}

/** The statement's elements as found, before the per-type rules. */
export interface StatementParts {
	readonly node: JsonObject;
	readonly effect?: Effect;
	readonly principal?: PrincipalElement;
	/** Both Principal and NotPrincipal were present (the second is `principal`). */
	readonly principalTwice: boolean;
	readonly action?: { not: boolean; node: JsonNode; patterns: ActionPattern[] };
	readonly actionTwice: boolean;
	readonly resource?: { not: boolean; node: JsonNode; patterns: ResourcePattern[] };
	readonly resourceTwice: boolean;
	readonly conditions: ConditionClause[];
	readonly hasCondition: boolean;
}

const _ELEMENTS = [
	'Sid',
	'Effect',
	'Principal',
	'NotPrincipal',
	'Action',
	'NotAction',
	'Resource',
	'NotResource',
	'Condition',
];

/** Compile one statement; always returns one (with placeholders after errors). */
export function compileStatement(node: JsonNode, index: number, ctx: StatementContext): Statement {
	const { reporter } = ctx;
	const span = spanOf(node);
	if (node.kind !== 'object') {
		report(reporter, 'E05', 'a statement must be an object', node);
		return {
			index,
			sid: undefined,
			effect: 'Deny',
			span,
			principal: undefined,
			action: { not: false, span, patterns: [] },
			resource: undefined,
			conditions: [],
		};
	}
	let sid: string | undefined;
	let effect: Effect | undefined;
	let principal: PrincipalElement | undefined;
	let action: StatementParts['action'];
	let resource: StatementParts['resource'];
	let conditions: ConditionClause[] = [];
	let hasCondition = false;
	let principalTwice = false;
	let actionTwice = false;
	let resourceTwice = false;
	for (const property of node.properties) {
		const value = property.value;
		if (value === undefined) continue;
		switch (property.key) {
			case 'Sid':
				sid = _sid(value, ctx);
				break;
			case 'Effect':
				effect = _effect(value, reporter);
				break;
			case 'Principal':
			case 'NotPrincipal':
				principalTwice ||= principal !== undefined;
				principal = compilePrincipalElement(value, property.key === 'NotPrincipal', reporter);
				break;
			case 'Action':
			case 'NotAction':
				actionTwice ||= action !== undefined;
				action = { not: property.key === 'NotAction', node: value, patterns: [] };
				compileActionList(value, action.patterns, action.not, ctx);
				break;
			case 'Resource':
			case 'NotResource':
				resourceTwice ||= resource !== undefined;
				resource = { not: property.key === 'NotResource', node: value, patterns: [] };
				compileResourceList(value, resource.patterns, resource.not, ctx);
				break;
			case 'Condition':
				hasCondition = true;
				conditions = compileConditionBlock(value, ctx.variables, reporter);
				break;
			default:
				report(
					reporter,
					'E06',
					`unknown statement element ${quote(property.key)}`,
					{ span: property.keySpan, path: [...pathOf(node), property.key] },
					didYouMean(property.key, _ELEMENTS) ??
						`a statement may hold ${_ELEMENTS.map(quote).join(', ')}`,
				);
		}
	}
	checkStatementRules(
		{
			node,
			...(effect === undefined ? {} : { effect }),
			...(principal === undefined ? {} : { principal }),
			principalTwice,
			...(action === undefined ? {} : { action }),
			actionTwice,
			...(resource === undefined ? {} : { resource }),
			resourceTwice,
			conditions,
			hasCondition,
		},
		ctx,
	);
	// Every statement has the same keys, absent ones undefined: one object shape
	// keeps the evaluator's property reads monomorphic on its hot path.
	return {
		index,
		sid,
		effect: effect ?? 'Deny',
		span,
		principal,
		action:
			action === undefined
				? { not: false, span, patterns: [] }
				: { not: action.not, span: spanOf(action.node), patterns: action.patterns },
		resource:
			resource === undefined || ctx.role === 'trust'
				? undefined
				: { not: resource.not, span: spanOf(resource.node), patterns: resource.patterns },
		conditions,
	};
}

/** IAM-language policies refuse odd or repeated Sids (E15); other policies get W22. */
function _sid(node: JsonNode, ctx: StatementContext): string | undefined {
	if (node.kind !== 'string') {
		report(ctx.reporter, 'E15', '`Sid` must be a string', node);
		return undefined;
	}
	const sid = node.value as string;
	const iam = ctx.role !== 'resource' && ctx.role !== 'scp' && ctx.role !== 'rcp';
	const code = iam ? 'E15' : 'W22';
	const note = iam ? undefined : 'IAM would refuse it; this policy type may accept it';
	for (let i = 0; i < sid.length; i++) {
		const c = sid.charCodeAt(i);
		const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
		if (!alnum) {
			report(
				ctx.reporter,
				code,
				`\`Sid\` ${quote(sid)} holds characters other than letters and digits`,
				node,
				`${note === undefined ? '' : note + ': '}try ${quote(_alnum(sid))}`,
			);
			break;
		}
	}
	if (sid !== '' && ctx.sids.has(sid)) {
		report(
			ctx.reporter,
			code,
			`\`Sid\` ${quote(sid)} is used twice in this policy`,
			node,
			note ?? 'give each statement its own `Sid`',
		);
	}
	ctx.sids.add(sid);
	return sid;
}

function _alnum(text: string): string {
	let out = '';
	let upper = false;
	for (const ch of text) {
		if (/[A-Za-z0-9]/.test(ch)) {
			out += upper ? ch.toUpperCase() : ch;
			upper = false;
		} else upper = true;
	}
	return out === '' ? 'Statement1' : out;
}

function _effect(node: JsonNode, reporter: Reporter): Effect | undefined {
	const text = node.kind === 'string' ? (node.value as string) : undefined;
	if (text === 'Allow' || text === 'Deny') return text;
	report(
		reporter,
		'E07',
		text === undefined
			? '`Effect` must be a string'
			: `\`Effect\` must be \`Allow\` or \`Deny\`, not ${quote(text)}`,
		node,
		(text === undefined ? undefined : didYouMean(text, ['Allow', 'Deny'])) ??
			'write `"Allow"` or `"Deny"` (case-sensitive)',
	);
	return undefined;
}
