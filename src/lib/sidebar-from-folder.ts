/**
 * Sidebar items for a folder of `content/`. Starlight's `autogenerate`
 * resolves folders relative to `src/content/docs/` and finds nothing in our
 * top-level `content/`, so the config lists the pages itself: every
 * `.md`/`.mdx` file of the folder (not starting with `_`), ordered by its
 * frontmatter `sidebar.order`, then by file name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A Starlight sidebar item that links to a docs entry by slug, with an optional label. */
export interface SlugItem {
	readonly slug: string;
	readonly label?: string;
}

/** Options for {@link sidebarFromFolder}. */
export interface SidebarFromFolderOptions {
	/**
	 * Label each page whose file name starts with a number (`05-ec2-…`) with
	 * that number before its title (`5. Walkthrough: …`), as the home page
	 * numbers the chapters. @default false
	 */
	numbered?: boolean;
}

/**
 * The items for `<contentDir>/<folder>/`, e.g. `sidebarFromFolder('./content', 'chapters')`
 * → `[{ slug: 'chapters/01-identities-in-aws' }, …]`. A missing folder gives no items.
 */
export function sidebarFromFolder(
	contentDir: string,
	folder: string,
	options: SidebarFromFolderOptions = {},
): SlugItem[] {
	let names: string[];
	try {
		names = readdirSync(join(contentDir, folder));
	} catch {
		return [];
	}
	return names
		.filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
		.map((name) => ({ name, source: readFileSync(join(contentDir, folder, name), 'utf8') }))
		.map(({ name, source }) => ({ name, source, order: sidebarOrder(source) }))
		.sort(
			(a, b) =>
				(a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) ||
				a.name.localeCompare(b.name),
		)
		.map(({ name, source }) => {
			const slug = `${folder}/${name.replace(/\.mdx?$/, '').toLowerCase()}`;
			const number = /^(\d+)-/.exec(name)?.[1];
			const title = frontmatterTitle(source);
			return options.numbered && number !== undefined && title !== undefined
				? { slug, label: `${Number(number)}. ${title}` }
				: { slug };
		});
}

/** The `sidebar.order` (or `sidebar: { order: N }`) of a page's YAML frontmatter, if any. */
export function sidebarOrder(source: string): number | undefined {
	const frontmatter = _frontmatter(source);
	if (frontmatter === undefined) return undefined;
	const inline = /^sidebar:\s*\{[^}]*\border:\s*(-?\d+(?:\.\d+)?)/m.exec(frontmatter);
	if (inline?.[1] !== undefined) return Number(inline[1]);
	const block = /^sidebar:[ \t]*\r?\n((?:[ \t]+.*(?:\r?\n|$))*)/m.exec(frontmatter)?.[1];
	const order =
		block === undefined ? undefined : /^[ \t]+order:\s*(-?\d+(?:\.\d+)?)/m.exec(block)?.[1];
	return order === undefined ? undefined : Number(order);
}

/**
 * The top-level `title:` of a page's YAML frontmatter as a one-line scalar:
 * plain, `'single'` (with `''` for a quote) or `"double"` (with `\"`).
 */
export function frontmatterTitle(source: string): string | undefined {
	const raw = /^title:[ \t]*(.+?)[ \t]*$/m.exec(_frontmatter(source) ?? '')?.[1];
	if (raw === undefined) return undefined;
	if (/^'.*'$/.test(raw)) return raw.slice(1, -1).replace(/''/g, "'");
	if (/^".*"$/.test(raw)) return raw.slice(1, -1).replace(/\\(["\\])/g, '$1');
	return raw;
}

function _frontmatter(source: string): string | undefined {
	return /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
}
