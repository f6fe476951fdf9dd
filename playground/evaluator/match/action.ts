/**
 * Action and NotAction (spec §2.1): the pattern and the request action are
 * split at the first colon and each half is globbed case-insensitively.
 */
import type { ActionPattern, Request } from '../model.ts';
import { matchGlob } from './wildcard.ts';

/** Does one Action entry cover the request's action? */
export function matchAction(pattern: ActionPattern, request: Request): boolean {
	if (pattern.any) return true;
	// The request's action is lower-cased once when the request is compiled.
	if (pattern.whole !== undefined) return matchGlob(pattern.whole, request.actionLower);
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
