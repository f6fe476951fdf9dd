/**
 * Pretty-prints JSON exactly as `JSON.stringify(value, null, indent)` does,
 * and records the 1-based line range each tracked value occupies, so that a
 * statement of a policy can be highlighted in the printed text.
 */

/** A path into a JSON value, e.g. `['Statement', 2]`. */
export type JsonPointerPath = readonly (string | number)[];

/** The printed text and the line range of every tracked path that was found. */
export interface PrintedJson {
	readonly text: string;
	/** Keyed by {@link pathKey}; lines are 1-based and inclusive. */
	readonly lines: ReadonlyMap<string, { readonly start: number; readonly end: number }>;
}

/** The key of a path in {@link PrintedJson.lines}. */
export function pathKey(path: JsonPointerPath): string {
	return JSON.stringify(path);
}

/**
 * Prints `value` and tracks the lines of each path in `track`.
 * @param indent spaces per level. @default 2
 */
export function printJson(
	value: unknown,
	track: readonly JsonPointerPath[] = [],
	indent = 2,
): PrintedJson {
	const wanted = new Set(track.map(pathKey));
	const lines = new Map<string, { start: number; end: number }>();
	const out: string[] = [];
	let line = 1;

	const emit = (text: string): void => {
		out.push(text);
		for (const ch of text) if (ch === '\n') line++;
	};

	const walk = (node: unknown, path: (string | number)[], depth: number): void => {
		const key = wanted.size > 0 ? pathKey(path) : '';
		const start = line;
		const pad = '\n' + ' '.repeat(indent * (depth + 1));
		const close = '\n' + ' '.repeat(indent * depth);
		if (Array.isArray(node)) {
			if (node.length === 0) emit('[]');
			else {
				emit('[');
				node.forEach((item: unknown, i) => {
					emit(pad);
					walk(
						item === undefined || typeof item === 'function' ? null : item,
						[...path, i],
						depth + 1,
					);
					if (i < node.length - 1) emit(',');
				});
				emit(close + ']');
			}
		} else if (node !== null && typeof node === 'object') {
			const entries = Object.entries(node).filter(
				([, v]) => v !== undefined && typeof v !== 'function',
			);
			if (entries.length === 0) emit('{}');
			else {
				emit('{');
				entries.forEach(([k, v], i) => {
					emit(pad + JSON.stringify(k) + ': ');
					walk(v, [...path, k], depth + 1);
					if (i < entries.length - 1) emit(',');
				});
				emit(close + '}');
			}
		} else {
			emit(JSON.stringify(node) ?? 'null');
		}
		if (wanted.has(key)) lines.set(key, { start, end: line });
	};

	walk(value, [], 0);
	return { text: out.join(''), lines };
}
