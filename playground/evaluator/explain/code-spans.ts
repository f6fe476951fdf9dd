/**
 * Every sentence of `explain/` marks code-like text with backticks
 * (`` `ec2.amazonaws.com` ``); each edge (page, playground, hover) shows those
 * parts its own way. This is the one reading of that mark-up.
 */

/** One part of a sentence. */
export interface CodeSpan {
	/** Whether the part was between backticks. */
	readonly code: boolean;
	readonly text: string;
}

/**
 * Split `text` at backticks: odd parts are code. An unpaired last backtick is
 * kept as plain text, so nothing a reader typed into a name is lost.
 */
export function codeSpans(text: string): CodeSpan[] {
	const parts = text.split('`');
	const spans: CodeSpan[] = [];
	const paired = parts.length % 2 === 1;
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		const isCode = i % 2 === 1 && (paired || i < parts.length - 1);
		const piece = !paired && i === parts.length - 1 && i % 2 === 1 ? '`' + part : part;
		if (piece === '') continue;
		const last = spans.at(-1);
		if (last !== undefined && last.code === isCode) {
			spans[spans.length - 1] = { code: isCode, text: last.text + piece };
		} else {
			spans.push({ code: isCode, text: piece });
		}
	}
	return spans;
}
