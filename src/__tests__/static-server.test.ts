import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../lib/static-server.ts';

let root: string;
let server: StaticServer;
beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'serve-'));
	mkdirSync(join(root, 'chapters', '01-x'), { recursive: true });
	mkdirSync(join(root, 'pagefind'));
	writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
	writeFileSync(join(root, '404.html'), '<h1>not found</h1>');
	writeFileSync(join(root, 'chapters', '01-x', 'index.html'), '<h1>one</h1>');
	writeFileSync(join(root, 'pagefind', 'wasm.en.pagefind'), 'x');
	writeFileSync(join(root, 'pagefind', 'x.wasm'), 'x');
	server = await startStaticServer({ root, base: '/lab' });
});
afterAll(async () => {
	await server.close();
	rmSync(root, { recursive: true, force: true });
});

const get = (path: string) =>
	fetch(new URL(path, server.url.replace(/\/lab\/$/, '/')), { redirect: 'manual' });

describe('startStaticServer', () => {
	it('listens on 127.0.0.1 on a free port and reports the URL with the base', () => {
		expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/lab\/$/);
		expect(server.port).toBeGreaterThan(0);
	});

	it.each([
		['/lab/', 200, '<h1>home</h1>'],
		['/lab/chapters/01-x/', 200, '<h1>one</h1>'],
		['/lab/chapters/99-y/', 404, '<h1>not found</h1>'],
		['/chapters/01-x/', 404, '<h1>not found</h1>'],
		['/lab/../../etc/passwd', 404, '<h1>not found</h1>'],
	])('answers %s with status %i', async (path, status, body) => {
		const response = await get(path);
		expect(response.status).toBe(status);
		expect(await response.text()).toBe(body);
	});

	it.each([
		['/lab', '/lab/'],
		['/lab/chapters/01-x', '/lab/chapters/01-x/'],
	])('redirects the folder %s to %s', async (path, location) => {
		const response = await get(path);
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe(location);
	});

	it('serves WebAssembly with its content type, as Pagefind needs', async () => {
		const response = await get('/lab/pagefind/x.wasm');
		expect(response.headers.get('content-type')).toBe('application/wasm');
	});
});

describe('startStaticServer with gzip', () => {
	it('compresses text for a client that accepts gzip, and serves it plain to one that does not', async () => {
		const gz = await startStaticServer({ root, base: '/lab', gzip: true });
		try {
			const url = new URL('chapters/01-x/', gz.url);
			// fetch asks for gzip and decodes it: the body is the file, the header says how it came.
			const zipped = await fetch(url);
			expect(zipped.headers.get('content-encoding')).toBe('gzip');
			expect(await zipped.text()).toBe('<h1>one</h1>');
			const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
			expect(plain.headers.get('content-encoding')).toBeNull();
			expect(await plain.text()).toBe('<h1>one</h1>');
		} finally {
			await gz.close();
		}
	});
});
