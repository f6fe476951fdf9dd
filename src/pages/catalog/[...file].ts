/**
 * Serves the generated catalogs (`playground/catalog-data/`, built by
 * `npm run catalog`) under `/catalog/`, where the playground's browser
 * catalog fetches them: one static JSON file per catalog file at build time,
 * the same files from the dev server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

const _DIR = resolve('playground/catalog-data');

/** Every `.json` file under the catalog folder, as a path relative to it with `/`. */
function _files(): string[] {
	try {
		return readdirSync(_DIR, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && e.name.endsWith('.json'))
			.map((e) => relative(_DIR, join(e.parentPath, e.name)).split(sep).join('/'))
			.sort();
	} catch (error) {
		throw new Error(
			`cannot read the catalog in ${_DIR}: run \`npm run catalog\` before building the site`,
			{ cause: error },
		);
	}
}

export const getStaticPaths = (() =>
	_files().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const file = params.file ?? '';
	return new Response(readFileSync(join(_DIR, file)), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
