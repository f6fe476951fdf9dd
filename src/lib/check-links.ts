/**
 * The broken-link check over the built site: every internal `href` of every
 * page in `dist/` must resolve to a built file, and its `#fragment` (if any)
 * to an `id` on that page. Internal means root-relative (`/…`) or relative
 * (`../x/`); links to other origins are not checked.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** One link that does not resolve. */
export interface BrokenLink {
	/** The page holding the link, as a path under the site root, e.g. `chapters/01-x/index.html`. */
	readonly page: string;
	/** The `href` as written in the HTML. */
	readonly href: string;
	/** Why it is broken, in words. */
	readonly reason: string;
}

/** Options for {@link findBrokenLinks}. */
export interface CheckLinksOptions {
	/** The configured `base`, e.g. `/` or `/iam-roles-lab`. @default '/' */
	base?: string;
	/** Folders under the site root that hold no pages to check. @default ['pagefind', '_astro'] */
	skipDirs?: readonly string[];
}

/** Checks every HTML page under `distDir`; returns the broken links, sorted by page. */
export async function findBrokenLinks(
	distDir: string,
	options: CheckLinksOptions = {},
): Promise<BrokenLink[]> {
	const base = _normalizeBase(options.base ?? '/');
	const skip = new Set(options.skipDirs ?? ['pagefind', '_astro']);
	const pages = await _listHtml(distDir, distDir, skip);
	const idCache = new Map<string, Set<string>>();
	// Every page repeats the sidebar's links: resolve each path once.
	const fileCache = new Map<string, string | undefined>();
	const idsOf = async (file: string): Promise<Set<string>> => {
		let ids = idCache.get(file);
		if (!ids) {
			ids = extractIds(await readFile(file, 'utf8'));
			idCache.set(file, ids);
		}
		return ids;
	};

	const broken: BrokenLink[] = [];
	for (const page of pages) {
		const html = await readFile(join(distDir, page), 'utf8');
		const pageUrlPath = `${base}/${page.split(sep).join('/')}`;
		for (const href of extractHrefs(html)) {
			const target = _resolve(href, pageUrlPath);
			if (target === undefined) continue;
			const pagePath = page.split(sep).join('/');
			if (target.path === '' && target.fragment !== undefined) {
				// Same-page anchor.
				if (!(await idsOf(join(distDir, page))).has(target.fragment)) {
					broken.push({
						page: pagePath,
						href,
						reason: `no element with id \`${target.fragment}\` on this page`,
					});
				}
				continue;
			}
			if (base !== '' && target.path !== base && !target.path.startsWith(`${base}/`)) {
				broken.push({ page: pagePath, href, reason: `outside the site base \`${base}/\`` });
				continue;
			}
			const rel = target.path.slice(base.length);
			if (!fileCache.has(rel)) fileCache.set(rel, _fileFor(distDir, rel));
			const file = fileCache.get(rel);
			if (file === undefined) {
				broken.push({ page: pagePath, href, reason: 'no built page or file at this path' });
				continue;
			}
			if (target.fragment !== undefined && file.endsWith('.html')) {
				if (!(await idsOf(file)).has(target.fragment)) {
					broken.push({
						page: pagePath,
						href,
						reason: `no element with id \`${target.fragment}\` on the target page`,
					});
				}
			}
		}
	}
	return broken;
}

/** Formats broken links as a message, one line per link. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
	const lines = broken.map((b) => `  ${b.page}: \`${b.href}\`: ${b.reason}`);
	return `${broken.length} broken internal link${broken.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/** The `href` values of `<a>` elements in an HTML text, entities decoded. */
export function extractHrefs(html: string): string[] {
	const hrefs: string[] = [];
	for (const m of html.matchAll(/<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
		hrefs.push(_decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
	}
	return hrefs;
}

/** The `id` values of all elements in an HTML text, entities decoded. */
export function extractIds(html: string): Set<string> {
	const ids = new Set<string>();
	for (const m of html.matchAll(/<[a-z][^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
		ids.add(_decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
	}
	return ids;
}

/** Resolves an href against the page's URL path; `undefined` for links this check ignores. */
function _resolve(
	href: string,
	pageUrlPath: string,
): { path: string; fragment?: string } | undefined {
	if (href === '' || href.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined;
	const hashAt = href.indexOf('#');
	const fragment = hashAt === -1 ? undefined : _safeDecode(href.slice(hashAt + 1));
	let path = hashAt === -1 ? href : href.slice(0, hashAt);
	const queryAt = path.indexOf('?');
	if (queryAt !== -1) path = path.slice(0, queryAt);
	if (path === '')
		return fragment === undefined || fragment === '' ? undefined : { path: '', fragment };
	const dir = posix.dirname(pageUrlPath);
	const absolute = path.startsWith('/')
		? path
		: posix.join(dir, path) + (path.endsWith('/') ? '/' : '');
	const resolved = _safeDecode(posix.normalize(absolute));
	return fragment === undefined || fragment === ''
		? { path: resolved }
		: { path: resolved, fragment };
}

/** The built file a URL path (without base) is served from, as a server of `dist/` would find it. */
function _fileFor(distDir: string, urlPath: string): string | undefined {
	const rel = urlPath.replace(/^\/+/, '');
	const candidates =
		urlPath.endsWith('/') || rel === ''
			? [join(rel, 'index.html')]
			: [rel, join(rel, 'index.html'), `${rel}.html`];
	for (const candidate of candidates) {
		const file = join(distDir, candidate);
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return undefined;
}

/** Every `.html` file under `distDir` (relative paths, sorted), skipping the given top-level folders. */
export function listHtmlPages(
	distDir: string,
	skipDirs: readonly string[] = ['pagefind', '_astro'],
): Promise<string[]> {
	return _listHtml(distDir, distDir, new Set(skipDirs));
}

async function _listHtml(root: string, dir: string, skip: ReadonlySet<string>): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (dir === root && skip.has(entry.name)) continue;
			out.push(...(await _listHtml(root, full, skip)));
		} else if (entry.name.endsWith('.html')) {
			out.push(relative(root, full));
		}
	}
	return out.sort();
}

function _normalizeBase(base: string): string {
	const trimmed = base.replace(/\/+$/, '');
	if (trimmed === '') return '';
	return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function _safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function _decodeEntities(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
			String.fromCodePoint(Number.parseInt(hex, 16)),
		)
		.replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)))
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}
