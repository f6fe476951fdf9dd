/**
 * JSON text → a small tree of our own with positions, plus E01 (syntax) and
 * E02 (duplicate key) diagnostics. The only importer of jsonc-parser: its
 * types stay in this file.
 *
 * Comments are refused (`disallowComments`): IAM stores policies as plain
 * JSON and rejects comments, and scenario files are plain JSON by contract,
 * so a comment that worked here would break when pasted into AWS. Trailing
 * commas are refused for the same reason.
 *
 * The tree is built from jsonc-parser's `visit` events, the way its own
 * `parseTree` builds its tree (same options, same error codes and
 * positions), but straight into our node type: building jsonc's tree and
 * then converting it cost about twice as much, which showed on arrays of a
 * hundred thousand scenarios.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
import type { ParseErrorCode } from 'jsonc-parser';
import { diagnostic, quote } from '../diagnostics.ts';
import { syntaxError } from './json-syntax-error.ts';
import type { Diagnostic, JsonPath, Span } from '../types.ts';

interface _JsonBase {
	readonly offset: number;
	readonly length: number;
	/** The enclosing object or array; undefined at the root. */
	readonly parent?: JsonObject | JsonArray;
	/** This node's key (object member) or index (array item) in its parent. */
	readonly segment?: string | number;
}

/** A JSON object; members in document order, duplicates included. */
export interface JsonObject extends _JsonBase {
	readonly kind: 'object';
	readonly properties: readonly JsonProperty[];
}

/** A JSON array. */
export interface JsonArray extends _JsonBase {
	readonly kind: 'array';
	readonly items: readonly JsonNode[];
}

/** A string, number, boolean or null. `text` is the source of a number (`10.0` stays `10.0`). */
export interface JsonScalar extends _JsonBase {
	readonly kind: 'string' | 'number' | 'boolean' | 'null';
	readonly value: string | number | boolean | null;
	readonly text?: string;
}

/** One `"key": value` member of an object. */
export interface JsonProperty {
	readonly key: string;
	/** The quoted key. */
	readonly keySpan: Span;
	/** From the key to the end of the value. */
	readonly span: Span;
	/** Absent only after a syntax error. */
	readonly value?: JsonNode;
}

/** Any node of the tree. */
export type JsonNode = JsonObject | JsonArray | JsonScalar;

/** Parsed text: the tree (absent for empty or hopeless input) and E01/E02 diagnostics. */
export interface JsonTree {
	readonly root?: JsonNode;
	/** E01 problems; when non-empty the tree is partial. */
	readonly syntaxErrors: readonly Diagnostic[];
	/** E02 problems. */
	readonly duplicateKeys: readonly Diagnostic[];
}

/** Parse JSON text into our tree, collecting syntax errors and duplicate keys in the same pass. */
export function parseJsonTree(text: string): JsonTree {
	const errors: { code: ParseErrorCode; offset: number; length: number }[] = [];
	const duplicateKeys: Diagnostic[] = [];
	const root = _build(text, errors, duplicateKeys);
	const syntaxErrors = errors.map((e) => _syntaxError(e, text, root));
	return { ...(root === undefined ? {} : { root }), syntaxErrors, duplicateKeys };
}

/**
 * Like {@link parseJsonTree}, but when the root is an array each item is handed
 * to `onItem` as soon as it is complete (with its own E02s) and is not kept:
 * a file of 100,000 scenarios never holds 100,000 trees at once. The root
 * array comes back without items. Items seen before a syntax error were
 * handed out already; the caller discards its work when `syntaxErrors` is not empty.
 */
export function parseJsonItems(
	text: string,
	onItem: (item: JsonNode, index: number, duplicateKeys: readonly Diagnostic[]) => void,
): JsonTree {
	const errors: { code: ParseErrorCode; offset: number; length: number }[] = [];
	const duplicateKeys: Diagnostic[] = [];
	let handed = 0;
	const root = _build(text, errors, duplicateKeys, (item, index) => {
		onItem(item, index, duplicateKeys.slice(handed));
		handed = duplicateKeys.length;
	});
	const syntaxErrors = errors.map((e) => _syntaxError(e, text, root));
	return {
		...(root === undefined ? {} : { root }),
		syntaxErrors,
		duplicateKeys: duplicateKeys.slice(handed),
	};
}

/** A node's span: offset and length into the parsed text. */
export function spanOf(node: JsonNode): Span {
	return { offset: node.offset, length: node.length };
}

/** JSON path from the root to `node`. */
export function pathOf(node: JsonNode): (string | number)[] {
	const path: (string | number)[] = [];
	for (let at: JsonNode | undefined = node; at?.segment !== undefined; at = at.parent) {
		path.push(at.segment);
	}
	return path.reverse();
}

/** The node at `path` under `root`, or undefined. With duplicate keys the first wins. */
export function nodeAtPath(root: JsonNode, path: JsonPath): JsonNode | undefined {
	let at: JsonNode | undefined = root;
	for (const segment of path) {
		if (at === undefined) return undefined;
		if (at.kind === 'array' && typeof segment === 'number') at = at.items[segment];
		else if (at.kind === 'object' && typeof segment === 'string') {
			at = at.properties.find((p) => p.key === segment)?.value;
		} else return undefined;
	}
	return at;
}

/** The innermost node whose span holds `offset` (end inclusive), or undefined. */
export function nodeAtOffset(root: JsonNode, offset: number): JsonNode | undefined {
	if (offset < root.offset || offset > root.offset + root.length) return undefined;
	const children =
		root.kind === 'object'
			? root.properties.map((p) => p.value)
			: root.kind === 'array'
				? root.items
				: [];
	for (const child of children) {
		const inner = child === undefined ? undefined : nodeAtOffset(child, offset);
		if (inner !== undefined) return inner;
	}
	return root;
}

/** Mutable while building; handed out as the readonly types. */
type _Open = { -readonly [K in keyof JsonObject]: JsonObject[K] } & {
	properties: _OpenProperty[];
};
type _OpenArray = { -readonly [K in keyof JsonArray]: JsonArray[K] } & { items: JsonNode[] };
type _OpenProperty = { -readonly [K in keyof JsonProperty]: JsonProperty[K] };

function _build(
	text: string,
	errors: { code: ParseErrorCode; offset: number; length: number }[],
	duplicates: Diagnostic[],
	onRootItem?: (item: JsonNode, index: number) => void,
): JsonNode | undefined {
	// Items of a root array handed to `onRootItem` instead of being kept.
	let rootItems = 0;
	let root: JsonNode | undefined;
	// The innermost open container, and the object member awaiting its value.
	let parent: _Open | _OpenArray | undefined;
	let member: _OpenProperty | undefined;
	// Enclosing containers with the member each was waiting on when a nested one opened.
	const stack: { parent: _Open | _OpenArray | undefined; member: _OpenProperty | undefined }[] = [];
	const isStreamedRoot = (array: _OpenArray) =>
		onRootItem !== undefined && array.parent === undefined && stack.length === 1;
	const attach = (node: JsonNode): void => {
		if (parent === undefined) root ??= node;
		else if (parent.kind === 'array') {
			if (isStreamedRoot(parent)) onRootItem!(node, rootItems++);
			else parent.items.push(node);
		} else if (member !== undefined) {
			const start = member.keySpan.offset;
			member.value = node;
			member.span = { offset: start, length: node.offset + node.length - start };
			member = undefined;
		}
	};
	const segment = (): string | number | undefined =>
		parent === undefined
			? undefined
			: parent.kind === 'array'
				? isStreamedRoot(parent)
					? rootItems
					: parent.items.length
				: member?.key;
	const open = (node: _Open | _OpenArray): void => {
		stack.push({ parent, member });
		parent = node;
		member = undefined;
	};
	const close = (offset: number, length: number): void => {
		const node = parent as _Open | _OpenArray;
		node.length = offset + length - node.offset;
		const outer = stack.pop();
		parent = outer?.parent;
		member = outer?.member;
		attach(node);
	};
	// Object literals with one fixed key order keep V8's shapes monomorphic:
	// this runs on every keystroke in the playground.
	visit(
		text,
		{
			onObjectBegin: (offset) => {
				const properties: _OpenProperty[] = [];
				open({ offset, length: 0, parent, segment: segment(), kind: 'object', properties });
			},
			onObjectProperty: (key, offset, length) => {
				const object = parent as _Open;
				const keySpan = { offset, length };
				const properties = object.properties;
				// Small objects (almost all) are scanned; big ones keep a set on the side.
				const repeated =
					properties.length < 8 ? properties.some((p) => p.key === key) : _seen(object, key);
				if (repeated) {
					duplicates.push(
						diagnostic(
							'E02',
							`duplicate key ${quote(key)}`,
							keySpan,
							[...pathOf(object), key],
							'remove one of them: JSON parsers silently keep only the last',
						),
					);
				}
				member = { key, keySpan, span: keySpan, value: undefined };
				properties.push(member);
			},
			onObjectEnd: close,
			onArrayBegin: (offset) => {
				open({ offset, length: 0, parent, segment: segment(), kind: 'array', items: [] });
			},
			onArrayEnd: close,
			onLiteralValue: (value: unknown, offset, length) => {
				attach({
					offset,
					length,
					parent,
					segment: segment(),
					kind: _kindOf(value),
					value: value as string | number | boolean | null,
					text: typeof value === 'number' ? text.slice(offset, offset + length) : undefined,
				});
			},
			onError: (code, offset, length) => {
				errors.push({ code, offset, length });
			},
		},
		{ disallowComments: true, allowTrailingComma: false },
	);
	// After a syntax error containers may still be open: close them at the end of the text.
	while (parent !== undefined) close(text.length, 0);
	return root;
}

const _KEYS = new WeakMap<_Open, Set<string>>();

/** Was `key` seen before in this (big) object? Records it either way. */
function _seen(object: _Open, key: string): boolean {
	let keys = _KEYS.get(object);
	if (keys === undefined) {
		keys = new Set(object.properties.map((p) => p.key));
		_KEYS.set(object, keys);
	}
	const found = keys.has(key);
	keys.add(key);
	return found;
}

function _kindOf(value: unknown): JsonScalar['kind'] {
	if (value === null) return 'null';
	switch (typeof value) {
		case 'string':
			return 'string';
		case 'number':
			return 'number';
		case 'boolean':
			return 'boolean';
		default:
			return 'null';
	}
}

function _syntaxError(
	error: { code: ParseErrorCode; offset: number; length: number },
	text: string,
	root: JsonNode | undefined,
): Diagnostic {
	const node = root === undefined ? undefined : nodeAtOffset(root, error.offset);
	const path = node === undefined ? [] : pathOf(node);
	return syntaxError(printParseErrorCode(error.code), error.offset, error.length, text, path);
}
