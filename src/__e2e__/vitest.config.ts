/**
 * End-to-end tests on the built site (`npm run test:e2e`, after `npm run build`):
 * Debian's Chromium through playwright-core against `dist/` served on
 * 127.0.0.1. One file at a time, so only one browser runs.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('../..', import.meta.url)),
	test: {
		name: 'e2e',
		include: ['src/__e2e__/**/*.e2e.test.ts'],
		environment: 'node',
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 60_000,
	},
});
