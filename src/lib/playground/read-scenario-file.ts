/**
 * Reading an uploaded scenario file: the playground's own saved form (the
 * array of two scenarios `iam-eval` reads), or a single scenario or corpus
 * case, read like a preset.
 */
import { fromScenarios } from '../../../playground/editor/from-scenarios.ts';
import type { RoleDocument } from '../../../playground/editor/types.ts';
import { presetDocument } from './preset-document.ts';

/**
 * A scenario file: the playground's two-scenario array, or a single
 * scenario / corpus case (read like a preset).
 */
export function readScenarioFile(
	text: string,
): { doc: RoleDocument; note?: string } | { message: string } {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return {
			message: `it is not JSON (${error instanceof Error ? error.message : String(error)})`,
		};
	}
	if (Array.isArray(value)) {
		const read = fromScenarios(value);
		if (read.doc !== undefined) return { doc: read.doc };
		return { message: read.errors.map((e) => e.message).join('; ') };
	}
	if (value !== null && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		const scenario = 'scenario' in record ? record.scenario : record;
		if (scenario !== null && typeof scenario === 'object' && 'request' in scenario) {
			return presetDocument({
				id: 'file',
				name: 'file',
				scenario: scenario as Record<string, unknown>,
			});
		}
	}
	return { message: 'expected the array of two scenarios the playground saves, or one scenario' };
}
