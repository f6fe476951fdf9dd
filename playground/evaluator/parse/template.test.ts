import { describe, expect, it } from 'vitest';
import type { Template } from '../model.ts';
import { hasVariables, parseTemplate } from './template.ts';

/** [input, parts, malformed] */
const cases: [string, Template, boolean][] = [
	['plain text', [{ kind: 'text', text: 'plain text' }], false],
	['', [{ kind: 'text', text: '' }], false],
	[
		'home/${aws:username}/*',
		[
			{ kind: 'text', text: 'home/' },
			{ kind: 'var', key: 'aws:username' },
			{ kind: 'text', text: '/*' },
		],
		false,
	],
	['${aws:PrincipalTag/Team}', [{ kind: 'var', key: 'aws:principaltag/team' }], false],
	[
		"docs-${aws:PrincipalTag/team, 'company-wide'}",
		[
			{ kind: 'text', text: 'docs-' },
			{ kind: 'var', key: 'aws:principaltag/team', default: 'company-wide' },
		],
		false,
	],
	["${a:b, ''}", [{ kind: 'var', key: 'a:b', default: '' }], false],
	[
		'${*}${?}${$}',
		[
			{ kind: 'literal', text: '*' },
			{ kind: 'literal', text: '?' },
			{ kind: 'literal', text: '$' },
		],
		false,
	],
	['a${}b', [{ kind: 'text', text: 'a${}b' }], true],
	['x/${aws:username', [{ kind: 'text', text: 'x/${aws:username' }], true],
	['${ aws:username }', [{ kind: 'text', text: '${ aws:username }' }], true],
	["${a:b,'x'}", [{ kind: 'text', text: "${a:b,'x'}" }], true],
	["${a:b, 'x}", [{ kind: 'text', text: "${a:b, 'x}" }], true],
	["${a:b, 'x'y'}", [{ kind: 'text', text: "${a:b, 'x'y'}" }], true],
	[
		'${${a:b}',
		[
			{ kind: 'text', text: '${' },
			{ kind: 'var', key: 'a:b' },
		],
		true,
	],
];

describe('parseTemplate', () => {
	it.each(cases)('splits %j', (input, parts, malformed) => {
		expect(parseTemplate(input)).toEqual({ template: parts, malformed });
	});

	it('tells variables from literal-character escapes', () => {
		expect(hasVariables(parseTemplate('${*}').template)).toBe(false);
		expect(hasVariables(parseTemplate('a/${aws:userid}').template)).toBe(true);
	});
});
