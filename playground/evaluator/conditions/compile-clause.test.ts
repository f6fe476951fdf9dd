import { describe, expect, it } from 'vitest';
import { compileClause } from './compile-clause.ts';
import { parseOperator } from './parse-operator.ts';

const SPAN = { offset: 3, length: 7 };

function compile(operator: string, values: readonly string[], variables = true) {
	const parsed = parseOperator(operator);
	if (parsed === undefined) throw new Error(`test bug: unknown operator ${operator}`);
	return compileClause({
		operator: parsed.spec,
		key: 'aws:Key',
		values,
		valueSpans: values.map((_, i) => ({ offset: i * 10, length: 5 })),
		span: SPAN,
		variables,
	});
}

describe('compileClause problems', () => {
	// prettier-ignore
	it.each([
		['NumericEquals', ['10', 'ten'], 'W07', 1, '`ten` is not a decimal number, so it never matches under `NumericEquals`'],
		['NumericLessThan', ['1e3'], 'W07', 0, '`1e3` is not a decimal number, so it never matches under `NumericLessThan`'],
		['DateLessThan', ['2024-13-01'], 'W07', 0, '`2024-13-01` is not a date (epoch seconds or ISO 8601), so it never matches under `DateLessThan`'],
		['Bool', ['yes'], 'W07', 0, '`yes` is not `true` or `false`, so it never matches under `Bool`'],
		['Null', ['maybe'], 'W07', 0, '`maybe` is not `true` or `false`, so it never matches under `Null`'],
		['BinaryEquals', ['a'], 'W07', 0, '`a` is not base64, so it never matches under `BinaryEquals`'],
		['IpAddress', ['300.0.0.1'], 'W07', 0, '`300.0.0.1` is not an IP address or CIDR block, so it never matches under `IpAddress`'],
		['ArnLike', ['arn:aws:s3'], 'W07', 0, '`arn:aws:s3` is not an ARN with six colon-separated fields, so it never matches under `ArnLike`'],
		['StringEquals', ['a*'], 'W08', 0, '`*` and `?` are literal characters under `StringEquals`, so `a*` matches only that exact text (wildcards need `StringLike`)'],
		['StringNotEqualsIgnoreCase', ['a?'], 'W08', 0, '`*` and `?` are literal characters under `StringNotEqualsIgnoreCase`, so `a?` matches only that exact text (wildcards need `StringNotLike`)'],
		['StringEquals', ['home/${aws:username}/*'], 'W08', 0, '`*` and `?` are literal characters under `StringEquals`, so `home/${aws:username}/*` matches only that exact text (wildcards need `StringLike`)'],
		['IpAddress', ['203.0.113.7/24'], 'W19', 0, '`203.0.113.7/24` has host bits set; it is read as `203.0.113.0/24`'],
		['NotIpAddress', ['2001:db8::1/32'], 'W19', 0, '`2001:db8::1/32` has host bits set; it is read as `2001:db8::/32`'],
		['IpAddress', ['10.0.0.0/8'], 'W19', 0, '`10.0.0.0/8` is a private address range, which requests from the internet never come from'],
		['IpAddress', ['172.16.5.0/24'], 'W19', 0, '`172.16.5.0/24` is a private address range, which requests from the internet never come from'],
		['IpAddress', ['192.168.1.1'], 'W19', 0, '`192.168.1.1` is a private address range, which requests from the internet never come from'],
		['IpAddress', ['fd00::/8'], 'W19', 0, '`fd00::/8` is a private address range, which requests from the internet never come from'],
		['StringLike', ['home/${aws:username'], 'W10', 0, 'malformed policy variable in `home/${aws:username` is kept as literal text'],
		['ArnLike', ['arn:aws:s3:::${}'], 'W10', 0, 'malformed policy variable in `arn:aws:s3:::${}` is kept as literal text'],
		['NumericEquals', ['${aws:EpochTime}'], 'W11', 0, 'policy variables are not supported under `NumericEquals`; `${aws:EpochTime}` is literal text'],
		['IpAddress', ['${aws:SourceIp}'], 'W11', 0, 'policy variables are not supported under `IpAddress`; `${aws:SourceIp}` is literal text'],
	] as const)('%s %j raises %s', (operator, values, code, valueIndex, message) => {
		expect(compile(operator, values).problems).toEqual([{ code, message, valueIndex }]);
	});

	it('reports only W07 for a `${` under NumericEquals in a 2008-10-17 policy (the parser adds W02)', () => {
		expect(
			compile('NumericEquals', ['${aws:EpochTime}'], false).problems.map((p) => p.code),
		).toEqual(['W07']);
	});

	it('raises both W19s for a private block with host bits set', () => {
		expect(compile('IpAddress', ['10.1.2.3/8']).problems.map((p) => p.message)).toEqual([
			'`10.1.2.3/8` has host bits set; it is read as `10.0.0.0/8`',
			'`10.1.2.3/8` is a private address range, which requests from the internet never come from',
		]);
	});

	it('uses the operator as written in messages', () => {
		const [problem] = compile('forAnyValue:numericEquals', ['x']).problems;
		expect(problem?.message).toBe(
			'`x` is not a decimal number, so it never matches under `forAnyValue:numericEquals`',
		);
	});

	// prettier-ignore
	it.each([
		['StringLike', ['a*', 'b?']],
		['StringEquals', ['${*}']],
		['StringEquals', ['${aws:username}']],
		['IpAddress', ['203.0.113.0/24', '2001:db8::/32', '0.0.0.0/0']],
		['IpAddress', ['10.0.0.0/7']],
		['ArnEquals', ['arn:aws:sns:*:111122223333:*']],
		['DateGreaterThan', ['1700000000', '2024-06-01T00:00:00Z']],
		['Bool', ['TRUE', 'false']],
		['BinaryEquals', ['aGVsbG8=', '']],
	] as const)('accepts %s %j without problems', (operator, values) => {
		expect(compile(operator, values).problems).toEqual([]);
	});
});

describe('compileClause output', () => {
	it('keeps the inputs, lower-cases the key and leaves templates out when there are no variables', () => {
		const { clause } = compile('StringEquals', ['a', 'b']);
		expect(clause).toMatchObject({
			key: 'aws:Key',
			keyLower: 'aws:key',
			values: ['a', 'b'],
			span: SPAN,
		});
		expect(clause.valueSpans).toEqual([
			{ offset: 0, length: 5 },
			{ offset: 10, length: 5 },
		]);
		expect(clause).not.toHaveProperty('templates');
		expect(clause.compiled).toEqual([
			{ kind: 'text', text: 'a' },
			{ kind: 'text', text: 'b' },
		]);
	});

	it('gives every value a template when one value holds a variable', () => {
		const { clause } = compile('StringLike', ['x*', 'home/${aws:username}/*']);
		expect(clause.templates).toEqual([
			[{ kind: 'text', text: 'x*' }],
			[
				{ kind: 'text', text: 'home/' },
				{ kind: 'var', key: 'aws:username' },
				{ kind: 'text', text: '/*' },
			],
		]);
		expect(clause.compiled[0]?.kind).toBe('glob');
		expect(clause.compiled[1]?.kind).toBe('template');
	});

	it('recognises no variables in a 2008-10-17 policy', () => {
		const { clause, problems } = compile('StringLike', ['${aws:username}'], false);
		expect(clause).not.toHaveProperty('templates');
		expect(clause.compiled[0]?.kind).toBe('glob');
		expect(problems).toEqual([]);
	});

	// prettier-ignore
	it.each([
		['NumericEquals', '-1.50', { kind: 'decimal', value: -1.5, text: '-1.50' }],
		['NumericEquals', '9007199254740993', { kind: 'decimal', value: NaN, text: '9007199254740993' }],
		['DateEquals', '1970-01-02', { kind: 'number', value: 86_400_000 }],
		['Bool', 'False', { kind: 'number', value: 0 }],
		['Null', 'TRUE', { kind: 'number', value: 1 }],
		['BinaryEquals', 'AQID', { kind: 'bytes', bytes: [1, 2, 3] }],
		['IpAddress', '203.0.113.0/24', { kind: 'ipv4', network: 0xcb007100, mask: 0xffffff00 }],
		['StringEqualsIgnoreCase', 'MiXeD', { kind: 'text', text: 'mixed' }],
		['StringEquals', 'a${*}', { kind: 'text', text: 'a*' }],
		['StringEqualsIgnoreCase', 'A${?}', { kind: 'text', text: 'a?' }],
		['NumericEquals', 'x', { kind: 'never' }],
	] as const)('compiles %s %j once', (operator, value, compiled) => {
		expect(compile(operator, [value]).clause.compiled).toEqual([compiled]);
	});

	it('compiles an IPv6 block to its masked network bytes', () => {
		const [value] = compile('IpAddress', ['2001:db8::ff/120']).clause.compiled;
		expect(value).toEqual({
			kind: 'ipv6',
			prefix: 120,
			bytes: [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
		});
	});

	it('compiles an ARN into six field globs, the last keeping its colons', () => {
		const [value] = compile('ArnLike', ['arn:aws:logs:*:1:log-group:g:*']).clause.compiled;
		expect(value?.kind === 'arn' && value.fields.map((glob) => glob.source)).toEqual([
			'arn',
			'aws',
			'logs',
			'*',
			'1',
			'log-group:g:*',
		]);
	});

	it('compiles an ARN made only of `${*}`-style literals at once', () => {
		const [value] = compile('ArnLike', ['arn:aws:s3:::b/${*}']).clause.compiled;
		expect(value?.kind).toBe('arn');
		const [short] = compile('ArnLike', ['arn:${*}']).clause.compiled;
		expect(short).toEqual({ kind: 'never' });
	});
});
