/**
 * Vitest global setup: generate `playground/catalog-data/` when it is missing
 * (no `meta.json`), so tests that read the catalog work on a fresh checkout.
 * Add it to `vitest.config.ts` as `test.globalSetup`. Test files that need the
 * catalog may also call {@link ensureCatalog} in `beforeAll`; it is cheap when
 * the catalog exists.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from './build-catalog.ts';

const META = fileURLToPath(new URL('../catalog-data/meta.json', import.meta.url));

/** Build the catalog unless `meta.json` is there. */
export function ensureCatalog(): void {
	if (!existsSync(META)) buildCatalog();
}

/** The global-setup hook. */
export default function setup(): void {
	ensureCatalog();
}
