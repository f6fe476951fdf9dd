/**
 * Reads the course's exercises (`playground/exercises/chNN.json`) at build
 * time, checks them, and says which chapter each belongs to. Files are
 * re-read only when they change, so a dev server picks up edits.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkExerciseFile, ExerciseDataError, type Exercise } from './exercise-data.ts';

/** An exercise with where it came from. */
export interface FoundExercise {
	readonly exercise: Exercise;
	/** The file name, e.g. `ch03.json`. */
	readonly file: string;
	/** The chapter page, root-relative without the base: `/chapters/03-trust-policies/`. */
	readonly chapterHref: string;
}

/** Every exercise of the course. */
export interface ExerciseSet {
	readonly byId: ReadonlyMap<string, FoundExercise>;
	/** Exercise ids by chapter href, for progress badges. */
	readonly manifest: Readonly<Record<string, readonly string[]>>;
}

/** Where the exercises and chapters live. */
export interface ExerciseDirs {
	/** @default `<cwd>/playground/exercises` */
	readonly exercisesDir?: string;
	/** @default `<cwd>/content/chapters` */
	readonly chaptersDir?: string;
}

const _cache = new Map<string, { mtimeMs: number; exercises: Exercise[] }>();

/** Reads every `chNN.json`; an exercise id must start with its file's `chNN` and be unique. */
export function loadExercises(dirs: ExerciseDirs = {}): ExerciseSet {
	const exercisesDir = dirs.exercisesDir ?? join(process.cwd(), 'playground/exercises');
	const chaptersDir = dirs.chaptersDir ?? join(process.cwd(), 'content/chapters');
	const chapters = readdirSync(chaptersDir).filter((n) => /^\d{2}-.*\.mdx?$/.test(n));
	const files = readdirSync(exercisesDir)
		.filter((n) => n.endsWith('.json'))
		.sort();
	const byId = new Map<string, FoundExercise>();
	const manifest: Record<string, string[]> = {};
	for (const file of files) {
		const number = /^ch(\d{2})\.json$/.exec(file)?.[1];
		if (number === undefined) {
			throw new ExerciseDataError(`exercise file \`${file}\` must be named \`chNN.json\``);
		}
		const chapter = chapters.find((n) => n.startsWith(`${number}-`));
		if (chapter === undefined) {
			throw new ExerciseDataError(
				`exercise file \`${file}\` names chapter ${number}, but \`${chaptersDir}\` has no \`${number}-….mdx\``,
			);
		}
		const chapterHref = `/chapters/${chapter.replace(/\.mdx?$/, '')}/`;
		for (const exercise of _read(join(exercisesDir, file), file)) {
			if (!exercise.id.startsWith(`ch${number}-`)) {
				throw new ExerciseDataError(
					`exercise \`${exercise.id}\` is in \`${file}\`; its id must start with \`ch${number}-\``,
				);
			}
			const seen = byId.get(exercise.id);
			if (seen) {
				throw new ExerciseDataError(
					`exercise id \`${exercise.id}\` is used twice: in \`${seen.file}\` and in \`${file}\``,
				);
			}
			byId.set(exercise.id, { exercise, file, chapterHref });
			(manifest[chapterHref] ??= []).push(exercise.id);
		}
	}
	return { byId, manifest };
}

/** The exercise with this id, or an error listing the ids there are. */
export function findExercise(set: ExerciseSet, id: string): FoundExercise {
	const found = set.byId.get(id);
	if (found) return found;
	const ids = [...set.byId.keys()];
	throw new ExerciseDataError(
		`unknown exercise id \`${id}\`; the exercises are ${ids.length > 0 ? ids.map((i) => `\`${i}\``).join(', ') : '(none)'}`,
	);
}

function _read(path: string, file: string): Exercise[] {
	const mtimeMs = statSync(path).mtimeMs;
	const cached = _cache.get(path);
	if (cached && cached.mtimeMs === mtimeMs) return cached.exercises;
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch (cause) {
		throw new ExerciseDataError(`exercise file \`${file}\` is not valid JSON`, { cause });
	}
	const exercises = checkExerciseFile(data, file);
	_cache.set(path, { mtimeMs, exercises });
	return exercises;
}
