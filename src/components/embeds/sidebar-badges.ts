/**
 * Marks the sidebar's links to chapters whose exercises are all solved with
 * a ✓ (and the words "exercises done" for screen readers). Idempotent.
 */
import { completedChapters } from '../../lib/embeds/progress-store.ts';

/** Add or remove the ✓ on each chapter link of the sidebar. */
export function markCompletedChapters(
	manifest: Readonly<Record<string, readonly string[]>>,
	solved: readonly string[],
	root: ParentNode = document,
): void {
	const done = new Set(completedChapters(manifest, solved));
	for (const link of root.querySelectorAll<HTMLAnchorElement>('#starlight__sidebar a[href]')) {
		const path = new URL(link.href, location.href).pathname;
		const href = Object.keys(manifest).find((h) => path.endsWith(h));
		if (href === undefined) continue;
		const badge = link.querySelector('.exercise-done');
		if (done.has(href) && !badge) {
			const mark = document.createElement('span');
			mark.className = 'exercise-done';
			mark.innerHTML = ' ✓<span class="sr-only"> exercises done</span>';
			mark.title = 'Exercises done';
			link.append(mark);
		} else if (!done.has(href) && badge) badge.remove();
	}
}
