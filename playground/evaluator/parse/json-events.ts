/**
 * Strict JSON read as a stream of events with positions: the only JSON reader
 * of the evaluator (`json-tree.ts` builds its tree from these events).
 *
 * It gives exactly what jsonc-parser's `visit` gives with `disallowComments`
 * and no trailing commas — the same events, error codes (`ParseErrorCode`,
 * 1–16), offsets and recovery after an error — which a property test checks
 * against jsonc-parser itself on generated text. Written here because the
 * library's module of exports, enums and formatter tables cost about 3 KB
 * gzip of the browser bundle for the one function the evaluator calls.
 */

/** What the reader reports; offsets and lengths are those of the token at hand. */
export interface JsonEvents {
	objectBegin(offset: number): void;
	property(key: string, offset: number, length: number): void;
	/** At the `}` (or, when it is missing, the end of the text). */
	objectEnd(offset: number, length: number): void;
	arrayBegin(offset: number): void;
	arrayEnd(offset: number, length: number): void;
	literal(value: string | number | boolean | null, offset: number, length: number): void;
	/** `code` is jsonc-parser's `ParseErrorCode` (1 `InvalidSymbol` … 16 `InvalidCharacter`). */
	error(code: number, offset: number, length: number): void;
}

// Token kinds (jsonc-parser's `SyntaxKind` numbers, for reading the two side by side).
const _OPEN_BRACE = 1;
const _CLOSE_BRACE = 2;
const _OPEN_BRACKET = 3;
const _CLOSE_BRACKET = 4;
const _COMMA = 5;
const _COLON = 6;
const _NULL = 7;
const _TRUE = 8;
const _FALSE = 9;
const _STRING = 10;
const _NUMBER = 11;
const _COMMENT = 12;
const _SPACE = 15;
const _UNKNOWN = 16;
const _EOF = 17;

// Error codes (`ParseErrorCode`).
const _INVALID_SYMBOL = 1;
const _INVALID_NUMBER = 2;
const _PROPERTY_NAME_EXPECTED = 3;
const _VALUE_EXPECTED = 4;
const _COLON_EXPECTED = 5;
const _COMMA_EXPECTED = 6;
const _CLOSE_BRACE_EXPECTED = 7;
const _CLOSE_BRACKET_EXPECTED = 8;
const _END_EXPECTED = 9;
const _COMMENT_FOUND = 10;
const _END_OF_STRING = 12;
const _END_OF_NUMBER = 13;
const _INVALID_UNICODE = 14;
const _INVALID_ESCAPE = 15;
const _CONTROL_CHARACTER = 16;

const _NONE: readonly number[] = [];
const _IN_OBJECT: readonly number[] = [_CLOSE_BRACE, _COMMA];
const _IN_ARRAY: readonly number[] = [_CLOSE_BRACKET, _COMMA];

const _ESCAPES: Readonly<Record<string, string>> = {
	'"': '"',
	'\\': '\\',
	'/': '/',
	b: '\b',
	f: '\f',
	n: '\n',
	r: '\r',
	t: '\t',
};

/** Read `text` as one JSON value, reporting every event to `on`. */
export function readJson(text: string, on: JsonEvents): void {
	const end = text.length;
	let pos = 0;
	let token = _UNKNOWN;
	let start = 0;
	// A string's value, or a number's text without a dangling exponent.
	let value = '';
	let scanError = 0;

	const code = (at: number) => text.charCodeAt(at);
	const isDigit = (c: number) => c >= 48 && c <= 57;
	const digits = () => {
		while (isDigit(code(pos))) pos++;
	};

	const scanString = (): string => {
		let out = '';
		let from = pos;
		for (;;) {
			if (pos >= end) {
				scanError = _END_OF_STRING;
				return out + text.slice(from, pos);
			}
			const c = code(pos);
			if (c === 34 /* " */) return out + text.slice(from, pos++);
			if (c === 92 /* \ */) {
				out += text.slice(from, pos++);
				if (pos >= end) {
					scanError = _END_OF_STRING;
					return out;
				}
				const escape = text[pos++]!;
				if (escape === 'u') {
					const hex = text.slice(pos, pos + 4);
					let read = 0;
					while (read < 4 && /[0-9a-fA-F]/.test(hex[read] ?? '')) read++;
					pos += read;
					if (read === 4) out += String.fromCharCode(parseInt(hex, 16));
					else scanError = _INVALID_UNICODE;
				} else if (escape in _ESCAPES) out += _ESCAPES[escape];
				else scanError = _INVALID_ESCAPE;
				from = pos;
				continue;
			}
			if (c <= 0x1f) {
				if (c === 10 || c === 13) {
					scanError = _END_OF_STRING;
					return out + text.slice(from, pos);
				}
				scanError = _CONTROL_CHARACTER;
			}
			pos++;
		}
	};

	/** One token, trivia included; sets `start`, `value` and `scanError`. */
	const scan = (): number => {
		value = '';
		scanError = 0;
		start = pos;
		if (pos >= end) {
			// An unclosed `/*` at the very end leaves `pos` one past it: the end token still starts at the end.
			start = end;
			return _EOF;
		}
		let c = code(pos);
		if (c === 32 || c === 9 || c === 10 || c === 13) {
			// Runs of spaces and tabs, or one line break, as jsonc-parser splits them: all skipped.
			if (c === 10 || c === 13) pos += c === 13 && code(pos + 1) === 10 ? 2 : 1;
			else while (code(pos) === 32 || code(pos) === 9) pos++;
			return _SPACE;
		}
		switch (c) {
			case 123:
				pos++;
				return _OPEN_BRACE;
			case 125:
				pos++;
				return _CLOSE_BRACE;
			case 91:
				pos++;
				return _OPEN_BRACKET;
			case 93:
				pos++;
				return _CLOSE_BRACKET;
			case 58:
				pos++;
				return _COLON;
			case 44:
				pos++;
				return _COMMA;
			case 34:
				pos++;
				value = scanString();
				return _STRING;
			case 47 /* / */: {
				const next = code(pos + 1);
				if (next === 47) {
					pos += 2;
					while (pos < end && code(pos) !== 10 && code(pos) !== 13) pos++;
					return _COMMENT;
				}
				if (next === 42 /* * */) {
					const close = text.indexOf('*/', pos + 2);
					if (close >= 0) pos = close + 2;
					else {
						// Unclosed: jsonc-parser stops one short of the end (CRLF read as one), then steps on.
						for (pos += 2; pos < end - 1;) if (code(pos++) === 13 && code(pos) === 10) pos++;
						pos++;
					}
					return _COMMENT;
				}
				pos++;
				return _UNKNOWN;
			}
		}
		if (c === 45 /* - */ || isDigit(c)) {
			if (c === 45 && !isDigit(code(++pos))) return _UNKNOWN;
			// A leading zero stands alone: `01` is `0` followed by an unknown `1`.
			if (code(pos++) !== 48) digits();
			let last = pos;
			if (code(pos) === 46 /* . */) {
				pos++;
				if (!isDigit(code(pos))) {
					scanError = _END_OF_NUMBER;
					value = text.slice(start, pos);
					return _NUMBER;
				}
				digits();
				last = pos;
			}
			c = code(pos);
			if (c === 69 || c === 101 /* E e */) {
				pos++;
				c = code(pos);
				if (c === 43 || c === 45 /* + - */) pos++;
				if (isDigit(code(pos))) {
					digits();
					last = pos;
				} else scanError = _END_OF_NUMBER;
			}
			value = text.slice(start, last);
			return _NUMBER;
		}
		// A word: `true`, `false`, `null`, or an unknown symbol up to the next delimiter.
		while (pos < end && !' \t\n\r}]{["/:,'.includes(text[pos]!)) pos++;
		switch (text.slice(start, pos)) {
			case 'true':
				return _TRUE;
			case 'false':
				return _FALSE;
			case 'null':
				return _NULL;
			default:
				return _UNKNOWN;
		}
	};

	const report = (error: number) => on.error(error, start, pos - start);

	/** The next token that is not white space, reporting bad tokens on the way. */
	const next = (): number => {
		for (;;) {
			token = scan();
			if (scanError !== 0) report(scanError);
			if (token === _COMMENT) report(_COMMENT_FOUND);
			else if (token === _UNKNOWN) report(_INVALID_SYMBOL);
			else if (token !== _SPACE) return token;
		}
	};

	/** Report `error`, then skip to just after a token of `after` or to a token of `until`. */
	const fail = (error: number, after = _NONE, until = _NONE): void => {
		report(error);
		if (after.length + until.length === 0) return;
		while (token !== _EOF) {
			if (after.includes(token)) {
				next();
				return;
			}
			if (until.includes(token)) return;
			next();
		}
	};

	const literal = (read: string | number | boolean | null): boolean => {
		on.literal(read, start, pos - start);
		next();
		return true;
	};

	const readValue = (): boolean => {
		switch (token) {
			case _OPEN_BRACKET:
				return readArray();
			case _OPEN_BRACE:
				return readObject();
			case _STRING:
				return literal(value);
			case _NUMBER: {
				let number = Number(value);
				if (Number.isNaN(number)) {
					report(_INVALID_NUMBER);
					number = 0;
				}
				return literal(number);
			}
			case _NULL:
				return literal(null);
			case _TRUE:
				return literal(true);
			case _FALSE:
				return literal(false);
			default:
				return false;
		}
	};

	const readProperty = (): boolean => {
		if (token !== _STRING) {
			fail(_PROPERTY_NAME_EXPECTED, _NONE, _IN_OBJECT);
			return false;
		}
		on.property(value, start, pos - start);
		if (next() === _COLON) {
			next();
			if (!readValue()) fail(_VALUE_EXPECTED, _NONE, _IN_OBJECT);
		} else fail(_COLON_EXPECTED, _NONE, _IN_OBJECT);
		return true;
	};

	/** Members or items up to `close`; the same loop for objects and arrays. */
	const readItems = (close: number, item: () => boolean, skip: readonly number[]): void => {
		next();
		let needsComma = false;
		while (token !== close && token !== _EOF) {
			if (token === _COMMA) {
				if (!needsComma) report(_VALUE_EXPECTED);
				next();
			} else if (needsComma) report(_COMMA_EXPECTED);
			if (!item()) fail(_VALUE_EXPECTED, _NONE, skip);
			needsComma = true;
		}
	};

	const readObject = (): boolean => {
		on.objectBegin(start);
		readItems(_CLOSE_BRACE, readProperty, _IN_OBJECT);
		on.objectEnd(start, pos - start);
		if (token === _CLOSE_BRACE) next();
		else fail(_CLOSE_BRACE_EXPECTED, [_CLOSE_BRACE]);
		return true;
	};

	const readArray = (): boolean => {
		on.arrayBegin(start);
		readItems(_CLOSE_BRACKET, readValue, _IN_ARRAY);
		on.arrayEnd(start, pos - start);
		if (token === _CLOSE_BRACKET) next();
		else fail(_CLOSE_BRACKET_EXPECTED, [_CLOSE_BRACKET]);
		return true;
	};

	if (next() === _EOF || !readValue()) report(_VALUE_EXPECTED);
	else if (token !== _EOF) report(_END_EXPECTED);
}
