/**
 * The managed-policy picker's search over the catalog's policy index
 * (name → summary): names that start with the query first, then names that
 * contain it, each group alphabetical.
 */

/** One hit: the policy name and ARN. */
export interface ManagedHit {
	readonly name: string;
	readonly arn: string;
}

/**
 * Up to `limit` policies whose name contains every word of `query`
 * (case-insensitive). An empty query lists none.
 * @param limit @default 20
 */
export function searchManagedPolicies(
	index: Readonly<Record<string, { readonly arn: string }>>,
	query: string,
	limit = 20,
): ManagedHit[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return [];
	const first = words[0]!;
	const hits: { hit: ManagedHit; rank: number }[] = [];
	for (const [name, summary] of Object.entries(index)) {
		const lower = name.toLowerCase();
		if (!words.every((w) => lower.includes(w))) continue;
		const rank = lower === first ? 0 : lower.startsWith(first) ? 1 : 2;
		hits.push({ hit: { name, arn: summary.arn }, rank });
	}
	hits.sort((a, b) => a.rank - b.rank || a.hit.name.localeCompare(b.hit.name));
	return hits.slice(0, limit).map((h) => h.hit);
}
