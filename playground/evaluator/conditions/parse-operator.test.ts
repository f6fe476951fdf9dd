import { describe, expect, it } from 'vitest';
import { OPERATORS } from './operators.ts';
import { parseOperator } from './parse-operator.ts';

describe('parseOperator', () => {
	it.each([
		['StringEquals', 'StringEquals', undefined, false, 'StringEquals'],
		['stringequals', 'StringEquals', undefined, false, 'StringEquals'],
		['StringNotEqualsIfExists', 'StringNotEquals', undefined, true, 'StringNotEqualsIfExists'],
		['ForAllValues:StringLike', 'StringLike', 'all', false, 'ForAllValues:StringLike'],
		['ForAnyValue:StringLikeIfExists', 'StringLike', 'any', true, 'ForAnyValue:StringLikeIfExists'],
		['foranyvalue:arnlikeifexists', 'ArnLike', 'any', true, 'ForAnyValue:ArnLikeIfExists'],
		['NUMERICLESSTHANEQUALS', 'NumericLessThanEquals', undefined, false, 'NumericLessThanEquals'],
		['BoolIfExists', 'Bool', undefined, true, 'BoolIfExists'],
		['Null', 'Null', undefined, false, 'Null'],
		['ForAllValues:Null', 'Null', 'all', false, 'ForAllValues:Null'],
		['IpAddressIfExists', 'IpAddress', undefined, true, 'IpAddressIfExists'],
	] as const)('reads %s', (text, base, set, ifExists, canonical) => {
		const parsed = parseOperator(text);
		expect(parsed?.canonical).toBe(canonical);
		expect(parsed?.spec).toEqual({ text, base, ifExists, ...(set === undefined ? {} : { set }) });
	});

	it.each([
		['StringEqual'],
		['NullIfExists'],
		['ForAllValues:NullIfExists'],
		['ForSomeValues:StringEquals'],
		['ForAllValues:'],
		['IfExists'],
		['StringEqualsIfExistsIfExists'],
		[''],
	])('rejects %j', (text) => {
		expect(parseOperator(text)).toBeUndefined();
	});

	it('knows every base operator under its canonical name', () => {
		for (const name of Object.keys(OPERATORS)) {
			expect(parseOperator(name)?.canonical).toBe(name);
		}
	});
});

describe('OPERATORS', () => {
	it('marks exactly the operators of spec §3.1 as negated', () => {
		const negated = Object.entries(OPERATORS)
			.filter(([, info]) => info.negated)
			.map(([name]) => name)
			.sort();
		expect(negated).toEqual(
			[
				'ArnNotEquals',
				'ArnNotLike',
				'DateNotEquals',
				'NotIpAddress',
				'NumericNotEquals',
				'StringNotEquals',
				'StringNotEqualsIgnoreCase',
				'StringNotLike',
			].sort(),
		);
	});

	it('allows policy variables only under String, Arn and Bool operators (spec §3.6)', () => {
		for (const [name, info] of Object.entries(OPERATORS)) {
			expect([name, info.variables]).toEqual([
				name,
				info.type === 'string' || info.type === 'arn' || info.type === 'bool',
			]);
		}
	});
});
