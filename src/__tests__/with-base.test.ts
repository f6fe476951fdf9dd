import { describe, expect, it } from 'vitest';
import { withBase } from '../lib/with-base.ts';

describe('withBase', () => {
	it.each([
		['/chapters/06-how-aws-decides/', '/', '/chapters/06-how-aws-decides/'],
		[
			'/chapters/06-how-aws-decides/',
			'/iam-roles-lab',
			'/iam-roles-lab/chapters/06-how-aws-decides/',
		],
		[
			'/chapters/06-how-aws-decides/',
			'/iam-roles-lab/',
			'/iam-roles-lab/chapters/06-how-aws-decides/',
		],
		[
			'/chapters/06-how-aws-decides/',
			'iam-roles-lab',
			'/iam-roles-lab/chapters/06-how-aws-decides/',
		],
		[
			'/reference/condition-operators/#stringlike',
			'/lab',
			'/lab/reference/condition-operators/#stringlike',
		],
		['/', '/lab', '/lab/'],
	])('prefixes the root-relative link %s with base %s', (href, base, expected) => {
		expect(withBase(href, base)).toBe(expected);
	});

	it.each([
		['an absolute URL', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/'],
		['a protocol-relative URL', '//example.com/x'],
		['a same-page anchor', '#stringlike'],
		['a relative link', '../03-trust-policies/'],
		['a mailto link', 'mailto:someone@example.com'],
		['a link that already carries the base', '/lab/chapters/01-identities-in-aws/'],
		['the base itself', '/lab'],
	])('leaves %s unchanged', (_what, href) => {
		expect(withBase(href, '/lab')).toBe(href);
	});

	it('does not mistake a path that merely starts with the base name for the base', () => {
		expect(withBase('/labs/x/', '/lab')).toBe('/lab/labs/x/');
	});
});
