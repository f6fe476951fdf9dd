import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['playground/**/*.test.ts'],
		environment: 'node',
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
