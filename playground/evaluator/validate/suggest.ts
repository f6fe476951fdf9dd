/**
 * "Did you mean" for catalog names: the candidate closest to a typo by edit
 * distance, compared without regard to case (service prefixes, action names
 * and condition keys are all case-insensitive in IAM).
 */
import { editDistance } from '../diagnostics.ts';

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
		const cost = editDistance(lower, candidate.toLowerCase(), bestCost);
		if (cost < bestCost) {
			best = candidate;
			bestCost = cost;
		}
	}
	return best;
}
