/**
 * The condition operators of the policy grammar (base names), with a short
 * description each, for the JSON schema, completion and hover. Every base
 * name also takes `IfExists` and the set prefixes `ForAnyValue:` /
 * `ForAllValues:` (`Null` takes neither).
 */

/** Base operator → what it compares. */
export const CONDITION_OPERATORS: Readonly<Record<string, string>> = {
	StringEquals: 'exact string match, case-sensitive',
	StringNotEquals: 'negated exact string match',
	StringEqualsIgnoreCase: 'exact string match, ignoring case',
	StringNotEqualsIgnoreCase: 'negated string match, ignoring case',
	StringLike: 'string match with `*` and `?` wildcards',
	StringNotLike: 'negated string match with `*` and `?` wildcards',
	NumericEquals: 'number equal to',
	NumericNotEquals: 'number not equal to',
	NumericLessThan: 'number less than',
	NumericLessThanEquals: 'number less than or equal to',
	NumericGreaterThan: 'number greater than',
	NumericGreaterThanEquals: 'number greater than or equal to',
	DateEquals: 'date equal to (ISO 8601 or epoch seconds)',
	DateNotEquals: 'date not equal to',
	DateLessThan: 'date before',
	DateLessThanEquals: 'date at or before',
	DateGreaterThan: 'date after',
	DateGreaterThanEquals: 'date at or after',
	Bool: 'boolean match (`true` / `false`)',
	BinaryEquals: 'base64-encoded binary value equal to',
	IpAddress: 'IP address in a CIDR range',
	NotIpAddress: 'IP address outside every CIDR range',
	ArnEquals: 'ARN match, field by field',
	ArnLike: 'ARN match with wildcards, field by field',
	ArnNotEquals: 'negated ARN match',
	ArnNotLike: 'negated ARN match with wildcards',
	Null: 'whether the key is absent (`true`) or present (`false`)',
};

/** The base name and modifiers of an operator as written, or `undefined` when it is not one. */
export function parseOperatorName(
	name: string,
): { base: string; set?: 'ForAnyValue' | 'ForAllValues'; ifExists: boolean } | undefined {
	const colon = name.indexOf(':');
	const set = colon < 0 ? undefined : name.slice(0, colon);
	if (set !== undefined && set !== 'ForAnyValue' && set !== 'ForAllValues') return undefined;
	let base = colon < 0 ? name : name.slice(colon + 1);
	const ifExists = base.endsWith('IfExists') && base !== 'IfExists';
	if (ifExists) base = base.slice(0, -'IfExists'.length);
	if (!Object.hasOwn(CONDITION_OPERATORS, base)) return undefined;
	if (base === 'Null' && (ifExists || set !== undefined)) return undefined;
	return { base, ...(set === undefined ? {} : { set }), ifExists };
}
