/**
 * Structural edits of a role document that the page's buttons make: add,
 * remove and rename policies, attach a managed policy, turn the boundary,
 * session policy and SCP levels on and off. Text edits inside a pane go
 * through the editor core's `setPaneText`.
 */
import { formatPolicyText } from '../../../playground/editor/format-policy-text.ts';
import type {
	OrganizationLevel,
	PolicySource,
	RoleDocument,
} from '../../../playground/editor/types.ts';

/** The policy lists a reader can grow: the role's permission policies, or the caller's own. */
export type PolicyList = 'permission' | 'caller';

/** The text of a new inline policy: one harmless statement to edit from. */
export const NEW_POLICY_TEXT = formatPolicyText({
	Version: '2012-10-17',
	Statement: [{ Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*' }],
});

/** An SCP that allows everything, like AWS's `FullAWSAccess`. */
export const ALLOW_ALL_TEXT = formatPolicyText({
	Version: '2012-10-17',
	Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

/** IAM's rule for policy names: 1–128 of letters, digits and `+=,.@_-`. */
const _NAME = /^[\w+=,.@-]{1,128}$/;

function _list(doc: RoleDocument, list: PolicyList): readonly PolicySource[] {
	return list === 'permission' ? doc.permissionPolicies : doc.caller.policies;
}

function _withList(doc: RoleDocument, list: PolicyList, sources: PolicySource[]): RoleDocument {
	return list === 'permission'
		? { ...doc, permissionPolicies: sources }
		: { ...doc, caller: { ...doc.caller, policies: sources } };
}

/** A name not yet used in the list: `Policy1`, `Policy2`, ... */
export function freshPolicyName(doc: RoleDocument, list: PolicyList, stem = 'Policy'): string {
	const used = new Set(_list(doc, list).map((s) => (s.kind === 'inline' ? s.name : undefined)));
	for (let n = 1; ; n++) if (!used.has(`${stem}${n}`)) return `${stem}${n}`;
}

/** The document with a new inline policy at the end of `list`. */
export function addInlinePolicy(
	doc: RoleDocument,
	list: PolicyList,
	text = NEW_POLICY_TEXT,
	name = freshPolicyName(doc, list),
): RoleDocument {
	return _withList(doc, list, [..._list(doc, list), { kind: 'inline', name, text }]);
}

/** The document with the AWS managed policy `arn` attached (once). */
export function attachManaged(doc: RoleDocument, list: PolicyList, arn: string): RoleDocument {
	if (_list(doc, list).some((s) => s.kind === 'managed' && s.arn === arn)) return doc;
	return _withList(doc, list, [..._list(doc, list), { kind: 'managed', arn }]);
}

/** The document without the policy at `index` of `list`. */
export function removePolicy(doc: RoleDocument, list: PolicyList, index: number): RoleDocument {
	return _withList(
		doc,
		list,
		_list(doc, list).filter((_, i) => i !== index),
	);
}

/**
 * Rename the inline policy at `index`: the new document, or a plain-text
 * message saying why the name cannot be used.
 */
export function renamePolicy(
	doc: RoleDocument,
	list: PolicyList,
	index: number,
	name: string,
): { doc: RoleDocument } | { message: string } {
	const sources = _list(doc, list);
	const source = sources[index];
	if (source === undefined || source.kind !== 'inline') {
		return { message: 'only an inline policy can be renamed' };
	}
	if (!_NAME.test(name)) {
		return {
			message: `\`${name}\` is not a policy name: use 1 to 128 letters, digits and \`+=,.@_-\``,
		};
	}
	if (sources.some((s, i) => i !== index && s.kind === 'inline' && s.name === name)) {
		return { message: `another policy is already named \`${name}\`` };
	}
	return {
		doc: _withList(
			doc,
			list,
			sources.map((s, i) => (i === index ? { ...source, name } : s)),
		),
	};
}

/** The document with or without a permissions boundary (a fresh inline one when turned on). */
export function setBoundary(doc: RoleDocument, on: boolean): RoleDocument {
	if (!on) return _without(doc, 'permissionsBoundary');
	if (doc.permissionsBoundary) return doc;
	return { ...doc, permissionsBoundary: { kind: 'inline', text: ALLOW_ALL_TEXT } };
}

/** The document with or without a session policy (a fresh inline one when turned on). */
export function setSessionPolicy(doc: RoleDocument, on: boolean): RoleDocument {
	if (!on) return _without(doc, 'sessionPolicy');
	if (doc.sessionPolicy) return doc;
	return { ...doc, sessionPolicy: { kind: 'inline', text: ALLOW_ALL_TEXT } };
}

/** The document with one more SCP level (below the others), holding an allow-all policy. */
export function addScpLevel(doc: RoleDocument): RoleDocument {
	const levels = doc.serviceControlPolicies ?? [];
	const name = levels.length === 0 ? 'root' : `ou-${levels.length}`;
	const level: OrganizationLevel = {
		name,
		policies: [{ kind: 'inline', name: 'FullAWSAccess', text: ALLOW_ALL_TEXT }],
	};
	return { ...doc, serviceControlPolicies: [...levels, level] };
}

/** The document without SCP level `index` (without SCPs at all when none is left). */
export function removeScpLevel(doc: RoleDocument, index: number): RoleDocument {
	const levels = (doc.serviceControlPolicies ?? []).filter((_, i) => i !== index);
	return levels.length === 0
		? _without(doc, 'serviceControlPolicies')
		: { ...doc, serviceControlPolicies: levels };
}

function _without(
	doc: RoleDocument,
	key: 'permissionsBoundary' | 'sessionPolicy' | 'serviceControlPolicies',
): RoleDocument {
	const copy: Record<string, unknown> = { ...doc };
	delete copy[key];
	return copy as unknown as RoleDocument;
}
