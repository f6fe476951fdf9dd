import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { measurePageJs, staticImports } from '../lib/measure-page-js.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dist(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'size-'));
	dirs.push(dir);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

describe('staticImports', () => {
	it.each([
		['import{a as b}from"./x.js";', ['./x.js']],
		['import "./side.js";import*as n from "/_astro/n.js"', ['./side.js', '/_astro/n.js']],
		['export{x}from"./re.js";export * from \'./all.js\'', ['./re.js', './all.js']],
		['const m = import("./lazy.js"); x.import = 1', []],
	])('finds the static imports of %s', (code, specs) => {
		expect(staticImports(code)).toEqual(specs);
	});
});

describe('measurePageJs', () => {
	it('sums inline scripts and module scripts followed through static imports, not dynamic ones', () => {
		const entry = 'import{a}from"./shared.js";a();import("./lazy.js");';
		const shared = 'export const a=()=>console.log("shared")';
		const inline = 'document.documentElement.dataset.theme="dark"';
		const dir = dist({
			'chapters/01-x/index.html': `<html><head><script>${inline}</script><script type="module" src="/_astro/entry.js"></script><script type="application/ld+json">{"a":1}</script></head></html>`,
			'_astro/entry.js': entry,
			'_astro/shared.js': shared,
			'_astro/lazy.js': 'export default 1'.repeat(1000),
		});
		const size = measurePageJs(dir, 'chapters/01-x/index.html');
		expect(size.scripts.map((s) => s.source)).toEqual([
			'inline #1',
			'/_astro/entry.js',
			'/_astro/shared.js',
		]);
		expect(size.gzipBytes).toBe(gz(inline) + gz(entry) + gz(shared));
	});

	it('strips the base from script URLs of a site built under a sub-path', () => {
		const dir = dist({
			'index.html': '<script type="module" src="/lab/_astro/a.js"></script>',
			'_astro/a.js': 'import"./b.js"',
			'_astro/b.js': 'console.log(1)',
		});
		expect(measurePageJs(dir, 'index.html', '/lab/').scripts.map((s) => s.source)).toEqual([
			'/_astro/a.js',
			'/_astro/b.js',
		]);
	});
});
