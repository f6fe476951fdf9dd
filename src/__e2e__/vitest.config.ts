/**
 * End-to-end tests on the built site (`npm run test:e2e`, after `npm run build`):
 * Debian's Chromium through playwright-core against `dist/` served on
 * 127.0.0.1. One file at a time, so only one browser runs.
 *
 * The timeouts only stop a hung run: every wait polls for the state it needs,
 * and a machine busy with other work may take many times longer to get there.
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
		testTimeout: 300_000,
		hookTimeout: 300_000,
		expect: { poll: { timeout: 60_000 } },
	},
});
