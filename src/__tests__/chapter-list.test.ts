import { describe, expect, it } from 'vitest';
import { listChapters, type ChapterEntryLike } from '../lib/chapter-list.ts';

/** A fake docs-collection entry. */
const entry = (
	id: string,
	title: string,
	order?: number,
	description?: string,
): ChapterEntryLike => ({
	id,
	data: {
		title,
		...(description === undefined ? {} : { description }),
		...(order === undefined ? {} : { sidebar: { order } }),
	},
});

describe('listChapters', () => {
	it('lists only chapters, in sidebar order, with their numbers and root-relative links', () => {
		const chapters = listChapters([
			entry('reference/glossary', 'Glossary', 1),
			entry('chapters/02-anatomy-of-a-role', 'Anatomy of a role', 2, 'What a role is made of.'),
			entry('chapters/01-identities-in-aws', 'Identities in AWS', 1),
			entry('index', 'IAM Roles Lab'),
		]);
		expect(chapters).toEqual([
			{ href: '/chapters/01-identities-in-aws/', number: '01', title: 'Identities in AWS' },
			{
				href: '/chapters/02-anatomy-of-a-role/',
				number: '02',
				title: 'Anatomy of a role',
				description: 'What a role is made of.',
			},
		]);
	});

	it('puts chapters without a sidebar order last, ordered by file name', () => {
		const chapters = listChapters([
			entry('chapters/10-review', 'Review'),
			entry('chapters/03-trust-policies', 'Trust policies'),
			entry('chapters/01-identities-in-aws', 'Identities', 1),
		]);
		expect(chapters.map((c) => c.number)).toEqual(['01', '03', '10']);
	});
});
