/**
 * E01: a JSON syntax problem, named by its error code (jsonc-parser's numbering), turned into
 * a diagnostic in our words, with a fix for the usual slips (a trailing
 * comma, a comment).
 */
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, JsonPath } from '../types.ts';

/**
 * Our words for jsonc-parser's `ParseErrorCode` values 1–16, in code order
 * (`InvalidSymbol`, `InvalidNumberFormat`, `PropertyNameExpected`, …,
 * `InvalidCharacter`): indexed by number, so the code names need not ship.
 */
const _MESSAGES = [
	'unexpected character',
	'malformed number',
	'expected a property name in double quotes',
	'expected a value',
	'expected `:` after the property name',
	'expected `,` between items',
	'expected `}`',
	'expected `]`',
	'unexpected text after the end of the document',
	'comments are not allowed',
	'unterminated comment',
	'unterminated string',
	'unterminated number',
	'malformed `\\u` escape',
	'invalid escape sequence',
	'control character inside a string',
];

/** The codes the help looks for. */
const _PROPERTY_NAME_EXPECTED = 3;
const _VALUE_EXPECTED = 4;
const _INVALID_COMMENT_TOKEN = 10;

/**
 * The E01 diagnostic for jsonc-parser's error `code` at `offset`/`length` in
 * `text`; `path` is the innermost node there.
 */
export function syntaxError(
	code: number,
	offset: number,
	length: number,
	text: string,
	path: JsonPath,
): Diagnostic {
	const message = `invalid JSON: ${_MESSAGES[code - 1] ?? `error ${code}`}`;
	let before = offset - 1;
	while (before >= 0 && _isSpace(text.charCodeAt(before))) before--;
	const trailingComma =
		text.charCodeAt(before) === 44 /* , */ &&
		(code === _VALUE_EXPECTED || code === _PROPERTY_NAME_EXPECTED) &&
		(text[offset] === '}' || text[offset] === ']');
	const help =
		code === _INVALID_COMMENT_TOKEN
			? 'IAM policies and scenarios are plain JSON: remove the comment'
			: trailingComma
				? 'remove the trailing comma'
				: undefined;
	return diagnostic('E01', message, { offset, length }, path, help);
}

function _isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 13;
}
