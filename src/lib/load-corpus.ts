/**
 * Reads the scenario corpus (`playground/scenarios/**\/*.json`) at build time
 * and finds a case by id. Reading and format checks are the corpus's own
 * (`playground/scenarios/read-corpus.ts`, shared with its test driver), so a
 * page and the tests accept exactly the same files. The corpus is read again
 * only when a file was added, removed or changed, so a dev server picks up
 * edits and a build reads it once.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { editDistance } from '../../playground/evaluator/validate/index.ts';
import {
	duplicateIds,
	readCorpus,
	type CorpusCase,
} from '../../playground/scenarios/read-corpus.ts';

export type { CorpusCase };

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

const _cache = new Map<string, { signature: string; corpus: Corpus }>();

/** Reads every `*.json` file under `dir` (recursively) and indexes the cases that have an id. */
export function loadCorpus(dir: string): Corpus {
	const files = _listJson(dir).sort();
	const signature = files.map((f) => `${f}@${statSync(join(dir, f)).mtimeMs}`).join('\n');
	const cached = _cache.get(dir);
	if (cached && cached.signature === signature) return cached.corpus;

	const read = readCorpus(dir);
	for (const file of read) {
		if ('error' in file) throw new CorpusError(file.error.message, { cause: file.error });
	}
	const duplicates = duplicateIds(read);
	if (duplicates.length > 0) {
		throw new CorpusError(`scenario ids used more than once: ${duplicates.join('; ')}`);
	}
	const byId = new Map<string, FoundCase>();
	for (const file of read) {
		if (!('cases' in file)) continue;
		for (const c of file.cases) {
			if (c.id !== undefined) byId.set(c.id, { id: c.id, file: file.path, case: c });
		}
	}
	const corpus: Corpus = { dir, files: read.map((f) => f.path), byId };
	_cache.set(dir, { signature, corpus });
	return corpus;
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

/** Ids within edit distance 3 of `id`, nearest first (at most two). */
function _suggest(id: string, ids: readonly string[]): string[] {
	return ids
		.map((candidate) => ({ candidate, d: editDistance(id, candidate, 4) }))
		.filter(({ d }) => d <= 3)
		.sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
		.slice(0, 2)
		.map(({ candidate }) => candidate);
}
