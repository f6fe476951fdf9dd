/**
 * The corpus driver: every case of `playground/scenarios/**\/*.json` (format in
 * `playground/scenarios/README.md`) is parsed and evaluated, and the outcome is
 * compared with what the case expects. The explained path must tell the same
 * story as the fast one: same decision, same decisive statements, same warnings.
 * One `describe` per file, one `it` per case.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ensureCatalog } from './catalog/ensure-catalog.ts';
import { createNodeCatalog } from './catalog/node-catalog.ts';
import { evaluate, explain, parseScenario } from './evaluator/index.ts';
import type { Diagnostic } from './evaluator/index.ts';
import { duplicateIds, readCorpus } from './scenarios/read-corpus.ts';
import type { CorpusCase } from './scenarios/read-corpus.ts';

const CORPUS_DIR = fileURLToPath(new URL('./scenarios', import.meta.url));
/** One fixed instant for every case: outcomes never depend on the clock. */
const NOW = new Date('2026-01-15T12:00:00Z');

ensureCatalog();
const managedPolicies = createNodeCatalog().managedPolicies;
const files = readCorpus(CORPUS_DIR);

describe('the scenario corpus', () => {
	it('gives every case id once across the corpus', () => {
		expect(duplicateIds(files)).toEqual([]);
	});

	it('gives every course and preset case an id', () => {
		const missing = files.flatMap((file) =>
			'cases' in file && /^(course|presets)\//.test(file.path)
				? file.cases.filter((c) => c.id === undefined).map((c) => `${file.path}: ${c.name}`)
				: [],
		);
		expect(missing).toEqual([]);
	});
});

for (const file of files) {
	describe(file.path, () => {
		if ('error' in file) {
			it('is a well-formed corpus file', () => {
				throw file.error;
			});
			return;
		}
		for (const c of file.cases) it(c.name, () => _run(c));
	});
}

function _run(c: CorpusCase): void {
	const text = c.scenarioText ?? JSON.stringify(c.scenario, null, 2);
	const parsed = parseScenario(text, { managedPolicies, now: NOW });
	const want = c.expect;

	if (want.errors !== undefined) {
		expect({
			errors: _codes(parsed.errors),
			warnings: _codes(parsed.warnings),
		}).toEqual({
			errors: [...new Set(want.errors)].sort(),
			warnings: [...new Set(want.warnings ?? [])].sort(),
		});
		return;
	}

	// An unexpected error is shown in full, so the failure says what the evaluator objected to.
	expect(parsed.errors.map(_describe)).toEqual([]);
	if (parsed.scenario === undefined)
		throw new Error('parseScenario gave neither errors nor a scenario');
	const result = evaluate(parsed.scenario);

	expect({
		decision: result.decision,
		...(want.decisiveStatements && {
			decisiveStatements: result.decisiveStatements.map((s) => ({
				policyType: s.policyType,
				policyName: s.policyName,
				statementIndex: s.statementIndex,
				...(s.sid !== undefined && { sid: s.sid }),
				effect: s.effect,
			})),
		}),
		...(want.decidedBy && { decidedBy: result.decidedBy }),
		warnings: _codes(result.warnings),
	}).toEqual({
		decision: want.decision,
		...(want.decisiveStatements && { decisiveStatements: want.decisiveStatements }),
		...(want.decidedBy && { decidedBy: want.decidedBy }),
		warnings: [...new Set(want.warnings ?? [])].sort(),
	});

	const explained = explain(parsed.scenario);
	expect({
		decision: explained.decision,
		decisiveStatements: explained.decisiveStatements,
		warnings: _codes(explained.warnings),
	}).toEqual({
		decision: result.decision,
		decisiveStatements: result.decisiveStatements,
		warnings: _codes(result.warnings),
	});
}

/** The distinct codes of some diagnostics, sorted. */
function _codes(diagnostics: readonly Diagnostic[]): string[] {
	return [...new Set(diagnostics.map((d) => d.code))].sort();
}

function _describe(d: Diagnostic): string {
	return `${d.code} at ${JSON.stringify(d.path)}: ${d.message}`;
}
