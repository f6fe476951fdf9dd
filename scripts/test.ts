/**
 * `npm test`: every check of the project, each step timed.
 *
 * A step runs when the steps it needs have passed, whether or not an unrelated
 * step failed before it: a formatting nit is reported together with the unit
 * tests' results instead of hiding them. Two steps run at a time (the machines
 * have two cores), the build and the browser tests first because they are the
 * longest path; each line of a step's output is prefixed with its name. The run
 * fails if any step failed or could not run. Vitest's counts are read from its
 * JSON reports, so the last line adds up every test that ran.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** One step of the run. */
interface Step {
	readonly name: string;
	/** The command line, run through the shell with `node_modules/.bin` on the path. */
	readonly command: string;
	/** Steps that must have passed first. */
	readonly needs?: readonly string[];
	/** A Vitest JSON report the step writes, for the closing count. */
	readonly report?: string;
}

const RESULTS = '.test-results';
/** The browser tests and the size budget run on a build under a sub-path, as deployed. */
const SITE = 'SITE_BASE=/iam-roles-lab';
/** Steps running at once; `TEST_JOBS=1` runs them one by one. */
const JOBS = Math.max(1, Number(process.env.TEST_JOBS) || 2);

/** In the order they start when their needs are met: the longest path first. */
const STEPS: readonly Step[] = [
	{ name: 'catalog', command: 'npm run catalog' },
	{ name: 'build', command: `${SITE} npm run build`, needs: ['catalog'] },
	{
		name: 'e2e',
		command: `${SITE} vitest run --config src/__e2e__/vitest.config.ts --reporter=default --reporter=json --outputFile.json=${RESULTS}/e2e.json`,
		needs: ['build'],
		report: `${RESULTS}/e2e.json`,
	},
	{ name: 'size', command: `${SITE} npm run test:size`, needs: ['build'] },
	{ name: 'typecheck', command: 'npm run typecheck', needs: ['catalog'] },
	{ name: 'lint', command: 'npm run lint' },
	{
		name: 'unit',
		command: `vitest run --coverage --reporter=default --reporter=json --outputFile.json=${RESULTS}/unit.json`,
		needs: ['catalog'],
		report: `${RESULTS}/unit.json`,
	},
];

type Outcome = 'passed' | 'failed' | 'skipped';

/** Passed and failed test counts of a Vitest JSON report; `undefined` when there is none. */
function _counts(file: string): { passed: number; failed: number } | undefined {
	try {
		const report = JSON.parse(readFileSync(file, 'utf8')) as {
			numPassedTests: number;
			numFailedTests: number;
		};
		return { passed: report.numPassedTests, failed: report.numFailedTests };
	} catch {
		return undefined;
	}
}

/** Runs one step, its output prefixed line by line; resolves to whether it passed. */
function _run(step: Step, env: NodeJS.ProcessEnv): Promise<boolean> {
	console.log(`[${step.name}] ▶ ${step.command}`);
	const child = spawn(step.command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env });
	for (const stream of [child.stdout, child.stderr]) {
		createInterface({ input: stream }).on('line', (line) => console.log(`[${step.name}] ${line}`));
	}
	return new Promise((resolve) => {
		child.on('error', () => resolve(false));
		child.on('close', (code) => resolve(code === 0));
	});
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const env = {
	...process.env,
	PATH: `${join(process.cwd(), 'node_modules', '.bin')}:${process.env.PATH}`,
};
const outcomes = new Map<string, Outcome>();
const rows = new Map<string, string>();
const running = new Map<string, Promise<void>>();
const started = performance.now();

/** Marks every waiting step whose needs can no longer pass as skipped. */
function _skipBlocked(): void {
	let changed = true;
	while (changed) {
		changed = false;
		for (const step of STEPS) {
			if (outcomes.has(step.name) || running.has(step.name)) continue;
			const blocked = (step.needs ?? []).filter((name) => {
				const outcome = outcomes.get(name);
				return outcome !== undefined && outcome !== 'passed';
			});
			if (blocked.length === 0) continue;
			outcomes.set(step.name, 'skipped');
			rows.set(step.name, `${step.name.padEnd(10)} skipped (needs ${blocked.join(', ')})`);
			changed = true;
		}
	}
}

let passed = 0;
let failed = 0;
while (outcomes.size < STEPS.length) {
	_skipBlocked();
	for (const step of STEPS) {
		if (running.size >= JOBS) break;
		if (outcomes.has(step.name) || running.has(step.name)) continue;
		if (!(step.needs ?? []).every((name) => outcomes.get(name) === 'passed')) continue;
		const begun = performance.now();
		running.set(
			step.name,
			_run(step, env).then((ok) => {
				const seconds = (performance.now() - begun) / 1000;
				const outcome: Outcome = ok ? 'passed' : 'failed';
				outcomes.set(step.name, outcome);
				running.delete(step.name);
				const counts = step.report ? _counts(step.report) : undefined;
				if (counts) {
					passed += counts.passed;
					failed += counts.failed;
				}
				const tests = counts ? `, ${counts.passed} tests passed, ${counts.failed} failed` : '';
				rows.set(
					step.name,
					`${step.name.padEnd(10)} ${outcome.padEnd(7)} ${seconds.toFixed(0).padStart(4)} s${tests}`,
				);
			}),
		);
	}
	if (running.size === 0) break;
	await Promise.race(running.values());
}

const summary = STEPS.map((step) => rows.get(step.name) ?? `${step.name.padEnd(10)} did not run`);
const bad = STEPS.filter((step) => outcomes.get(step.name) !== 'passed').map((step) => step.name);
const total = ((performance.now() - started) / 1000).toFixed(0);
console.log(
	`\nnpm test, step by step (${JOBS} at a time, ${total} s in all):\n${summary.map((row) => `  ${row}`).join('\n')}`,
);
console.log(bad.length === 0 ? 'every step passed' : `not passed: ${bad.join(', ')}`);
// The closing line in the plain form CI reads: every test that ran.
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = bad.length === 0 ? 0 : 1;
