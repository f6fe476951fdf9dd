/**
 * `npm run size`: the evaluator bundled for the browser (minified, gzip,
 * without the catalogs), and a check against its 30 KB budget.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

/**
 * Budget for the evaluator bundle, gzip. It was raised to 31 KB when the rules no
 * policy decides, the generated RCP service list and the two-hop answer joined the
 * core (30.2 KB, then 31.1 KB with the shared verdict words and code spans); reading
 * JSON with our own `parse/json-events.ts` instead of jsonc-parser (about 3 KB gzip
 * of it shipped for one function) brought it back to 29.1 KB.
 */
export const EVALUATOR_BUDGET_BYTES = 30 * 1024;

/** Bundle `playground/evaluator/index.ts` as the site would and measure it. */
export async function measureBundle(): Promise<{ minified: number; gzip: number }> {
	const result = await build({
		entryPoints: [new URL('../evaluator/index.ts', import.meta.url).pathname],
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		write: false,
	});
	const code = result.outputFiles[0]!.contents;
	return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { minified, gzip } = await measureBundle();
	console.log(
		`evaluator bundle: ${(minified / 1024).toFixed(1)} KB minified, ${(gzip / 1024).toFixed(1)} KB gzip (budget ${EVALUATOR_BUDGET_BYTES / 1024} KB)`,
	);
	if (gzip > EVALUATOR_BUDGET_BYTES) {
		console.error('over budget');
		process.exitCode = 1;
	}
}
