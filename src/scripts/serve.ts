/**
 * `npm run preview` (and the second half of `npm start`): serves the built
 * site from `dist/` on localhost and prints its URL.
 * Environment: SITE_BASE (as for the build), HOST (default 127.0.0.1), PORT (default 4321; 0 = any free port).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStaticServer } from '../lib/static-server.ts';

const root = resolve('dist');
if (!existsSync(resolve(root, 'index.html'))) {
	console.error(
		'no built site in dist/: run `npm run build` first (or `npm start`, which builds and serves)',
	);
	process.exit(1);
}
const server = await startStaticServer({
	root,
	base: process.env.SITE_BASE || '/',
	host: process.env.HOST || '127.0.0.1',
	port: Number(process.env.PORT ?? 4321),
});
console.log(`IAM Roles Lab is served at ${server.url}  (Ctrl+C to stop)`);
const stop = (): void => {
	void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
