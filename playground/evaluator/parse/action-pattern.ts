/**
 * One `Action`/`NotAction` entry (spec §1.3, §2.1): `*`, or `service:name`
 * with both halves non-empty, compiled into two case-insensitive globs split
 * at the first colon.
 */
import { compileGlob } from '../match/wildcard.ts';
import type { ActionPattern } from '../model.ts';
import type { Span } from '../types.ts';

/** Does `text` hold a space, tab or line break? IAM refuses them in an action (`s3 :GetObject`). */
export function hasWhiteSpace(text: string): boolean {
	return /\s/.test(text);
}

/** Compile an action pattern, or undefined when it is not `*` or `service:name` (E09). */
export function compileActionPattern(text: string, span: Span): ActionPattern | undefined {
	if (text === '*') {
		const any = compileGlob('*', true);
		return { text, span, any: true, service: any, name: any, whole: undefined };
	}
	const colon = text.indexOf(':');
	if (colon <= 0 || colon === text.length - 1 || hasWhiteSpace(text)) return undefined;
	const serviceText = text.slice(0, colon);
	const literalService = !serviceText.includes('*') && !serviceText.includes('?');
	return {
		text,
		span,
		any: false,
		service: compileGlob(serviceText, true),
		name: compileGlob(text.slice(colon + 1), true),
		// With a literal service, one glob over `service:name` is the same test in one step.
		whole: literalService ? compileGlob(text, true) : undefined,
	};
}
