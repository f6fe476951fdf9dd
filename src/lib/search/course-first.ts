/**
 * Course first for concepts, reference first for names. The search index
 * holds ten-odd chapters and hand-written reference pages beside ~2,050
 * generated pages whose names contain the same words
 * (`EC2InstanceProfileForImageBuilder` for "instance profile"), and those
 * names outrank the pages that teach the concept. So a query that reads like
 * a concept lists the course's matches first, in Pagefind's order, then the
 * rest; a query that is a name (`iam:PassRole`, `AdministratorAccess`,
 * `ec2.amazonaws.com`) keeps Pagefind's order, where the name's own entry
 * comes first.
 */

/** The `kind` filter values of the course's pages (see overrides/MarkdownContent.astro). */
export const COURSE_KINDS: readonly string[] = ['chapter', 'reference'];

/**
 * Whether `term` is a name rather than words: one token holding `:`, `.`,
 * `/` or `*`, or a capital inside a word (`PassRole`, `AWSLambdaBasicExecutionRole`).
 */
export function isNameQuery(term: string): boolean {
	const token = term.trim();
	return token !== '' && !/\s/.test(token) && (/[:./*]/.test(token) || /[a-z][A-Z]/.test(token));
}

/** `results` with those whose id is in `courseIds` first; each part keeps its order. */
export function courseFirst<T extends { readonly id: string }>(
	results: readonly T[],
	courseIds: ReadonlySet<string>,
): T[] {
	return [
		...results.filter((r) => courseIds.has(r.id)),
		...results.filter((r) => !courseIds.has(r.id)),
	];
}
