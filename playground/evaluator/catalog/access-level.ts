/**
 * AWS's access levels, in the order the Service Authorization Reference lists
 * them, and the level an action is listed under: one reading for the reference
 * pages, the playground's effective permissions and the account explorer.
 */
import type { AccessLevel } from './types.ts';

/** Access levels in the order AWS lists them. */
export const ACCESS_LEVELS: readonly AccessLevel[] = [
	'List',
	'Read',
	'Write',
	'Permissions management',
	'Tagging',
];

/**
 * The access level an action is listed under. The catalog spells a few as two
 * (`Permissions management, Write`, `Tagging, Write`); AWS's reference lists
 * those under the first, more specific one. Undefined for a level AWS does not use.
 */
export function accessLevelOf(level: string): AccessLevel | undefined {
	const first = level.split(',')[0]?.trim() ?? '';
	return ACCESS_LEVELS.find((l) => l === first);
}
