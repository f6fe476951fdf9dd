/**
 * Put the reader's policy into a check's scenario at the exercise's slot.
 * The scenario is copied, never changed in place.
 */
import type { PolicyRole } from '../../../playground/evaluator/index.ts';
import type { EditSlot } from './exercise-data.ts';

/** The name the edited policy carries where a slot needs one (identity policies, SCPs). */
export const EDITED_POLICY_NAME = 'YourPolicy';

/** How the evaluator reads the edited policy on its own, per slot (for `parsePolicy`). */
export const SLOT_ROLES: Readonly<Record<EditSlot, PolicyRole>> = {
	trust: 'trust',
	resource: 'resource',
	identity: 'identity',
	boundary: 'permissionsBoundary',
	session: 'session',
	scp: 'scp',
};

/** `scenario` with `document` at `slot` (see {@link EditSlot} for where each slot puts it). */
export function placePolicy(
	scenario: Readonly<Record<string, unknown>>,
	slot: EditSlot,
	document: unknown,
): Record<string, unknown> {
	const out: Record<string, unknown> = structuredClone(scenario) as Record<string, unknown>;
	switch (slot) {
		case 'trust':
		case 'resource':
			out.resourcePolicy = document;
			break;
		case 'identity':
			out.identityPolicies = [
				...(Array.isArray(out.identityPolicies) ? out.identityPolicies : []),
				{ name: EDITED_POLICY_NAME, document },
			];
			break;
		case 'boundary':
			out.permissionsBoundary = document;
			break;
		case 'session':
			out.sessionPolicy = document;
			break;
		case 'scp': {
			const levels = Array.isArray(out.serviceControlPolicies)
				? (out.serviceControlPolicies as { name: string; policies?: unknown[] }[])
				: [];
			const last = levels.at(-1);
			out.serviceControlPolicies =
				last === undefined
					? [{ name: 'account', policies: [document] }]
					: [...levels.slice(0, -1), { ...last, policies: [...(last.policies ?? []), document] }];
			break;
		}
	}
	return out;
}
