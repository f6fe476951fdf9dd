/** Wires `runCli` to the real process: files, standard streams, the catalog on disk. */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { ensureCatalog } from '../catalog/ensure-catalog.ts';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import { runCli } from './main.ts';

/**
 * The largest input read: 256 MiB, about half a million scenarios. Each
 * scenario of an array is read and dropped in turn, so what stays in memory
 * is the text and the results; above this, split the file. (V8 cannot hold a
 * string of more than 512 Mi characters at all.)
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

const packageJson = JSON.parse(
	readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

const _PAUSE = new Int32Array(new SharedArrayBuffer(4));

let opened: ReturnType<typeof createNodeCatalog> | undefined;
/** The generated catalog, opened on first use (built first on a fresh checkout). */
function catalog(): ReturnType<typeof createNodeCatalog> {
	if (opened === undefined) {
		ensureCatalog();
		opened = createNodeCatalog();
	}
	return opened;
}

/**
 * Read a file, or standard input (`fd` 0), refusing more than `limit` bytes
 * before holding them: a regular file by its size, a pipe as it streams in.
 */
export function readCapped(path: string | 0, limit = MAX_INPUT_BYTES): string {
	const fd = path === 0 ? 0 : openSync(path, 'r');
	try {
		const tooLarge = () =>
			new Error(
				`it is larger than ${limit.toLocaleString('en-US')} bytes, the most iam-eval reads: split it into several files`,
			);
		if (fstatSync(fd).isFile() && fstatSync(fd).size > limit) throw tooLarge();
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(1 << 20);
			let read: number;
			try {
				read = readSync(fd, chunk, 0, chunk.length, null);
			} catch (error) {
				// A non-blocking standard input with nothing yet: wait a little and retry.
				if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
				Atomics.wait(_PAUSE, 0, 0, 10);
				continue;
			}
			if (read === 0) break;
			total += read;
			if (total > limit) throw tooLarge();
			chunks.push(chunk.subarray(0, read));
		}
		return Buffer.concat(chunks, total).toString('utf8');
	} finally {
		if (path !== 0) closeSync(fd);
	}
}

/** Run `iam-eval` with this process's arguments and streams; returns the exit code. */
export function main(argv: readonly string[]): number {
	// A reader that stops early (`iam-eval big.json | head`) closes the pipe:
	// that is not an error, so leave quietly with the exit code decided.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') process.stderr.write(`iam-eval: cannot write: ${error.message}\n`);
		process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
	});
	return runCli(argv, {
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		readFile: (path) => readCapped(path),
		readStdin: () => readCapped(0),
		managedPolicies: () => catalog().managedPolicies,
		services: () => catalog().services,
		version: packageJson.version,
	});
}
