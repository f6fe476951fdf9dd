/**
 * Reads the scenario corpus: every `*.json` file under a folder, each checked
 * against the format in `README.md`. A file that breaks the format is returned
 * with an error naming its path and the offending case, never skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DecisiveStatement, Decision, Gate } from '../evaluator/index.ts';

/** What a case expects: a decision (with optional details) or a set of error codes. */
export interface CorpusExpectation {
	readonly decision?: Decision;
	/** Compared exactly, order included, when present. */
	readonly decisiveStatements?: readonly DecisiveStatement[];
	readonly decidedBy?: Gate;
	/** Codes that must be among the warnings. */
	readonly warnings?: readonly string[];
	/** For an invalid scenario: the exact set of error codes. */
	readonly errors?: readonly string[];
}

/** One case of a corpus file. */
export interface CorpusCase {
	readonly id?: string;
	/** A behaviour sentence; the test's name. */
	readonly name: string;
	/** The spec line or section it tests, e.g. `8.24` or `4.4.3`. */
	readonly spec?: string;
	/** The scenario object, or `undefined` when the case gives `scenarioText`. */
	readonly scenario?: Readonly<Record<string, unknown>>;
	/** The scenario as raw text (for input JSON values cannot hold, such as duplicate keys). */
	readonly scenarioText?: string;
	readonly expect: CorpusExpectation;
}

/** One corpus file: its cases, or the error that made it unreadable. */
export type CorpusFile =
	| { readonly path: string; readonly topic: string; readonly cases: readonly CorpusCase[] }
	| { readonly path: string; readonly error: Error };

const _DECISIONS: readonly Decision[] = ['allowed', 'explicitDeny', 'implicitDeny'];
const _GATES: readonly Gate[] = [
	'validate',
	'getCallerIdentity',
	'explicitDeny',
	'awsRule',
	'rootAssumeRole',
	'rcp',
	'scp',
	'grant',
	'default',
];
const _POLICY_TYPES: readonly string[] = [
	'identity',
	'resource',
	'permissionsBoundary',
	'session',
	'scp',
	'rcp',
];
const _CASE_KEYS = ['id', 'name', 'spec', 'scenario', 'scenarioText', 'expect'];
const _EXPECT_KEYS = ['decision', 'decisiveStatements', 'decidedBy', 'warnings', 'errors'];
const _STATEMENT_KEYS = ['policyType', 'policyName', 'statementIndex', 'sid', 'effect'];

/**
 * Every `*.json` file under `dir` (recursively, sorted by path relative to
 * `dir`, with `/` separators), read and checked.
 */
export function readCorpus(dir: string): CorpusFile[] {
	return _listJson(dir)
		.sort()
		.map((path) => {
			try {
				const data: unknown = JSON.parse(readFileSync(join(dir, path), 'utf8'));
				return { path, ..._checkFile(data) };
			} catch (cause) {
				const reason = cause instanceof Error ? cause.message : String(cause);
				return { path, error: new Error(`corpus file \`${path}\`: ${reason}`, { cause }) };
			}
		});
}

/** Ids used more than once across the readable files, each with the places it occurs. */
export function duplicateIds(files: readonly CorpusFile[]): string[] {
	const seen = new Map<string, string[]>();
	for (const file of files) {
		if (!('cases' in file)) continue;
		file.cases.forEach((c, i) => {
			if (c.id === undefined) return;
			seen.set(c.id, [...(seen.get(c.id) ?? []), `${file.path} case ${i}`]);
		});
	}
	return [...seen]
		.filter(([, places]) => places.length > 1)
		.map(([id, places]) => `\`${id}\` in ${places.join(', ')}`);
}

function _listJson(dir: string, root = dir): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) out.push(..._listJson(full, root));
		else if (entry.isFile() && entry.name.endsWith('.json')) {
			out.push(relative(root, full).split(sep).join('/'));
		}
	}
	return out;
}

function _checkFile(data: unknown): { topic: string; cases: CorpusCase[] } {
	if (!_isObject(data)) throw new Error('expected an object with `topic` and `cases`');
	_onlyKeys(data, ['topic', 'cases'], 'the file');
	if (typeof data.topic !== 'string' || data.topic === '') {
		throw new Error('`topic` must be a non-empty string');
	}
	if (!Array.isArray(data.cases) || data.cases.length === 0) {
		throw new Error('`cases` must be a non-empty array');
	}
	return { topic: data.topic, cases: data.cases.map((c: unknown, i) => _checkCase(c, i)) };
}

function _checkCase(c: unknown, index: number): CorpusCase {
	const where = `case ${index}`;
	if (!_isObject(c)) throw new Error(`${where} must be an object`);
	const label = typeof c.id === 'string' ? `${where} (\`${c.id}\`)` : where;
	_onlyKeys(c, _CASE_KEYS, label);
	if (c.id !== undefined && !(typeof c.id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.id))) {
		throw new Error(`${label}: \`id\` must be kebab-case, got ${JSON.stringify(c.id)}`);
	}
	if (typeof c.name !== 'string' || c.name.trim() === '') {
		throw new Error(`${label}: \`name\` must be a non-empty string`);
	}
	if (c.spec !== undefined && !(typeof c.spec === 'string' && /^\d+(\.\d+)*$/.test(c.spec))) {
		throw new Error(
			`${label}: \`spec\` must look like \`8.24\` or \`4.4.3\`, got ${JSON.stringify(c.spec)}`,
		);
	}
	if (_isObject(c.scenario) === (typeof c.scenarioText === 'string')) {
		throw new Error(
			`${label}: needs exactly one of \`scenario\` (an object) and \`scenarioText\` (a string)`,
		);
	}
	if (!_isObject(c.expect)) throw new Error(`${label}: \`expect\` must be an object`);
	_checkExpect(c.expect, label);
	return c as unknown as CorpusCase;
}

function _checkExpect(e: Record<string, unknown>, label: string): void {
	const where = `${label}: \`expect\``;
	_onlyKeys(e, _EXPECT_KEYS, where);
	if ((e.decision === undefined) === (e.errors === undefined)) {
		throw new Error(`${where} needs exactly one of \`decision\` and \`errors\``);
	}
	if (e.errors !== undefined) {
		if (!_codes(e.errors, 'E') || e.errors.length === 0) {
			throw new Error(`${where}.errors must be a non-empty list of codes like \`E07\``);
		}
		for (const key of ['decisiveStatements', 'decidedBy']) {
			if (e[key] !== undefined) throw new Error(`${where}.${key} makes no sense with \`errors\``);
		}
	} else if (!_DECISIONS.includes(e.decision as Decision)) {
		throw new Error(
			`${where}.decision must be one of ${_DECISIONS.join(', ')}, got ${JSON.stringify(e.decision)}`,
		);
	}
	if (e.decidedBy !== undefined && !_GATES.includes(e.decidedBy as Gate)) {
		throw new Error(
			`${where}.decidedBy must be one of ${_GATES.join(', ')}, got ${JSON.stringify(e.decidedBy)}`,
		);
	}
	if (e.warnings !== undefined && !_codes(e.warnings, 'W')) {
		throw new Error(`${where}.warnings must be a list of codes like \`W06\``);
	}
	if (e.decisiveStatements !== undefined) {
		if (!Array.isArray(e.decisiveStatements)) {
			throw new Error(`${where}.decisiveStatements must be an array`);
		}
		e.decisiveStatements.forEach((s: unknown, i) =>
			_checkStatement(s, `${where}.decisiveStatements[${i}]`),
		);
	}
}

function _checkStatement(s: unknown, where: string): void {
	if (!_isObject(s)) throw new Error(`${where} must be an object`);
	_onlyKeys(s, _STATEMENT_KEYS, where);
	if (!_POLICY_TYPES.includes(s.policyType as string)) {
		throw new Error(`${where}.policyType must be one of ${_POLICY_TYPES.join(', ')}`);
	}
	if (typeof s.policyName !== 'string' || s.policyName === '') {
		throw new Error(`${where}.policyName must be a non-empty string`);
	}
	if (!Number.isInteger(s.statementIndex) || (s.statementIndex as number) < 0) {
		throw new Error(`${where}.statementIndex must be an integer from 0`);
	}
	if (s.sid !== undefined && typeof s.sid !== 'string')
		throw new Error(`${where}.sid must be a string`);
	if (s.effect !== 'Allow' && s.effect !== 'Deny')
		throw new Error(`${where}.effect must be Allow or Deny`);
}

function _onlyKeys(o: Record<string, unknown>, allowed: readonly string[], where: string): void {
	const unknown = Object.keys(o).filter((k) => !allowed.includes(k));
	if (unknown.length > 0) {
		throw new Error(
			`${where} has unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `\`${k}\``).join(', ')}; expected among ${allowed.join(', ')}`,
		);
	}
}

function _codes(value: unknown, letter: 'E' | 'W'): value is string[] {
	return (
		Array.isArray(value) &&
		value.every((v) => typeof v === 'string' && new RegExp(`^${letter}\\d{2}$`).test(v))
	);
}

function _isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
