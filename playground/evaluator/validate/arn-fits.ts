/**
 * Could a Resource pattern name a resource of a given type? The pattern has
 * `*`/`?` wildcards (and maybe policy variables); the type's ARN format from
 * the Service Authorization Reference has `${Placeholder}`s. Both are split
 * into the six ARN fields, and each pair of fields must share at least one
 * string: a placeholder stands for any text within its field.
 */

/** A run of pattern text: `*` (any run), `?` (any one character), or a literal character. */
type _Token = '*' | '?' | { readonly ch: string };

// Formats are few and reused across every policy: tokenize each once.
const _formatCache = new Map<string, readonly _Token[][] | undefined>();

/** Does the Resource pattern `pattern` (an ARN with six fields) fit the ARN `format`? */
export function arnFitsFormat(pattern: string, format: string): boolean {
	let f = _formatCache.get(format);
	if (f === undefined && !_formatCache.has(format)) {
		f = _tokenFields(format, false);
		if (_formatCache.size > 5000) _formatCache.clear();
		_formatCache.set(format, f);
	}
	const p = _tokenFields(pattern, true);
	if (p === undefined || f === undefined) return false;
	for (let i = 0; i < 6; i++) {
		if (!_intersect(p[i] as _Token[], f[i] as _Token[])) return false;
	}
	return true;
}

/** The six fields as tokens; policy variables and placeholders stand for any text. */
function _tokenFields(arn: string, questionIsWild: boolean): _Token[][] | undefined {
	// Replace before splitting: a variable such as `${aws:PrincipalAccount}` holds a colon.
	const fields = _fields(arn.replace(/\$\{[^}]*\}/g, '*'));
	if (fields.length !== 6) return undefined;
	return fields.map((field) => _tokens(field, questionIsWild));
}

/** Split at the first five colons (the sixth field keeps the rest). */
function _fields(arn: string): string[] {
	const fields: string[] = [];
	let at = 0;
	for (let i = 0; i < 5; i++) {
		const colon = arn.indexOf(':', at);
		if (colon < 0) break;
		fields.push(arn.slice(at, colon));
		at = colon + 1;
	}
	fields.push(arn.slice(at));
	return fields;
}

function _tokens(text: string, questionIsWild: boolean): _Token[] {
	return [...text].map((ch) => (ch === '*' ? '*' : ch === '?' && questionIsWild ? '?' : { ch }));
}

/**
 * Do two wildcard patterns match a common string? A walk over pairs of
 * positions (i in `a`, j in `b`): a `*` may match nothing (skip it) or take
 * one character the other side produces (stay on it); two single-character
 * tokens advance together when they can be the same character. The strings
 * meet iff both ends are reached together. O(|a|·|b|) states, no backtracking.
 */
function _intersect(a: readonly _Token[], b: readonly _Token[]): boolean {
	const width = b.length + 1;
	const seen = new Uint8Array((a.length + 1) * width);
	const stack: number[] = [0];
	seen[0] = 1;
	const push = (i: number, j: number): void => {
		const state = i * width + j;
		if (seen[state] === 0) {
			seen[state] = 1;
			stack.push(state);
		}
	};
	while (stack.length > 0) {
		const state = stack.pop() as number;
		const i = Math.floor(state / width);
		const j = state % width;
		if (i === a.length && j === b.length) return true;
		const x = a[i];
		const y = b[j];
		if (x === '*') push(i + 1, j);
		if (y === '*') push(i, j + 1);
		if (x === undefined || y === undefined) continue;
		if (x === '*' && y !== '*') push(i, j + 1);
		if (y === '*' && x !== '*') push(i + 1, j);
		if (x !== '*' && y !== '*' && (x === '?' || y === '?' || x.ch === y.ch)) push(i + 1, j + 1);
	}
	return false;
}
