/**
 * The `Condition` element (spec §1.3): operator → key → value(s), each key
 * compiled into a `ConditionClause` by the conditions module. Operators are
 * read with `parseOperator`; values may be strings, numbers or booleans
 * (converted to canonical strings, spec §1.1), alone or in a list.
 */
import { compileClause } from '../conditions/compile-clause.ts';
import { OPERATORS } from '../conditions/operators.ts';
import { parseOperator } from '../conditions/parse-operator.ts';
import { closest, quote } from '../diagnostics.ts';
import type { ConditionClause, OperatorSpec } from '../model.ts';
import type { Span } from '../types.ts';
import { pathOf, spanOf } from './json-tree.ts';
import type { JsonNode, JsonObject, JsonProperty } from './json-tree.ts';
import { report } from './report.ts';
import type { Reporter } from './report.ts';

const _NAMES = Object.keys(OPERATORS).flatMap((base) =>
	base === 'Null' ? [base] : [base, `${base}IfExists`],
);

/** Compile a Condition value; `variables`: the policy is 2012-10-17. */
export function compileConditionBlock(
	node: JsonNode,
	variables: boolean,
	reporter: Reporter,
): ConditionClause[] {
	const clauses: ConditionClause[] = [];
	if (node.kind !== 'object') {
		report(reporter, 'E14', '`Condition` must be an object of operators', node);
		return clauses;
	}
	for (const property of node.properties) {
		const operator = _operator(node, property, reporter);
		const block = property.value;
		if (operator === undefined || block === undefined) continue;
		if (block.kind !== 'object') {
			report(
				reporter,
				'E14',
				`expected an object of condition keys under ${quote(property.key)}`,
				block,
				`write \`"${property.key}": { "key": "value" }\``,
			);
			continue;
		}
		if (block.properties.length === 0) {
			report(reporter, 'W04', `no condition keys under ${quote(property.key)}`, block);
		}
		for (const entry of block.properties) {
			const clause = _clause(block, entry, operator, variables, reporter);
			if (clause !== undefined) clauses.push(clause);
		}
	}
	return clauses;
}

/** Parse an operator name, raising E14/W23/W09; undefined when unusable. */
function _operator(
	block: JsonObject,
	property: JsonProperty,
	reporter: Reporter,
): OperatorSpec | undefined {
	const name = property.key;
	const at = { span: property.keySpan, path: [...pathOf(block), name] };
	const parsed = parseOperator(name);
	if (parsed === undefined) {
		const colon = name.indexOf(':');
		const prefix = colon < 0 ? '' : name.slice(0, colon + 1);
		const base = name.slice(prefix.length);
		if (base.toLowerCase() === 'nullifexists') {
			report(
				reporter,
				'E14',
				'`NullIfExists` is not a condition operator',
				at,
				'use `Null`: it already tests whether the key exists',
			);
			return undefined;
		}
		const suggestion = closest(base, _NAMES);
		report(
			reporter,
			'E14',
			`unknown condition operator ${quote(name)}`,
			at,
			suggestion === undefined ? undefined : `did you mean ${quote(prefix + suggestion)}?`,
		);
		return undefined;
	}
	if (parsed.canonical !== name) {
		report(
			reporter,
			'W23',
			`operator ${quote(name)} is not in its canonical spelling`,
			at,
			`write ${quote(parsed.canonical)}`,
		);
	}
	if (parsed.spec.base === 'Null' && parsed.spec.set !== undefined) {
		report(
			reporter,
			'W09',
			`${quote(name)} is always ${parsed.spec.set === 'all' ? 'true' : 'false'}`,
			at,
			'use `Null` without a set prefix',
		);
	}
	return parsed.spec;
}

/**
 * What is wrong with the shape of a condition key, in a policy or a request
 * context: IAM refuses a key without a prefix or a name on either side of its colon.
 */
export function keyShapeProblem(key: string): string | undefined {
	const colon = key.indexOf(':');
	if (colon < 0) return 'has no `:`';
	if (colon === 0) return 'has no prefix';
	if (colon === key.length - 1) return 'has no name';
	return undefined;
}

/** One `"key": value(s)` under an operator. */
function _clause(
	block: JsonObject,
	entry: JsonProperty,
	operator: OperatorSpec,
	variables: boolean,
	reporter: Reporter,
): ConditionClause | undefined {
	const key = entry.key;
	const keyAt = { span: entry.keySpan, path: [...pathOf(block), key] };
	let ok = true;
	const problem = keyShapeProblem(key);
	if (problem !== undefined) {
		report(
			reporter,
			'E14',
			`condition key ${quote(key)} ${problem}`,
			keyAt,
			'keys are `prefix:name`, e.g. `aws:SourceIp`',
		);
		ok = false;
	}
	if (key.includes('${')) {
		report(
			reporter,
			'W11',
			`policy variables are not supported in condition keys: ${quote(key)} is literal text`,
			keyAt,
		);
	}
	const value = entry.value;
	if (value === undefined) return undefined;
	const nodes = value.kind === 'array' ? value.items : [value];
	if (value.kind === 'array' && nodes.length === 0) {
		report(reporter, 'W04', `empty value list for ${quote(key)}`, value);
	}
	const values: string[] = [];
	const valueSpans: Span[] = [];
	for (const item of nodes) {
		const text = _scalarText(item);
		if (text === undefined) {
			report(
				reporter,
				'E14',
				`a condition value must be a string, number or boolean, not ${_describe(item)}`,
				item,
			);
			ok = false;
			continue;
		}
		values.push(text);
		valueSpans.push(spanOf(item));
	}
	if (!ok) return undefined;
	const { clause, problems } = compileClause({
		operator,
		key,
		values,
		valueSpans,
		span: entry.span,
		variables,
	});
	for (const problem of problems) {
		const item = problem.valueIndex === undefined ? undefined : nodes[problem.valueIndex];
		report(reporter, problem.code, problem.message, item ?? { span: entry.span, path: keyAt.path });
	}
	return clause;
}

/** The canonical string of a scalar: numbers as written, booleans `true`/`false`. */
function _scalarText(node: JsonNode): string | undefined {
	if (node.kind === 'string') return node.value as string;
	if (node.kind === 'number') return node.text;
	if (node.kind === 'boolean') return node.value ? 'true' : 'false';
	return undefined;
}

function _describe(node: JsonNode): string {
	return node.kind === 'array' ? 'a nested list' : node.kind === 'object' ? 'an object' : '`null`';
}
