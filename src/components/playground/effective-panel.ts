/**
 * Effective permissions: for a chosen service, every action evaluated for
 * the role's session, grouped by access level (the editor core's
 * `effectivePermissions`). Recomputed shortly after the document changes.
 */
import type { BrowserCatalog } from '../../../playground/catalog/browser-catalog.ts';
import { effectivePermissions } from '../../../playground/editor/effective-permissions.ts';
import type { EffectivePermissions, RoleDocument } from '../../../playground/editor/types.ts';
import { VERDICT_WORDS } from '../../lib/playground/hop-words.ts';
import { fill, h, listen, sentence } from './dom.ts';

/** What the panel needs from the app. */
export interface EffectivePanelOptions {
	readonly select: HTMLSelectElement;
	readonly output: HTMLElement;
	readonly catalog: BrowserCatalog;
	readonly getDoc: () => RoleDocument;
}

/** The mounted panel. */
export interface EffectivePanel {
	/** Recompute soon (debounced). */
	update(): void;
	unmount(): void;
}

/** @default 300 ms after the last change */
const _DELAY = 300;

/** Mount the panel: fill the service list, compute for the selected service. */
export function mountEffectivePanel(options: EffectivePanelOptions): EffectivePanel {
	const { select, output, catalog } = options;
	const index = catalog.services.index();
	const current = select.value || 'iam';
	fill(
		select,
		...Object.keys(index)
			.sort()
			.map((prefix) =>
				h(
					'option',
					{ value: prefix, selected: prefix === current },
					`${prefix} (${index[prefix]!.name})`,
				),
			),
	);
	let timer: ReturnType<typeof setTimeout> | undefined;
	let run = 0;
	const compute = async (): Promise<void> => {
		const mine = ++run;
		const prefix = select.value;
		output.setAttribute('aria-busy', 'true');
		await catalog.ensureServices([prefix]);
		await catalog.ensureFor(JSON.stringify(options.getDoc()));
		if (mine !== run) return;
		const result = effectivePermissions(options.getDoc(), prefix, {
			services: catalog.services,
			managedPolicies: catalog.managedPolicies,
		});
		output.removeAttribute('aria-busy');
		fill(output, ..._render(result));
	};
	const schedule = (): void => {
		clearTimeout(timer);
		timer = setTimeout(
			() => void compute().catch((e: unknown) => fill(output, `Could not compute: ${String(e)}`)),
			_DELAY,
		);
	};
	const off = listen(select, 'change', () => void compute());
	void compute();
	return {
		update: schedule,
		unmount() {
			off();
			clearTimeout(timer);
		},
	};
}

function _render(result: EffectivePermissions): Node[] {
	if (result.message !== undefined) return [h('p', {}, sentence(result.message))];
	const total = result.groups.reduce((n, g) => n + g.rows.length, 0);
	const allowed = result.groups.reduce(
		(n, g) => n + g.rows.filter((r) => r.decision === 'allowed').length,
		0,
	);
	const nodes: Node[] = [
		h(
			'p',
			{ 'data-effective-summary': '' },
			sentence(`The session may call ${allowed} of ${total} \`${result.service}\` actions.`),
		),
	];
	for (const group of result.groups) {
		const yes = group.rows.filter((r) => r.decision === 'allowed').length;
		nodes.push(
			h(
				'details',
				{ class: 'pg-access', 'data-access-level': group.accessLevel, open: yes > 0 },
				h('summary', {}, `${group.accessLevel}: ${yes} of ${group.rows.length} allowed`),
				h(
					'table',
					{},
					h(
						'thead',
						{},
						h('tr', {}, h('th', { scope: 'col' }, 'Action'), h('th', { scope: 'col' }, 'Decision')),
					),
					h(
						'tbody',
						{},
						...group.rows.map((row) =>
							h(
								'tr',
								{ 'data-decision': row.decision },
								h('td', {}, h('code', {}, row.action)),
								h('td', {}, VERDICT_WORDS[row.decision]),
							),
						),
					),
				),
			),
		);
	}
	return nodes;
}
