/** The command as a process: streams, exit codes, limits on what it reads. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCapped } from './node-main.ts';

const dir = mkdtempSync(join(tmpdir(), 'iam-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scenario = JSON.stringify({
	request: { principal: 'arn:aws:iam::111122223333:user/a', action: 's3:GetObject', resource: '*' },
});

function file(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

/** Run iam-eval; with `firstChunkOnly` the reader closes the pipe after the first chunk, as `head` does. */
function iamEval(args: string[], firstChunkOnly = false) {
	const command = new URL('./iam-eval.mjs', import.meta.url).pathname;
	const child = spawn(process.execPath, [command, ...args], { cwd: dir });
	return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk;
			if (firstChunkOnly) child.stdout.destroy();
		});
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

describe('iam-eval as a process', { timeout: 60_000 }, () => {
	it('leaves quietly with exit 0 when the reader closes the pipe early', async () => {
		const big = file('big.json', `[${Array(20_000).fill(scenario).join(',')}]`);
		const { code, stdout, stderr } = await iamEval([big], true);
		expect(stdout.startsWith('[')).toBe(true);
		expect(stderr).toBe('');
		expect(code).toBe(0);
	});

	it.each([
		[
			'nested 100,000 levels deep',
			'['.repeat(100_000),
			/error E01: invalid JSON: nested deeper than 64 levels/,
		],
		[
			'a single scenario over 2 MiB',
			`{"name":"${'x'.repeat(3 << 20)}"}`,
			/error E01: the document is larger than 2 MiB/,
		],
	])('reports input %s on one line with exit 2', async (_title, text, message) => {
		const { code, stdout, stderr } = await iamEval([file('bad.json', text)]);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(message);
		expect(stderr).not.toMatch(/\n\s+at /);
	});

	it('reads a file whose name starts with `-` after `--`, and a leading byte-order mark', async () => {
		file('-x.json', `\ufeff${scenario}`);
		const { code, stdout } = await iamEval(['--compact', '--', '-x.json']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).decision).toBe('implicitDeny');
	});
});

describe('readCapped', () => {
	it('reads a file up to the limit', () => {
		expect(readCapped(file('ok.json', '[1,2]'), 5)).toBe('[1,2]');
	});

	it('refuses a bigger file before reading it', () => {
		expect(() => readCapped(file('big.txt', '123456'), 5)).toThrow(
			'it is larger than 5 bytes, the most iam-eval reads: split it into several files',
		);
	});
});
