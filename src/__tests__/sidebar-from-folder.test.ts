import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { frontmatterTitle, sidebarFromFolder, sidebarOrder } from '../lib/sidebar-from-folder.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const page = (frontmatter: string) => `---\ntitle: T\n${frontmatter}---\n\nBody.\n`;

describe('sidebarFromFolder', () => {
	it('lists the pages of a folder by sidebar order, then by file name, skipping partials', () => {
		const dir = mkdtempSync(join(tmpdir(), 'sidebar-'));
		dirs.push(dir);
		mkdirSync(join(dir, 'reference'));
		writeFileSync(join(dir, 'reference', 'glossary.mdx'), page('sidebar:\n  order: 7\n'));
		writeFileSync(join(dir, 'reference', 'policy-elements.mdx'), page('sidebar:\n  order: 1\n'));
		writeFileSync(join(dir, 'reference', 'b-unordered.md'), page(''));
		writeFileSync(join(dir, 'reference', 'a-unordered.mdx'), page(''));
		writeFileSync(join(dir, 'reference', '_partial.mdx'), page(''));
		writeFileSync(join(dir, 'reference', 'notes.txt'), 'x');
		expect(sidebarFromFolder(dir, 'reference')).toEqual([
			{ slug: 'reference/policy-elements' },
			{ slug: 'reference/glossary' },
			{ slug: 'reference/a-unordered' },
			{ slug: 'reference/b-unordered' },
		]);
	});

	it('numbers the pages whose file names start with a number, when asked', () => {
		const dir = mkdtempSync(join(tmpdir(), 'sidebar-'));
		dirs.push(dir);
		mkdirSync(join(dir, 'chapters'));
		writeFileSync(
			join(dir, 'chapters', '05-walkthrough.mdx'),
			"---\ntitle: 'Walkthrough: a role for an EC2 instance'\nsidebar:\n  order: 5\n---\n",
		);
		writeFileSync(join(dir, 'chapters', '10-review.mdx'), '---\ntitle: Review\n---\n');
		writeFileSync(join(dir, 'chapters', 'appendix.mdx'), '---\ntitle: Appendix\n---\n');
		expect(sidebarFromFolder(dir, 'chapters', { numbered: true })).toEqual([
			{ slug: 'chapters/05-walkthrough', label: '5. Walkthrough: a role for an EC2 instance' },
			{ slug: 'chapters/10-review', label: '10. Review' },
			{ slug: 'chapters/appendix' },
		]);
	});

	it('gives no items for a folder that does not exist yet', () => {
		expect(sidebarFromFolder('/no/such/content', 'chapters')).toEqual([]);
	});
});

describe('sidebarOrder', () => {
	it.each([
		['a block mapping', page('sidebar:\n  label: X\n  order: 3\n'), 3],
		['an inline mapping', page('sidebar: { order: 4, label: X }\n'), 4],
		['no sidebar key', page('description: d\n'), undefined],
		['an order outside the sidebar key', page('order: 9\nsidebar:\n  label: X\n'), undefined],
		['no frontmatter', '# Title\n', undefined],
	])('reads %s', (_what, source, order) => {
		expect(sidebarOrder(source)).toBe(order);
	});
});

describe('frontmatterTitle', () => {
	it.each([
		['a plain scalar', '---\ntitle: Trust policies\n---\n', 'Trust policies'],
		['a single-quoted scalar', "---\ntitle: 'It''s: a role'\n---\n", "It's: a role"],
		['a double-quoted scalar', '---\ntitle: "Say \\"hi\\""\n---\n', 'Say "hi"'],
		['no title', '---\ndescription: d\n---\n', undefined],
		['a title outside the frontmatter', '# x\ntitle: T\n', undefined],
	])('reads %s', (_what, source, title) => {
		expect(frontmatterTitle(source)).toBe(title);
	});
});
