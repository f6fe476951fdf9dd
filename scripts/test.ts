/**
 * `npm test`: every check of the project, in order, each step timed.
 *
 * A step runs when the steps it needs have passed, whether or not an unrelated
 * step failed before it: a formatting nit is reported together with the unit
 * tests' results instead of hiding them. The run fails if any step failed or
 * could not run. Vitest's counts are read from its JSON reports, so the last
 * line adds up every test that ran.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

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

const STEPS: readonly Step[] = [
	{ name: 'catalog', command: 'npm run catalog' },
	{ name: 'typecheck', command: 'npm run typecheck', needs: ['catalog'] },
	{ name: 'lint', command: 'npm run lint' },
	{
		name: 'unit',
		command: `vitest run --coverage --reporter=default --reporter=json --outputFile.json=${RESULTS}/unit.json`,
		needs: ['catalog'],
		report: `${RESULTS}/unit.json`,
	},
	{ name: 'build', command: `${SITE} npm run build`, needs: ['catalog'] },
	{ name: 'size', command: `${SITE} npm run test:size`, needs: ['build'] },
	{
		name: 'e2e',
		command: `${SITE} vitest run --config src/__e2e__/vitest.config.ts --reporter=default --reporter=json --outputFile.json=${RESULTS}/e2e.json`,
		needs: ['build'],
		report: `${RESULTS}/e2e.json`,
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

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const env = {
	...process.env,
	PATH: `${join(process.cwd(), 'node_modules', '.bin')}:${process.env.PATH}`,
};
const outcomes = new Map<string, Outcome>();
const rows: string[] = [];
let passed = 0;
let failed = 0;

for (const step of STEPS) {
	const missing = (step.needs ?? []).filter((name) => outcomes.get(name) !== 'passed');
	if (missing.length > 0) {
		outcomes.set(step.name, 'skipped');
		rows.push(`${step.name.padEnd(10)} skipped (needs ${missing.join(', ')})`);
		continue;
	}
	console.log(`\n▶ ${step.name}: ${step.command}`);
	const started = performance.now();
	const { status } = spawnSync(step.command, { shell: true, stdio: 'inherit', env });
	const seconds = (performance.now() - started) / 1000;
	const outcome: Outcome = status === 0 ? 'passed' : 'failed';
	outcomes.set(step.name, outcome);
	const counts = step.report ? _counts(step.report) : undefined;
	if (counts) {
		passed += counts.passed;
		failed += counts.failed;
	}
	const tests = counts ? `, ${counts.passed} tests passed, ${counts.failed} failed` : '';
	rows.push(
		`${step.name.padEnd(10)} ${outcome.padEnd(7)} ${seconds.toFixed(0).padStart(4)} s${tests}`,
	);
}

const bad = [...outcomes].filter(([, outcome]) => outcome !== 'passed').map(([name]) => name);
console.log(`\nnpm test, step by step:\n${rows.map((row) => `  ${row}`).join('\n')}`);
console.log(bad.length === 0 ? 'every step passed' : `not passed: ${bad.join(', ')}`);
// The closing line in the plain form CI reads: every test that ran.
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = bad.length === 0 ? 0 : 1;
