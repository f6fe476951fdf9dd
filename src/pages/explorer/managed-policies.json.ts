/**
 * Every AWS managed policy document in one file, for the account explorer:
 * the page loads it before the reader opens a file, so reading an account
 * never makes a request that tells the server which policies it uses.
 */
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { createNodeCatalog } from '../../../playground/catalog/node-catalog.ts';

export const GET: APIRoute = () => {
	// The bundled page runs from elsewhere: name the generated folder from the project root.
	const catalog = createNodeCatalog({ dir: resolve('playground/catalog-data') }).managedPolicies;
	const documents: Record<string, string> = {};
	for (const summary of Object.values(catalog.index())) {
		const document = catalog.get(summary.arn);
		if (document !== undefined) documents[summary.arn] = document;
	}
	return new Response(JSON.stringify(documents), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
