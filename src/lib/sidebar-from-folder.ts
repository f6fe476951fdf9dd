/**
 * Sidebar items for a folder of `content/`. Starlight's `autogenerate`
 * resolves folders relative to `src/content/docs/` and finds nothing in our
 * top-level `content/`, so the config lists the pages itself: every
 * `.md`/`.mdx` file of the folder (not starting with `_`), ordered by its
 * frontmatter `sidebar.order`, then by file name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A Starlight sidebar item that links to a docs entry by slug. */
export interface SlugItem {
	readonly slug: string;
}

/**
 * The items for `<contentDir>/<folder>/`, e.g. `sidebarFromFolder('./content', 'chapters')`
 * → `[{ slug: 'chapters/01-identities-in-aws' }, …]`. A missing folder gives no items.
 */
export function sidebarFromFolder(contentDir: string, folder: string): SlugItem[] {
	let names: string[];
	try {
		names = readdirSync(join(contentDir, folder));
	} catch {
		return [];
	}
	return names
		.filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
		.map((name) => ({
			name,
			order: sidebarOrder(readFileSync(join(contentDir, folder, name), 'utf8')),
		}))
		.sort(
			(a, b) =>
				(a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) ||
				a.name.localeCompare(b.name),
		)
		.map(({ name }) => ({ slug: `${folder}/${name.replace(/\.mdx?$/, '').toLowerCase()}` }));
}

/** The `sidebar.order` (or `sidebar: { order: N }`) of a page's YAML frontmatter, if any. */
export function sidebarOrder(source: string): number | undefined {
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
	if (frontmatter === undefined) return undefined;
	const inline = /^sidebar:\s*\{[^}]*\border:\s*(-?\d+(?:\.\d+)?)/m.exec(frontmatter);
	if (inline?.[1] !== undefined) return Number(inline[1]);
	const block = /^sidebar:[ \t]*\r?\n((?:[ \t]+.*(?:\r?\n|$))*)/m.exec(frontmatter)?.[1];
	const order =
		block === undefined ? undefined : /^[ \t]+order:\s*(-?\d+(?:\.\d+)?)/m.exec(block)?.[1];
	return order === undefined ? undefined : Number(order);
}
