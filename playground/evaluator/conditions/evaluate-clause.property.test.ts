import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContextEntry } from '../model.ts';
import type { ContextScalar, ContextValue } from '../types.ts';
import { compileClause } from './compile-clause.ts';
import { evaluateClause, evaluateConditions, explainClause } from './evaluate-clause.ts';
import { OPERATORS } from './operators.ts';
import { parseOperator } from './parse-operator.ts';

/** Values that mean something to some operator, and some that mean nothing to any. */
const VALUES = [
	'a',
	'b',
	'a*',
	'*',
	'?',
	'',
	'A',
	'10',
	'10.0',
	'-1',
	'2024-06-01',
	'1717200000',
	'2024-06-01T00:00:00Z',
	'true',
	'FALSE',
	'aGVsbG8=',
	'aGVsbG8',
	'203.0.113.0/24',
	'203.0.113.7',
	'10.0.0.0/8',
	'2001:db8::/32',
	'2001:db8::1',
	'arn:aws:s3:::b/*',
	'arn:aws:s3:::b/k',
	'arn:aws:sns:*:1:t',
	'arn:aws:sns:r:1:t',
	'${k:b}',
	"${k:c, 'a'}",
	'x${*}',
	'${k:missing}',
	'${bad',
];
const SCALARS: fc.Arbitrary<ContextScalar> = fc.oneof(
	fc.constantFrom(...VALUES),
	fc.boolean(),
	fc.constantFrom(10, 0.5, -1),
);
const CONTEXT_VALUE: fc.Arbitrary<ContextValue | undefined> = fc.oneof(
	fc.constant(undefined),
	SCALARS,
	fc.array(SCALARS, { maxLength: 3 }),
);
const KEYS = ['k:a', 'k:b', 'k:c'] as const;

const OPERATOR = fc
	.record({
		base: fc.constantFrom(...Object.keys(OPERATORS)),
		set: fc.constantFrom('', 'ForAllValues:', 'ForAnyValue:'),
		ifExists: fc.boolean(),
	})
	.map(
		({ base, set, ifExists }) => `${set}${base}${ifExists && base !== 'Null' ? 'IfExists' : ''}`,
	);

const CLAUSE = fc
	.record({
		operator: OPERATOR,
		key: fc.constantFrom(...KEYS),
		values: fc.array(fc.constantFrom(...VALUES), { maxLength: 3 }),
		variables: fc.boolean(),
	})
	.map(({ operator, key, values, variables }) => {
		const spec = parseOperator(operator)?.spec;
		if (spec === undefined) throw new Error(`test bug: ${operator}`);
		const span = { offset: 0, length: 0 };
		return compileClause({
			operator: spec,
			key,
			values,
			valueSpans: values.map(() => span),
			span,
			variables,
		}).clause;
	});

const CONTEXT = fc.tuple(CONTEXT_VALUE, CONTEXT_VALUE, CONTEXT_VALUE).map((values) => {
	const map = new Map<string, ContextEntry>();
	values.forEach((raw, i) => {
		if (raw === undefined) return;
		const multi = Array.isArray(raw);
		const key = KEYS[i] as string;
		map.set(key, { key, values: (multi ? raw : [raw]).map(String), multi, raw });
	});
	return map;
});

describe('evaluateClause and explainClause', () => {
	it('always agree, for any operator, policy values and context', () => {
		fc.assert(
			fc.property(CLAUSE, CONTEXT, (clause, context) => {
				expect(explainClause(clause, context).passed).toBe(evaluateClause(clause, context));
			}),
			{ numRuns: 5000 },
		);
	});

	it('a negated operator on a single value is the opposite of its positive twin', () => {
		const twins = Object.entries(OPERATORS)
			.filter(([, info]) => info.negated)
			.map(([name]) => [name, name.replace('Not', '')] as const);
		fc.assert(
			fc.property(
				fc.constantFrom(...twins),
				fc.array(fc.constantFrom(...VALUES), { maxLength: 3 }),
				SCALARS,
				([negated, positive], values, raw) => {
					const context = new Map<string, ContextEntry>([
						['k:a', { key: 'k:a', values: [String(raw)], multi: false, raw }],
					]);
					const compile = (name: string) => {
						const spec = parseOperator(name)?.spec;
						if (spec === undefined) throw new Error(`test bug: ${name}`);
						const span = { offset: 0, length: 0 };
						return compileClause({
							operator: spec,
							key: 'k:a',
							values,
							valueSpans: [],
							span,
							variables: true,
						}).clause;
					};
					expect(evaluateClause(compile(negated), context)).toBe(
						!evaluateClause(compile(positive), context),
					);
				},
			),
		);
	});

	it('a block passes exactly when every clause passes', () => {
		fc.assert(
			fc.property(fc.array(CLAUSE, { maxLength: 4 }), CONTEXT, (clauses, context) => {
				expect(evaluateConditions(clauses, context)).toBe(
					clauses.every((clause) => evaluateClause(clause, context)),
				);
			}),
		);
	});
});
