import { describe, expect, it } from 'vitest';
import type { ContextEntry, Template } from '../model.ts';
import { parseTemplate } from '../parse/template.ts';
import { resolveTemplate, resolveTemplateText } from './resolve-template.ts';

const CONTEXT = new Map<string, ContextEntry>([
	['aws:username', { key: 'aws:username', values: ['alice'], multi: false, raw: 'alice' }],
	[
		'aws:principaltag/team',
		{ key: 'aws:PrincipalTag/team', values: ['a*b'], multi: false, raw: 'a*b' },
	],
	['aws:tagkeys', { key: 'aws:TagKeys', values: ['x'], multi: true, raw: ['x'] }],
	['aws:empty', { key: 'aws:Empty', values: [''], multi: false, raw: '' }],
]);

function template(text: string): Template {
	return parseTemplate(text).template;
}

describe('resolveTemplate', () => {
	it.each([
		[
			'home/${aws:username}/*',
			[
				['home/', true],
				['alice', false],
				['/*', true],
			],
		],
		['${AWS:USERNAME}', [['alice', false]]],
		[
			't-${aws:PrincipalTag/team}',
			[
				['t-', true],
				['a*b', false],
			],
		],
		["${aws:PrincipalTag/missing, 'dflt'}", [['dflt', false]]],
		["${aws:TagKeys, 'many'}", [['many', false]]],
		[
			'a${*}${?}${$}',
			[
				['a', true],
				['*', false],
				['?', false],
				['$', false],
			],
		],
		[
			'x${aws:Empty}y',
			[
				['x', true],
				['', false],
				['y', true],
			],
		],
		['plain*', [['plain*', true]]],
	] as const)('substitutes %s into glob segments', (text, expected) => {
		expect(resolveTemplate(template(text), CONTEXT)).toEqual(
			expected.map(([segment, wild]) => ({ text: segment, wild })),
		);
	});

	it.each([['${aws:missing}'], ['${aws:TagKeys}'], ['ok/${aws:username}/${aws:missing}']])(
		'cannot resolve %s',
		(text) => {
			expect(resolveTemplate(template(text), CONTEXT)).toBeUndefined();
			expect(resolveTemplateText(template(text), CONTEXT)).toBeUndefined();
		},
	);
});

describe('resolveTemplateText', () => {
	it.each([
		['home/${aws:username}/*', 'home/alice/*'],
		['t-${aws:PrincipalTag/team}', 't-a*b'],
		["${aws:PrincipalTag/missing, ''}", ''],
		['a${*}', 'a*'],
	])('substitutes %s into %s', (text, expected) => {
		expect(resolveTemplateText(template(text), CONTEXT)).toBe(expected);
	});
});
