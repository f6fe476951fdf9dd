/**
 * Where the parsers put what they find: one list of errors and one of
 * warnings, filled in document order, with spans and paths taken from nodes.
 */
import { diagnostic } from '../diagnostics.ts';
import type { DiagnosticCode } from '../diagnostics.ts';
import type { Diagnostic, JsonPath, Span } from '../types.ts';
import { pathOf } from './json-tree.ts';
import type { JsonNode } from './json-tree.ts';

/** The two lists a parse fills. */
export interface Reporter {
	readonly errors: Diagnostic[];
	readonly warnings: Diagnostic[];
}

/** A node, or an explicit span and path (e.g. a property key). */
export type Location = JsonNode | { readonly span: Span; readonly path: JsonPath };

/** Add a diagnostic to the list its severity calls for. */
export function report(
	reporter: Reporter,
	code: DiagnosticCode,
	message: string,
	at: Location,
	help?: string,
): void {
	const d =
		'kind' in at
			? diagnostic(code, message, { offset: at.offset, length: at.length }, pathOf(at), help)
			: diagnostic(code, message, at.span, at.path, help);
	(d.severity === 'error' ? reporter.errors : reporter.warnings).push(d);
}
