import { describe, expect, it } from 'vitest';
import type { Span } from '../types.ts';
import {
	MAX_JSON_DEPTH,
	MAX_SCENARIO_CHARS,
	nodeAtOffset,
	nodeAtPath,
	parseJsonItems,
	parseJsonTree,
	pathOf,
	spanOf,
} from './json-tree.ts';
import type { JsonNode } from './json-tree.ts';

function underline(text: string, span: Span): string {
	return text.slice(span.offset, span.offset + span.length);
}

/** Split `a|b` into the text without the marker and the marker's offset. */
function cursor(marked: string): { text: string; offset: number } {
	const offset = marked.indexOf('|');
	return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** [behaviour, text, message, help, underlined] */
const syntax: [string, string, string, string | undefined, string][] = [
	[
		'a trailing comma in an object',
		'{"a":1,}',
		'invalid JSON: expected a property name in double quotes',
		'remove the trailing comma',
		'}',
	],
	[
		'a trailing comma in an array',
		'[1,]',
		'invalid JSON: expected a value',
		'remove the trailing comma',
		']',
	],
	[
		'a missing comma',
		'{"a":1 "b":2}',
		'invalid JSON: expected `,` between items',
		undefined,
		'"b"',
	],
	[
		'a missing colon',
		'{"a" 1}',
		'invalid JSON: expected `:` after the property name',
		undefined,
		'1',
	],
	[
		'a line comment',
		'{"a":1 // x\n}',
		'invalid JSON: comments are not allowed',
		'IAM policies and scenarios are plain JSON: remove the comment',
		'// x',
	],
	['an unterminated string', '{"a":"x', 'invalid JSON: unterminated string', undefined, '"x'],
	['a single-quoted string', "{'a':1}", 'invalid JSON: unexpected character', undefined, "'a'"],
	['a bad escape', '{"a":"\\q"}', 'invalid JSON: invalid escape sequence', undefined, '"\\q"'],
	[
		'text after the document',
		'{} {}',
		'invalid JSON: unexpected text after the end of the document',
		undefined,
		'{',
	],
	['empty text', '', 'invalid JSON: expected a value', undefined, ''],
];

describe('syntax errors (E01)', () => {
	it.each(syntax)('reports %s', (_title, text, message, help, underlined) => {
		const tree = parseJsonTree(text);
		const first = tree.syntaxErrors[0];
		expect(first).toMatchObject({ code: 'E01', severity: 'error', message });
		expect(first?.help).toBe(help);
		expect(underline(text, first?.span as Span)).toBe(underlined);
	});

	it('gives the path of the innermost node at the error', () => {
		const text = '{"a":[1,{"b":2 "c":3}]}';
		expect(parseJsonTree(text).syntaxErrors[0]?.path).toEqual(['a', 1]);
	});
});

describe('duplicate keys (E02)', () => {
	it('reports every repeated key at any depth, at the later key', () => {
		const text = '{"a":1,"b":{"c":1,"c":2,"c":3},"a":[{"d":0,"d":0}]}';
		const tree = parseJsonTree(text);
		expect(tree.duplicateKeys.map((d) => [d.message, d.path, underline(text, d.span)])).toEqual([
			['duplicate key `c`', ['b', 'c'], '"c"'],
			['duplicate key `c`', ['b', 'c'], '"c"'],
			['duplicate key `a`', ['a'], '"a"'],
			['duplicate key `d`', ['a', 0, 'd'], '"d"'],
		]);
		expect(tree.duplicateKeys[0]?.span.offset).toBe(text.indexOf('"c":2'));
	});

	it('finds repeats in big objects too', () => {
		const keys = Array.from({ length: 12 }, (_, i) => `"k${i}":${i}`);
		const text = `{${keys.join(',')},"k3":0,"k11":0,"k12":0}`;
		expect(parseJsonTree(text).duplicateKeys.map((d) => d.path)).toEqual([['k3'], ['k11']]);
	});

	it('keeps both members in the tree, in document order', () => {
		const root = parseJsonTree('{"x":1,"x":2}').root;
		expect(root?.kind === 'object' && root.properties.map((p) => p.value?.kind)).toEqual([
			'number',
			'number',
		]);
	});
});

describe('navigation', () => {
	const text = '{"Statement":[{"Effect":"Allow","Action":["s3:GetObject",10.50,true,null]}]}';
	const root = parseJsonTree(text).root as JsonNode;

	it('finds a node by path and gives its path back', () => {
		const node = nodeAtPath(root, ['Statement', 0, 'Action', 1]) as JsonNode;
		expect(underline(text, spanOf(node))).toBe('10.50');
		expect(pathOf(node)).toEqual(['Statement', 0, 'Action', 1]);
		expect(pathOf(root)).toEqual([]);
	});

	it('keeps the source text of numbers and the values of scalars', () => {
		const items = nodeAtPath(root, ['Statement', 0, 'Action']);
		expect(
			items?.kind === 'array' &&
				items.items.map((i) => [i.kind, 'value' in i ? i.value : undefined]),
		).toEqual([
			['string', 's3:GetObject'],
			['number', 10.5],
			['boolean', true],
			['null', null],
		]);
		expect((nodeAtPath(root, ['Statement', 0, 'Action', 1]) as { text?: string }).text).toBe(
			'10.50',
		);
	});

	it('returns undefined for paths that do not exist', () => {
		expect(nodeAtPath(root, ['Nope'])).toBeUndefined();
		expect(nodeAtPath(root, [0])).toBeUndefined();
		expect(nodeAtPath(root, ['Statement', 5, 'Effect'])).toBeUndefined();
	});

	it('finds the innermost node at a cursor', () => {
		const { text: t, offset } = cursor('{"a":{"b":["x","y|z"]}}');
		const tree = parseJsonTree(t).root as JsonNode;
		const node = nodeAtOffset(tree, offset) as JsonNode;
		expect(underline(t, spanOf(node))).toBe('"yz"');
		expect(pathOf(node)).toEqual(['a', 'b', 1]);
		expect(nodeAtOffset(tree, t.length + 5)).toBeUndefined();
	});

	it('records key spans and member spans', () => {
		const t = '{ "key" : [1, 2] }';
		const tree = parseJsonTree(t).root;
		const member = tree?.kind === 'object' ? tree.properties[0] : undefined;
		expect(underline(t, member?.keySpan as Span)).toBe('"key"');
		expect(underline(t, member?.span as Span)).toBe('"key" : [1, 2]');
	});

	it('closes containers left open by a syntax error at the end of the text', () => {
		const text = '{"a":[1,{"b":2';
		const tree = parseJsonTree(text);
		expect(tree.syntaxErrors.length).toBeGreaterThan(0);
		expect(tree.root?.length).toBe(text.length);
		const inner = nodeAtPath(tree.root as JsonNode, ['a', 1, 'b']);
		expect(inner && underline(text, spanOf(inner))).toBe('2');
	});

	it('tolerates a member without a value after a syntax error', () => {
		const tree = parseJsonTree('{"a":}');
		expect(tree.syntaxErrors).toHaveLength(1);
		expect(tree.root?.kind === 'object' && tree.root.properties.map((p) => p.key)).toEqual(['a']);
	});
});

describe('limits', () => {
	const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

	it('reads nesting up to the limit', () => {
		expect(parseJsonTree(nested(MAX_JSON_DEPTH)).syntaxErrors).toEqual([]);
	});

	it.each([MAX_JSON_DEPTH + 1, 5_000, 200_000])(
		'refuses %i levels of nesting with one error at the first level too deep',
		(depth) => {
			const text = nested(depth);
			const { syntaxErrors } = parseJsonTree(text);
			expect(syntaxErrors).toHaveLength(1);
			expect(syntaxErrors[0]).toMatchObject({
				code: 'E01',
				message: 'invalid JSON: nested deeper than 64 levels',
				help: 'look for a run of `[` or `{`',
				span: { offset: MAX_JSON_DEPTH, length: 1 },
			});
			expect(syntaxErrors[0]?.path).toHaveLength(MAX_JSON_DEPTH - 1);
		},
	);

	it('refuses deep objects as well as deep arrays', () => {
		const text = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
		expect(parseJsonTree(text).syntaxErrors.map((d) => d.message)).toEqual([
			'invalid JSON: nested deeper than 64 levels',
		]);
	});

	it('refuses a document over 2 MiB before reading it', () => {
		const text = `"${'x'.repeat(MAX_SCENARIO_CHARS)}"`;
		expect(parseJsonTree(text)).toEqual({
			syntaxErrors: [
				expect.objectContaining({
					code: 'E01',
					message: 'the document is larger than 2 MiB',
					span: { offset: 0, length: 1 },
					path: [],
				}),
			],
			duplicateKeys: [],
		});
	});

	it('refuses one item of a streamed array over 2 MiB, naming it, after handing out the others', () => {
		const chunk = `"${'x'.repeat(100_000)}"`;
		const big = `[${Array(25).fill(chunk).join(',')}]`;
		const text = `[{}, ${big}, {}]`;
		const handed: number[] = [];
		const { syntaxErrors } = parseJsonItems(text, (_item, index) => handed.push(index));
		expect(handed).toEqual([0]);
		expect(syntaxErrors).toEqual([
			expect.objectContaining({
				message: 'scenario 1 is larger than 2 MiB',
				span: { offset: text.indexOf(big), length: 1 },
				path: [1],
			}),
		]);
	});

	it('reads a streamed array larger than the limit when each item is under it', () => {
		const item = `{"k":"${'x'.repeat(MAX_SCENARIO_CHARS / 4)}"}`;
		let count = 0;
		const tree = parseJsonItems(`[${Array(6).fill(item).join(',')}]`, () => count++);
		expect([tree.syntaxErrors, count]).toEqual([[], 6]);
	});

	it('stops after a hundred syntax errors', () => {
		const text = `{"a": "x${'", "b'.repeat(5_000)}}`.replaceAll('"', '"[');
		expect(parseJsonTree(text).syntaxErrors).toHaveLength(100);
	});
});

describe('byte-order mark', () => {
	it('reads a leading BOM as white space, keeping offsets into the text', () => {
		const text = '\ufeff{"a":[1,2]}';
		const tree = parseJsonTree(text);
		expect(tree.syntaxErrors).toEqual([]);
		expect(underline(text, spanOf(nodeAtPath(tree.root!, ['a', 1])!))).toBe('2');
	});

	it('still refuses a BOM anywhere else', () => {
		expect(parseJsonTree('{"a":\ufeff1}').syntaxErrors[0]?.message).toBe(
			'invalid JSON: unexpected character',
		);
	});
});

describe('nodeAtOffset on big containers', () => {
	it('finds every item of a long array and every member of a big object', () => {
		const items = Array.from({ length: 50 }, (_, i) => `{"k${i}":[${i}]}`);
		const text = `[${items.join(', ')}]`;
		const root = parseJsonTree(text).root!;
		for (let i = 0; i < items.length; i++) {
			const at = text.indexOf(`[${i}]`) + 1;
			expect(pathOf(nodeAtOffset(root, at)!)).toEqual([i, `k${i}`, 0]);
		}
		// Between items, the array itself.
		expect(pathOf(nodeAtOffset(root, text.indexOf(', ') + 1)!)).toEqual([]);
	});
});
