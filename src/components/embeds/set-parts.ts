/**
 * Put a sentence with `code` in backticks into an element as text and
 * `<code>` nodes: never as HTML, so nothing the reader typed becomes markup.
 */
export function setParts(element: HTMLElement, sentence: string): void {
	element.replaceChildren(
		...sentence.split('`').map((text, i) => {
			if (i % 2 === 0) return document.createTextNode(text);
			const code = document.createElement('code');
			code.textContent = text;
			return code;
		}),
	);
}
