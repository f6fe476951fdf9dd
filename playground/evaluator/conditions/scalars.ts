/**
 * Reading the small scalar types of condition values (spec §3.4): decimal
 * numbers, booleans, and case-insensitive text comparison. Char-code loops:
 * these run on context values during evaluation, so they must not allocate.
 */

const _POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** A `-?digits(.digits)?` number; NaN for anything else (`1e3`, `+1`, `.5`, ``). */
export function parseDecimal(text: string): number {
	const n = text.length;
	const negative = n > 0 && text.charCodeAt(0) === 45; /* - */
	let at = negative ? 1 : 0;
	const intStart = at;
	let digits = 0;
	while (at < n && _isDigit(text.charCodeAt(at))) digits = digits * 10 + text.charCodeAt(at++) - 48;
	if (at === intStart) return NaN;
	let scale = 0;
	if (at < n) {
		if (text.charCodeAt(at) !== 46 /* . */) return NaN;
		const fracStart = ++at;
		while (at < n && _isDigit(text.charCodeAt(at)))
			digits = digits * 10 + text.charCodeAt(at++) - 48;
		if (at === fracStart || at < n) return NaN;
		scale = at - fracStart;
	}
	// Up to 15 digits the integer and the power of ten are exact, so one
	// division rounds exactly as `Number(text)` would; longer texts use it.
	if (n - intStart - (scale > 0 ? 1 : 0) > 15) return Number(text);
	const value = digits / (_POWERS[scale] as number);
	return negative ? -value : value;
}

/**
 * Is the number of this decimal text exact as a double? Up to 15 characters
 * it holds at most 15 significant digits, which a double keeps exactly;
 * longer texts (`9007199254740993`) are compared by {@link compareDecimals}.
 */
export function isExactDecimal(text: string): boolean {
	return text.length <= 15;
}

/**
 * Compare two decimal texts (as {@link parseDecimal} accepts them) exactly,
 * whatever their length: -1, 0 or 1. IAM's numeric values are decimal
 * strings, so `9007199254740993` is not `9007199254740992`, though as
 * doubles they are equal.
 */
export function compareDecimals(a: string, b: string): number {
	const [signA, wholeA, fractionA] = _decimalParts(a);
	const [signB, wholeB, fractionB] = _decimalParts(b);
	if (signA !== signB) return signA < signB ? -1 : 1;
	// Without leading zeros the longer whole part is the larger; then digits decide.
	const order =
		wholeA.length - wholeB.length ||
		(wholeA + '.' + fractionA < wholeB + '.' + fractionB
			? -1
			: wholeA === wholeB && fractionA === fractionB
				? 0
				: 1);
	return Math.sign(order) * signA;
}

/** Sign (-1, 0, 1), whole digits without leading zeros, fraction digits without trailing zeros. */
function _decimalParts(text: string): [number, string, string] {
	const [, minus, whole = '', fraction = ''] = /^(-?)0*(\d*)(?:\.(\d*?)0*)?$/.exec(text)!;
	return [whole || fraction ? (minus ? -1 : 1) : 0, whole, fraction];
}

/** `true` → 1, `false` → 0 (any case); -1 for anything else. */
export function parseBool(text: string): number {
	if (_equalsAsciiFolded(text, 'true')) return 1;
	if (_equalsAsciiFolded(text, 'false')) return 0;
	return -1;
}

/**
 * Does `text` equal `folded` (already lower-cased) ignoring case? ASCII is
 * folded in place; text with other characters falls back to `toLowerCase`,
 * which is locale-independent but may change the length.
 */
export function equalsIgnoreCase(text: string, folded: string): boolean {
	if (text.length === folded.length) {
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code > 127) return text.toLowerCase() === folded;
			if (_foldAscii(code) !== folded.charCodeAt(i)) return false;
		}
		return true;
	}
	for (let i = 0; i < text.length; i++) {
		if (text.charCodeAt(i) > 127) return text.toLowerCase() === folded;
	}
	return false;
}

/** Equality with an all-lower-case ASCII word, folding only ASCII letters of `text`. */
function _equalsAsciiFolded(text: string, word: string): boolean {
	if (text.length !== word.length) return false;
	for (let i = 0; i < text.length; i++) {
		if (_foldAscii(text.charCodeAt(i)) !== word.charCodeAt(i)) return false;
	}
	return true;
}

function _foldAscii(code: number): number {
	return code >= 65 && code <= 90 ? code + 32 : code;
}

function _isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}
