/**
 * How much JavaScript a built page loads before any interaction: its inline
 * scripts plus every module script it references, followed transitively
 * through static `import`/`export … from` (dynamic `import()` is not followed:
 * it loads on demand). Sizes are gzip-compressed bytes.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

/** One JavaScript resource a page loads up front. */
export interface PageScript {
	/** The file's URL path without the base (`/_astro/x.js`), or `inline #n`. */
	readonly source: string;
	readonly bytes: number;
	readonly gzipBytes: number;
}

/** The total and its parts. */
export interface PageJsSize {
	readonly scripts: readonly PageScript[];
	readonly gzipBytes: number;
	readonly bytes: number;
}

/**
 * Measures the page at `pageFile` (a path under `distDir`, e.g.
 * `chapters/01-identities-in-aws/index.html`).
 * @param base the configured base. @default '/'
 */
export function measurePageJs(distDir: string, pageFile: string, base = '/'): PageJsSize {
	const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
	const html = readFileSync(join(distDir, pageFile), 'utf8');
	const pageUrl = `/${pageFile.split('\\').join('/')}`;
	const scripts: PageScript[] = [];
	const seen = new Set<string>();
	const queue: string[] = [];

	const enqueue = (spec: string, fromUrl: string): void => {
		if (/^[a-z]+:/i.test(spec) || spec.startsWith('//')) return;
		let url = spec.startsWith('/') ? spec : posix.join(posix.dirname(fromUrl), spec);
		url = url.split(/[?#]/)[0] ?? url;
		if (prefix !== '' && url.startsWith(`${prefix}/`)) url = url.slice(prefix.length);
		if (!seen.has(url)) {
			seen.add(url);
			queue.push(url);
		}
	};

	let inline = 0;
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attrs = m[1] ?? '';
		const body = m[2] ?? '';
		const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
		if (type !== undefined && type !== 'module' && !/javascript/i.test(type)) continue;
		const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1];
		if (src !== undefined) enqueue(src, pageUrl);
		else if (body.trim() !== '') {
			inline++;
			scripts.push(_sized(`inline #${inline}`, body));
			if (type === 'module') for (const spec of staticImports(body)) enqueue(spec, pageUrl);
		}
	}
	for (const m of html.matchAll(/<link\b[^>]*\brel\s*=\s*["']modulepreload["'][^>]*>/gi)) {
		const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(m[0])?.[1];
		if (href !== undefined) enqueue(href, pageUrl);
	}

	while (queue.length > 0) {
		const url = queue.shift() as string;
		const code = readFileSync(join(distDir, url), 'utf8');
		scripts.push(_sized(url, code));
		for (const spec of staticImports(code)) enqueue(spec, url);
	}

	return {
		scripts,
		bytes: scripts.reduce((n, s) => n + s.bytes, 0),
		gzipBytes: scripts.reduce((n, s) => n + s.gzipBytes, 0),
	};
}

/** The specifiers of a module's static imports and re-exports (not dynamic `import()`). */
export function staticImports(code: string): string[] {
	const specs: string[] = [];
	const re =
		/(?:^|[;\s}])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'])([^"'\n]+)\1/g;
	for (const m of code.matchAll(re)) if (m[2] !== undefined) specs.push(m[2]);
	return specs;
}

function _sized(source: string, code: string): PageScript {
	return { source, bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length };
}
