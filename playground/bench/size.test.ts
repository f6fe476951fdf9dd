import { describe, expect, it } from 'vitest';
import { EVALUATOR_BUDGET_BYTES, measureBundle } from './size.ts';

describe('the evaluator bundle for the browser', () => {
	it('stays within its gzip budget', async () => {
		const { gzip } = await measureBundle();
		console.log(`evaluator bundle: ${(gzip / 1024).toFixed(1)} KB gzip`);
		expect(gzip).toBeLessThanOrEqual(EVALUATOR_BUDGET_BYTES);
	});
});
