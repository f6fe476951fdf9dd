/**
 * Splitting ARNs for the `Arn…` operators (spec §3.4): at the first five
 * colons into six fields, the last keeping any further colons. Each field is
 * globbed on its own, so a wildcard never reaches across a colon before the
 * resource field.
 */
import type { Glob } from '../model.ts';
import { compileGlobSegments, type GlobSegment } from '../match/wildcard.ts';

/** The six fields of `text`; undefined when it has fewer than six. */
export function splitArn(text: string): string[] | undefined {
	const fields: string[] = [];
	let start = 0;
	for (let i = 0; i < 5; i++) {
		const colon = text.indexOf(':', start);
		if (colon < 0) return undefined;
		fields.push(text.slice(start, colon));
		start = colon + 1;
	}
	fields.push(text.slice(start));
	return fields;
}

/**
 * Compile an ARN pattern made of segments (wildcard text and literal
 * substituted text) into six case-sensitive field globs; undefined when it has
 * fewer than six fields. Colons separate fields wherever they come from: a
 * variable such as `${aws:PrincipalArn}` often supplies whole fields.
 */
export function compileArnPattern(segments: readonly GlobSegment[]): Glob[] | undefined {
	const fields: GlobSegment[][] = [[]];
	for (const segment of segments) {
		let start = 0;
		let colon = fields.length < 6 ? segment.text.indexOf(':') : -1;
		while (colon >= 0) {
			(fields[fields.length - 1] as GlobSegment[]).push({
				text: segment.text.slice(start, colon),
				wild: segment.wild,
			});
			fields.push([]);
			start = colon + 1;
			colon = fields.length < 6 ? segment.text.indexOf(':', start) : -1;
		}
		(fields[fields.length - 1] as GlobSegment[]).push({
			text: segment.text.slice(start),
			wild: segment.wild,
		});
	}
	if (fields.length < 6) return undefined;
	return fields.map((field) =>
		compileGlobSegments(field, false, field.map((segment) => segment.text).join('')),
	);
}
