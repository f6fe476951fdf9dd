/**
 * The site's unit tests on their own: `npx vitest run --config src/__tests__/vitest.config.ts`.
 * (The root config is meant to list them as a project too; see the site report.)
 * They test plain TypeScript under src/lib, so no Astro Vite config is needed.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('../..', import.meta.url)),
	test: {
		name: 'site',
		include: ['src/__tests__/**/*.test.ts'],
		environment: 'node',
	},
});
