/**
 * The course's chapter list, from the `docs` collection: entries under
 * `chapters/`, in sidebar order (then by id, which starts with the chapter number).
 */

/** The fields of a docs entry this module reads. */
export interface ChapterEntryLike {
	readonly id: string;
	readonly data: {
		readonly title: string;
		readonly description?: string;
		readonly sidebar?: { readonly order?: number };
	};
}

/** One chapter as listed on the home page. */
export interface ChapterLink {
	/** Root-relative link without the base, e.g. `/chapters/01-identities-in-aws/`. */
	readonly href: string;
	/** The chapter number as written in the file name (`01`), or `undefined` when there is none. */
	readonly number?: string;
	readonly title: string;
	readonly description?: string;
}

/** Sorts the chapter entries and turns them into links. */
export function listChapters(entries: readonly ChapterEntryLike[]): ChapterLink[] {
	return entries
		.filter((entry) => entry.id.startsWith('chapters/'))
		.toSorted(
			(a, b) =>
				(a.data.sidebar?.order ?? Number.MAX_SAFE_INTEGER) -
					(b.data.sidebar?.order ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id),
		)
		.map((entry) => {
			const slug = entry.id.slice('chapters/'.length);
			const number = /^(\d+)-/.exec(slug)?.[1];
			return {
				href: `/chapters/${slug}/`,
				...(number === undefined ? {} : { number }),
				title: entry.data.title,
				...(entry.data.description === undefined ? {} : { description: entry.data.description }),
			};
		});
}
