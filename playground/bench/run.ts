/**
 * `npm run bench`: evaluations per second and median / p99 latency for the
 * issue's workloads, the keystroke path (parse + validate + evaluate from
 * text), the account explorer on 5,000 users and 2,000 roles, `iam-eval` on
 * 100,000 scenarios, and the browser bundle size.
 * Targets are printed beside the figures; this is a report, not a test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import { evaluate, explain, parseScenario } from '../evaluator/index.ts';
import type { CompiledScenario } from '../evaluator/index.ts';
import { analyzeAccounts } from '../explorer/index.ts';
import { explorerWorkload } from './explorer-workload.ts';
import { EVALUATOR_BUDGET_BYTES, measureBundle } from './size.ts';
import { heavyScenario, playgroundScenario, trivialScenario, trustScenario } from './workloads.ts';

const managedPolicies = createNodeCatalog().managedPolicies;

function compile(text: string): CompiledScenario {
	const parsed = parseScenario(text, { managedPolicies });
	if (parsed.scenario === undefined) {
		throw new Error(`benchmark scenario is invalid: ${JSON.stringify(parsed.errors, null, 2)}`);
	}
	return parsed.scenario;
}

interface Figures {
	readonly perSecond: number;
	readonly medianNs: number;
	readonly p99Ns: number;
}

/**
 * Time `fn` in batches sized to take about 50 µs each, so that sub-microsecond
 * calls are measured above the timer's resolution; latency figures are per call.
 */
function measure(fn: () => unknown, seconds = 1.5): Figures {
	let batch = 1;
	for (;;) {
		const start = process.hrtime.bigint();
		for (let i = 0; i < batch; i++) fn();
		if (Number(process.hrtime.bigint() - start) > 50_000 || batch >= 1 << 20) break;
		batch *= 2;
	}
	const samples: number[] = [];
	let calls = 0;
	const begin = process.hrtime.bigint();
	const end = begin + BigInt(Math.round(seconds * 1e9));
	let now = begin;
	while (now < end) {
		const start = process.hrtime.bigint();
		for (let i = 0; i < batch; i++) fn();
		now = process.hrtime.bigint();
		samples.push(Number(now - start) / batch);
		calls += batch;
	}
	samples.sort((a, b) => a - b);
	return {
		perSecond: calls / (Number(now - begin) / 1e9),
		medianNs: samples[Math.floor(samples.length / 2)]!,
		p99Ns: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.99))]!,
	};
}

function row(name: string, f: Figures, target: string): string {
	const fmt = (ns: number) => (ns < 1000 ? `${ns.toFixed(0)} ns` : `${(ns / 1000).toFixed(2)} µs`);
	return `${name.padEnd(38)} ${Math.round(f.perSecond).toLocaleString('en-US').padStart(12)}/s  median ${fmt(f.medianNs).padStart(9)}  p99 ${fmt(f.p99Ns).padStart(9)}  ${target}`;
}

const trivial = compile(trivialScenario());
const trust = compile(trustScenario());
const heavy = compile(heavyScenario());
const typicalText = playgroundScenario();

console.log(`Node ${process.versions.node}, ${process.arch}; policies parsed once unless said\n`);
console.log(
	row(
		'evaluate: trivial',
		measure(() => evaluate(trivial)),
		'target ≥ 1,000,000/s',
	),
);
console.log(
	row(
		'evaluate: trust (ec2 → sts:AssumeRole)',
		measure(() => evaluate(trust)),
		'',
	),
);
console.log(
	row(
		'evaluate: heavy',
		measure(() => evaluate(heavy)),
		'target median ≤ 20 µs',
	),
);
console.log(
	row(
		'explain: trivial',
		measure(() => explain(trivial)),
		'',
	),
);
console.log(
	row(
		'explain: heavy',
		measure(() => explain(heavy)),
		'',
	),
);
// Statements are explained when read: this is the cost of showing every one.
console.log(
	row(
		'explain: heavy, every statement read',
		measure(() => explain(heavy).policies.map((p) => p.statements)),
		'',
	),
);
console.log(
	row(
		'keystroke: parse+validate+explain text',
		measure(() => {
			const parsed = parseScenario(typicalText, { managedPolicies });
			return parsed.scenario && explain(parsed.scenario);
		}),
		'target median ≤ 100 µs',
	),
);

// The account explorer on its benchmark account, as the page's worker runs it.
{
	const text = explorerWorkload();
	const start = process.hrtime.bigint();
	const analysis = analyzeAccounts([{ name: 'bench.json', text }], { managedPolicies });
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	console.log(
		`\nexplorer: 5,000 users + 2,000 roles: ${seconds.toFixed(2)} s, ${analysis.evaluations.toLocaleString('en-US')} evaluations, ${analysis.edges.length.toLocaleString('en-US')} edges (target < 10 s)`,
	);
}

// iam-eval on 100,000 scenarios, as a user would run it.
const dir = mkdtempSync(join(tmpdir(), 'iam-eval-bench-'));
try {
	const kinds = [trivialScenario(), trustScenario(), typicalText.replace(/\s+/g, ' ')];
	const file = join(dir, 'scenarios.json');
	writeFileSync(file, `[${Array.from({ length: 100_000 }, (_, i) => kinds[i % 3]).join(',\n')}]`);
	const start = process.hrtime.bigint();
	execFileSync(
		process.execPath,
		[new URL('../cli/iam-eval.mjs', import.meta.url).pathname, '--compact', file],
		{
			stdio: ['ignore', 'ignore', 'inherit'],
			maxBuffer: 1 << 30,
		},
	);
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	console.log(`\niam-eval on 100,000 scenarios: ${seconds.toFixed(2)} s (target < 10 s)`);
} finally {
	rmSync(dir, { recursive: true, force: true });
}

const bundle = await measureBundle();
console.log(
	`evaluator bundle for the browser: ${(bundle.minified / 1024).toFixed(1)} KB minified, ${(bundle.gzip / 1024).toFixed(1)} KB gzip (target ≤ ${EVALUATOR_BUDGET_BYTES / 1024} KB gzip, catalogs excluded)`,
);
