import { describe, expect, it } from 'vitest';
import { nextTabIndex } from '../../lib/playground/tab-keys.ts';

describe('nextTabIndex', () => {
	it.each([
		['ArrowRight moves to the next tab', 0, 'ArrowRight', 3, 1],
		['ArrowRight on the last tab wraps to the first', 2, 'ArrowRight', 3, 0],
		['ArrowLeft on the first tab wraps to the last', 0, 'ArrowLeft', 3, 2],
		['Home jumps to the first tab', 2, 'Home', 3, 0],
		['End jumps to the last tab', 0, 'End', 3, 2],
		['other keys do not move', 1, 'Enter', 3, undefined],
		['no tabs, no move', 0, 'ArrowRight', 0, undefined],
	])('%s', (_name, current, key, count, expected) => {
		expect(nextTabIndex(current, key, count)).toBe(expected);
	});
});
