/**
 * Compiling one condition key under one operator (spec §3.4, §3.6): each
 * policy value is prepared once for the operator's type — numbers parsed,
 * dates turned into instants, CIDRs parsed, base64 decoded, ARNs split into
 * field globs, `StringLike` globs compiled, `IgnoreCase` values folded — so
 * evaluation does no parsing. Values the operator cannot read become `never`
 * and are reported as problems, not thrown.
 */
import type { CompiledValue, ConditionClause, OperatorSpec, Template } from '../model.ts';
import type { Span } from '../types.ts';
import { compileGlob, compileGlobSegments, hasWildcard } from '../match/wildcard.ts';
import { parseTemplate } from '../parse/template.ts';
import { compileArnPattern } from './arn-fields.ts';
import { decodeBase64 } from './base64.ts';
import { compileIpBlock } from './ip-block.ts';
import { OPERATORS, type OperatorInfo } from './operators.ts';
import { parseDate } from './parse-date.ts';
import { resolveTemplate } from './resolve-template.ts';
import { isExactDecimal, parseBool, parseDecimal } from './scalars.ts';

/** What the policy parser knows about one `"key": value(s)` property. */
export interface CompileClauseInput {
	readonly operator: OperatorSpec;
	/** The key as written. */
	readonly key: string;
	/** Canonical string values (numbers and booleans converted, spec §1.1). */
	readonly values: readonly string[];
	readonly valueSpans: readonly Span[];
	/** The `"key": value` property's span. */
	readonly span: Span;
	/** Policy variables are recognised (a `2012-10-17` policy). */
	readonly variables: boolean;
}

/** A clause with its values compiled: what {@link compileClause} returns. */
export type CompiledClause = ConditionClause & {
	readonly compiled: readonly CompiledValue[];
	readonly info: OperatorInfo;
};

/** A problem with one value (or the whole clause); the parser turns it into a diagnostic. */
export interface ClauseProblem {
	readonly code: 'W07' | 'W08' | 'W19' | 'W10' | 'W11';
	readonly message: string;
	/** Index into `values` of the value at fault. */
	readonly valueIndex?: number;
}

const _NEVER: CompiledValue = { kind: 'never' };
const _NO_CONTEXT: ReadonlyMap<string, never> = new Map<string, never>();

/** What a value must be, per type, in W07 messages. */
const _EXPECTED = {
	numeric: 'a decimal number',
	date: 'a date (epoch seconds or ISO 8601)',
	bool: '`true` or `false`',
	null: '`true` or `false`',
	binary: 'base64',
	ip: 'an IP address or CIDR block',
	arn: 'an ARN with six colon-separated fields',
} as const;

/** Compile a condition clause; problems are returned alongside, never thrown. */
export function compileClause(input: CompileClauseInput): {
	clause: CompiledClause;
	problems: readonly ClauseProblem[];
} {
	const info = OPERATORS[input.operator.base];
	const problems: ClauseProblem[] = [];
	const withVariables =
		input.variables && info.variables && input.values.some((v) => v.includes('${'));
	const templates: Template[] = [];
	const compiled = input.values.map((value, index): CompiledValue => {
		const where = { problems, index, operator: input.operator.text };
		if (!withVariables || !value.includes('${')) {
			templates.push([{ kind: 'text', text: value }]);
			if (input.variables && !info.variables && value.includes('${')) {
				_report(
					where,
					'W11',
					`policy variables are not supported under \`${where.operator}\`; \`${value}\` is literal text`,
				);
				return _compileLiteral(info, value, undefined);
			}
			return _compileLiteral(info, value, where);
		}
		const { template, malformed } = parseTemplate(value);
		templates.push(template);
		if (malformed) {
			_report(where, 'W10', `malformed policy variable in \`${value}\` is kept as literal text`);
		}
		if (info.type === 'string' && !info.wildcards) {
			_checkLiteralWildcards(info, template, value, where);
		}
		if (template.some((part) => part.kind === 'var')) return { kind: 'template', template };
		// Only `${*}`-style characters (or malformed text): substitute now, once.
		return _compileStatic(info, template, value);
	});
	const clause: CompiledClause = {
		operator: input.operator,
		key: input.key,
		keyLower: input.key.toLowerCase(),
		values: input.values,
		...(withVariables ? { templates } : {}),
		span: input.span,
		valueSpans: input.valueSpans,
		compiled,
		info,
	};
	return { clause, problems };
}

const _handBuilt = new WeakMap<ConditionClause, CompiledClause>();

/**
 * The clause itself when it was compiled here; otherwise (a clause built by
 * hand, e.g. in a test) its compiled twin, made once and remembered.
 */
export function ensureCompiled(clause: ConditionClause): CompiledClause {
	if (clause.compiled !== undefined && clause.info !== undefined) return clause as CompiledClause;
	let compiled = _handBuilt.get(clause);
	if (compiled === undefined) {
		compiled = compileClause({
			...clause,
			variables: clause.templates !== undefined,
		}).clause;
		_handBuilt.set(clause, compiled);
	}
	return compiled;
}

/** Where a problem is being reported. */
interface _Where {
	readonly problems: ClauseProblem[];
	readonly index: number;
	readonly operator: string;
}

function _report(where: _Where, code: ClauseProblem['code'], message: string): void {
	where.problems.push({ code, message, valueIndex: where.index });
}

/**
 * Compile a value with no policy variables. `where` is undefined when the
 * value was already reported (W11) and should not be reported again.
 */
function _compileLiteral(
	info: OperatorInfo,
	value: string,
	where: _Where | undefined,
): CompiledValue {
	const invalid = (): CompiledValue => {
		if (where !== undefined && info.type !== 'string') {
			const expected = _EXPECTED[info.type];
			_report(
				where,
				'W07',
				`\`${value}\` is not ${expected}, so it never matches under \`${where.operator}\``,
			);
		}
		return _NEVER;
	};
	switch (info.type) {
		case 'string':
			if (info.wildcards) return { kind: 'glob', glob: compileGlob(value) };
			if (where !== undefined)
				_checkLiteralWildcards(info, [{ kind: 'text', text: value }], value, where);
			return { kind: 'text', text: info.ignoreCase ? value.toLowerCase() : value };
		case 'numeric': {
			const number = parseDecimal(value);
			if (Number.isNaN(number)) return invalid();
			return { kind: 'decimal', value: isExactDecimal(value) ? number : NaN, text: value };
		}
		case 'date': {
			const number = parseDate(value);
			return Number.isNaN(number) ? invalid() : { kind: 'number', value: number };
		}
		case 'bool':
		case 'null': {
			const truth = parseBool(value);
			return truth < 0 ? invalid() : { kind: 'number', value: truth };
		}
		case 'binary': {
			const bytes = decodeBase64(value);
			return bytes === undefined ? invalid() : { kind: 'bytes', bytes };
		}
		case 'ip': {
			const block = compileIpBlock(value);
			if (block === undefined) return invalid();
			if (where !== undefined && block.hostBits) {
				_report(
					where,
					'W19',
					`\`${value}\` has host bits set; it is read as \`${block.canonical}\``,
				);
			}
			if (where !== undefined && block.private) {
				_report(
					where,
					'W19',
					`\`${value}\` is a private address range, which requests from the internet never come from`,
				);
			}
			return block.value;
		}
		case 'arn': {
			const fields = compileArnPattern([{ text: value, wild: true }]);
			return fields === undefined ? invalid() : { kind: 'arn', fields };
		}
	}
}

/** Compile a template without variables (only `${*}`-style characters): substitute now. */
function _compileStatic(info: OperatorInfo, template: Template, source: string): CompiledValue {
	const segments = resolveTemplate(template, _NO_CONTEXT) ?? [];
	switch (info.type) {
		case 'string':
			if (info.wildcards)
				return { kind: 'glob', glob: compileGlobSegments(segments, false, source) };
			break;
		case 'arn': {
			const fields = compileArnPattern(segments);
			return fields === undefined ? _NEVER : { kind: 'arn', fields };
		}
	}
	const text = segments.map((segment) => segment.text).join('');
	if (info.type === 'bool') {
		const truth = parseBool(text);
		return truth < 0 ? _NEVER : { kind: 'number', value: truth };
	}
	return { kind: 'text', text: info.ignoreCase ? text.toLowerCase() : text };
}

/** W08: `*` or `?` written in a `StringEquals`-family value is a literal character there. */
function _checkLiteralWildcards(
	info: OperatorInfo,
	template: Template,
	value: string,
	where: _Where,
): void {
	if (template.some((part) => part.kind === 'text' && hasWildcard(part.text))) {
		const like = info.negated ? 'StringNotLike' : 'StringLike';
		_report(
			where,
			'W08',
			`\`*\` and \`?\` are literal characters under \`${where.operator}\`, so \`${value}\` matches only that exact text (wildcards need \`${like}\`)`,
		);
	}
}
