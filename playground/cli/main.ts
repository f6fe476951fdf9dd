/**
 * `iam-eval`: evaluate one scenario or an array of them (contract:
 * docs/scenario-format.md). Results as JSON on standard output, exit
 * 0 whatever the decisions; input that is not a scenario is reported on
 * standard error with where it is, and the exit code is 2.
 */
import type { ManagedPolicyCatalog, ServiceCatalog } from '../evaluator/index.ts';
import { describeResult, evaluate, explain, forEachScenario } from '../evaluator/index.ts';
import type { Diagnostic, ParsedScenario } from '../evaluator/index.ts';
import { createLineIndex, formatJsonPath } from '../evaluator/index.ts';
import { scenarioCatalogWarnings } from '../evaluator/validate/index.ts';
import { parseArgs, USAGE } from './args.ts';
import { runExplore } from './explore.ts';

/** What the command touches outside itself, passed in so tests need no process. */
export interface CliIo {
	readonly stdout: (text: string) => void;
	readonly stderr: (text: string) => void;
	readonly readFile: (path: string) => string;
	readonly readStdin: () => string;
	readonly managedPolicies: () => ManagedPolicyCatalog;
	readonly services: () => ServiceCatalog;
	readonly version: string;
}

/** Run the command; returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
	if (argv[0] === 'explore') return runExplore(argv.slice(1), io);
	const args = parseArgs(argv);
	if ('error' in args) {
		io.stderr(`iam-eval: ${args.error}\n\n${USAGE}`);
		return 2;
	}
	if (args.help) {
		io.stdout(USAGE);
		return 0;
	}
	if (args.version) {
		io.stdout(`iam-eval ${io.version}\n`);
		return 0;
	}
	const source = args.file === '-' ? '<stdin>' : args.file;
	let text: string;
	try {
		text = args.file === '-' ? io.readStdin() : io.readFile(args.file);
	} catch (error) {
		io.stderr(`iam-eval: cannot read ${source}: ${(error as Error).message}\n`);
		return 2;
	}

	// One instant per run: every scenario sees the same aws:CurrentTime.
	const options = { managedPolicies: io.managedPolicies(), now: new Date() };
	const position = createLineIndex(text);
	const report = (diagnostic: Diagnostic, index?: number) => {
		const { line, column } = position(diagnostic.span.offset);
		// In an array the path starts with the scenario's index: say it once, in words.
		const where = index === undefined ? '' : `scenario ${index}, `;
		const path = index === undefined ? diagnostic.path : diagnostic.path.slice(1);
		const help = diagnostic.help === undefined ? '' : `\n  help: ${diagnostic.help}`;
		io.stderr(
			`${source}:${line}:${column}: ${where}at ${formatJsonPath(path)}: error ${diagnostic.code}: ${diagnostic.message}${help}\n`,
		);
	};

	// Each scenario is evaluated and serialized as soon as it is read, so a
	// large array keeps strings alive rather than trees and compiled scenarios.
	const indent = args.compact ? undefined : 2;
	const chunks: string[] = [];
	const invalid: { index: number; errors: readonly Diagnostic[] }[] = [];
	const { array, errors } = forEachScenario(text, options, (item: ParsedScenario, index) => {
		if (item.scenario === undefined) {
			invalid.push({ index, errors: item.errors });
			const entry = errorEntry(item.errors, position);
			chunks.push(
				args.mode === 'text'
					? `not evaluated: ${entry.message}`
					: JSON.stringify({ error: entry }, null, indent),
			);
			return;
		}
		const scenario = args.lint
			? {
					...item.scenario,
					warnings: [
						...item.scenario.warnings,
						...scenarioCatalogWarnings(item.scenario, io.services(), text),
					],
				}
			: item.scenario;
		if (args.mode === 'text') chunks.push(describeResult(explain(scenario)).join('\n'));
		else {
			const result = args.mode === 'full' ? explain(scenario) : evaluate(scenario);
			chunks.push(JSON.stringify(result, null, indent));
		}
	});
	if (errors.length > 0) {
		for (const error of errors) report(error);
		return 2;
	}
	for (const { index, errors: itemErrors } of invalid) {
		for (const error of itemErrors) report(error, array ? index : undefined);
	}
	const failed = invalid.length > 0;
	if (args.mode === 'text') {
		const bodies = array ? chunks.map((body, i) => `# scenario ${i}\n${body}`) : chunks;
		io.stdout(`${bodies.join('\n\n')}\n`);
	} else if (!array) io.stdout(`${chunks[0]}\n`);
	else if (args.compact) io.stdout(`[${chunks.join(',')}]\n`);
	else io.stdout(`[\n${chunks.join(',\n')}\n]\n`);
	return failed ? 2 : 0;
}

/** The `{ "error": … }` entry that stands in an invalid scenario's place. */
function errorEntry(
	errors: readonly Diagnostic[],
	position: ReturnType<typeof createLineIndex>,
): { message: string; path: string; code: string; line: number; column: number; errors: string[] } {
	const first = errors[0]!;
	const { line, column } = position(first.span.offset);
	return {
		message: `${first.code}: ${first.message}`,
		path: formatJsonPath(first.path),
		code: first.code,
		line,
		column,
		errors: errors.map((e) => `${e.code} at ${formatJsonPath(e.path)}: ${e.message}`),
	};
}
