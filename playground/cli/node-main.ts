/** Wires `runCli` to the real process: files, standard streams, the catalog on disk. */
import { readFileSync } from 'node:fs';
import { ensureCatalog } from '../catalog/ensure-catalog.ts';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import { runCli } from './main.ts';

const packageJson = JSON.parse(
	readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

let opened: ReturnType<typeof createNodeCatalog> | undefined;
/** The generated catalog, opened on first use (built first on a fresh checkout). */
function catalog(): ReturnType<typeof createNodeCatalog> {
	if (opened === undefined) {
		ensureCatalog();
		opened = createNodeCatalog();
	}
	return opened;
}

/** Run `iam-eval` with this process's arguments and streams; returns the exit code. */
export function main(argv: readonly string[]): number {
	return runCli(argv, {
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		readFile: (path) => readFileSync(path, 'utf8'),
		readStdin: () => readFileSync(0, 'utf8'),
		managedPolicies: () => catalog().managedPolicies,
		services: () => catalog().services,
		version: packageJson.version,
	});
}
