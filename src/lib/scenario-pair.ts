/**
 * The logic behind `<Scenario id="…" twin="…">`: two corpus cases that differ
 * in one detail, shown as one card with a switch between them. What both
 * cases share is printed once; what differs is printed per case, with the
 * request rows that differ flagged and the policy lines that differ marked
 * (`del` in the first case, `ins` in the second, so the pair reads as a diff
 * from the first case to the second). Each verdict stays the one
 * {@link buildScenarioView} computed and checked for its own case.
 */
import { ScenarioViewError, type PolicyView, type ScenarioView } from './scenario-view.ts';

/** A line range for a code block's `mark` / `ins` / `del` prop, e.g. `{ range: '3-5' }`. */
export interface LineRange {
	readonly range: string;
}

/** A policy printed in one case only, because the other case has it differently or not at all. */
export interface CasePolicy extends PolicyView {
	/** Lines that differ from the other case's policy of the same heading (all of them when it has none). */
	readonly changed: readonly LineRange[];
	/** Whether the other case has no policy of this heading. */
	readonly onlyHere: boolean;
}

/** One row of a case's request. */
export interface RequestRow {
	readonly term: string;
	/** The value; empty when {@link absent}. */
	readonly value: string;
	/** Whether it differs from the other case. */
	readonly changed: boolean;
	/** Whether this case lacks a key the other case has. */
	readonly absent: boolean;
}

/** One case of the card. */
export interface CaseVariant {
	readonly view: ScenarioView;
	/** What the switch calls this case. */
	readonly label: string;
	/**
	 * The request as printed: the case's own rows, with those that differ from the other case
	 * flagged, then the keys only the other case has, flagged as absent here.
	 */
	readonly request: readonly RequestRow[];
	/** The policies printed for this case only. */
	readonly policies: readonly CasePolicy[];
}

/** Everything a card prints: the policies both cases share, then each case. */
export interface ScenarioPairView {
	readonly shared: readonly PolicyView[];
	readonly variants: readonly CaseVariant[];
}

/**
 * Pairs one or two scenario views. With one view, every policy is shared and
 * the card is the plain single-case card. With two, `labels` name the cases
 * on the switch (default: each verdict in words).
 */
export function pairScenarioViews(
	views: readonly ScenarioView[],
	labels?: readonly string[],
): ScenarioPairView {
	const [a, b] = views;
	if (a === undefined || views.length > 2) {
		throw new ScenarioViewError(`a scenario card shows one case or two; received ${views.length}`);
	}
	if (
		labels !== undefined &&
		(labels.length !== views.length || labels.some((l) => l.trim() === ''))
	) {
		throw new ScenarioViewError(
			`\`<Scenario id="${a.id}">\`: \`labels\` needs one non-empty label per case (${views.length}); received ${JSON.stringify(labels)}`,
		);
	}
	if (b === undefined) {
		return {
			shared: a.policies,
			variants: [
				{
					view: a,
					label: labels?.[0] ?? a.verdict.words,
					request: a.request.map((r) => ({ ...r, changed: false, absent: false })),
					policies: [],
				},
			],
		};
	}
	if (b.id === a.id) {
		throw new ScenarioViewError(`\`<Scenario id="${a.id}">\`: \`twin\` names the same case`);
	}
	const same = (p: PolicyView, q: PolicyView | undefined): boolean =>
		q !== undefined && p.json === q.json && _ranges(p.marks) === _ranges(q.marks);
	const byHeading = (view: ScenarioView) => new Map(view.policies.map((p) => [p.heading, p]));
	const aBy = byHeading(a);
	const bBy = byHeading(b);
	const shared = a.policies.filter((p) => same(p, bBy.get(p.heading)));
	const sharedHeadings = new Set(shared.map((p) => p.heading));
	const variant = (view: ScenarioView, other: ScenarioView, i: number): CaseVariant => {
		const otherBy = i === 0 ? bBy : aBy;
		const otherRows = new Map(other.request.map((r) => [r.term, r.value]));
		const ownTerms = new Set(view.request.map((r) => r.term));
		const request: RequestRow[] = [
			...view.request.map((r) => ({
				...r,
				changed: otherRows.get(r.term) !== r.value,
				absent: false,
			})),
			// A context key only the other case carries is the difference a reader must see.
			...other.request
				.filter((r) => !ownTerms.has(r.term))
				.map((r) => ({ term: r.term, value: '', changed: true, absent: true })),
		];
		const policies = view.policies
			.filter((p) => !sharedHeadings.has(p.heading))
			.map((p): CasePolicy => {
				const counterpart = otherBy.get(p.heading);
				return {
					...p,
					onlyHere: counterpart === undefined,
					changed: counterpart === undefined ? [] : changedLines(p.json, counterpart.json),
				};
			});
		return { view, label: labels?.[i] ?? view.verdict.words, request, policies };
	};
	return { shared, variants: [variant(a, b, 0), variant(b, a, 1)] };
}

/**
 * The lines of `text` that are not part of a longest common subsequence of
 * lines with `other`, as 1-based line ranges.
 */
export function changedLines(text: string, other: string): LineRange[] {
	const x = text.split('\n');
	const y = other.split('\n');
	// lcs[i][j]: the longest common subsequence of x[i…] and y[j…]; policies are short, so the
	// quadratic table stays small.
	const lcs = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
	for (let i = x.length - 1; i >= 0; i--) {
		for (let j = y.length - 1; j >= 0; j--) {
			lcs[i]![j] =
				x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
		}
	}
	const kept = new Set<number>();
	for (let i = 0, j = 0; i < x.length && j < y.length;) {
		if (x[i] === y[j]) {
			kept.add(i);
			i++;
			j++;
		} else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
		else j++;
	}
	const ranges: LineRange[] = [];
	let start = -1;
	for (let i = 0; i <= x.length; i++) {
		const changed = i < x.length && !kept.has(i);
		if (changed && start < 0) start = i;
		if (!changed && start >= 0) {
			ranges.push({ range: start === i - 1 ? `${start + 1}` : `${start + 1}-${i}` });
			start = -1;
		}
	}
	return ranges;
}

function _ranges(marks: readonly LineRange[]): string {
	return marks.map((m) => m.range).join(',');
}
