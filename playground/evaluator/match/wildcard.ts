/**
 * The `*`/`?` glob used everywhere IAM matches text: actions, ARNs,
 * `StringLike`, `ArnLike`. A pattern is split into runs once; matching is a
 * small loop, never a regular expression (no escaping, no backtracking blow-up).
 */
import type { Glob } from '../model.ts';

/** A run of pattern text; `wild: false` marks text whose `*` and `?` are literal characters. */
export interface GlobSegment {
	readonly text: string;
	readonly wild: boolean;
}

/**
 * Compiled globs by pattern: policies repeat their patterns (`*`, `s3:Get*`,
 * a bucket ARN) across statements and policies, and one shared glob lets an
 * evaluation test each pattern once (see {@link matchGlob}). Bounded, since
 * an editor compiles a new pattern on every keystroke.
 */
const _INTERNED = new Map<string, Glob>();
const _INTERNED_MAX = 4096;

/** Compile a pattern in which every `*` and `?` is a wildcard. */
export function compileGlob(pattern: string, caseInsensitive = false): Glob {
	const key = (caseInsensitive ? 'i' : 's') + pattern;
	let glob = _INTERNED.get(key);
	if (glob === undefined) {
		if (_INTERNED.size >= _INTERNED_MAX) _INTERNED.clear();
		glob = compileGlobSegments([{ text: pattern, wild: true }], caseInsensitive, pattern);
		_INTERNED.set(key, glob);
	}
	return glob;
}

/** The current evaluation: results remembered in an earlier one are not used. */
let _round = 1;

/**
 * Start a new evaluation. Within one, a glob tested again against the same
 * text answers from memory; across evaluations nothing is remembered, so
 * evaluating a scenario twice does the work twice.
 */
export function newMatchRound(): void {
	_round++;
}

/**
 * Compile a pattern made of segments, some of them literal: the result of
 * substituting policy variables, where a value or `${*}` must not act as a wildcard.
 */
export function compileGlobSegments(
	segments: readonly GlobSegment[],
	caseInsensitive: boolean,
	source: string,
): Glob {
	// Runs between stars, each as pieces between `?`s.
	const runs: string[][] = [[]];
	let piece = '';
	let hasStar = false;
	let hasQuestion = false;
	for (const segment of segments) {
		const text = caseInsensitive ? segment.text.toLowerCase() : segment.text;
		if (!segment.wild) {
			piece += text;
			continue;
		}
		// Literal runs are sliced, not appended a character at a time: that
		// built a chain of one-character strings per pattern, kept by `parts`.
		let start = 0;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code !== 42 /* * */ && code !== 63 /* ? */) continue;
			(runs[runs.length - 1] as string[]).push(piece + text.slice(start, i));
			piece = '';
			start = i + 1;
			if (code === 42) {
				runs.push([]);
				hasStar = true;
			} else hasQuestion = true;
		}
		piece += text.slice(start);
	}
	(runs[runs.length - 1] as string[]).push(piece);
	const parts = runs.map((run) => run.join('?'));
	return {
		memoRound: 0,
		memoText: '',
		memoResult: false,
		source,
		shape: _shape(parts, hasQuestion),
		parts,
		// Always present (undefined without `?`): one object shape for every glob.
		pieces: hasQuestion ? runs : undefined,
		lengths: runs.map((run) => run.reduce((n, p) => n + p.length, 0) + run.length - 1),
		hasStar,
		caseInsensitive,
	};
}

/**
 * Does `text` match the whole glob? When the glob is case-insensitive, `text`
 * must already be lower-cased: callers fold a request once, not per pattern.
 */
export function matchGlob(glob: Glob, text: string): boolean {
	if (glob.memoRound === _round && glob.memoText === text) return glob.memoResult;
	const result = _matchGlob(glob, text);
	glob.memoRound = _round;
	glob.memoText = text;
	glob.memoResult = result;
	return result;
}

function _matchGlob(glob: Glob, text: string): boolean {
	// Most IAM patterns are a literal, `prefix*` or `*`: answer those in one step.
	switch (glob.shape) {
		case GlobShape.Literal:
			return text === glob.parts[0];
		case GlobShape.Prefix: {
			// Prefixes in one policy tend to share their start (`arn:aws:s3:::`):
			// their last character tells most of them apart before a full compare.
			const prefix = glob.parts[0]!;
			const end = prefix.length - 1;
			return text.charCodeAt(end) === prefix.charCodeAt(end) && text.startsWith(prefix);
		}
		case GlobShape.Any:
			return true;
	}
	const { parts, lengths, pieces } = glob;
	const last = parts.length - 1;
	if (!glob.hasStar) {
		if (pieces === undefined) return text === parts[0];
		return text.length === lengths[0] && _runAt(pieces[0] as string[], text, 0);
	}
	// With stars: the first run is anchored at the start, the last at the end,
	// and each middle run is taken at its leftmost place. Leftmost is always
	// safe because every run has a fixed length: taking it earlier leaves the
	// rest of the text as long as possible for the runs after it.
	const endStart = text.length - (lengths[last] as number);
	if (endStart < (lengths[0] as number)) return false;
	if (pieces === undefined) {
		if (!text.startsWith(parts[0] as string) || !text.endsWith(parts[last] as string)) return false;
		let at = (parts[0] as string).length;
		for (let i = 1; i < last; i++) {
			const run = parts[i] as string;
			const found = text.indexOf(run, at);
			if (found < 0 || found + run.length > endStart) return false;
			at = found + run.length;
		}
		return true;
	}
	if (
		!_runAt(pieces[0] as string[], text, 0) ||
		!_runAt(pieces[last] as string[], text, endStart)
	) {
		return false;
	}
	let at = lengths[0] as number;
	for (let i = 1; i < last; i++) {
		const run = pieces[i] as string[];
		const length = lengths[i] as number;
		let found = -1;
		for (let start = at; start + length <= endStart; start++) {
			if (_runAt(run, text, start)) {
				found = start;
				break;
			}
		}
		if (found < 0) return false;
		at = found + length;
	}
	return true;
}

/** Does the run (pieces separated by single-character wildcards) match `text` at `start`? */
function _runAt(run: readonly string[], text: string, start: number): boolean {
	let at = start;
	for (let i = 0; i < run.length; i++) {
		const piece = run[i] as string;
		if (!text.startsWith(piece, at)) return false;
		at += piece.length + 1; // the `?` after this piece takes any one character
	}
	return at - 1 <= text.length;
}

/** Shapes of glob that match in one step; `General` takes the loop. */
export const GlobShape = { Literal: 0, Prefix: 1, Any: 2, General: 3 } as const;

function _shape(parts: readonly string[], hasQuestion: boolean): Glob['shape'] {
	if (hasQuestion) return GlobShape.General;
	if (parts.length === 1) return GlobShape.Literal;
	if (parts.length === 2 && parts[1] === '')
		return parts[0] === '' ? GlobShape.Any : GlobShape.Prefix;
	return GlobShape.General;
}

/** True when the pattern text holds a wildcard character. */
export function hasWildcard(pattern: string): boolean {
	return pattern.includes('*') || pattern.includes('?');
}
