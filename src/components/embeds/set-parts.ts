import { codeSpans } from '../../../playground/evaluator/index.ts';

/**
 * Put a sentence with `code` in backticks into an element as text and
 * `<code>` nodes: never as HTML, so nothing the reader typed becomes markup.
 */
export function setParts(element: HTMLElement, sentence: string): void {
	element.replaceChildren(
		...codeSpans(sentence).map((span) => {
			if (!span.code) return document.createTextNode(span.text);
			const code = document.createElement('code');
			code.textContent = span.text;
			return code;
		}),
	);
}
