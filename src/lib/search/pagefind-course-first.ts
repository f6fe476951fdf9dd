/**
 * The `pagefind.js` the search dialog loads: Pagefind's own module (renamed
 * `pagefind-core.js` after the build, see site-checks-integration.ts) with
 * `search` ordering the course first for concept queries (course-first.ts).
 * Bundled into `dist/pagefind/` by the build; everything else is Pagefind's.
 */
// @ts-expect-error: written by Pagefind next to this file at build time.
import * as core from './pagefind-core.js';
import { COURSE_KINDS, courseFirst, isNameQuery } from './course-first.ts';

// @ts-expect-error: see above.
export * from './pagefind-core.js';

/**
 * Pagefind finds its index from its own file name (`…/pagefind.js`), which is
 * now this module's: tell it where it is.
 */
const _BASE_PATH = new URL('./', import.meta.url).href;

/** Pagefind's `options`, with the bundle's base path set. */
export function options(opts: Record<string, unknown> = {}): Promise<void> {
	return core.options({ basePath: _BASE_PATH, ...opts }) as Promise<void>;
}

interface SearchResponse {
	results: { id: string }[];
}
interface SearchOptions {
	filters?: Record<string, unknown>;
	[key: string]: unknown;
}

/** Pagefind's `search`, with the course's matches first when the query is not a name. */
export async function search(term: string, options: SearchOptions = {}): Promise<SearchResponse> {
	const response = (await core.search(term, options)) as SearchResponse | null;
	if (response === null || isNameQuery(term) || options.filters?.kind !== undefined) {
		return response as SearchResponse;
	}
	const course = (await core.search(term, {
		...options,
		filters: { ...options.filters, kind: { any: COURSE_KINDS } },
	})) as SearchResponse | null;
	const ids = new Set(course?.results.map((r) => r.id) ?? []);
	return { ...response, results: courseFirst(response.results, ids) };
}
