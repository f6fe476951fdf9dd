/**
 * E01: a JSON syntax problem, named by jsonc-parser's error code, turned into
 * a diagnostic in our words, with a fix for the usual slips (a trailing
 * comma, a comment).
 */
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, JsonPath } from '../types.ts';

const _MESSAGES: Readonly<Record<string, string>> = {
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

/**
 * The E01 diagnostic for the jsonc-parser error `name` (as `printParseErrorCode`
 * spells it) at `offset`/`length` in `text`; `path` is the innermost node there.
 */
export function syntaxError(
	name: string,
	offset: number,
	length: number,
	text: string,
	path: JsonPath,
): Diagnostic {
	const message = `invalid JSON: ${_MESSAGES[name] ?? name}`;
	let before = offset - 1;
	while (before >= 0 && _isSpace(text.charCodeAt(before))) before--;
	const trailingComma =
		text.charCodeAt(before) === 44 /* , */ &&
		(name === 'ValueExpected' || name === 'PropertyNameExpected') &&
		(text[offset] === '}' || text[offset] === ']');
	const help =
		name === 'InvalidCommentToken'
			? 'IAM policies and scenarios are plain JSON: remove the comment'
			: trailingComma
				? 'remove the trailing comma'
				: undefined;
	return diagnostic('E01', message, { offset, length }, path, help);
}

function _isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 13;
}
