/**
 * Evaluating compiled conditions against the effective request context
 * (spec §3.1, §3.3–§3.6). `evaluateClause` is the fast path: no parsing of
 * policy values, no regexes, no allocation unless a value holds a policy
 * variable or the operator is an ARN or IPv6 one. `explainClause` tells the
 * same story with its reasons; the two must always agree (tested by property).
 */
import type { CompiledValue, ConditionClause, ContextEntry } from '../model.ts';
import { compileGlobSegments, matchGlob } from '../match/wildcard.ts';
import type { ConditionCheck } from '../types.ts';
import { compileArnPattern, splitArn } from './arn-fields.ts';
import { ensureCompiled, type CompiledClause } from './compile-clause.ts';
import { base64Matches, decodeBase64 } from './base64.ts';
import { ipv6InBlock } from './ip-block.ts';
import { parseIpv4 } from './ipv4.ts';
import { parseIpv6 } from './ipv6.ts';
import type { Comparison, OperatorInfo } from './operators.ts';
import { parseDate } from './parse-date.ts';
import { resolveTemplate, resolveTemplateText } from './resolve-template.ts';
import {
	compareDecimals,
	equalsIgnoreCase,
	isExactDecimal,
	parseBool,
	parseDecimal,
} from './scalars.ts';

type Context = ReadonlyMap<string, ContextEntry>;

const _EMPTY: readonly string[] = [];

/** All clauses of a condition block must pass (AND, spec §3.1); an empty block passes. */
export function evaluateConditions(clauses: readonly ConditionClause[], context: Context): boolean {
	for (let i = 0; i < clauses.length; i++) {
		if (!evaluateClause(clauses[i] as ConditionClause, context)) return false;
	}
	return true;
}

/** Does one key under one operator pass for this context? */
export function evaluateClause(input: ConditionClause, context: Context): boolean {
	const clause = input.info === undefined ? ensureCompiled(input) : (input as CompiledClause);
	const operator = clause.operator;
	const info = clause.info;
	const entry = context.get(clause.keyLower);
	if (operator.set === undefined) {
		if (info.type === 'null') return _nullMatches(clause, entry);
		// §3.3: absent (or `[]`) → IfExists and negated operators pass, positive ones fail.
		if (entry === undefined || entry.values.length === 0) return operator.ifExists || info.negated;
		// §3.5: a plain operator on a multivalued value fails, negated or not, IfExists or not.
		if (entry.multi) return false;
		return _matchesAny(clause, info, entry.values[0] as string, context) !== info.negated;
	}
	// §3.5: ForAllValues:Null is always true, ForAnyValue:Null always false.
	if (info.type === 'null') return operator.set === 'all';
	const values = _setOf(entry);
	if (clause.values.length === 0) return operator.set === 'all' && values.length === 0;
	if (values.length === 0) {
		return operator.set === 'all' || (operator.ifExists && entry === undefined);
	}
	// ok(v) is "matches some policy value" for positive operators, "matches none" for negated ones.
	if (operator.set === 'all') {
		for (let i = 0; i < values.length; i++) {
			if (_matchesAny(clause, info, values[i] as string, context) === info.negated) return false;
		}
		return true;
	}
	for (let i = 0; i < values.length; i++) {
		if (_matchesAny(clause, info, values[i] as string, context) !== info.negated) return true;
	}
	return false;
}

/**
 * The same judgement as {@link evaluateClause}, with the values compared
 * (policy values after substitution) and the reason when it was not plain matching.
 */
export function explainClause(input: ConditionClause, context: Context): ConditionCheck {
	const clause = ensureCompiled(input);
	const operator = clause.operator;
	const info = clause.info;
	const entry = context.get(clause.keyLower);
	const { policyValues, unresolved } = _substituted(clause, context);
	const check = (passed: boolean, reason?: string): ConditionCheck => ({
		passed,
		operator: operator.text,
		key: clause.key,
		...(entry === undefined ? {} : { contextValues: entry.values }),
		policyValues,
		...(reason === undefined ? {} : { reason }),
		span: clause.span,
	});
	const missing = entry === undefined ? 'keyMissing' : undefined;
	const matching = unresolved ? 'unresolvedVariable' : undefined;
	if (operator.set === undefined) {
		if (info.type === 'null') return check(_nullMatches(clause, entry), missing);
		if (entry === undefined || entry.values.length === 0) {
			if (operator.ifExists) return check(true, 'ifExistsMissing');
			return check(info.negated, 'keyMissing');
		}
		if (entry.multi) return check(false, 'multivaluedNeedsSetOperator');
		const text = entry.values[0] as string;
		const hit = _matchesAny(clause, info, text, context);
		return check(hit !== info.negated, _readable(info, text) ? matching : 'contextValueInvalid');
	}
	if (info.type === 'null') return check(operator.set === 'all', 'setOperatorOnNull');
	const values = _setOf(entry);
	if (clause.values.length === 0) {
		return check(operator.set === 'all' && values.length === 0, 'noPolicyValues');
	}
	if (values.length === 0) {
		if (entry !== undefined) return check(operator.set === 'all', 'emptySet');
		if (operator.ifExists) return check(true, 'ifExistsMissing');
		return check(operator.set === 'all', 'keyMissing');
	}
	const ok = values.map((v) => _matchesAny(clause, info, v, context) !== info.negated);
	const readable = values.every((v) => _readable(info, v));
	return check(
		operator.set === 'all' ? ok.every(Boolean) : ok.some(Boolean),
		readable ? matching : 'contextValueInvalid',
	);
}

/** Can the context value be read as the operator's type at all? (for explanations only) */
function _readable(info: OperatorInfo, text: string): boolean {
	switch (info.type) {
		case 'numeric':
			return !Number.isNaN(parseDecimal(text));
		case 'date':
			return !Number.isNaN(parseDate(text));
		case 'bool':
			return parseBool(text) >= 0;
		case 'binary':
			return decodeBase64(text) !== undefined;
		case 'ip':
			return parseIpv4(text) >= 0 || parseIpv6(text) !== undefined;
		case 'arn':
			return splitArn(text) !== undefined;
		default:
			return true;
	}
}

/** §3.3: `Null` asks whether the key is absent or empty (`""`, `[]`); its values are ORed. */
function _nullMatches(clause: CompiledClause, entry: ContextEntry | undefined): boolean {
	const isNull =
		entry === undefined ||
		entry.values.length === 0 ||
		(entry.values.length === 1 && entry.values[0] === '');
	const truth = isNull ? 1 : 0;
	for (let i = 0; i < clause.compiled.length; i++) {
		const value = clause.compiled[i] as CompiledValue;
		if (value.kind === 'number' && value.value === truth) return true;
	}
	return false;
}

/** §3.5: the set S of context values; empty for an absent key, `[]` or a lone `""`. */
function _setOf(entry: ContextEntry | undefined): readonly string[] {
	if (entry === undefined) return _EMPTY;
	if (!entry.multi && entry.values.length === 1 && entry.values[0] === '') return _EMPTY;
	return entry.values;
}

/** Does the context value `text` match at least one policy value? */
function _matchesAny(
	clause: CompiledClause,
	info: OperatorInfo,
	text: string,
	context: Context,
): boolean {
	const compiled = clause.compiled;
	switch (info.type) {
		case 'string':
			for (let i = 0; i < compiled.length; i++) {
				if (_stringMatches(info, compiled[i] as CompiledValue, text, context)) return true;
			}
			return false;
		case 'numeric': {
			const x = _decimalOf(text);
			if (Number.isNaN(x)) return false;
			const exact = isExactDecimal(text);
			for (let i = 0; i < compiled.length; i++) {
				const value = compiled[i] as CompiledValue;
				if (value.kind !== 'decimal') continue;
				// Long decimals are compared as text: doubles would round them.
				const order =
					exact && !Number.isNaN(value.value) ? x - value.value : compareDecimals(text, value.text);
				if (_compare(order, 0, info.compare)) return true;
			}
			return false;
		}
		case 'date': {
			const x = _dateOf(text);
			if (Number.isNaN(x)) return false;
			for (let i = 0; i < compiled.length; i++) {
				const value = compiled[i] as CompiledValue;
				if (value.kind === 'number' && _compare(x, value.value, info.compare)) return true;
			}
			return false;
		}
		case 'bool': {
			const x = parseBool(text);
			if (x < 0) return false;
			for (let i = 0; i < compiled.length; i++) {
				const value = compiled[i] as CompiledValue;
				if (value.kind === 'number' && value.value === x) return true;
				if (value.kind === 'template') {
					const resolved = resolveTemplateText(value.template, context);
					if (resolved !== undefined && parseBool(resolved) === x) return true;
				}
			}
			return false;
		}
		case 'binary':
			for (let i = 0; i < compiled.length; i++) {
				const value = compiled[i] as CompiledValue;
				if (value.kind === 'bytes' && base64Matches(value.bytes, text)) return true;
			}
			return false;
		case 'ip':
			return _ipMatches(compiled, text);
		case 'arn':
			return _arnMatches(compiled, text, context);
		case 'null':
			/* c8 ignore next 2: Null is decided by _nullMatches before values are compared */
			return false;
	}
}

/** One `String…` policy value against the context text. */
function _stringMatches(
	info: OperatorInfo,
	value: CompiledValue,
	text: string,
	context: Context,
): boolean {
	switch (value.kind) {
		case 'text':
			return info.ignoreCase ? equalsIgnoreCase(text, value.text) : text === value.text;
		case 'glob':
			return matchGlob(value.glob, text);
		case 'template': {
			// A variable's value is literal text: substituted into a glob, it is a `wild: false` segment.
			if (info.wildcards) {
				const segments = resolveTemplate(value.template, context);
				return segments !== undefined && matchGlob(compileGlobSegments(segments, false, ''), text);
			}
			const resolved = resolveTemplateText(value.template, context);
			if (resolved === undefined) return false;
			return info.ignoreCase ? equalsIgnoreCase(text, resolved.toLowerCase()) : text === resolved;
		}
		default:
			return false;
	}
}

/** `IpAddress`: the context address against each block; IPv4 and IPv6 never meet. */
function _ipMatches(compiled: readonly CompiledValue[], text: string): boolean {
	const v4 = _ipv4Of(text);
	const v6 = v4 < 0 ? parseIpv6(text) : undefined;
	for (let i = 0; i < compiled.length; i++) {
		const value = compiled[i] as CompiledValue;
		if (value.kind === 'ipv4' && v4 >= 0 && (v4 & value.mask) >>> 0 === value.network) {
			return true;
		}
		if (value.kind === 'ipv6' && v6 !== undefined && ipv6InBlock(value, v6)) return true;
	}
	return false;
}

/** `Arn…`: six fields, each globbed on its own; fewer than six fields match nothing. */
function _arnMatches(compiled: readonly CompiledValue[], text: string, context: Context): boolean {
	const fields = splitArn(text);
	if (fields === undefined) return false;
	for (let i = 0; i < compiled.length; i++) {
		const value = compiled[i] as CompiledValue;
		let globs;
		if (value.kind === 'arn') globs = value.fields;
		else if (value.kind === 'template') {
			const segments = resolveTemplate(value.template, context);
			globs = segments === undefined ? undefined : compileArnPattern(segments);
		}
		if (globs !== undefined && globs.every((glob, f) => matchGlob(glob, fields[f] as string))) {
			return true;
		}
	}
	return false;
}

// One-entry memos for the context values read most: a request's context is
// the same strings for every clause, so repeated reads become one comparison.
let _decimalText = '';
let _decimal = NaN;
let _dateText = '';
let _date = NaN;
let _ipv4Text = '';
let _ipv4 = -1;

function _decimalOf(text: string): number {
	if (text !== _decimalText) {
		_decimal = parseDecimal(text);
		_decimalText = text;
	}
	return _decimal;
}

function _dateOf(text: string): number {
	if (text !== _dateText) {
		_date = parseDate(text);
		_dateText = text;
	}
	return _date;
}

function _ipv4Of(text: string): number {
	if (text !== _ipv4Text) {
		_ipv4 = parseIpv4(text);
		_ipv4Text = text;
	}
	return _ipv4;
}

function _compare(x: number, y: number, comparison: Comparison): boolean {
	switch (comparison) {
		case 'eq':
			return x === y;
		case 'lt':
			return x < y;
		case 'le':
			return x <= y;
		case 'gt':
			return x > y;
		case 'ge':
			return x >= y;
	}
}

/** Policy values as compared: variables substituted; an unresolvable value is shown as written. */
function _substituted(
	clause: ConditionClause,
	context: Context,
): { policyValues: readonly string[]; unresolved: boolean } {
	const templates = clause.templates;
	if (templates === undefined) return { policyValues: clause.values, unresolved: false };
	let unresolved = false;
	const policyValues = clause.values.map((written, i) => {
		const text = resolveTemplateText(templates[i] ?? [], context);
		if (text === undefined) unresolved = true;
		return text ?? written;
	});
	return { policyValues, unresolved };
}
