import { describe, expect, it } from 'vitest';
import { defaultDocument } from '../../../playground/editor/default-document.ts';
import { documentPanes } from '../../../playground/editor/document-panes.ts';
import type { RoleDocument } from '../../../playground/editor/types.ts';
import {
	addInlinePolicy,
	addScpLevel,
	setBoundary,
	setSessionPolicy,
} from '../../lib/playground/document-edits.ts';
import { paneLabel } from '../../lib/playground/pane-label.ts';

describe('paneLabel', () => {
	it('names every pane so the reader knows whose policy it is', () => {
		let doc: RoleDocument = addScpLevel(
			setSessionPolicy(setBoundary(addInlinePolicy(defaultDocument(), 'caller'), true), true),
		);
		doc = {
			...doc,
			permissionPolicies: [
				...doc.permissionPolicies,
				{ kind: 'inline', name: 'ReadLogs', text: '{}' },
			],
		};
		expect(documentPanes(doc).map((pane) => paneLabel(pane, doc))).toEqual([
			'trust policy',
			'IAMReadOnlyAccess (managed)',
			'ReadLogs',
			'permissions boundary',
			'session policy',
			'caller: Policy1',
			'SCP root: FullAWSAccess',
		]);
	});

	it('names a managed boundary by its policy', () => {
		const doc: RoleDocument = {
			...defaultDocument(),
			permissionsBoundary: { kind: 'managed', arn: 'arn:aws:iam::aws:policy/PowerUserAccess' },
		};
		const pane = documentPanes(doc).find((p) => p.kind === 'boundary')!;
		expect(paneLabel(pane, doc)).toBe('boundary: PowerUserAccess (managed)');
	});
});
