import { describe, expect, it } from 'vitest';
import { soleTitle } from '../lib/sole-title.ts';

const head = [
	{ tag: 'meta', attrs: { charset: 'utf-8' } },
	{ tag: 'title', content: 'IAM Roles Lab | IAM Roles Lab' },
];

describe('soleTitle', () => {
	it('writes the site title alone when the page is titled like the site', () => {
		expect(soleTitle(head, 'IAM Roles Lab', 'IAM Roles Lab')).toEqual([
			{ tag: 'meta', attrs: { charset: 'utf-8' } },
			{ tag: 'title', content: 'IAM Roles Lab' },
		]);
	});

	it('leaves every other page’s title as Starlight wrote it', () => {
		const chapter = [{ tag: 'title', content: 'Trust policies | IAM Roles Lab' }];
		expect(soleTitle(chapter, 'Trust policies', 'IAM Roles Lab')).toBe(chapter);
	});
});
