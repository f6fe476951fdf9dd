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
				cases: [
					{ id: 'dup', name: 'dup', scenarioText: '{"request":{}}', expect: { errors: ['E01'] } },
				],
			},
		});
		expect(findCase(loadCorpus(dir), 'dup').case.scenarioText).toBe('{"request":{}}');
	});

	it('names the unknown id, the nearest ids and every file searched', () => {
		const dir = corpus({
			'course/ch03.json': { cases: [aCase('ch03-ec2-may-assume')] },
			'course/ch04.json': { cases: [aCase('ch04-read-logs')] },
		});
		expect(() => findCase(loadCorpus(dir), 'ch03-ec2-may-asume')).toThrowError(
			`unknown scenario id \`ch03-ec2-may-asume\`; did you mean \`ch03-ec2-may-assume\`?\n` +
				`searched 2 files under \`${dir}\`: course/ch03.json, course/ch04.json`,
		);
	});

	it('rejects an id used in two files, naming both', () => {
		const dir = corpus({
			'a.json': { cases: [aCase('same')] },
			'b/c.json': { cases: [aCase('same')] },
		});
		expect(() => loadCorpus(dir)).toThrowError(
			'scenario id `same` is used twice: in `a.json` and in `b/c.json`',
		);
	});

	it.each([
		['a file that is not JSON', '{ nope', 'corpus file `bad.json` is not valid JSON'],
		[
			'a file without cases',
			{ topic: 'x' },
			'corpus file `bad.json` must be an object with a `cases` array',
		],
		[
			'a case with neither scenario nor scenarioText',
			{ cases: [{ id: 'x', name: 'x', expect: {} }] },
			'case 0 of `bad.json`: needs exactly one of `scenario` (an object) and `scenarioText` (a string)',
		],
		[
			'a case whose id is not a string',
			{ cases: [aCase(undefined, { id: 7 })] },
			'case 0 of `bad.json`: `id` must be a string, got 7',
		],
		[
			'a case without expect',
			{ cases: [{ id: 'x', name: 'x', scenario: {} }] },
			'case 0 of `bad.json`: `expect` must be an object',
		],
	])('fails loudly on %s, naming the file', (_what, content, message) => {
		const dir = corpus({ 'bad.json': content });
		expect(() => loadCorpus(dir)).toThrowError(new CorpusError(message));
	});

	it('fails with the folder name when the corpus folder does not exist', () => {
		expect(() => loadCorpus('/no/such/folder')).toThrowError(
			'cannot read the scenario corpus folder `/no/such/folder`',
		);
	});
});
