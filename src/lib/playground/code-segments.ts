/**
 * The evaluator's sentences mark code-like text with backticks
 * (`` `ec2.amazonaws.com` ``). The page shows those parts as `<code>`; this
 * splits a sentence into plain and code parts, so the DOM side only ever
 * creates text nodes (never HTML from user data).
 */

/** One part of a sentence. */
export interface CodeSegment {
	/** Whether the part was between backticks. */
	readonly code: boolean;
	readonly text: string;
}

/**
 * Split `text` at backticks: odd parts are code. An unpaired last backtick is
 * kept as plain text, so nothing the user typed is lost.
 */
export function codeSegments(text: string): CodeSegment[] {
	const parts = text.split('`');
	const segments: CodeSegment[] = [];
	const paired = parts.length % 2 === 1;
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		const isCode = i % 2 === 1 && (paired || i < parts.length - 1);
		const piece = !paired && i === parts.length - 1 && i % 2 === 1 ? '`' + part : part;
		if (piece === '') continue;
		const last = segments.at(-1);
		if (last !== undefined && last.code === isCode) {
			segments[segments.length - 1] = { code: isCode, text: last.text + piece };
		} else {
			segments.push({ code: isCode, text: piece });
		}
	}
	return segments;
}
