import { describe, expect, it } from 'vitest';
import { searchTopics } from '../lib/search-topics.ts';

describe('searchTopics', () => {
	it('lists the title and the h2/h3 headings, without the stock ones', () => {
		expect(
			searchTopics('Anatomy of a role', [
				{ depth: 2, text: 'What you will learn' },
				{ depth: 2, text: 'The instance profile: how EC2 carries a role' },
				{ depth: 3, text: 'Two policies, two questions' },
				{ depth: 4, text: 'A detail' },
				{ depth: 2, text: 'Check yourself' },
			]),
		).toBe(
			'Anatomy of a role · The instance profile: how EC2 carries a role · Two policies  two questions',
		);
	});

	it('leaves out the names in headings, and the letters of a glossary', () => {
		expect(
			searchTopics('Glossary', [
				{ depth: 2, text: 'P' },
				{ depth: 3, text: 'PassRole' },
				{ depth: 3, text: 'aws:SourceArn' },
				{ depth: 3, text: 'Permissions boundary' },
				{ depth: 3, text: 'ABAC' },
				{ depth: 2, text: 'Passing a role: iam:PassRole' },
			]),
		).toBe('Glossary · Permissions boundary · ABAC · Passing a role');
	});
});
