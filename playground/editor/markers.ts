/**
 * Evaluator diagnostics → Monaco markers. Offsets become positions through
 * the model's own `getPositionAt` (the one place positions are converted
 * for the editor), and severities through Monaco's named enum.
 */
import type { Diagnostic } from '../evaluator/index.ts';
import type { MarkerSeverity, editor } from 'monaco-editor';

/** The marker owner the playground uses with `editor.setModelMarkers`. */
export const MARKER_OWNER = 'iam-roles-lab';

/** The part of a model markers need. */
export type MarkerModel = Pick<editor.ITextModel, 'getPositionAt' | 'getValueLength'>;

/**
 * Markers for `diagnostics` (spans into the model's text). `severity` is
 * Monaco's `MarkerSeverity` enum, passed in so this runs without Monaco. An
 * empty span is widened to one character so the squiggle can be seen.
 */
export function diagnosticsToMarkers(
	diagnostics: readonly Diagnostic[],
	model: MarkerModel,
	severity: typeof MarkerSeverity,
): editor.IMarkerData[] {
	const size = model.getValueLength();
	return diagnostics.map((d) => {
		let { offset, length } = d.span;
		if (length === 0) {
			if (offset < size) length = 1;
			else if (offset > 0) {
				offset -= 1;
				length = 1;
			}
		}
		const start = model.getPositionAt(offset);
		const end = model.getPositionAt(offset + length);
		return {
			severity: d.severity === 'error' ? severity.Error : severity.Warning,
			message: d.help === undefined ? d.message : `${d.message}\nhelp: ${d.help}`,
			code: d.code,
			source: 'IAM',
			startLineNumber: start.lineNumber,
			startColumn: start.column,
			endLineNumber: end.lineNumber,
			endColumn: end.column,
		};
	});
}
