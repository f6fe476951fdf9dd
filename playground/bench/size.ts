/**
 * `npm run size`: the evaluator bundled for the browser (minified, gzip,
 * without the catalogs), and a check against its 31 KB budget.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

/**
 * Budget for the evaluator bundle, gzip. It was 30 KB until the rules no policy
 * decides (credential limits, AWS-owned resources), the generated RCP service list
 * and the two-hop answer joined the core (30.2 KB); the next saving in sight is
 * reading JSON without jsonc-parser's whole visitor (about 7 KB minified).
 */
export const EVALUATOR_BUDGET_BYTES = 31 * 1024;

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
