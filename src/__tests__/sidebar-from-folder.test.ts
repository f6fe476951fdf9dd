import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sidebarFromFolder, sidebarOrder } from '../lib/sidebar-from-folder.ts';

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
