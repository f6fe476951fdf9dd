/**
 * Put an edited pane's text back into the document (documents are immutable:
 * a new document comes back, sharing everything else).
 */
import type { PaneId, PolicySource, RoleDocument } from './types.ts';

/**
 * `doc` with the text of inline pane `paneId` replaced. Throws for a pane id
 * that `doc` does not have or that is a managed (read-only) policy: a caller mistake.
 */
export function setPaneText(doc: RoleDocument, paneId: PaneId, text: string): RoleDocument {
	const fail = (why: string): never => {
		throw new Error(`cannot set the text of pane \`${paneId}\`: ${why}`);
	};
	const inline = (source: PolicySource | undefined): PolicySource => {
		if (source === undefined) return fail('the document has no such pane');
		if (source.kind === 'managed') return fail('it is a managed policy (read-only)');
		return { ...source, text };
	};
	const at = <T>(
		list: readonly T[] | undefined,
		index: string | undefined,
		f: (t: T) => T,
	): T[] => {
		const i = Number(index);
		if (list === undefined || !Number.isInteger(i) || i < 0 || i >= list.length) {
			return fail('the document has no such pane');
		}
		return list.map((item, j) => (j === i ? f(item) : item));
	};
	const [kind, a, b, extra] = paneId.split('/');
	const parts = { trust: 1, boundary: 1, session: 1, permission: 2, caller: 2, scp: 3, rcp: 3 }[
		kind ?? ''
	];
	if (
		parts === undefined ||
		extra !== undefined ||
		[kind, a, b].filter((x) => x !== undefined).length !== parts
	) {
		return fail('the document has no such pane');
	}
	switch (kind) {
		case 'trust':
			return a === undefined
				? { ...doc, trustPolicy: text }
				: fail('the document has no such pane');
		case 'permission':
			return { ...doc, permissionPolicies: at(doc.permissionPolicies, a, inline) };
		case 'boundary':
			return { ...doc, permissionsBoundary: inline(doc.permissionsBoundary) };
		case 'session':
			return { ...doc, sessionPolicy: inline(doc.sessionPolicy) };
		case 'caller':
			return { ...doc, caller: { ...doc.caller, policies: at(doc.caller.policies, a, inline) } };
		case 'scp':
		case 'rcp': {
			const key = kind === 'scp' ? 'serviceControlPolicies' : 'resourceControlPolicies';
			const levels = at(doc[key], a, (level) => ({
				...level,
				policies: at(level.policies, b, inline),
			}));
			return { ...doc, [key]: levels };
		}
		default:
			return fail('the document has no such pane');
	}
}
