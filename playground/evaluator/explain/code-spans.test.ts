import { describe, expect, it } from 'vitest';
import { codeSpans } from './code-spans.ts';

describe('codeSpans', () => {
	it.each([
		['plain text stays one plain part', 'no code here', [{ code: false, text: 'no code here' }]],
		[
			'text between backticks becomes code',
			'the caller is `lambda.amazonaws.com`, not `ec2.amazonaws.com`',
			[
				{ code: false, text: 'the caller is ' },
				{ code: true, text: 'lambda.amazonaws.com' },
				{ code: false, text: ', not ' },
				{ code: true, text: 'ec2.amazonaws.com' },
			],
		],
		[
			'an unpaired backtick is kept as plain text',
			'a `b` and `c',
			[
				{ code: false, text: 'a ' },
				{ code: true, text: 'b' },
				{ code: false, text: ' and `c' },
			],
		],
		[
			'markup is just text: nothing is interpreted',
			'`<img src=x onerror=alert(1)>`',
			[{ code: true, text: '<img src=x onerror=alert(1)>' }],
		],
		['an empty sentence has no parts', '', []],
	])('%s', (_name, text, expected) => {
		expect(codeSpans(text)).toEqual(expected);
	});
});
