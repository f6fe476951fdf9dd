/**
 * Offsets to line and column: the one place the evaluator's spans become
 * positions a person reads. Edges (the CLI, pages) call it; Monaco has its own.
 */

/** A 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface LineColumn {
	readonly line: number;
	readonly column: number;
}

/**
 * Index the line starts of `text` once; the returned function converts an
 * offset in O(log lines). An offset outside `0..text.length` is a caller's
 * mistake and throws, naming the value and the limit.
 */
export function createLineIndex(text: string): (offset: number) => LineColumn {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
	return (offset) => {
		if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
			throw new RangeError(`offset ${offset} is outside the text (0 to ${text.length})`);
		}
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: offset - starts[low]! + 1 };
	};
}

/** Render a JSON path the way people read it: `identityPolicies[0].Statement[1].Effect`. */
export function formatJsonPath(path: readonly (string | number)[]): string {
	let out = '';
	for (const segment of path) {
		if (typeof segment === 'number') out += `[${segment}]`;
		else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
		else out += `[${JSON.stringify(segment)}]`;
	}
	return out === '' ? '(root)' : out;
}
