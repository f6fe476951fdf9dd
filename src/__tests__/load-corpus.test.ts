import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusError, findCase, loadCorpus } from '../lib/load-corpus.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fake corpus folder: relative path → file content (objects are written as JSON). */
function corpus(files: Record<string, unknown>): string {
	const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
	dirs.push(dir);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
	}
	return dir;
}

const request = { principal: 'ec2.amazonaws.com', action: 'sts:AssumeRole', resource: '*' };
const aCase = (id: string | undefined, extra: object = {}) => ({
	...(id === undefined ? {} : { id }),
	name: `case ${id ?? 'without id'}`,
	scenario: { request },
	expect: { decision: 'implicitDeny' },
	...extra,
});

describe('loadCorpus and findCase', () => {
	// Format checks are the corpus reader's (playground/scenarios/read-corpus.ts); these pin what a page build reports.
	it('finds a case by id in any topic folder and names its file', () => {
		const dir = corpus({
			'course/ch03.json': { topic: 'x', cases: [aCase('ch03-ec2'), aCase(undefined)] },
			'principals/roles.json': { topic: 'y', cases: [aCase('role-arn')] },
		});
		const found = findCase(loadCorpus(dir), 'role-arn');
		expect(found.file).toBe('principals/roles.json');
		expect(found.case.name).toBe('case role-arn');
	});

	it('accepts a case given as raw scenario text', () => {
		const dir = corpus({
			'grammar/x.json': {
				topic: 'Grammar',
				cases: [
					{ id: 'dup', name: 'dup', scenarioText: '{"request":{}}', expect: { errors: ['E01'] } },
				],
			},
		});
		expect(findCase(loadCorpus(dir), 'dup').case.scenarioText).toBe('{"request":{}}');
	});

	it('names the unknown id, the nearest ids and every file searched', () => {
		const dir = corpus({
			'course/ch03.json': { topic: 'Ch 3', cases: [aCase('ch03-ec2-may-assume')] },
			'course/ch04.json': { topic: 'Ch 4', cases: [aCase('ch04-read-logs')] },
		});
		expect(() => findCase(loadCorpus(dir), 'ch03-ec2-may-asume')).toThrowError(
			`unknown scenario id \`ch03-ec2-may-asume\`; did you mean \`ch03-ec2-may-assume\`?\n` +
				`searched 2 files under \`${dir}\`: course/ch03.json, course/ch04.json`,
		);
	});

	it('rejects an id used in two files, naming both', () => {
		const dir = corpus({
			'a.json': { topic: 'A', cases: [aCase('same')] },
			'b/c.json': { topic: 'C', cases: [aCase('same')] },
		});
		expect(() => loadCorpus(dir)).toThrowError(
			'scenario ids used more than once: `same` in a.json case 0, b/c.json case 0',
		);
	});

	it.each([
		[
			'a file without cases',
			{ topic: 'x' },
			'corpus file `bad.json`: `cases` must be a non-empty array',
		],
		[
			'a case with neither scenario nor scenarioText',
			{ topic: 't', cases: [{ id: 'x', name: 'x', expect: { decision: 'allowed' } }] },
			'corpus file `bad.json`: case 0 (`x`): needs exactly one of `scenario` (an object) and `scenarioText` (a string)',
		],
		[
			'a case whose id is not kebab-case',
			{ topic: 't', cases: [aCase(undefined, { id: 7 })] },
			'corpus file `bad.json`: case 0: `id` must be kebab-case, got 7',
		],
		[
			'a case without expect',
			{ topic: 't', cases: [{ id: 'x', name: 'x', scenario: {} }] },
			'corpus file `bad.json`: case 0 (`x`): `expect` must be an object',
		],
	])('fails loudly on %s, naming the file', (_what, content, message) => {
		const dir = corpus({ 'bad.json': content });
		expect(() => loadCorpus(dir)).toThrowError(new CorpusError(message));
		expect(() => loadCorpus(dir)).toThrowError(CorpusError);
	});

	it('fails loudly on a file that is not JSON, naming the file', () => {
		const dir = corpus({ 'bad.json': '{ nope' });
		// The rest of the message is JSON.parse's own wording.
		expect(() => loadCorpus(dir)).toThrowError(/^corpus file `bad\.json`: .*JSON/);
	});

	it('fails with the folder name when the corpus folder does not exist', () => {
		expect(() => loadCorpus('/no/such/folder')).toThrowError(
			'cannot read the scenario corpus folder `/no/such/folder`',
		);
	});
});
