/**
 * Reads the scenario corpus (`playground/scenarios/**\/*.json`) at build time
 * and finds a case by id. Files are re-read only when they change, so a dev
 * server picks up edits and a build reads each file once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One case of a corpus file (format: playground/scenarios/README.md). */
export interface CorpusCase {
	readonly id?: string;
	readonly name: string;
	readonly spec?: string;
	/** A scenario per the contract (shared/spec/scenario-format.md); or, instead, */
	readonly scenario?: Record<string, unknown>;
	/** the scenario as raw JSON text, for input JSON cannot hold (duplicate keys, comments). */
	readonly scenarioText?: string;
	readonly expect: {
		readonly decision?: 'allowed' | 'explicitDeny' | 'implicitDeny';
		readonly decisiveStatements?: readonly unknown[];
		readonly decidedBy?: string;
		readonly warnings?: readonly string[];
		readonly errors?: readonly string[];
	};
}

/** A case found by id, with the file it came from. */
export interface FoundCase {
	readonly id: string;
	/** Path of the file relative to the corpus folder, with `/` separators. */
	readonly file: string;
	readonly case: CorpusCase;
}

/** The cases of a corpus folder that have ids, by id. */
export interface Corpus {
	readonly dir: string;
	/** Every JSON file read, relative to `dir`, sorted. */
	readonly files: readonly string[];
	readonly byId: ReadonlyMap<string, FoundCase>;
}

/** A problem with the corpus or a look-up in it; its message names what was received and expected. */
export class CorpusError extends Error {
	override readonly name = 'CorpusError';
}

const _fileCache = new Map<string, { mtimeMs: number; cases: readonly CorpusCase[] }>();

/** Reads every `*.json` file under `dir` (recursively) and indexes the cases that have an id. */
export function loadCorpus(dir: string): Corpus {
	const files = _listJson(dir).sort();
	const byId = new Map<string, FoundCase>();
	for (const file of files) {
		for (const c of _readCases(dir, file)) {
			if (c.id === undefined) continue;
			const seen = byId.get(c.id);
			if (seen) {
				throw new CorpusError(
					`scenario id \`${c.id}\` is used twice: in \`${seen.file}\` and in \`${file}\``,
				);
			}
			byId.set(c.id, { id: c.id, file, case: c });
		}
	}
	return { dir, files, byId };
}

/** The case with this id; a {@link CorpusError} naming the id and the files searched when there is none. */
export function findCase(corpus: Corpus, id: string): FoundCase {
	const found = corpus.byId.get(id);
	if (found) return found;
	const near = _suggest(id, [...corpus.byId.keys()]);
	const hint = near.length > 0 ? `; did you mean ${near.map((n) => `\`${n}\``).join(' or ')}?` : '';
	throw new CorpusError(
		`unknown scenario id \`${id}\`${hint}\n` +
			`searched ${corpus.files.length} file${corpus.files.length === 1 ? '' : 's'} under \`${corpus.dir}\`: ` +
			(corpus.files.length > 0 ? corpus.files.join(', ') : '(none)'),
	);
}

function _listJson(dir: string, root = dir): string[] {
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch (cause) {
		throw new CorpusError(`cannot read the scenario corpus folder \`${dir}\``, { cause });
	}
	const out: string[] = [];
	for (const entry of entries) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) out.push(..._listJson(full, root));
		else if (entry.isFile() && entry.name.endsWith('.json')) {
			out.push(relative(root, full).split(sep).join('/'));
		}
	}
	return out;
}

function _readCases(dir: string, file: string): readonly CorpusCase[] {
	const full = join(dir, file);
	const mtimeMs = statSync(full).mtimeMs;
	const cached = _fileCache.get(full);
	if (cached && cached.mtimeMs === mtimeMs) return cached.cases;
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(full, 'utf8'));
	} catch (cause) {
		throw new CorpusError(`corpus file \`${file}\` is not valid JSON`, { cause });
	}
	const cases = _validateFile(file, data);
	_fileCache.set(full, { mtimeMs, cases });
	return cases;
}

function _validateFile(file: string, data: unknown): readonly CorpusCase[] {
	if (
		typeof data !== 'object' ||
		data === null ||
		!Array.isArray((data as { cases?: unknown }).cases)
	) {
		throw new CorpusError(`corpus file \`${file}\` must be an object with a \`cases\` array`);
	}
	const cases = (data as { cases: unknown[] }).cases;
	cases.forEach((c, i) => {
		const where = `case ${i} of \`${file}\``;
		if (typeof c !== 'object' || c === null) throw new CorpusError(`${where} must be an object`);
		const { id, scenario, scenarioText, expect } = c as Record<string, unknown>;
		if (id !== undefined && typeof id !== 'string') {
			throw new CorpusError(`${where}: \`id\` must be a string, got ${JSON.stringify(id)}`);
		}
		const isObject = typeof scenario === 'object' && scenario !== null && !Array.isArray(scenario);
		if (isObject === (typeof scenarioText === 'string')) {
			throw new CorpusError(
				`${where}: needs exactly one of \`scenario\` (an object) and \`scenarioText\` (a string)`,
			);
		}
		if (typeof expect !== 'object' || expect === null) {
			throw new CorpusError(`${where}: \`expect\` must be an object`);
		}
	});
	return cases as CorpusCase[];
}

/** Ids within edit distance 3 of `id`, nearest first (at most two). */
function _suggest(id: string, ids: readonly string[]): string[] {
	return ids
		.map((candidate) => ({ candidate, d: _distance(id, candidate) }))
		.filter(({ d }) => d <= 3)
		.sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
		.slice(0, 2)
		.map(({ candidate }) => candidate);
}

function _distance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min(
				(prev[j] ?? 0) + 1,
				(row[j - 1] ?? 0) + 1,
				(prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		}
		prev = row;
	}
	return prev[b.length] ?? 0;
}
