/**
 * Small DOM helpers for the playground's panels. Everything user-controlled
 * goes into the page as text nodes or attribute values, never as HTML.
 */
import { codeSpans } from '../../../playground/evaluator/index.ts';

/** Attributes: strings are set as attributes, `true` as an empty one, `false`/`undefined` skipped. */
export type Attrs = Readonly<Record<string, string | boolean | undefined>>;

/** Create an element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Attrs = {},
	...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) {
		if (value === undefined || value === false) continue;
		el.setAttribute(name, value === true ? '' : value);
	}
	for (const child of children) {
		if (child !== undefined) el.append(child);
	}
	return el;
}

/** A sentence with its backtick parts as `<code>`, built from text nodes only. */
export function sentence(text: string): DocumentFragment {
	const fragment = document.createDocumentFragment();
	for (const part of codeSpans(text)) {
		fragment.append(part.code ? h('code', {}, part.text) : document.createTextNode(part.text));
	}
	return fragment;
}

/** Replace an element's children. */
export function fill(el: Element, ...children: (Node | string | undefined)[]): void {
	el.replaceChildren(...children.filter((c): c is Node | string => c !== undefined));
}

/** The element matching `selector` inside `root`; throws a precise error when the markup lacks it. */
export function part<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
	const el = root.querySelector<T>(selector);
	if (el === null) throw new Error(`the playground markup has no \`${selector}\``);
	return el;
}

/** Subscribe to a DOM event; returns the function that unsubscribes. */
export function listen<K extends keyof HTMLElementEventMap>(
	target: HTMLElement | Document | Window,
	type: K,
	handler: (event: HTMLElementEventMap[K]) => void,
	options?: AddEventListenerOptions,
): () => void {
	target.addEventListener(type, handler as EventListener, options);
	return () => target.removeEventListener(type, handler as EventListener, options);
}
