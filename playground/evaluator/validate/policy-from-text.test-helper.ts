/**
 * Test helper: a compiled `Policy` from well-formed JSON text, with spans into
 * that text, for testing the catalog checks without the full parser. It
 * compiles only what the checks read and does no validation at all.
 */
import { compileGlob } from '../match/wildcard.ts';
import type {
	ActionPattern,
	BaseOperator,
	ConditionClause,
	Policy,
	PrincipalEntry,
	ResourcePattern,
	Statement,
} from '../model.ts';
import type { Effect, PolicyType, Span } from '../types.ts';

/** A JSON value with its span; objects keep each property's span from key to value. */
interface _Node {
	readonly span: Span;
	readonly value: unknown;
	readonly items?: readonly _Node[];
	readonly props?: ReadonlyMap<string, { readonly node: _Node; readonly span: Span }>;
}

/** Compile `text` (a policy document) as a policy of `type`. */
export function policyFromText(text: string, type: PolicyType): Policy {
	const root = _parse(text);
	const statementNode = root.props?.get('Statement')?.node;
	const nodes = statementNode?.items ?? (statementNode ? [statementNode] : []);
	return {
		type,
		name: 'policy',
		path: [],
		span: root.span,
		version: root.props?.get('Version')?.node.value as string | undefined,
		statements: nodes.map((node, index) => _statement(node, index)),
	};
}

function _statement(node: _Node, index: number): Statement {
	const get = (key: string) => node.props?.get(key)?.node;
	const action = get('Action') ?? get('NotAction');
	const resource = get('Resource') ?? get('NotResource');
	const principal = get('Principal');
	const sid = get('Sid')?.value as string | undefined;
	return {
		index,
		...(sid === undefined ? {} : { sid }),
		effect: get('Effect')?.value as Effect,
		span: node.span,
		...(principal
			? { principal: { not: false, span: principal.span, entries: _principals(principal) } }
			: {}),
		action: {
			not: get('Action') === undefined,
			span: (action as _Node).span,
			patterns: _entries(action as _Node).map(_action),
		},
		...(resource
			? {
					resource: {
						not: get('Resource') === undefined,
						span: resource.span,
						patterns: _entries(resource).map(_resource),
					},
				}
			: {}),
		conditions: _conditions(get('Condition')),
	};
}

const _entries = (node: _Node): readonly _Node[] => node.items ?? [node];

function _action(node: _Node): ActionPattern {
	const text = node.value as string;
	if (text === '*') {
		const any = compileGlob('*', true);
		return { text, span: node.span, any: true, service: any, name: any };
	}
	const colon = text.indexOf(':');
	return {
		text,
		span: node.span,
		any: false,
		service: compileGlob(text.slice(0, colon), true),
		name: compileGlob(text.slice(colon + 1), true),
	};
}

function _resource(node: _Node): ResourcePattern {
	const text = node.value as string;
	if (text === '*') {
		const any = compileGlob('*');
		return {
			text,
			span: node.span,
			any: true,
			fields: [],
			last: any,
			short: false,
			matchesNothing: false,
		};
	}
	const fields: string[] = [];
	let at = 0;
	for (let i = 0; i < 5; i++) {
		const colon = text.indexOf(':', at);
		if (colon < 0) break;
		fields.push(text.slice(at, colon));
		at = colon + 1;
	}
	const last = text.slice(at);
	return {
		text,
		span: node.span,
		any: false,
		fields: fields.map((f) => compileGlob(f)),
		last: compileGlob(last),
		...(last.includes('${') ? { lastTemplate: [{ kind: 'text' as const, text: last }] } : {}),
		short: fields.length < 5,
		matchesNothing: fields.length < 5 && !last.endsWith('*'),
	};
}

function _principals(node: _Node): PrincipalEntry[] {
	if (node.value === '*') return [{ type: 'wildcard', text: '*', span: node.span }];
	const entries: PrincipalEntry[] = [];
	for (const [key, { node: value }] of node.props ?? []) {
		for (const entry of _entries(value)) {
			const type = key === 'Service' ? 'service' : key === 'AWS' ? 'account' : 'never';
			entries.push({ type, text: entry.value as string, span: entry.span } as PrincipalEntry);
		}
	}
	return entries;
}

function _conditions(node: _Node | undefined): ConditionClause[] {
	const clauses: ConditionClause[] = [];
	for (const [operator, { node: block }] of node?.props ?? []) {
		const set = operator.startsWith('ForAllValues:')
			? 'all'
			: operator.startsWith('ForAnyValue:')
				? 'any'
				: undefined;
		const ifExists = operator.endsWith('IfExists');
		const base = operator.replace(/^For(All|Any)Values?:/, '').replace(/IfExists$/, '');
		for (const [key, { node: value, span }] of block.props ?? []) {
			const values = _entries(value);
			clauses.push({
				operator: { text: operator, base: base as BaseOperator, ifExists, ...(set ? { set } : {}) },
				key,
				keyLower: key.toLowerCase(),
				values: values.map((v) => String(v.value)),
				span,
				valueSpans: values.map((v) => v.span),
			});
		}
	}
	return clauses;
}

/** A small recursive-descent JSON reader that keeps spans. */
function _parse(text: string): _Node {
	let at = 0;
	const space = () => {
		while (/\s/.test(text[at] ?? '')) at++;
	};
	const value = (): _Node => {
		space();
		const start = at;
		const ch = text[at];
		if (ch === '{') {
			at++;
			const props = new Map<string, { node: _Node; span: Span }>();
			space();
			while (text[at] !== '}') {
				space();
				const keyStart = at;
				const key = value().value as string;
				space();
				at++; // :
				const node = value();
				props.set(key, { node, span: { offset: keyStart, length: at - keyStart } });
				space();
				if (text[at] === ',') at++;
			}
			at++;
			return { span: { offset: start, length: at - start }, value: undefined, props };
		}
		if (ch === '[') {
			at++;
			const items: _Node[] = [];
			space();
			while (text[at] !== ']') {
				items.push(value());
				space();
				if (text[at] === ',') at++;
				space();
			}
			at++;
			return { span: { offset: start, length: at - start }, value: undefined, items };
		}
		if (ch === '"') {
			at++;
			while (text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
			at++;
		} else {
			while (at < text.length && !/[\s,\]}]/.test(text[at] as string)) at++;
		}
		const span = { offset: start, length: at - start };
		return { span, value: JSON.parse(text.slice(start, at)) };
	};
	return value();
}
