/**
 * The searchable picker that attaches an AWS managed policy by name: a text
 * input with suggestions (a `<datalist>` refilled from the catalog's policy
 * index as the reader types) and an Attach button. The index (about 500 KB)
 * is fetched the first time the input gets focus.
 */
import type { BrowserCatalog } from '../../../playground/catalog/browser-catalog.ts';
import type { PolicyList } from '../../lib/playground/document-edits.ts';
import { searchManagedPolicies } from '../../lib/playground/managed-search.ts';
import { h, listen } from './dom.ts';

/** The mounted picker. */
export interface ManagedPicker {
	readonly element: HTMLElement;
	unmount(): void;
}

/** Mount the picker; `attach` is called with a policy ARN the index holds. */
export function mountManagedPicker(
	catalog: BrowserCatalog,
	attach: (list: PolicyList, arn: string) => void,
): ManagedPicker {
	const input = h('input', {
		id: 'pg-managed',
		type: 'search',
		list: 'pg-managed-list',
		placeholder: 'e.g. ReadOnly',
		spellcheck: 'false',
		autocomplete: 'off',
		'aria-describedby': 'pg-managed-help',
	});
	const datalist = h('datalist', { id: 'pg-managed-list' });
	const target = h(
		'select',
		{ 'aria-label': 'attach to' },
		h('option', { value: 'permission' }, 'to the role'),
		h('option', { value: 'caller' }, "to the caller's own policies"),
	);
	const button = h('button', { type: 'button' }, 'Attach');
	const help = h('p', { class: 'pg-help', id: 'pg-managed-help' }, 'Type part of a policy name.');
	const element = h(
		'div',
		{ class: 'pg-field pg-managed' },
		h('label', { for: 'pg-managed' }, 'AWS managed policy'),
		input,
		datalist,
		target,
		button,
		help,
	);
	let index: Readonly<Record<string, { readonly arn: string }>> | undefined;
	const load = async (): Promise<void> => {
		if (index !== undefined) return;
		help.textContent = 'Loading the list of AWS managed policies…';
		try {
			index = await catalog.policyIndex();
			help.textContent = `${Object.keys(index).length} AWS managed policies. Type part of a name.`;
		} catch (error) {
			help.textContent = `The list of managed policies could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
		}
	};
	const suggest = (): void => {
		if (index === undefined) return;
		datalist.replaceChildren(
			...searchManagedPolicies(index, input.value, 30).map((hit) =>
				h('option', { value: hit.name }),
			),
		);
	};
	const submit = async (): Promise<void> => {
		await load();
		const name = input.value.trim();
		const found =
			index === undefined ? undefined : Object.hasOwn(index, name) ? index[name] : undefined;
		if (found === undefined) {
			help.textContent =
				name === '' ? 'Type a policy name first.' : `No AWS managed policy is named “${name}”.`;
			return;
		}
		attach(target.value as PolicyList, found.arn);
		input.value = '';
	};
	const offs = [
		listen(input, 'focus', () => void load().then(suggest)),
		listen(input, 'input', suggest),
		listen(input, 'keydown', (event) => {
			if (event.key === 'Enter') {
				event.preventDefault();
				void submit();
			}
		}),
		listen(button, 'click', () => void submit()),
	];
	return {
		element,
		unmount() {
			for (const off of offs) off();
		},
	};
}
