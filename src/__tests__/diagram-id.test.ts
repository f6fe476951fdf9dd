import { describe, expect, it } from 'vitest';
import { diagramId } from '../lib/diagram-id.ts';

describe('diagramId', () => {
	it('counts per page and per prefix', () => {
		const page = {};
		expect(diagramId(page, 'eval-order')).toBe('eval-order-1');
		expect(diagramId(page, 'eval-order')).toBe('eval-order-2');
		expect(diagramId(page, 'abac')).toBe('abac-1');
		expect(diagramId({}, 'eval-order')).toBe('eval-order-1');
	});
});
