/**
 * The saved form of a document: the JSON array of its two scenarios,
 * `[assume role, use session]`, exactly what `iam-eval` reads.
 */
import type { JsonPath } from '../evaluator/index.ts';
import { isManagedRef, isPaneText, scenarioTree } from './assemble-scenario.ts';
import type { ScenarioTree } from './assemble-scenario.ts';
import { documentPanes } from './document-panes.ts';
import type { DocumentError, RoleDocument } from './types.ts';

/** The two scenarios as JSON values, or the panes whose text is not JSON. */
export interface ToScenariosResult {
	/** Present iff `errors` is empty. */
	readonly scenarios?: readonly [unknown, unknown];
	readonly errors: readonly DocumentError[];
}

/**
 * Turn `doc` into its two scenarios. Every inline pane must hold valid JSON;
 * a pane that does not gives one error (path into the saved form) naming it.
 */
export function toScenarios(doc: RoleDocument): ToScenariosResult {
	const titles = new Map(documentPanes(doc).map((p) => [p.id, p.title]));
	const errors: DocumentError[] = [];
	const seen = new Set<string>();
	const convert = (value: ScenarioTree, path: JsonPath): unknown => {
		if (isPaneText(value)) {
			try {
				return JSON.parse(value.paneText) as unknown;
			} catch {
				// A pane in both hops (an SCP) is reported once.
				if (!seen.has(value.paneId)) {
					seen.add(value.paneId);
					const title = titles.get(value.paneId) ?? value.paneId;
					errors.push({ path, message: `the ${title} pane does not hold valid JSON` });
				}
				return undefined;
			}
		}
		if (isManagedRef(value)) return { arn: value.managedArn };
		if (value === null || typeof value !== 'object') return value;
		if (Array.isArray(value)) {
			return (value as ScenarioTree[]).map((item, i) => convert(item, [...path, i]));
		}
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, convert(item, [...path, key])]),
		);
	};
	const assume = convert(scenarioTree(doc, 'assume'), [0]);
	const session = convert(scenarioTree(doc, 'session'), [1]);
	return errors.length > 0 ? { errors } : { scenarios: [assume, session], errors };
}
