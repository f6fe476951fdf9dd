/**
 * JSON text → a small tree of our own with positions, plus E01 (syntax) and
 * E02 (duplicate key) diagnostics, from the events of `json-events.ts`
 * (which reads JSON exactly as jsonc-parser does: same errors, positions and
 * recovery).
 *
 * Comments are refused: IAM stores policies as plain JSON and rejects
 * comments, and scenario files are plain JSON by contract, so a comment that
 * worked here would break when pasted into AWS. Trailing commas are refused
 * for the same reason.
 *
 * The tree is built straight from the events into our node type: building an
 * intermediate tree and then converting it cost about twice as much, which
 * showed on arrays of a hundred thousand scenarios.
 *
 * Two limits keep hostile or mistaken input from exhausting the stack or the
 * heap (a share link can carry anything); both are E01 diagnostics, and the
 * tree is left partial as after a syntax error:
 * - {@link MAX_JSON_DEPTH} nested objects and arrays. The reader recurses
 *   a few calls per level and would overflow Node's default stack some thousands of levels down,
 *   less in a browser worker; a valid scenario nests at most 12 (an array of
 *   scenarios → SCP level → policy → `Statement` → `Condition` → operator → key's
 *   value list), so 64 leaves room for mistakes that deserve their own precise
 *   error, far below any stack.
 * - {@link MAX_SCENARIO_CHARS} characters for one document, or for one item of
 *   a root array read with {@link parseJsonItems}. Every AWS size quota at once
 *   (20 managed policies of 6,144 characters, 10,240 of inline policy, a 20 KB
 *   resource policy, five SCPs and five RCPs of 5,120 on each of six levels)
 *   stays under 500,000 characters without white space; 2 MiB leaves room for
 *   pretty-printing, and bounds the memory one scenario can take (about 20
 *   bytes per character while it is read).
 *
 * A leading byte-order mark (which Windows editors add and IAM's console
 * accepts when pasted) is read as white space, so offsets stay those of the text.
 */
import { readJson, type JsonEvents } from './json-events.ts';
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

/** Deepest nesting of objects and arrays read (see the module comment for why 64). */
export const MAX_JSON_DEPTH = 64;

/** Longest document, or root-array item, read: 2 MiB (see the module comment). */
export const MAX_SCENARIO_CHARS = 2 * 1024 * 1024;

/** Parse JSON text into our tree, collecting syntax errors and duplicate keys in the same pass. */
export function parseJsonTree(text: string): JsonTree {
	if (text.length > MAX_SCENARIO_CHARS) {
		return { syntaxErrors: [_tooLarge(0, [])], duplicateKeys: [] };
	}
	const errors: { code: number; offset: number; length: number }[] = [];
	const duplicateKeys: Diagnostic[] = [];
	const limits: Diagnostic[] = [];
	const root = _build(text, errors, duplicateKeys, limits);
	const syntaxErrors = errors.map((e) => _syntaxError(e, text, root));
	return {
		...(root === undefined ? {} : { root }),
		syntaxErrors: [...syntaxErrors, ...limits],
		duplicateKeys,
	};
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
	const errors: { code: number; offset: number; length: number }[] = [];
	const duplicateKeys: Diagnostic[] = [];
	const limits: Diagnostic[] = [];
	let handed = 0;
	const root = _build(text, errors, duplicateKeys, limits, (item, index) => {
		onItem(item, index, duplicateKeys.slice(handed));
		handed = duplicateKeys.length;
	});
	const syntaxErrors = errors.map((e) => _syntaxError(e, text, root));
	return {
		...(root === undefined ? {} : { root }),
		syntaxErrors: [...syntaxErrors, ...limits],
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
	for (let at: JsonNode = root; ;) {
		const inner = _childAt(at, offset);
		if (inner === undefined) return at;
		at = inner;
	}
}

/**
 * The child of `node` whose span holds `offset`. Children are in document
 * order, so a binary search finds it: warnings look nodes up by offset once
 * per statement, and a linear scan made that quadratic on big policies.
 */
function _childAt(node: JsonNode, offset: number): JsonNode | undefined {
	const count =
		node.kind === 'object' ? node.properties.length : node.kind === 'array' ? node.items.length : 0;
	const child = (i: number) =>
		node.kind === 'object' ? node.properties[i]!.value : (node as JsonArray).items[i];
	let low = 0;
	let high = count - 1;
	// The last child that starts at or before `offset`; a property without a
	// value (after a syntax error) is skipped over by looking left.
	let found: JsonNode | undefined;
	while (low <= high) {
		const middle = (low + high) >> 1;
		let at = middle;
		let candidate = child(at);
		while (candidate === undefined && at > low) candidate = child(--at);
		if (candidate === undefined || candidate.offset > offset) high = middle - 1;
		else {
			found = candidate;
			low = middle + 1;
		}
	}
	return found !== undefined && offset <= found.offset + found.length ? found : undefined;
}

/** Mutable while building; handed out as the readonly types. */
type _Open = { -readonly [K in keyof JsonObject]: JsonObject[K] } & {
	properties: _OpenProperty[];
};
type _OpenArray = { -readonly [K in keyof JsonArray]: JsonArray[K] } & { items: JsonNode[] };

/**
 * A member whose `span` is worked out when asked: few are ever asked, and
 * storing it cost an object per member (a tenth of the tree's memory).
 */
class _OpenProperty implements JsonProperty {
	readonly key: string;
	readonly keySpan: Span;
	value: JsonNode | undefined = undefined;
	constructor(key: string, keySpan: Span) {
		this.key = key;
		this.keySpan = keySpan;
	}
	get span(): Span {
		const start = this.keySpan.offset;
		const end =
			this.value === undefined
				? start + this.keySpan.length
				: this.value.offset + this.value.length;
		return { offset: start, length: end - start };
	}
}

function _build(
	text: string,
	errors: { code: number; offset: number; length: number }[],
	duplicates: Diagnostic[],
	limits: Diagnostic[],
	onRootItem?: (item: JsonNode, index: number) => void,
): JsonNode | undefined {
	// Where the document, or the streamed root item being read, starts: the size limit counts from there.
	let itemStart = 0;
	// Set once a limit stopped the parser: the rest only closes what is open.
	let stopped = false;
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
		// A document or streamed item made big by a few long strings passes the
		// checks at each node's start: its length is checked when it is complete.
		const whole =
			parent === undefined
				? onRootItem === undefined || node.kind !== 'array'
				: parent.kind === 'array' && isStreamedRoot(parent);
		if (whole && node.length > MAX_SCENARIO_CHARS && !stopped) {
			const streamed = parent !== undefined;
			limits.push(_tooLarge(node.offset, streamed ? [rootItems] : []));
			throw _STOP;
		}
		if (parent === undefined) root ??= node;
		else if (parent.kind === 'array') {
			if (isStreamedRoot(parent)) onRootItem!(node, rootItems++);
			else parent.items.push(node);
		} else if (member !== undefined) {
			member.value = node;
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
	// Past a limit the parser is stopped (the throw is caught below): nothing more is worth reading.
	const checkSize = (offset: number): void => {
		if (stopped) return;
		if (parent?.kind === 'array' && isStreamedRoot(parent)) itemStart = offset;
		if (offset - itemStart <= MAX_SCENARIO_CHARS) return;
		const outermost = stack.length > 1 ? stack[1]!.parent : parent;
		const streamed = outermost?.kind === 'array' && onRootItem !== undefined;
		limits.push(_tooLarge(itemStart, streamed ? [rootItems] : []));
		throw _STOP;
	};
	const open = (node: _Open | _OpenArray): void => {
		checkSize(node.offset);
		if (stack.length >= MAX_JSON_DEPTH) {
			limits.push(
				diagnostic(
					'E01',
					`invalid JSON: nested deeper than ${MAX_JSON_DEPTH} levels`,
					{ offset: node.offset, length: 1 },
					pathOf(parent!),
					'look for a run of `[` or `{`',
				),
			);
			throw _STOP;
		}
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
	const events: JsonEvents = {
		objectBegin: (offset) => {
			const properties: _OpenProperty[] = [];
			open({ offset, length: 0, parent, segment: segment(), kind: 'object', properties });
		},
		property: (key, offset, length) => {
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
			member = new _OpenProperty(key, keySpan);
			properties.push(member);
		},
		objectEnd: close,
		arrayBegin: (offset) => {
			open({ offset, length: 0, parent, segment: segment(), kind: 'array', items: [] });
		},
		arrayEnd: close,
		literal: (value, offset, length) => {
			checkSize(offset);
			attach({
				offset,
				length,
				parent,
				segment: segment(),
				kind: _kindOf(value),
				value,
				text: typeof value === 'number' ? text.slice(offset, offset + length) : undefined,
			});
		},
		error: (code, offset, length) => {
			errors.push({ code, offset, length });
			// Past a hundred errors the rest is noise from one slip (an unclosed
			// quote turns the document inside out): stop rather than report thousands.
			if (errors.length >= _MAX_SYNTAX_ERRORS) throw _STOP;
		},
	};
	// A byte-order mark becomes a space: same offsets, read as white space.
	const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
	// After a syntax error containers may still be open: close them at the end of the text.
	const closeAll = () => {
		while (parent !== undefined) close(text.length, 0);
	};
	try {
		readJson(source, events);
		closeAll();
	} catch (error) {
		if (error !== _STOP) throw error;
		// The item cut short by the stop is not worth compiling: keep it in the tree instead.
		stopped = true;
		onRootItem = undefined;
		closeAll();
	}
	return root;
}

const _MAX_SYNTAX_ERRORS = 100;

/** Thrown from an event to stop the reader, which has no other way out. */
const _STOP = Symbol('stop');

/** E01 for a document (or the root-array item at `path`) longer than {@link MAX_SCENARIO_CHARS}. */
function _tooLarge(offset: number, path: JsonPath): Diagnostic {
	const what = path.length === 0 ? 'the document' : `scenario ${path[0]}`;
	return diagnostic(
		'E01',
		`${what} is larger than 2 MiB`,
		{ offset, length: 1 },
		path,
		'split it into smaller scenarios',
	);
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
	error: { code: number; offset: number; length: number },
	text: string,
	root: JsonNode | undefined,
): Diagnostic {
	const node = root === undefined ? undefined : nodeAtOffset(root, error.offset);
	const path = node === undefined ? [] : pathOf(node);
	return syntaxError(error.code, error.offset, error.length, text, path);
}
