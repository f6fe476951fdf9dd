/**
 * A small static file server for the built site (`dist/`), used by
 * `npm start`, `npm run preview` and the e2e tests. It serves the site under
 * its base path, `index.html` for folders, and `404.html` (status 404) for
 * anything else, with the content types Pagefind's search needs (WebAssembly).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

/** Options for {@link startStaticServer}. */
export interface StaticServerOptions {
	/** The folder to serve, e.g. the absolute path of `dist/`. */
	root: string;
	/** The site's base path. @default '/' */
	base?: string;
	/** @default '127.0.0.1' */
	host?: string;
	/** `0` picks a free port. @default 0 */
	port?: number;
	/** Gzip text responses for clients that accept it, as a real host would (the browser benchmark). @default false */
	gzip?: boolean;
}

/** A running server. */
export interface StaticServer {
	/** The site's URL, base included, ending in `/`, e.g. `http://127.0.0.1:41234/lab/`. */
	readonly url: string;
	readonly port: number;
	/** Stops the server. */
	close(): Promise<void>;
}

const _TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.ico': 'image/x-icon',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.webmanifest': 'application/manifest+json',
};

/** Content types worth compressing (text, JSON, SVG, WebAssembly). */
const _COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm|manifest)|image\/svg)/;

/** Starts serving `root`; resolves once the server listens. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
	const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const root = normalize(options.root);
	const server: Server = createServer((req, res) => {
		void (async () => {
			const url = new URL(req.url ?? '/', 'http://localhost');
			let path: string;
			try {
				path = decodeURIComponent(url.pathname);
			} catch {
				res.writeHead(400).end('bad request');
				return;
			}
			if (`${path}/` === base) {
				res.writeHead(301, { location: base }).end();
				return;
			}
			const file = path.startsWith(base) ? await _find(root, path.slice(base.length)) : undefined;
			if (file === 'redirect') {
				res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			const target = file ?? join(root, '404.html');
			const status = file ? 200 : 404;
			try {
				await stat(target);
			} catch {
				res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
				return;
			}
			const type = _TYPES[extname(target)] ?? 'application/octet-stream';
			const gzip =
				options.gzip === true &&
				_COMPRESSIBLE.test(type) &&
				/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			res.writeHead(status, {
				'content-type': type,
				'cache-control': 'no-cache',
				...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
			});
			const body = createReadStream(target);
			if (gzip) body.pipe(createGzip()).pipe(res);
			else body.pipe(res);
		})();
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
	});
	const { port, address } = server.address() as AddressInfo;
	return {
		url: `http://${address}:${port}${base}`,
		port,
		close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
	};
}

/** The file for a path below the base; `redirect` when it names a folder without the trailing slash. */
async function _find(root: string, rel: string): Promise<string | 'redirect' | undefined> {
	const full = normalize(join(root, rel));
	if (full !== root && !full.startsWith(root + sep)) return undefined;
	try {
		const info = await stat(full);
		if (info.isFile()) return full;
		if (info.isDirectory()) {
			if (rel !== '' && !rel.endsWith('/')) return 'redirect';
			await stat(join(full, 'index.html'));
			return join(full, 'index.html');
		}
	} catch {
		return undefined;
	}
	return undefined;
}
