/** The `<title>` of a page whose title is the site's own title. */

/** The part of a Starlight head entry this module reads and writes. */
export interface HeadEntryLike {
	readonly tag: string;
	readonly content?: string | undefined;
}

/**
 * `head` with its `<title>` set to `siteTitle` alone when the page's title is
 * the site's title (Starlight would write "Site | Site"); otherwise `head` as is.
 */
export function soleTitle<T extends HeadEntryLike>(
	head: T[],
	pageTitle: string,
	siteTitle: string,
): T[] {
	if (pageTitle.trim() !== siteTitle.trim()) return head;
	return head.map((entry) => (entry.tag === 'title' ? { ...entry, content: siteTitle } : entry));
}
