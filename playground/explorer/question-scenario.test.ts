import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import { runCli } from '../cli/main.ts';
import { analyzeAccounts } from './analyze.ts';
import { questionScenario } from './question-scenario.ts';
import type { Question } from './types.ts';

const catalog = createNodeCatalog();
const exampleCorp = readFileSync(new URL('./example-corp.json', import.meta.url), 'utf8');

/** `iam-eval --compact` over an array of scenarios; its decisions in order. */
function iamEval(scenarios: unknown[]): string[] {
	let stdout = '';
	let stderr = '';
	const code = runCli(['--compact', 'questions.json'], {
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text),
		readFile: () => JSON.stringify(scenarios),
		readStdin: () => '',
		managedPolicies: () => catalog.managedPolicies,
		services: () => catalog.services,
		version: 'test',
	});
	expect(stderr).toBe('');
	expect(code).toBe(0);
	return (JSON.parse(stdout) as { decision: string }[]).map((r) => r.decision);
}

describe('questionScenario', { timeout: 120_000 }, () => {
	it('replays every answer about Example Corp with the same verdict in iam-eval', () => {
		const analysis = analyzeAccounts([{ name: 'example-corp.json', text: exampleCorp }], {
			managedPolicies: catalog.managedPolicies,
		});
		const questions: Question[] = [
			...analysis.edges.flatMap((e) => e.questions),
			...analysis.external.map((e) => e.question),
			...analysis.administrators.values(),
			...analysis.findings.flatMap((f) => (f.question ? [f.question] : [])),
		];
		expect(questions.length).toBeGreaterThan(100);
		const decisions = iamEval(questions.map((q) => questionScenario(analysis.model, q)));
		questions.forEach((q, i) => {
			expect({ q: q.resource, action: q.action, decision: decisions[i] }).toEqual({
				q: q.resource,
				action: q.action,
				decision: q.decision,
			});
			// "Allowed outright" is what the evaluator says with no more context than the question's.
			if (q.outcome === 'allowed') expect(decisions[i]).toBe('allowed');
		});
	});
});
