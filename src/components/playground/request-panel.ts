/**
 * The request panel: the role (account, name), hop 1's caller and assume
 * action with its context, and hop 2's session name, action, resource and
 * context. Inputs write into the document as the reader types; `update`
 * refills them only when the document came from elsewhere (a preset, a link,
 * a file).
 */
import type { AssumeAction, HopId, RoleDocument } from '../../../playground/editor/types.ts';
import {
	contextFromRows,
	rowsFromContext,
	type ContextRow,
	type ContextRowType,
} from '../../lib/playground/context-rows.ts';
import type { RequestField } from '../../lib/playground/request-checks.ts';
import { fill, h, listen, part, sentence } from './dom.ts';

/** What the panel needs from the app. */
export interface RequestPanelOptions {
	readonly root: HTMLElement;
	readonly getDoc: () => RoleDocument;
	readonly onChange: (doc: RoleDocument) => void;
}

/** The mounted panel. */
export interface RequestPanel {
	/** Refill every input from `doc`. */
	update(doc: RoleDocument): void;
	/** Show each field's problem under it (and mark it invalid); fields not listed are cleared. */
	check(messages: Partial<Record<RequestField, string>>): void;
	unmount(): void;
}

const _TYPES: readonly ContextRowType[] = ['string', 'number', 'bool', 'list'];
const _CHECKED: readonly RequestField[] = [
	'account',
	'roleName',
	'caller',
	'sessionName',
	'action',
	'resource',
];

/** Mount the request panel on its static markup. */
export function mountRequestPanel(options: RequestPanelOptions): RequestPanel {
	const { root } = options;
	const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string): T =>
		part<T>(root, `[data-field="${name}"]`);
	const inputs = {
		account: field<HTMLInputElement>('account'),
		roleName: field<HTMLInputElement>('roleName'),
		caller: field<HTMLInputElement>('caller'),
		assumeAction: field<HTMLSelectElement>('assumeAction'),
		sessionName: field<HTMLInputElement>('sessionName'),
		action: field<HTMLInputElement>('action'),
		resource: field<HTMLInputElement>('resource'),
	};
	const rows: Record<HopId, ContextRow[]> = { assume: [], session: [] };
	// One message line under each checked field, tied to it by aria-describedby.
	const messageLines = new Map<RequestField, HTMLElement>();
	for (const name of _CHECKED) {
		const input = inputs[name];
		const line = h('p', { class: 'pg-field-message', id: `${input.id}-message`, hidden: true });
		(input.closest('.pg-field') ?? input).after(line);
		const described = input.getAttribute('aria-describedby');
		input.setAttribute('aria-describedby', described ? `${described} ${line.id}` : line.id);
		messageLines.set(name, line);
	}
	const offs: (() => void)[] = [];

	const readInputs = (doc: RoleDocument): RoleDocument => ({
		...doc,
		account: inputs.account.value.trim(),
		roleName: inputs.roleName.value.trim(),
		caller: {
			...doc.caller,
			principal: inputs.caller.value.trim(),
			action: inputs.assumeAction.value as AssumeAction,
		},
		session: {
			...doc.session,
			sessionName: inputs.sessionName.value.trim(),
			action: inputs.action.value.trim(),
			resource: inputs.resource.value.trim(),
		},
	});
	const changed = (): void => options.onChange(readInputs(options.getDoc()));
	for (const input of Object.values(inputs)) {
		offs.push(listen(input, input instanceof HTMLSelectElement ? 'change' : 'input', changed));
	}
	for (const button of root.querySelectorAll<HTMLButtonElement>('[data-caller]')) {
		offs.push(
			listen(button, 'click', () => {
				inputs.caller.value = button.dataset.caller ?? '';
				changed();
			}),
		);
	}

	const writeContext = (hop: HopId): void => {
		const { context, errors } = contextFromRows(rows[hop]);
		const box = part(root, `[data-context="${hop}"]`);
		box.querySelectorAll<HTMLElement>('[data-row-error]').forEach((el, i) => {
			const error = errors.find((e) => e.index === i);
			fill(el, error ? sentence(error.message) : '');
		});
		const doc = options.getDoc();
		options.onChange(
			hop === 'assume'
				? { ...doc, caller: { ...doc.caller, context } }
				: { ...doc, session: { ...doc.session, context } },
		);
	};

	const renderContext = (hop: HopId): void => {
		const box = part(root, `[data-context="${hop}"]`);
		const label = hop === 'assume' ? 'caller' : 'session';
		const list = h('ul', { class: 'pg-context-rows' });
		rows[hop].forEach((row, i) => {
			const n = i + 1;
			const key = h('input', {
				value: row.key,
				'aria-label': `${label} context key ${n}`,
				spellcheck: 'false',
				placeholder: 'aws:SourceIp',
			});
			const type = h(
				'select',
				{ 'aria-label': `type of ${label} context key ${n}` },
				..._TYPES.map((t) => h('option', { value: t, selected: t === row.type }, t)),
			);
			const value = h('input', {
				value: row.value,
				'aria-label': `value of ${label} context key ${n}`,
				spellcheck: 'false',
				placeholder: row.type === 'list' ? 'a, b, c' : row.type === 'bool' ? 'true' : '',
			});
			const remove = h(
				'button',
				{ type: 'button', 'aria-label': `remove ${label} context key ${n}` },
				'Remove',
			);
			const sync = (): void => {
				rows[hop][i] = { key: key.value, type: type.value as ContextRowType, value: value.value };
				writeContext(hop);
			};
			key.addEventListener('input', sync);
			value.addEventListener('input', sync);
			type.addEventListener('change', sync);
			remove.addEventListener('click', () => {
				rows[hop].splice(i, 1);
				renderContext(hop);
				writeContext(hop);
			});
			list.append(
				h(
					'li',
					{},
					key,
					type,
					value,
					remove,
					h('span', { class: 'pg-help', 'data-row-error': '' }),
				),
			);
		});
		const add = h('button', { type: 'button' }, `Add ${label} context key`);
		add.addEventListener('click', () => {
			rows[hop].push({ key: '', type: 'string', value: '' });
			renderContext(hop);
			box.querySelectorAll('input')[rows[hop].length * 2 - 2]?.focus();
		});
		fill(
			box,
			h(
				'p',
				{ class: 'pg-context-title' },
				`Context of the ${label === 'caller' ? 'assume call' : 'session’s request'}`,
			),
			list,
			add,
		);
	};

	return {
		update(doc) {
			inputs.account.value = doc.account;
			inputs.roleName.value = doc.roleName;
			inputs.caller.value = doc.caller.principal;
			inputs.assumeAction.value = doc.caller.action;
			inputs.sessionName.value = doc.session.sessionName;
			inputs.action.value = doc.session.action;
			inputs.resource.value = doc.session.resource;
			rows.assume = rowsFromContext(doc.caller.context);
			rows.session = rowsFromContext(doc.session.context);
			renderContext('assume');
			renderContext('session');
		},
		check(messages) {
			for (const [name, line] of messageLines) {
				const message = messages[name];
				const input = inputs[name];
				line.hidden = message === undefined;
				fill(line, message === undefined ? '' : sentence(message));
				if (message === undefined) input.removeAttribute('aria-invalid');
				else input.setAttribute('aria-invalid', 'true');
			}
		},
		unmount() {
			for (const off of offs) off();
			for (const line of messageLines.values()) line.remove();
		},
	};
}
