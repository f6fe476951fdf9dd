/**
 * `npm run test:size`: a chapter page must load at most 30 KB of JavaScript
 * (gzip) before interaction. Prints the figure for every chapter page and
 * fails when one is over the budget. Run after `npm run build`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measurePageJs } from '../lib/measure-page-js.ts';

const BUDGET_GZIP_BYTES = 30 * 1024;
const dist = resolve('dist');
const base = process.env.SITE_BASE || '/';
const chaptersDir = join(dist, 'chapters');
if (!existsSync(chaptersDir)) {
	console.error('no chapter pages in dist/chapters/: run `npm run build` first');
	process.exit(1);
}
const pages = readdirSync(chaptersDir, { withFileTypes: true })
	.filter((e) => e.isDirectory() && existsSync(join(chaptersDir, e.name, 'index.html')))
	.map((e) => `chapters/${e.name}/index.html`)
	.sort();
if (pages.length === 0) {
	console.error('no chapter pages in dist/chapters/');
	process.exit(1);
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
let over = 0;
for (const page of pages) {
	const size = measurePageJs(dist, page, base);
	const ok = size.gzipBytes <= BUDGET_GZIP_BYTES;
	if (!ok) over++;
	console.log(
		`${ok ? 'ok  ' : 'OVER'} ${page}: ${kb(size.gzipBytes)} gzip (${kb(size.bytes)} raw) of JavaScript in ${size.scripts.length} scripts; budget ${kb(BUDGET_GZIP_BYTES)}`,
	);
	if (!ok || process.env.SIZE_VERBOSE) {
		for (const s of size.scripts) console.log(`       ${kb(s.gzipBytes).padStart(9)}  ${s.source}`);
	}
}
if (over > 0) {
	console.error(
		`${over} chapter page(s) load more than ${kb(BUDGET_GZIP_BYTES)} of JavaScript before interaction`,
	);
	process.exit(1);
}
