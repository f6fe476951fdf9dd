/**
 * The editor label of an exercise, by the slot the edited policy goes in.
 */
import type { EditSlot } from './exercise-data.ts';

/** "Your trust policy", "Your permissions boundary", ... */
export const SLOT_LABELS: Readonly<Record<EditSlot, string>> = {
	trust: 'Your trust policy',
	resource: 'Your resource policy',
	identity: 'Your permission policy',
	boundary: 'Your permissions boundary',
	session: 'Your session policy',
	scp: 'Your service control policy',
};
