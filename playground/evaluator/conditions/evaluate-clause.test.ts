import { describe, expect, it } from 'vitest';
import type { ConditionClause, ContextEntry } from '../model.ts';
import type { ContextValue } from '../types.ts';
import { compileClause } from './compile-clause.ts';
import { evaluateClause, evaluateConditions, explainClause } from './evaluate-clause.ts';
import { OPERATORS } from './operators.ts';
import { parseOperator } from './parse-operator.ts';

const SPAN = { offset: 0, length: 1 };

/** A compiled clause from an operator name, a key and its values (2012-10-17 unless told). */
function clause(
	operator: string,
	key: string,
	values: string | readonly string[],
	variables = true,
): ConditionClause {
	const parsed = parseOperator(operator);
	if (parsed === undefined) throw new Error(`test bug: unknown operator ${operator}`);
	const list = typeof values === 'string' ? [values] : values;
	return compileClause({
		operator: parsed.spec,
		key,
		values: list,
		valueSpans: list.map(() => SPAN),
		span: SPAN,
		variables,
	}).clause;
}

/** A context map as the effective context builds it: lower-cased keys, canonical strings. */
function context(given: Readonly<Record<string, ContextValue>>): Map<string, ContextEntry> {
	const map = new Map<string, ContextEntry>();
	for (const [key, raw] of Object.entries(given)) {
		const multi = Array.isArray(raw);
		const values = (multi ? raw : [raw]).map(String);
		map.set(key.toLowerCase(), { key, values, multi, raw });
	}
	return map;
}

type Case = readonly [
	string,
	string,
	string,
	string | readonly string[],
	Readonly<Record<string, ContextValue>>,
	boolean,
];

function runCases(cases: readonly Case[]): void {
	it.each(cases)('%s', (_name, operator, key, values, given, expected) => {
		const c = clause(operator, key, values);
		const ctx = context(given);
		expect(evaluateClause(c, ctx)).toBe(expected);
		expect(explainClause(c, ctx).passed).toBe(expected);
	});
}

const K = 'aws:PrincipalTag/team';

describe('string operators', () => {
	// prettier-ignore
	runCases([
		['StringEquals matches the exact text', 'StringEquals', K, 'red', { [K]: 'red' }, true],
		['StringEquals is case-sensitive', 'StringEquals', K, 'red', { [K]: 'Red' }, false],
		['StringEquals ORs its values', 'StringEquals', K, ['red', 'blue'], { [K]: 'blue' }, true],
		['StringEquals fails on an absent key', 'StringEquals', K, 'red', {}, false],
		['StringEquals treats `*` as a literal (§8 #45)', 'StringEquals', K, '*', { [K]: 'abc' }, false],
		['StringEquals matches a literal `*`', 'StringEquals', K, '*', { [K]: '*' }, true],
		['StringEquals matches an empty value', 'StringEquals', K, '', { [K]: '' }, true],
		['StringNotEquals passes on an absent key (§8 #33)', 'StringNotEquals', K, 'red', {}, true],
		['StringNotEquals is NOR over its values (§8 #39)', 'StringNotEquals', K, ['a', 'b'], { [K]: 'a' }, false],
		['StringNotEquals passes when no value matches', 'StringNotEquals', K, ['a', 'b'], { [K]: 'c' }, true],
		['StringNotEqualsIfExists passes on an absent key (§8 #34)', 'StringNotEqualsIfExists', K, 'red', {}, true],
		['StringEqualsIfExists passes on an absent key (§8 #35)', 'StringEqualsIfExists', K, 'red', {}, true],
		['StringEqualsIfExists behaves as StringEquals when present', 'StringEqualsIfExists', K, 'red', { [K]: 'blue' }, false],
		['StringEqualsIgnoreCase folds both sides', 'StringEqualsIgnoreCase', K, 'RED', { [K]: 'rEd' }, true],
		['StringEqualsIgnoreCase folds non-ASCII letters', 'StringEqualsIgnoreCase', K, 'ÉCOLE', { [K]: 'école' }, true],
		['StringEqualsIgnoreCase still compares the text', 'StringEqualsIgnoreCase', K, 'red', { [K]: 'reds' }, false],
		['StringEqualsIgnoreCase with non-ASCII of another length', 'StringEqualsIgnoreCase', K, 'i', { [K]: 'İ' }, false],
		['StringNotEqualsIgnoreCase fails on a folded match', 'StringNotEqualsIgnoreCase', K, 'RED', { [K]: 'red' }, false],
		['StringLike `*` matches anything (§8 #45)', 'StringLike', K, '*', { [K]: 'abc' }, true],
		['StringLike `?` is one character', 'StringLike', K, 'r?d', { [K]: 'rod' }, true],
		['StringLike is case-sensitive', 'StringLike', K, 'r*', { [K]: 'Red' }, false],
		['StringLike crosses `/` and `:`', 'StringLike', K, 'a*z', { [K]: 'a/b:c/z' }, true],
		['StringNotLike passes when no pattern matches', 'StringNotLike', K, ['x*', 'y*'], { [K]: 'zed' }, true],
		['StringNotLike fails when a pattern matches', 'StringNotLike', K, ['x*', 'z*'], { [K]: 'zed' }, false],
		['StringLikeIfExists passes on an absent key', 'StringLikeIfExists', K, 'x*', {}, true],
	]);
});

describe('numeric operators', () => {
	const N = 's3:max-keys';
	// prettier-ignore
	runCases([
		['NumericLessThanEquals reads `10.0` as 10 (§8 #48)', 'NumericLessThanEquals', N, '10', { [N]: '10.0' }, true],
		['NumericEquals compares a JSON number', 'NumericEquals', N, '10', { [N]: 10 }, true],
		['NumericEquals compares negative decimals', 'NumericEquals', N, '-5', { [N]: '-5.00' }, true],
		['NumericNotEquals fails on an equal number', 'NumericNotEquals', N, '10', { [N]: '10' }, false],
		['NumericNotEquals passes on another number', 'NumericNotEquals', N, '10', { [N]: '11' }, true],
		['NumericLessThan is strict', 'NumericLessThan', N, '10', { [N]: '10' }, false],
		['NumericLessThan passes below', 'NumericLessThan', N, '10', { [N]: '9.5' }, true],
		['NumericGreaterThan passes above', 'NumericGreaterThan', N, '10', { [N]: '11' }, true],
		['NumericGreaterThan is strict', 'NumericGreaterThan', N, '10', { [N]: '10' }, false],
		['NumericGreaterThanEquals passes on equal', 'NumericGreaterThanEquals', N, '10', { [N]: '10' }, true],
		['NumericGreaterThanEquals fails below', 'NumericGreaterThanEquals', N, '10', { [N]: '9' }, false],
		['NumericEquals never matches an unparsable context value', 'NumericEquals', N, '10', { [N]: 'ten' }, false],
		['NumericNotEquals counts an unparsable context value as not equal', 'NumericNotEquals', N, '10', { [N]: 'ten' }, true],
		['NumericEquals never matches an unparsable policy value', 'NumericEquals', N, '1e3', { [N]: '1000' }, false],
		['NumericNotEquals is not blocked by an unparsable policy value', 'NumericNotEquals', N, '1e3', { [N]: '1000' }, true],
		['NumericEquals does not substitute variables', 'NumericEquals', N, '${aws:x}', { [N]: '1', 'aws:x': '1' }, false],
		['NumericLessThanIfExists passes on an absent key', 'NumericLessThanIfExists', N, '10', {}, true],
		['NumericLessThan works on aws:EpochTime', 'NumericLessThan', 'aws:EpochTime', '1800000000', { 'aws:EpochTime': 1700000000 }, true],
		['NumericEquals tells integers past 2^53 apart', 'NumericEquals', N, '9007199254740993', { [N]: '9007199254740992' }, false],
		['NumericEquals matches a long integer exactly', 'NumericEquals', N, '9007199254740993', { [N]: '9007199254740993.000' }, true],
		['NumericLessThan orders a long context value against a short policy value', 'NumericLessThan', N, '0.0000001', { [N]: '0.00000009999999999999' }, true],
		['NumericGreaterThan orders long negative decimals', 'NumericGreaterThan', N, '-12345678901234567.5', { [N]: '-12345678901234567.25' }, true],
	]);
});

describe('date operators', () => {
	const T = 'aws:CurrentTime';
	// prettier-ignore
	runCases([
		['DateGreaterThan compares epoch seconds with ISO as instants (§8 #49)', 'DateGreaterThan', T, '1700000000', { [T]: '2024-01-01T00:00:00Z' }, true],
		['DateLessThan reads a date-only value as UTC midnight', 'DateLessThan', T, '2024-07-01', { [T]: '2024-06-01T00:00:00Z' }, true],
		['DateEquals honours a zone offset', 'DateEquals', T, '2024-06-01T02:00:00+02:00', { [T]: '2024-06-01T00:00:00Z' }, true],
		['DateEquals honours a negative zone offset', 'DateEquals', T, '2024-05-31T19:30-04:30', { [T]: '2024-06-01T00:00:00Z' }, true],
		['DateEquals reads a year alone', 'DateEquals', T, '2024', { [T]: '2024-01-01T00:00:00Z' }, true],
		['DateEquals reads a year and month', 'DateEquals', T, '2024-06', { [T]: '2024-06-01' }, true],
		['DateEquals reads a zone-less time as UTC', 'DateEquals', T, '2024-06-01T00:00', { [T]: '2024-06-01T00:00:00Z' }, true],
		['DateEquals keeps milliseconds', 'DateEquals', T, '2024-06-01T00:00:00.5Z', { [T]: '2024-06-01T00:00:00.500Z' }, true],
		['DateEquals tells milliseconds apart', 'DateEquals', T, '2024-06-01T00:00:00.5Z', { [T]: '2024-06-01T00:00:00.499Z' }, false],
		['DateEquals puts epoch 0 at 1970-01-01', 'DateEquals', T, '0', { [T]: '1970-01-01' }, true],
		['DateNotEquals passes on another instant', 'DateNotEquals', T, '2024-06-01', { [T]: '2024-06-02' }, true],
		['DateLessThanEquals passes on the same instant', 'DateLessThanEquals', T, '2024-06-01', { [T]: '2024-06-01T00:00:00Z' }, true],
		['DateGreaterThanEquals fails before', 'DateGreaterThanEquals', T, '2024-06-01', { [T]: '2024-05-31T23:59:59Z' }, false],
		['DateEquals never matches an impossible date', 'DateEquals', T, '2023-02-29', { [T]: '2023-03-01' }, false],
		['DateLessThan never matches an unparsable context value', 'DateLessThan', T, '2030-01-01', { [T]: 'yesterday' }, false],
	]);
});

describe('Bool, Null and BinaryEquals', () => {
	const M = 'aws:MultiFactorAuthPresent';
	const B = 'aws:SomeBinary';
	// prettier-ignore
	runCases([
		['Bool `true` matches the context string `TRUE` (§8 #59)', 'Bool', M, 'true', { [M]: 'TRUE' }, true],
		['Bool matches a JSON boolean in the context', 'Bool', M, 'true', { [M]: true }, true],
		['Bool `false` fails on an absent key (§8 #36)', 'Bool', M, 'false', {}, false],
		['Bool `false` matches a derived `false` (§8 #37)', 'Bool', M, 'false', { [M]: false }, true],
		['BoolIfExists passes on an absent key', 'BoolIfExists', M, 'true', {}, true],
		['Bool never matches a non-boolean policy value', 'Bool', M, 'yes', { [M]: 'yes' }, false],
		['Bool never matches a non-boolean context value', 'Bool', M, 'true', { [M]: '1' }, false],
		['Null `true` passes on an absent key', 'Null', 'aws:TokenIssueTime', 'true', {}, true],
		['Null `true` fails when the key is present (§8 #38)', 'Null', 'aws:TokenIssueTime', 'true', { 'aws:TokenIssueTime': '2024-01-01T00:00:00Z' }, false],
		['Null `true` counts an empty string as null', 'Null', K, 'true', { [K]: '' }, true],
		['Null `true` counts an empty array as null', 'Null', 'aws:TagKeys', 'true', { 'aws:TagKeys': [] }, true],
		['Null `false` passes on a present key', 'Null', K, 'false', { [K]: 'x' }, true],
		['Null `false` passes on a multivalued key', 'Null', 'aws:TagKeys', 'false', { 'aws:TagKeys': ['a'] }, true],
		['Null `false` fails on an absent key', 'Null', K, 'false', {}, false],
		['Null ORs its values', 'Null', K, ['true', 'false'], {}, true],
		['Null is case-insensitive in its value', 'Null', K, 'TRUE', {}, true],
		['Null never matches a non-boolean value', 'Null', K, 'maybe', {}, false],
		['BinaryEquals compares decoded bytes', 'BinaryEquals', B, 'aGVsbG8=', { [B]: 'aGVsbG8=' }, true],
		['BinaryEquals accepts unpadded base64', 'BinaryEquals', B, 'aGVsbG8=', { [B]: 'aGVsbG8' }, true],
		['BinaryEquals tells bytes apart', 'BinaryEquals', B, 'aGVsbG8=', { [B]: 'd29ybGQ=' }, false],
		['BinaryEquals fails on a prefix of the bytes', 'BinaryEquals', B, 'aGVsbG8=', { [B]: 'aGVs' }, false],
		['BinaryEquals never matches invalid base64', 'BinaryEquals', B, '@@@@', { [B]: '@@@@' }, false],
	]);
});

describe('IP operators', () => {
	const S = 'aws:SourceIp';
	// prettier-ignore
	runCases([
		['IpAddress matches the last address of a /24 (§8 #50)', 'IpAddress', S, '203.0.113.0/24', { [S]: '203.0.113.255' }, true],
		['IpAddress fails just past the block (§8 #50)', 'IpAddress', S, '203.0.113.0/24', { [S]: '203.0.114.0' }, false],
		['IpAddress v4 never matches an IPv6 context (§8 #50)', 'IpAddress', S, '203.0.113.0/24', { [S]: '2001:db8::1' }, false],
		['IpAddress v4 never matches an IPv4-mapped IPv6 address', 'IpAddress', S, '203.0.113.0/24', { [S]: '::ffff:203.0.113.7' }, false],
		['IpAddress reads a bare address as /32', 'IpAddress', S, '203.0.113.7', { [S]: '203.0.113.7' }, true],
		['IpAddress bare /32 fails on a neighbour', 'IpAddress', S, '203.0.113.7', { [S]: '203.0.113.8' }, false],
		['IpAddress masks host bits', 'IpAddress', S, '203.0.113.7/24', { [S]: '203.0.113.200' }, true],
		['IpAddress /0 matches every IPv4 address', 'IpAddress', S, '0.0.0.0/0', { [S]: '198.51.100.1' }, true],
		['IpAddress /0 does not match IPv6', 'IpAddress', S, '0.0.0.0/0', { [S]: '::1' }, false],
		['IpAddress matches inside an IPv6 block', 'IpAddress', S, '2001:db8::/32', { [S]: '2001:db8:ffff::1' }, true],
		['IpAddress fails outside an IPv6 block', 'IpAddress', S, '2001:db8::/32', { [S]: '2001:db9::1' }, false],
		['IpAddress IPv6 block never matches IPv4', 'IpAddress', S, '::/0', { [S]: '203.0.113.7' }, false],
		['IpAddress masks IPv6 host bits at a byte boundary', 'IpAddress', S, '2001:db8:0:1::/60', { [S]: '2001:db8:0:f::1' }, true],
		['IpAddress reads a bare IPv6 address as /128', 'IpAddress', S, '2001:db8::1', { [S]: '2001:db8::1' }, true],
		['IpAddress fails on a context block rather than an address', 'IpAddress', S, '203.0.113.0/24', { [S]: '203.0.113.7/32' }, false],
		['IpAddress ORs its blocks', 'IpAddress', S, ['198.51.100.0/24', '203.0.113.0/24'], { [S]: '203.0.113.9' }, true],
		['NotIpAddress fails inside the block', 'NotIpAddress', S, '10.0.0.0/8', { [S]: '10.1.2.3' }, false],
		['NotIpAddress passes outside the block', 'NotIpAddress', S, '10.0.0.0/8', { [S]: '11.0.0.1' }, true],
		['NotIpAddress passes on an unparsable context value', 'NotIpAddress', S, '10.0.0.0/8', { [S]: 'localhost' }, true],
		['IpAddress never matches an invalid block', 'IpAddress', S, '10.0.0.0/33', { [S]: '10.0.0.1' }, false],
	]);
});

describe('ARN operators', () => {
	const A = 'aws:SourceArn';
	const topic = 'arn:aws:sns:us-east-1:111122223333:t';
	const tricky = 'arn:aws:svc:us-east-2:999999999999:store/abc:111122223333:finance/d.txt';
	// prettier-ignore
	runCases([
		['ArnEquals treats `*` as a wildcard (§8 #46)', 'ArnEquals', A, 'arn:aws:sns:*:111122223333:t', { [A]: topic }, true],
		['ArnLike keeps wildcards inside one field (§8 #47)', 'ArnLike', A, 'arn:aws:svc:*:111122223333:finance/*', { [A]: tricky }, false],
		['StringLike lets the same pattern cross fields (§8 #47)', 'StringLike', A, 'arn:aws:svc:*:111122223333:finance/*', { [A]: tricky }, true],
		['ArnLike globs the resource field across colons', 'ArnLike', A, 'arn:aws:logs:*:*:log-group:*', { [A]: 'arn:aws:logs:us-east-1:1:log-group:g:log-stream:s' }, true],
		['ArnLike is case-sensitive', 'ArnLike', A, 'arn:aws:s3:::B/*', { [A]: 'arn:aws:s3:::b/k' }, false],
		['ArnLike matches a role pattern', 'ArnLike', A, 'arn:aws:iam::*:role/*', { [A]: 'arn:aws:iam::111122223333:role/R' }, true],
		['ArnLike fails on another resource type', 'ArnLike', A, 'arn:aws:iam::*:role/*', { [A]: 'arn:aws:iam::111122223333:user/u' }, false],
		['ArnLike fails on a context value with fewer than six fields', 'ArnLike', A, '*:*:*:*:*:*', { [A]: 'arn:aws:s3' }, false],
		['ArnLike never matches a policy value with fewer than six fields', 'ArnLike', A, 'arn:aws:s3:*', { [A]: 'arn:aws:s3:::b' }, false],
		['ArnNotLike passes on an absent key', 'ArnNotLike', A, 'arn:aws:sns:*:*:*', {}, true],
		['ArnNotEquals passes on another ARN', 'ArnNotEquals', A, 'arn:aws:sns:*:444455556666:t', { [A]: topic }, true],
		['ArnNotEquals fails on a matching ARN', 'ArnNotEquals', A, topic, { [A]: topic }, false],
		['ArnLike substitutes a whole ARN from a variable', 'ArnLike', A, '${aws:PrincipalArn}', { [A]: topic, 'aws:PrincipalArn': topic }, true],
		['ArnLike substitutes a variable into one field', 'ArnLike', A, 'arn:aws:sns:*:${aws:PrincipalAccount}:*', { [A]: topic, 'aws:PrincipalAccount': '111122223333' }, true],
		['ArnLike with an unresolvable variable matches nothing', 'ArnLike', A, 'arn:aws:sns:*:${aws:PrincipalAccount}:*', { [A]: topic }, false],
		['ArnNotLike counts an unresolvable variable as not matching', 'ArnNotLike', A, 'arn:aws:sns:*:${aws:PrincipalAccount}:*', { [A]: topic }, true],
		['ArnLike keeps a `${*}` literal inside a field', 'ArnLike', A, 'arn:aws:sns:*:*:a${*}', { [A]: 'arn:aws:sns:r:1:ab' }, false],
	]);
});

describe('policy variables in values', () => {
	const P = 's3:prefix';
	// prettier-ignore
	runCases([
		['StringLike substitutes aws:username (§3.4 example)', 'StringLike', P, ['', 'home/', 'home/${aws:username}/'], { [P]: 'home/alice/', 'aws:username': 'alice' }, true],
		['StringLike compares the substituted value case-sensitively', 'StringLike', P, ['', 'home/', 'home/${aws:username}/'], { [P]: 'home/Alice/', 'aws:username': 'alice' }, false],
		['variable names are case-insensitive', 'StringEquals', P, '${AWS:UserName}', { [P]: 'alice', 'aws:username': 'alice' }, true],
		['StringEquals with a missing variable fails (§8 #53)', 'StringEquals', P, '${aws:username}', { [P]: 'alice' }, false],
		['StringNotEquals with a missing variable passes (§8 #55)', 'StringNotEquals', 's3:ExistingObjectTag/Team', '${aws:PrincipalTag/Team}', { 's3:ExistingObjectTag/Team': 'red' }, true],
		['a default stands in for an absent key (§8 #56)', 'StringEquals', P, "${aws:PrincipalTag/team, 'x'}", { [P]: 'x' }, true],
		['the key wins over its default', 'StringEquals', P, "${aws:PrincipalTag/team, 'x'}", { [P]: 'red', [K]: 'red' }, true],
		['a multivalued key takes the default', 'StringEquals', P, "${aws:TagKeys, 'none'}", { [P]: 'none', 'aws:TagKeys': ['a'] }, true],
		['a multivalued key without default is unresolvable', 'StringEquals', P, '${aws:TagKeys}', { [P]: 'a', 'aws:TagKeys': ['a'] }, false],
		['a substituted `*` is literal, not a wildcard (§8 #57)', 'StringLike', P, '${aws:PrincipalTag/team}', { [P]: 'abc', [K]: 'a*' }, false],
		['a substituted `*` matches itself (§8 #57)', 'StringLike', P, '${aws:PrincipalTag/team}', { [P]: 'a*', [K]: 'a*' }, true],
		['`${*}` in StringLike is a literal asterisk (§8 #58)', 'StringLike', P, 'a${*}', { [P]: 'a*' }, true],
		['`${*}` in StringLike is not a wildcard (§8 #58)', 'StringLike', P, 'a${*}', { [P]: 'ab' }, false],
		['`${?}` and `${$}` are literal characters', 'StringEquals', P, '${?}${$}', { [P]: '?$' }, true],
		['StringEqualsIgnoreCase folds a substituted value', 'StringEqualsIgnoreCase', P, '${aws:username}', { [P]: 'ALICE', 'aws:username': 'Alice' }, true],
		['StringEqualsIgnoreCase with a missing variable fails', 'StringEqualsIgnoreCase', P, '${aws:username}', { [P]: 'alice' }, false],
		['Bool substitutes variables (spec Choice)', 'Bool', 'aws:MultiFactorAuthPresent', '${aws:PrincipalTag/mfa}', { 'aws:MultiFactorAuthPresent': 'true', 'aws:PrincipalTag/mfa': 'TRUE' }, true],
		['Bool with an unresolvable variable fails', 'Bool', 'aws:MultiFactorAuthPresent', '${aws:PrincipalTag/mfa}', { 'aws:MultiFactorAuthPresent': 'true' }, false],
		['Bool with only `${*}`-style text never matches', 'Bool', 'aws:MultiFactorAuthPresent', '${*}', { 'aws:MultiFactorAuthPresent': 'true' }, false],
		['a malformed variable stays literal', 'StringEquals', P, '${aws:username', { [P]: '${aws:username', 'aws:username': 'alice' }, true],
		['Bool reads literal text around a malformed variable', 'Bool', 'aws:MultiFactorAuthPresent', '${', { 'aws:MultiFactorAuthPresent': 'true' }, false],
	]);

	it('keeps `${…}` literal in a 2008-10-17 policy', () => {
		const c = clause('StringEquals', 's3:prefix', '${aws:username}', false);
		const ctx = context({ 's3:prefix': '${aws:username}', 'aws:username': 'alice' });
		expect(evaluateClause(c, ctx)).toBe(true);
	});
});

describe('multivalued keys and set operators', () => {
	const T = 'aws:TagKeys';
	// prettier-ignore
	runCases([
		['ForAllValues passes on an absent key (§8 #40)', 'ForAllValues:StringEquals', T, 'env', {}, true],
		['ForAnyValue fails on an absent key (§8 #41)', 'ForAnyValue:StringEquals', T, 'env', {}, false],
		['ForAnyValue…IfExists passes on an absent key (§8 #41)', 'ForAnyValue:StringEqualsIfExists', T, 'env', {}, true],
		['ForAllValues:StringNotLike passes when no tag matches (§8 #42)', 'ForAllValues:StringNotLike', T, 'key1*', { [T]: ['key2:a'] }, true],
		['ForAllValues:StringNotLike fails when one tag matches (§8 #42)', 'ForAllValues:StringNotLike', T, 'key1*', { [T]: ['key1:a', 'key2:b'] }, false],
		['a plain operator on a multivalued value fails (§8 #43)', 'StringEquals', T, 'a', { [T]: ['a'] }, false],
		['a plain negated operator on a multivalued value fails too', 'StringNotEquals', T, 'b', { [T]: ['a'] }, false],
		['IfExists does not rescue a plain operator on a multivalued value', 'StringEqualsIfExists', T, 'a', { [T]: ['a'] }, false],
		['a plain operator treats `[]` as absent: positive fails', 'StringEquals', T, 'a', { [T]: [] }, false],
		['a plain operator treats `[]` as absent: negated passes', 'StringNotEquals', T, 'a', { [T]: [] }, true],
		['ForAllValues with no policy values fails on a present key (§8 #44)', 'ForAllValues:StringEquals', T, [], { [T]: ['a'] }, false],
		['ForAllValues with no policy values passes on an absent key (§8 #44)', 'ForAllValues:StringEquals', T, [], {}, true],
		['ForAnyValue with no policy values never passes', 'ForAnyValue:StringEqualsIfExists', T, [], {}, false],
		['ForAllValues:StringLike passes when every tag matches', 'ForAllValues:StringLike', T, 'Created*', { [T]: ['CreatedBy', 'CreatedAt'] }, true],
		['ForAllValues:StringLike fails when one tag does not', 'ForAllValues:StringLike', T, 'Created*', { [T]: ['CreatedBy', 'Owner'] }, false],
		['ForAnyValue passes when one value matches', 'ForAnyValue:StringEquals', T, ['a', 'b'], { [T]: ['c', 'b'] }, true],
		['ForAnyValue fails when none matches', 'ForAnyValue:StringEquals', T, ['a', 'b'], { [T]: ['c'] }, false],
		['a set operator reads a single value as a one-item set', 'ForAnyValue:StringEquals', T, 'a', { [T]: 'a' }, true],
		['ForAllValues passes on an empty array', 'ForAllValues:StringEquals', T, 'a', { [T]: [] }, true],
		['ForAnyValue fails on an empty array', 'ForAnyValue:StringEquals', T, 'a', { [T]: [] }, false],
		['ForAnyValue…IfExists fails on an empty array (present, empty)', 'ForAnyValue:StringEqualsIfExists', T, 'a', { [T]: [] }, false],
		['ForAllValues reads an empty string as the empty set', 'ForAllValues:StringEquals', T, 'a', { [T]: '' }, true],
		['ForAnyValue reads an empty string as the empty set', 'ForAnyValue:StringEquals', T, '', { [T]: '' }, false],
		['ForAllValues:Null is always true', 'ForAllValues:Null', T, 'false', {}, true],
		['ForAnyValue:Null is always false', 'ForAnyValue:Null', T, 'true', {}, false],
		['ForAnyValue:StringNotEquals passes when some value differs', 'ForAnyValue:StringNotEquals', T, 'a', { [T]: ['a', 'b'] }, true],
		['ForAllValues:StringNotEquals fails when some value equals', 'ForAllValues:StringNotEquals', T, 'a', { [T]: ['a', 'b'] }, false],
		['ForAllValues:NumericLessThan compares every value', 'ForAllValues:NumericLessThan', T, '10', { [T]: [1, 2, 30] }, false],
		['ForAnyValue:IpAddress finds one address in the block', 'ForAnyValue:IpAddress', T, '10.0.0.0/8', { [T]: ['1.1.1.1', '10.9.9.9'] }, true],
		['an empty policy list fails a positive operator on a present key', 'StringEquals', K, [], { [K]: 'a' }, false],
		['an empty policy list passes a negated operator on a present key', 'StringNotEquals', K, [], { [K]: 'a' }, true],
	]);
});

describe('condition keys', () => {
	// prettier-ignore
	it.each([
		['AWS:SOURCEIP', 'aws:SourceIp'],
		['aws:ResourceTag/Team', 'aws:resourcetag/team'],
	])('policy key %s finds context key %s (§8 #51, #52)', (policyKey, contextKey) => {
		const c = clause('StringEquals', policyKey, 'v');
		expect(evaluateClause(c, context({ [contextKey]: 'v' }))).toBe(true);
	});
});

describe('evaluateConditions', () => {
	const red = clause('StringEquals', K, 'red');
	const mfa = clause('Bool', 'aws:MultiFactorAuthPresent', 'true');
	// prettier-ignore
	it.each([
		['an empty block passes', [], {}, true],
		['all clauses passing pass', [red, mfa], { [K]: 'red', 'aws:MultiFactorAuthPresent': true }, true],
		['one failing clause fails the block', [red, mfa], { [K]: 'red', 'aws:MultiFactorAuthPresent': false }, false],
	] as const)('%s', (_name, clauses, given, expected) => {
		expect(evaluateConditions(clauses, context(given))).toBe(expected);
	});
});

describe('explainClause', () => {
	// prettier-ignore
	it.each([
		['absent key, positive', 'StringEquals', 'a', {}, false, 'keyMissing'],
		['absent key, negated', 'StringNotEquals', 'a', {}, true, 'keyMissing'],
		['absent key, IfExists', 'StringEqualsIfExists', 'a', {}, true, 'ifExistsMissing'],
		['multivalued under a plain operator', 'StringEquals', 'a', { [K]: ['a'] }, false, 'multivaluedNeedsSetOperator'],
		['Null on an absent key', 'Null', 'true', {}, true, 'keyMissing'],
		['Null on a present key', 'Null', 'true', { [K]: 'x' }, false, undefined],
		['set operator on Null', 'ForAllValues:Null', 'true', {}, true, 'setOperatorOnNull'],
		['set operator with no policy values', 'ForAllValues:StringEquals', [], {}, true, 'noPolicyValues'],
		['set operator on an empty array', 'ForAnyValue:StringEquals', 'a', { [K]: [] }, false, 'emptySet'],
		['ForAllValues on an absent key', 'ForAllValues:StringEquals', 'a', {}, true, 'keyMissing'],
		['ForAnyValue…IfExists on an absent key', 'ForAnyValue:StringEqualsIfExists', 'a', {}, true, 'ifExistsMissing'],
		['unresolvable variable', 'StringEquals', '${aws:username}', { [K]: 'a' }, false, 'unresolvedVariable'],
		['unresolvable variable under a set operator', 'ForAnyValue:StringEquals', '${aws:username}', { [K]: ['a'] }, false, 'unresolvedVariable'],
		['plain match', 'StringEquals', 'a', { [K]: 'a' }, true, undefined],
		['context value not a number', 'NumericEquals', '1', { [K]: 'one' }, false, 'contextValueInvalid'],
		['context value not a date', 'DateLessThan', '2024', { [K]: 'today' }, false, 'contextValueInvalid'],
		['context value not a boolean', 'Bool', 'true', { [K]: 'yes' }, false, 'contextValueInvalid'],
		['context value not base64', 'BinaryEquals', 'AQID', { [K]: '!' }, false, 'contextValueInvalid'],
		['context value not an address', 'NotIpAddress', '10.0.0.0/8', { [K]: 'host' }, true, 'contextValueInvalid'],
		['context value not an ARN', 'ForAnyValue:ArnLike', '*:*:*:*:*:*', { [K]: ['arn:x'] }, false, 'contextValueInvalid'],
		['readable context values in a set', 'ForAllValues:IpAddress', '10.0.0.0/8', { [K]: ['10.0.0.1', '::1'] }, false, undefined],
		['readable numbers', 'NumericEquals', '1', { [K]: '2' }, false, undefined],
		['readable dates', 'DateEquals', '2024', { [K]: '2025' }, false, undefined],
		['readable booleans', 'Bool', 'true', { [K]: 'False' }, false, undefined],
		['readable base64', 'BinaryEquals', 'AQID', { [K]: 'AQI=' }, false, undefined],
		['readable ARNs', 'ArnLike', 'arn:aws:s3:::a', { [K]: 'arn:aws:s3:::b' }, false, undefined],
	] as const)('gives reason %s', (_name, operator, values, given, passed, reason) => {
		const check = explainClause(clause(operator, K, values), context(given));
		expect(check.passed).toBe(passed);
		expect(check.reason).toBe(reason);
	});

	it('reports the operator and key as written, the context values and the substituted policy values', () => {
		const c = clause('forAnyValue:stringLike', 'AWS:PrincipalTag/Team', [
			'x',
			'home/${aws:username}/*',
		]);
		const check = explainClause(c, context({ [K]: ['home/alice/a'], 'aws:username': 'alice' }));
		expect(check).toEqual({
			passed: true,
			operator: 'forAnyValue:stringLike',
			key: 'AWS:PrincipalTag/Team',
			contextValues: ['home/alice/a'],
			policyValues: ['x', 'home/alice/*'],
			span: SPAN,
		});
	});

	it('shows an unresolvable value as written and leaves contextValues out for an absent key', () => {
		const check = explainClause(clause('StringNotEquals', K, '${aws:username}'), context({}));
		expect(check.policyValues).toEqual(['${aws:username}']);
		expect(check).not.toHaveProperty('contextValues');
	});
});

describe('hand-built clauses', () => {
	it('are compiled on first evaluation and agree with compiled ones', () => {
		const {
			compiled: _c,
			info: _i,
			...bare
		} = clause('StringLike', K, ['r*', 'home/${aws:username}']);
		const ctx = context({ [K]: 'home/alice', 'aws:username': 'alice' });
		expect(evaluateClause(bare, ctx)).toBe(true);
		expect(evaluateClause(bare, ctx)).toBe(true);
		expect(explainClause(bare, ctx).passed).toBe(true);
		expect(evaluateClause(bare, context({ [K]: 'blue' }))).toBe(false);
	});
});

describe('absent keys under every operator (spec §3.3, §3.5)', () => {
	const names = Object.keys(OPERATORS).filter((name) => name !== 'Null');
	const NEGATED = new Set([
		'StringNotEquals',
		'StringNotEqualsIgnoreCase',
		'StringNotLike',
		'NumericNotEquals',
		'DateNotEquals',
		'NotIpAddress',
		'ArnNotEquals',
		'ArnNotLike',
	]);
	it.each(names)('%s: plain, IfExists and set forms on an absent key', (name) => {
		const absent = context({});
		const run = (operator: string) => evaluateClause(clause(operator, K, 'x'), absent);
		expect(run(name)).toBe(NEGATED.has(name));
		expect(run(`${name}IfExists`)).toBe(true);
		expect(run(`ForAllValues:${name}`)).toBe(true);
		expect(run(`ForAnyValue:${name}`)).toBe(false);
		expect(run(`ForAnyValue:${name}IfExists`)).toBe(true);
	});
});

describe('set operators over each value type', () => {
	const T = 'aws:Values';
	// prettier-ignore
	runCases([
		['ForAnyValue:NumericLessThan finds one small number', 'ForAnyValue:NumericLessThan', T, '5', { [T]: [10, 3] }, true],
		['ForAllValues:DateGreaterThan needs every date later', 'ForAllValues:DateGreaterThan', T, '2024-01-01', { [T]: ['2024-06-01', '2023-06-01'] }, false],
		['ForAnyValue:ArnLike finds one matching ARN', 'ForAnyValue:ArnLike', T, 'arn:aws:s3:::b/*', { [T]: ['arn:aws:s3:::a/k', 'arn:aws:s3:::b/k'] }, true],
		['ForAllValues:ArnNotLike fails when one ARN matches', 'ForAllValues:ArnNotLike', T, 'arn:aws:s3:::b/*', { [T]: ['arn:aws:s3:::a/k', 'arn:aws:s3:::b/k'] }, false],
		['ForAnyValue:Bool reads booleans in an array', 'ForAnyValue:Bool', T, 'true', { [T]: [false, true] }, true],
		['ForAllValues:BinaryEquals compares every value', 'ForAllValues:BinaryEquals', T, ['AQID', 'AQI='], { [T]: ['AQID', 'AQI'] }, true],
		['ForAllValues:NotIpAddress fails when one address is inside', 'ForAllValues:NotIpAddress', T, '10.0.0.0/8', { [T]: ['1.1.1.1', '10.0.0.1'] }, false],
		['ForAnyValue:StringEqualsIgnoreCase folds every value', 'ForAnyValue:StringEqualsIgnoreCase', T, 'ADMIN', { [T]: ['dev', 'Admin'] }, true],
		['ForAllValues:StringLike with a variable', 'ForAllValues:StringLike', T, '${aws:username}/*', { [T]: ['alice/a', 'alice/b'], 'aws:username': 'alice' }, true],
	]);
});
