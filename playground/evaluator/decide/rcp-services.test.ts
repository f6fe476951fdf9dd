import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../../catalog/node-catalog.ts';
import { RCP_SERVICES_MODULE, rcpServicesModule } from '../../catalog/rcp-services-module.ts';
import { RCP_SERVICES } from './rcp-services.ts';

describe('RCP_SERVICES', () => {
	const catalog = createNodeCatalog().rcpServices();

	it('is the module the catalog generates from the service data (npm run catalog rewrites it)', () => {
		expect(readFileSync(RCP_SERVICES_MODULE, 'utf8')).toBe(rcpServicesModule(catalog));
	});

	it('holds every service of the catalog list and nothing else', () => {
		expect([...RCP_SERVICES].sort()).toEqual([...catalog].sort());
		expect(RCP_SERVICES.has('s3')).toBe(true);
	});
});
