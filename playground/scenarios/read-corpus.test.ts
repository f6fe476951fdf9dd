import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { duplicateIds, readCorpus } from './read-corpus.ts';

const SCENARIO = {
	request: {
		principal: 'arn:aws:iam::111122223333:user/alice',
		action: 's3:GetObject',
		resource: 'arn:aws:s3:::example-bucket/k',
	},
};
const GOOD_CASE = {
	id: 'alice-without-policies',
	name: 'a user without policies is denied',
	spec: '8.60',
	scenario: SCENARIO,
	expect: { decision: 'implicitDeny', decisiveStatements: [] },
};

let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

/** A temporary corpus folder holding `files` (path → JSON value, or raw text when a string). */
function corpus(files: Record<string, unknown>): string {
	const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
	dirs.push(dir);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
	}
	return dir;
}

/** The error message `readCorpus` gives for a one-file corpus holding `content` at `a/b.json`. */
function errorFor(content: unknown): string | undefined {
	const [file] = readCorpus(corpus({ 'a/b.json': content }));
	return file && 'error' in file ? file.error.message : undefined;
}

describe('readCorpus', () => {
	it('reads nested files sorted by path, with / separators', () => {
		const files = readCorpus(
			corpus({
				'z.json': { topic: 'Z', cases: [GOOD_CASE] },
				'grammar/a.json': { topic: 'A', cases: [{ ...GOOD_CASE, id: 'other' }] },
				'notes.md': 'not a corpus file',
			}),
		);
		expect(files.map((f) => f.path)).toEqual(['grammar/a.json', 'z.json']);
		expect(files[1]).toEqual({ path: 'z.json', topic: 'Z', cases: [GOOD_CASE] });
	});

	it('accepts a case that gives the scenario as raw text and expects errors', () => {
		const raw = {
			...GOOD_CASE,
			scenario: undefined,
			scenarioText: '{"a":1,"a":2}',
			expect: { errors: ['E02'] },
		};
		expect(errorFor({ topic: 'T', cases: [raw] })).toBeUndefined();
	});

	it.each([
		['text that is not JSON', '{ "topic": ', 'corpus file `a/b.json`: '],
		[
			'a file without cases',
			{ topic: 'T' },
			'corpus file `a/b.json`: `cases` must be a non-empty array',
		],
		[
			'an unknown field in a case',
			{ topic: 'T', cases: [{ ...GOOD_CASE, expected: {} }] },
			'corpus file `a/b.json`: case 0 (`alice-without-policies`) has unknown field `expected`; expected among id, name, spec, scenario, scenarioText, expect',
		],
		[
			'an id that is not kebab-case',
			{ topic: 'T', cases: [{ ...GOOD_CASE, id: 'Alice_1' }] },
			'corpus file `a/b.json`: case 0 (`Alice_1`): `id` must be kebab-case, got "Alice_1"',
		],
		[
			'both a scenario and scenario text',
			{ topic: 'T', cases: [{ ...GOOD_CASE, scenarioText: '{}' }] },
			'corpus file `a/b.json`: case 0 (`alice-without-policies`): needs exactly one of `scenario` (an object) and `scenarioText` (a string)',
		],
		[
			'both a decision and errors',
			{ topic: 'T', cases: [{ ...GOOD_CASE, expect: { decision: 'allowed', errors: ['E07'] } }] },
			'corpus file `a/b.json`: case 0 (`alice-without-policies`): `expect` needs exactly one of `decision` and `errors`',
		],
		[
			'a misspelled decision',
			{ topic: 'T', cases: [{ ...GOOD_CASE, expect: { decision: 'Allowed' } }] },
			'corpus file `a/b.json`: case 0 (`alice-without-policies`): `expect`.decision must be one of allowed, explicitDeny, implicitDeny, got "Allowed"',
		],
		[
			'a warning code where an error code belongs',
			{ topic: 'T', cases: [{ ...GOOD_CASE, expect: { errors: ['W01'] } }] },
			'corpus file `a/b.json`: case 0 (`alice-without-policies`): `expect`.errors must be a non-empty list of codes like `E07`',
		],
		[
			'a decisive statement with a negative index',
			{
				topic: 'T',
				cases: [
					{
						...GOOD_CASE,
						expect: {
							decision: 'allowed',
							decisiveStatements: [
								{
									policyType: 'identity',
									policyName: 'identity[0]',
									statementIndex: -1,
									effect: 'Allow',
								},
							],
						},
					},
				],
			},
			'corpus file `a/b.json`: case 0 (`alice-without-policies`): `expect`.decisiveStatements[0].statementIndex must be an integer from 0',
		],
	])('reports %s with the file path', (_what, content, message) => {
		expect(errorFor(content)).toContain(message);
	});
});

describe('duplicateIds', () => {
	it('names every place an id is used more than once', () => {
		const files = readCorpus(
			corpus({
				'a.json': { topic: 'A', cases: [GOOD_CASE, { ...GOOD_CASE, id: 'unique' }] },
				'b.json': { topic: 'B', cases: [GOOD_CASE, { ...GOOD_CASE, id: undefined }] },
			}),
		);
		expect(duplicateIds(files)).toEqual([
			'`alice-without-policies` in a.json case 0, b.json case 0',
		]);
	});
});
