/**
 * "Did you mean" for catalog names: the candidate closest to a typo by edit
 * distance, compared without regard to case (service prefixes, action names
 * and condition keys are all case-insensitive in IAM).
 */

/**
 * The candidate closest to `input`, if within a third of its length (at
 * least 2 edits); `undefined` when nothing is a plausible typo.
 */
export function closestName(input: string, candidates: Iterable<string>): string | undefined {
	const lower = input.toLowerCase();
	const limit = Math.max(2, Math.floor(input.length / 3));
	let best: string | undefined;
	let bestCost = limit + 1;
	for (const candidate of candidates) {
		if (Math.abs(candidate.length - input.length) >= bestCost) continue;
		const cost = _distance(lower, candidate.toLowerCase(), bestCost);
		if (cost < bestCost) {
			best = candidate;
			bestCost = cost;
		}
	}
	return best;
}

/** Levenshtein distance, giving up (returning `cap`) once every path costs `cap` or more. */
function _distance(a: string, b: string, cap: number): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = Math.min(
				(previous[j] as number) + 1,
				(current[j - 1] as number) + 1,
				(previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
			current[j] = cost;
			if (cost < rowMin) rowMin = cost;
		}
		if (rowMin >= cap) return cap;
		previous = current;
	}
	return previous[b.length] as number;
}
