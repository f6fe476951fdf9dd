/**
 * Statement highlights → Monaco decorations: decisive statements, statements
 * that apply and ones that do not, each with its sentence as hover text.
 * Colours come from the page's CSS classes; the words are in the hover and
 * in the verdict panel, so nothing relies on colour alone.
 */
import type { editor } from 'monaco-editor';
import { codeSpans } from '../evaluator/index.ts';
import type { MarkKind, PaneMark } from './types.ts';

/** CSS class per mark kind (the page styles them). */
export const MARK_CLASSES: Readonly<Record<MarkKind, string>> = {
	decisive: 'iam-mark-decisive',
	applies: 'iam-mark-applies',
	notApplies: 'iam-mark-not-applies',
};

const _HOP_WORDS = {
	assume: 'may the caller assume the role?',
	session: "may the role's session do this?",
};

/** The part of a model decorations need. */
export type DecorationModel = Pick<editor.ITextModel, 'getPositionAt'>;

/** Decorations for `marks` (spans into the model's text). */
export function marksToDecorations(
	marks: readonly PaneMark[],
	model: DecorationModel,
): editor.IModelDeltaDecoration[] {
	return marks.map((mark) => {
		const start = model.getPositionAt(mark.span.offset);
		const end = model.getPositionAt(mark.span.offset + mark.span.length);
		return {
			range: {
				startLineNumber: start.lineNumber,
				startColumn: start.column,
				endLineNumber: end.lineNumber,
				endColumn: end.column,
			},
			options: {
				className: MARK_CLASSES[mark.kind],
				// Read when the reader hovers, not on every keystroke: a long policy's
				// sentences are not written until one is wanted.
				hoverMessage: {
					get value() {
						return `*${_HOP_WORDS[mark.hop]}* ${escapeMarkdown(mark.message)}`;
					},
					isTrusted: false,
					supportHtml: false,
				},
				...(mark.kind === 'decisive'
					? { linesDecorationsClassName: `${MARK_CLASSES.decisive}-gutter`, zIndex: 2 }
					: { zIndex: 1 }),
			},
		};
	});
}

/**
 * Escape Markdown in evaluator sentences, keeping their code spans: text
 * outside backticks gets its special characters escaped, code spans stay.
 */
export function escapeMarkdown(text: string): string {
	return codeSpans(text)
		.map((span) =>
			span.code ? `\`${span.text}\`` : span.text.replace(/[\\*_{}[\]()#+\-.!<>|~`]/g, '\\$&'),
		)
		.join('');
}
