/**
 * Ids for a diagram's `aria-labelledby` targets and SVG markers: counted per
 * page and per prefix in the request's locals, so that two diagrams on one
 * page never clash and every build writes the same HTML.
 */

/** The next id for `prefix` on this page: `prefix-1`, `prefix-2`, … */
export function diagramId(locals: object | undefined, prefix: string): string {
	const counts = ((locals ?? {}) as { diagramIds?: Map<string, number> }).diagramIds;
	const map = counts ?? new Map<string, number>();
	if (counts === undefined && locals !== undefined) {
		(locals as { diagramIds?: Map<string, number> }).diagramIds = map;
	}
	const next = (map.get(prefix) ?? 0) + 1;
	map.set(prefix, next);
	return `${prefix}-${next}`;
}
