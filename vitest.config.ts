import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['playground/**/*.test.ts'],
		environment: 'node',
		coverage: {
			provider: 'v8',
			include: ['playground/evaluator/**/*.ts'],
			exclude: ['**/*.test.ts', 'playground/evaluator/**/index.ts'],
			reporter: ['text-summary', 'text'],
			thresholds: { lines: 95 },
		},
	},
});
