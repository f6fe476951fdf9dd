/**
 * Resource and NotResource (spec §2.2): ARN fields globbed one by one,
 * the resource field over its whole text, policy variables substituted there
 * first and kept literal.
 */
import type { ContextEntry, Request, ResourcePattern } from '../model.ts';
import { resolveTemplate } from '../conditions/resolve-template.ts';
import { compileGlobSegments, matchGlob } from './wildcard.ts';

/** Does one Resource entry cover the request's resource? */
export function matchResource(
	pattern: ResourcePattern,
	request: Request,
	context: ReadonlyMap<string, ContextEntry>,
): boolean {
	if (pattern.any) return true;
	// A request for `*` (an action without resource-level permissions) is
	// covered by `*` alone, never by an ARN pattern (rule 2).
	if (request.resourceFields.length === 0 || pattern.matchesNothing) return false;
	if (pattern.whole !== undefined) return matchGlob(pattern.whole, request.resource);
	const fields = request.resourceFields;
	if (pattern.head !== undefined) {
		if (pattern.head !== request.resourceHead) return false;
	} else {
		// The service field first: it is the one most likely to differ.
		const count = pattern.fields.length;
		if (count > 2 && !matchGlob(pattern.fields[2]!, fields[2]!)) return false;
		for (let i = 0; i < count; i++) {
			if (i !== 2 && !matchGlob(pattern.fields[i]!, fields[i]!)) return false;
		}
	}
	if (pattern.short) {
		// A short ARN's trailing `*` reaches past the colons into every later field (rule 6).
		return matchGlob(pattern.last, fields.slice(pattern.fields.length).join(':'));
	}
	if (pattern.lastTemplate === undefined) return matchGlob(pattern.last, fields[5]!);
	const segments = resolveTemplate(pattern.lastTemplate, context);
	// An entry whose variable cannot be resolved matches nothing (§3.6).
	if (segments === undefined) return false;
	return matchGlob(compileGlobSegments(segments, false, pattern.text), fields[5]!);
}

/** The first entry that covers the request's resource, or `undefined`. */
export function findMatchingResource(
	patterns: readonly ResourcePattern[],
	request: Request,
): ResourcePattern | undefined {
	for (const pattern of patterns)
		if (matchResource(pattern, request, request.context)) return pattern;
	return undefined;
}
