/**
 * Keep and share: presets, the share link (fragment, copied to the
 * clipboard), download of the scenario file, import (a scenario file, a
 * policy document, or what `aws iam get-role` and its kin print), "Copy as
 * AWS CLI", "Copy as CloudFormation" and "Copy as Terraform", and reset to
 * the default document.
 */
import type { BrowserCatalog } from '../../../playground/catalog/browser-catalog.ts';
import { defaultDocument } from '../../../playground/editor/default-document.ts';
import { exportCli } from '../../../playground/editor/export-cli.ts';
import { exportCloudFormation } from '../../../playground/editor/export-cloudformation.ts';
import { exportTerraform } from '../../../playground/editor/export-terraform.ts';
import { encodeShareLink } from '../../../playground/editor/share-link.ts';
import { toScenarios } from '../../../playground/editor/to-scenarios.ts';
import type { RoleDocument } from '../../../playground/editor/types.ts';
import presetsFile from '../../../playground/scenarios/presets/presets.json';
import { presetDocument, type PresetCase } from '../../lib/playground/preset-document.ts';
import { readImportFile } from '../../lib/playground/read-import-file.ts';
import { fill, h, listen, part, sentence } from './dom.ts';

/** What the panel needs from the app. */
export interface KeepPanelOptions {
	readonly root: HTMLElement;
	readonly catalog: BrowserCatalog;
	readonly getDoc: () => RoleDocument;
	/** Load a whole new document (with an optional note to show). */
	readonly load: (doc: RoleDocument, note?: string) => void;
	readonly announce: (message: string) => void;
	/** Where the share link goes. @default window.location / history */
	readonly location: Location;
	readonly history: History;
}

/** The mounted panel. */
export interface KeepPanel {
	unmount(): void;
}

const _PRESETS = (presetsFile as { cases: PresetCase[] }).cases;

/** Mount the toolbar's actions. */
export function mountKeepPanel(options: KeepPanelOptions): KeepPanel {
	const { root, announce } = options;
	const presetSelect = part<HTMLSelectElement>(root, '[data-preset]');
	presetSelect.append(..._PRESETS.map((p) => h('option', { value: p.id }, p.name)));
	const exportBox = part<HTMLDetailsElement>(root, '[data-export]');

	const copy = async (text: string, what: string): Promise<void> => {
		try {
			await navigator.clipboard.writeText(text);
			announce(`${what} copied`);
		} catch {
			announce(`${what} could not be copied automatically: select it below and copy it`);
		}
	};
	const show = (title: string, text: string): void => {
		part(exportBox, '[data-export-title]').textContent = title;
		part(exportBox, '[data-export-text]').textContent = text;
		exportBox.hidden = false;
		exportBox.open = true;
	};
	const managed = options.catalog.managedPolicies;

	const actions: Record<string, () => void | Promise<void>> = {
		preset() {
			const preset = _PRESETS.find((p) => p.id === presetSelect.value);
			if (preset === undefined) {
				announce('choose a preset first');
				return;
			}
			const { doc, note } = presetDocument(preset, _PRESETS);
			options.load(doc, note);
			announce(`opened the preset: ${preset.name}`);
		},
		async share() {
			const link = encodeShareLink(options.getDoc());
			if (!link.ok) {
				announce(link.message);
				return;
			}
			options.history.replaceState(null, '', link.hash);
			await copy(options.location.href, 'link');
		},
		download() {
			const { scenarios, errors } = toScenarios(options.getDoc());
			if (scenarios === undefined) {
				announce(`cannot download yet: ${errors.map((e) => e.message).join('; ')}`);
				return;
			}
			const blob = new Blob([JSON.stringify(scenarios, null, 2) + '\n'], {
				type: 'application/json',
			});
			const url = URL.createObjectURL(blob);
			const a = h('a', { href: url, download: `${options.getDoc().roleName || 'role'}.json` });
			document.body.append(a);
			a.click();
			a.remove();
			setTimeout(() => URL.revokeObjectURL(url), 1000);
			announce('scenario file downloaded');
		},
		async cli() {
			const text = exportCli(options.getDoc(), managed);
			show('AWS CLI commands', text);
			await copy(text, 'AWS CLI commands');
		},
		async cloudformation() {
			const text = exportCloudFormation(options.getDoc(), managed);
			show('CloudFormation template', text);
			await copy(text, 'CloudFormation template');
		},
		async terraform() {
			const text = exportTerraform(options.getDoc(), managed);
			show('Terraform configuration', text);
			await copy(text, 'Terraform configuration');
		},
		reset() {
			options.load(defaultDocument());
			announce('reset to the default role');
		},
	};
	const offs = [
		listen(root, 'click', (event) => {
			const button = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
			const action = button?.dataset.action;
			if (action !== undefined && Object.hasOwn(actions, action)) {
				void Promise.resolve(actions[action]!()).catch((e: unknown) => announce(String(e)));
			}
		}),
		listen(part<HTMLInputElement>(root, '[data-upload]'), 'change', (event) => {
			const input = event.target as HTMLInputElement;
			const file = input.files?.[0];
			input.value = '';
			if (file === undefined) return;
			void file.text().then((text) => {
				const read = readImportFile(text, options.getDoc());
				if ('doc' in read) {
					options.load(read.doc, read.note);
					announce(`imported ${read.what} from ${file.name}`);
				} else {
					announce(`${file.name} cannot be imported: ${read.message}`);
				}
			});
		}),
	];
	return {
		unmount() {
			for (const off of offs) off();
		},
	};
}

/** Show `message` (plain text with code in backticks) in the load-message line, or hide it. */
export function showLoadMessage(root: HTMLElement, message: string | undefined): void {
	const line = part(root, '[data-load-message]');
	line.hidden = message === undefined;
	fill(line, message === undefined ? '' : sentence(message));
}
