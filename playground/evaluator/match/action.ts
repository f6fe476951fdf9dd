/**
 * Action and NotAction (spec §2.1): the pattern and the request action are
 * split at the first colon and each half is globbed case-insensitively.
 */
import type { ActionPattern, Request } from '../model.ts';
import { matchGlob } from './wildcard.ts';

/** Does one Action entry cover the request's action? */
export function matchAction(pattern: ActionPattern, request: Request): boolean {
	if (pattern.any) return true;
	// The request's halves are lower-cased once when the request is compiled.
	return (
		matchGlob(pattern.service, request.actionService) && matchGlob(pattern.name, request.actionName)
	);
}

/** The first entry that covers the request's action, or `undefined`. */
export function findMatchingAction(
	patterns: readonly ActionPattern[],
	request: Request,
): ActionPattern | undefined {
	for (const pattern of patterns) if (matchAction(pattern, request)) return pattern;
	return undefined;
}
