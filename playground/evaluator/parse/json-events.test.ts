import fc from 'fast-check';
import { visit } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { readJson } from './json-events.ts';

/** Every event of jsonc-parser's `visit`, as our reader names them. */
function jsoncEvents(text: string): string[] {
	const log: string[] = [];
	visit(
		text,
		{
			onObjectBegin: (offset) => void log.push(`objectBegin ${offset}`),
			onObjectProperty: (key, offset, length) =>
				void log.push(`property ${JSON.stringify(key)} ${offset} ${length}`),
			onObjectEnd: (offset, length) => void log.push(`objectEnd ${offset} ${length}`),
			onArrayBegin: (offset) => void log.push(`arrayBegin ${offset}`),
			onArrayEnd: (offset, length) => void log.push(`arrayEnd ${offset} ${length}`),
			onLiteralValue: (value, offset, length) =>
				void log.push(`literal ${JSON.stringify(value)} ${offset} ${length}`),
			onError: (code, offset, length) => void log.push(`error ${code} ${offset} ${length}`),
		},
		{ disallowComments: true, allowTrailingComma: false },
	);
	return log;
}

function ourEvents(text: string): string[] {
	const log: string[] = [];
	readJson(text, {
		objectBegin: (offset) => void log.push(`objectBegin ${offset}`),
		property: (key, offset, length) =>
			void log.push(`property ${JSON.stringify(key)} ${offset} ${length}`),
		objectEnd: (offset, length) => void log.push(`objectEnd ${offset} ${length}`),
		arrayBegin: (offset) => void log.push(`arrayBegin ${offset}`),
		arrayEnd: (offset, length) => void log.push(`arrayEnd ${offset} ${length}`),
		literal: (value, offset, length) =>
			void log.push(`literal ${JSON.stringify(value)} ${offset} ${length}`),
		error: (code, offset, length) => void log.push(`error ${code} ${offset} ${length}`),
	});
	return log;
}

/** Pieces that make JSON, broken JSON and everything jsonc-parser treats specially. */
const PIECES = [
	'{',
	'}',
	'[',
	']',
	':',
	',',
	' ',
	'\t',
	'\n',
	'\r\n',
	'\r',
	'"a"',
	'"Action"',
	'"',
	'\\',
	'\\"',
	'\\u00e9',
	'\\u12',
	'\\uZZ',
	'\\x',
	'\\n',
	'\u0001',
	'é',
	'0',
	'1',
	'-',
	'-0',
	'01',
	'1.',
	'1.5',
	'1e',
	'1e+',
	'1E-3',
	'.5',
	'+1',
	'true',
	'false',
	'null',
	'tru',
	'nulls',
	'x',
	'/',
	'//c\n',
	'/*c*/',
	'/*',
	'*/',
	'*',
	'\u2028',
	'\uFEFF',
	'\u000b',
];

describe('readJson', () => {
	it('reports what jsonc-parser reports for any text made of JSON pieces', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
				const text = pieces.join('');
				expect(ourEvents(text)).toEqual(jsoncEvents(text));
			}),
			{ numRuns: 20_000 },
		);
	});

	it('reports what jsonc-parser reports for any JSON value, and for it cut short', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.nat(), (value, cut) => {
				const text = JSON.stringify(value, null, cut % 3);
				expect(ourEvents(text)).toEqual(jsoncEvents(text));
				const short = text.slice(0, cut % (text.length + 1));
				expect(ourEvents(short)).toEqual(jsoncEvents(short));
			}),
			{ numRuns: 5_000 },
		);
	});

	it.each(['', ' ', '/*', '{"a":1}/*', '"\\u', '-', '[1,]', '{"a" 1}', '{,}', '[01]', '\u0000'])(
		'agrees on %j',
		(text) => {
			expect(ourEvents(text)).toEqual(jsoncEvents(text));
		},
	);
});
