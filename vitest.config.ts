import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// The evaluator, CLI, catalogs and editor core, and the site's logic under src/lib.
		// Browser tests on the built site run apart: `npm run test:e2e`.
		include: ['playground/**/*.test.ts', 'src/__tests__/**/*.test.ts'],
		environment: 'node',
		// A hang guard, not a speed test: property tests take several times longer on a busy machine.
		testTimeout: 60_000,
		// The generated catalog (gitignored) is built on a fresh checkout before any test reads it.
		globalSetup: ['playground/catalog/ensure-catalog.ts'],
		coverage: {
			provider: 'v8',
			include: ['playground/evaluator/**/*.ts'],
			exclude: ['**/*.test.ts', 'playground/evaluator/**/index.ts'],
			reporter: ['text-summary', 'text'],
			thresholds: { lines: 95 },
		},
	},
});
