/**
 * Vitest global setup: make sure `playground/catalog-data/` exists and is
 * current, so tests that read the catalog work on a fresh checkout and after
 * a generator or package change. Cheap when nothing changed: the build
 * compares the inputs recorded in `meta.json` and returns (about 50 ms).
 * Test files that need the catalog may also call {@link ensureCatalog} in
 * `beforeAll`, for runs without the global setup.
 */
import { buildCatalog } from './build-catalog.ts';

/** Build the catalog unless `meta.json` records the current inputs. */
export function ensureCatalog(): void {
	buildCatalog();
}

/** The global-setup hook. */
export default function setup(): void {
	ensureCatalog();
}
