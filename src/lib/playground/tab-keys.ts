/**
 * Keyboard movement in the ARIA tabs pattern (automatic activation):
 * arrows move to the previous/next tab and wrap, Home/End jump to the ends.
 */

/** The index of the tab to select after `key` on tab `current` of `count`, or `undefined` for other keys. */
export function nextTabIndex(current: number, key: string, count: number): number | undefined {
	if (count === 0) return undefined;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return (current + 1) % count;
		case 'ArrowLeft':
		case 'ArrowUp':
			return (current - 1 + count) % count;
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return undefined;
	}
}
