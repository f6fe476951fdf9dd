/**
 * The label of a pane's tab: the editor core's title, with the kind in front
 * where the title alone would not say whose policy it is (the caller's own
 * policies, SCP and RCP levels).
 */
import type { Pane, RoleDocument } from '../../../playground/editor/types.ts';

/** `trust policy`, `ReadLogs`, `caller: AssumeAuditRole`, `SCP root: FullAWSAccess`, ... */
export function paneLabel(pane: Pane, doc: RoleDocument): string {
	const [, level] = pane.id.split('/');
	switch (pane.kind) {
		case 'caller':
			return `caller: ${pane.title}`;
		case 'scp':
		case 'rcp': {
			const levels = pane.kind === 'scp' ? doc.serviceControlPolicies : doc.resourceControlPolicies;
			const name = levels?.[Number(level)]?.name ?? level;
			return `${pane.kind.toUpperCase()} ${name}: ${pane.title}`;
		}
		case 'boundary':
			return pane.readOnly ? `boundary: ${pane.title}` : 'permissions boundary';
		case 'session':
			return pane.readOnly ? `session policy: ${pane.title}` : 'session policy';
		default:
			return pane.title;
	}
}
