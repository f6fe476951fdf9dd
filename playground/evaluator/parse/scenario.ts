/**
 * A scenario (the contract in `docs/scenario-format.md`) read from
 * JSON text: the request, every policy slot, grammar errors and warnings,
 * compiled once into a `CompiledScenario`. An array of scenarios is read item
 * by item, so one bad scenario does not stop the rest.
 */
import type { ManagedPolicyCatalog } from '../catalog/types.ts';
import type { CompiledScenario } from '../model.ts';
import type { Diagnostic } from '../types.ts';
import { parseJsonItems, parseJsonTree } from './json-tree.ts';
import type { JsonNode } from './json-tree.ts';
import type { Reporter } from './report.ts';
import { compileScenarioNode } from './scenario-node.ts';

export { compileScenarioNode } from './scenario-node.ts';

/** Options for reading scenarios. */
export interface ParseOptions {
	/** Resolves `{ "arn": … }` PolicyRefs; without it they are E25. */
	managedPolicies?: ManagedPolicyCatalog;
	/**
	 * The instant the request happens (`aws:CurrentTime`); one per command run.
	 * @default new Date()
	 */
	now?: Date;
}

/** One scenario read: `scenario` is present iff `errors` is empty; `scenario.warnings` = `warnings`. */
export interface ParsedScenario {
	readonly scenario?: CompiledScenario;
	readonly errors: Diagnostic[];
	readonly warnings: Diagnostic[];
}

/** Read one scenario object from `text`. */
export function parseScenario(text: string, options: ParseOptions = {}): ParsedScenario {
	const tree = parseJsonTree(text);
	if (tree.root === undefined || tree.syntaxErrors.length > 0) {
		return { errors: [...tree.syntaxErrors], warnings: [] };
	}
	return _finish(compileScenarioNode(tree.root, text, options), tree.duplicateKeys);
}

/**
 * Read one scenario or an array of them. JSON syntax errors (and a root that
 * is neither) land in `errors`; each item has its own errors and warnings,
 * with paths starting at its index.
 */
export function parseScenarios(
	text: string,
	options: ParseOptions = {},
): { array: boolean; items: ParsedScenario[]; errors: Diagnostic[] } {
	const items: ParsedScenario[] = [];
	const { array, errors } = forEachScenario(text, options, (item) => items.push(item));
	return { array, items: errors.length > 0 ? [] : items, errors };
}

/**
 * Read one scenario or an array of them, handing each to `onScenario` as soon
 * as it is read, so that a large array is never held whole (the CLI's path).
 * After a JSON syntax error (in `errors`) anything already handed out is void.
 */
export function forEachScenario(
	text: string,
	options: ParseOptions,
	onScenario: (item: ParsedScenario, index: number) => void,
): { array: boolean; errors: Diagnostic[] } {
	const itemOptions = { ...options, now: options.now ?? new Date() };
	const tree = parseJsonItems(text, (item, index, duplicateKeys) =>
		onScenario(parseScenarioNodeOf(item, text, itemOptions, duplicateKeys), index),
	);
	const root = tree.root;
	if (root === undefined || tree.syntaxErrors.length > 0) {
		return { array: false, errors: [...tree.syntaxErrors] };
	}
	if (root.kind === 'array') return { array: true, errors: [] };
	onScenario(parseScenarioNodeOf(root, text, itemOptions, tree.duplicateKeys), 0);
	return { array: false, errors: [] };
}

/** Compile a scenario from an already-parsed node, given that node's duplicate-key errors. */
function parseScenarioNodeOf(
	node: JsonNode,
	text: string,
	options: ParseOptions,
	duplicateKeys: readonly Diagnostic[],
): ParsedScenario {
	return _finish(compileScenarioNode(node, text, options), duplicateKeys);
}

function _finish(
	result: { scenario?: Omit<CompiledScenario, 'warnings'>; reporter: Reporter },
	duplicateKeys: readonly Diagnostic[],
): ParsedScenario {
	const errors = _sorted([...duplicateKeys, ...result.reporter.errors]);
	const warnings = _sorted(result.reporter.warnings);
	if (errors.length > 0 || result.scenario === undefined) return { errors, warnings };
	return { scenario: { ...result.scenario, warnings }, errors, warnings };
}

function _sorted(list: Diagnostic[]): Diagnostic[] {
	return list.sort((a, b) => a.span.offset - b.span.offset);
}
