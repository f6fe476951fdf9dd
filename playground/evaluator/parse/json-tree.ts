/**
 * JSON text → a small tree of our own with positions, plus E01 (syntax) and
 * E02 (duplicate key) diagnostics. The only importer of jsonc-parser: its
 * types stay in this file.
 *
 * Comments are refused (`disallowComments`): IAM stores policies as plain
 * JSON and rejects comments, and scenario files are plain JSON by contract,
 * so a comment that worked here would break when pasted into AWS.
 */
import { parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import { diagnostic, quote } from '../diagnostics.ts';
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

const _SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
	InvalidSymbol: 'unexpected character',
	InvalidNumberFormat: 'malformed number',
	PropertyNameExpected: 'expected a property name in double quotes',
	ValueExpected: 'expected a value',
	ColonExpected: 'expected `:` after the property name',
	CommaExpected: 'expected `,` between items',
	CloseBraceExpected: 'expected `}`',
	CloseBracketExpected: 'expected `]`',
	EndOfFileExpected: 'unexpected text after the end of the document',
	InvalidCommentToken: 'comments are not allowed',
	UnexpectedEndOfComment: 'unterminated comment',
	UnexpectedEndOfString: 'unterminated string',
	UnexpectedEndOfNumber: 'unterminated number',
	InvalidUnicode: 'malformed `\\u` escape',
	InvalidEscapeCharacter: 'invalid escape sequence',
	InvalidCharacter: 'control character inside a string',
};

/** Parse JSON text into our tree, collecting syntax errors and duplicate keys in one walk. */
export function parseJsonTree(text: string): JsonTree {
	const errors: ParseError[] = [];
	const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
	const duplicateKeys: Diagnostic[] = [];
	const root =
		tree === undefined ? undefined : _convert(tree, undefined, undefined, text, duplicateKeys);
	const syntaxErrors = errors.map((e) => _syntaxError(e, text, root));
	return { ...(root === undefined ? {} : { root }), syntaxErrors, duplicateKeys };
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

function _convert(
	node: Node,
	parent: JsonObject | JsonArray | undefined,
	segment: string | number | undefined,
	text: string,
	duplicates: Diagnostic[],
): JsonNode {
	// Object literals with one fixed key order keep V8's shapes monomorphic: this
	// walk runs on every keystroke in the playground.
	const { offset, length } = node;
	if (node.type === 'object') {
		const properties: JsonProperty[] = [];
		const object: JsonObject = { offset, length, parent, segment, kind: 'object', properties };
		const members = node.children ?? [];
		// Small objects (almost all of them) check for duplicates by a scan, big ones by a set.
		const seen = members.length > 8 ? new Set<string>() : undefined;
		for (const member of members) {
			const keyNode = member.children?.[0];
			if (keyNode === undefined) continue;
			const key = String(keyNode.value);
			const keySpan = { offset: keyNode.offset, length: keyNode.length };
			if (seen === undefined ? properties.some((p) => p.key === key) : seen.has(key)) {
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
			seen?.add(key);
			const valueNode = member.children?.[1];
			properties.push({
				key,
				keySpan,
				span: { offset: member.offset, length: member.length },
				value:
					valueNode === undefined ? undefined : _convert(valueNode, object, key, text, duplicates),
			});
		}
		return object;
	}
	if (node.type === 'array') {
		const items: JsonNode[] = [];
		const array: JsonArray = { offset, length, parent, segment, kind: 'array', items };
		const children = node.children ?? [];
		for (let i = 0; i < children.length; i++) {
			items.push(_convert(children[i] as Node, array, i, text, duplicates));
		}
		return array;
	}
	if (node.type === 'number') {
		const source = text.slice(offset, offset + length);
		return {
			offset,
			length,
			parent,
			segment,
			kind: 'number',
			value: node.value as number,
			text: source,
		};
	}
	// jsonc-parser leaves no 'property' node outside an object's members.
	const kind = node.type === 'property' ? 'null' : node.type;
	const value = (node.value ?? null) as string | boolean | null;
	return { offset, length, parent, segment, kind, value, text: undefined };
}

function _syntaxError(error: ParseError, text: string, root: JsonNode | undefined): Diagnostic {
	const name = printParseErrorCode(error.error);
	const message = `invalid JSON: ${_SYNTAX_MESSAGES[name] ?? name}`;
	let before = error.offset - 1;
	while (before >= 0 && _isSpace(text.charCodeAt(before))) before--;
	const trailingComma =
		text.charCodeAt(before) === 44 /* , */ &&
		(name === 'ValueExpected' || name === 'PropertyNameExpected') &&
		(text[error.offset] === '}' || text[error.offset] === ']');
	const help =
		name === 'InvalidCommentToken'
			? 'IAM policies and scenarios are plain JSON: remove the comment'
			: trailingComma
				? 'remove the trailing comma'
				: undefined;
	const node = root === undefined ? undefined : nodeAtOffset(root, error.offset);
	return diagnostic(
		'E01',
		message,
		{ offset: error.offset, length: error.length },
		node === undefined ? [] : pathOf(node),
		help,
	);
}

function _isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 13;
}
