/**
 * What a check asks, for the reader: its request as rows (principal, action,
 * resource, resource account, context keys) and the other policies in play,
 * so that the task can be solved without guessing ARNs or key names.
 */
import type { ExerciseCheck } from './exercise-data.ts';

/** One row: a term and its value as text. */
export interface RequestRow {
	readonly term: string;
	readonly value: string;
}

/** The rows describing `check`'s request and the policies already in its scenario. */
export function checkRequestRows(check: ExerciseCheck): RequestRow[] {
	const rows: RequestRow[] = [];
	const add = (term: string, value: unknown): void => {
		if (value !== undefined) {
			rows.push({ term, value: typeof value === 'string' ? value : JSON.stringify(value) });
		}
	};
	const scenario = check.scenario as Record<string, unknown>;
	const request = (scenario.request ?? {}) as Record<string, unknown>;
	add('Principal', request.principal);
	add('Action', request.action);
	add('Resource', request.resource);
	add('Resource account', request.resourceAccount);
	for (const [key, value] of Object.entries((request.context ?? {}) as Record<string, unknown>)) {
		add(key, value);
	}
	const named = (ref: unknown): string => {
		const r = ref as { arn?: unknown; name?: unknown };
		if (typeof r.arn === 'string') return r.arn.slice(r.arn.lastIndexOf('/') + 1);
		return typeof r.name === 'string' ? r.name : 'an unnamed policy';
	};
	if (Array.isArray(scenario.identityPolicies) && scenario.identityPolicies.length > 0) {
		add('Also attached', scenario.identityPolicies.map(named).join(', '));
	}
	if (scenario.permissionsBoundary !== undefined) add('Permissions boundary', 'set');
	if (scenario.sessionPolicy !== undefined) add('Session policy', 'set');
	return rows;
}
