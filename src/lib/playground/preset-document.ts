/**
 * The presets are corpus cases (`playground/scenarios/presets/`): one
 * scenario each, asking either hop 1 (someone assumes a role) or hop 2 (a
 * role's session acts). The playground edits a role seen from both hops, so a
 * preset becomes a role document: its own hop from the case, the other hop
 * from a sibling case about the same role when the file has one.
 */
import { defaultDocument } from '../../../playground/editor/default-document.ts';
import { formatPolicyText } from '../../../playground/editor/format-policy-text.ts';
import type { ContextValue } from '../../../playground/evaluator/index.ts';
import type {
	AssumeAction,
	OrganizationLevel,
	PolicySource,
	RoleDocument,
} from '../../../playground/editor/types.ts';

/** One preset: a corpus case with an id. */
export interface PresetCase {
	readonly id: string;
	readonly name: string;
	readonly scenario: Readonly<Record<string, unknown>>;
}

/** What a scenario's request says about the role it concerns. */
interface RoleRef {
	readonly account: string;
	readonly roleName: string;
	readonly sessionName?: string;
	/** `true` when the principal is an IAM user shown as a role. */
	readonly fromUser?: boolean;
}

const _ASSUME = /^sts:AssumeRole(WithWebIdentity|WithSAML)?$/i;
const _ROLE_ARN = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/;
const _SESSION_ARN = /^arn:aws[\w-]*:sts::(\d{12}):assumed-role\/([^/]+)\/(.+)$/;
const _USER_ARN = /^arn:aws[\w-]*:iam::(\d{12}):user\/(?:.*\/)?([^/]+)$/;

/** Whether the case asks hop 1 (an `sts:AssumeRole*` call on a role ARN). */
export function isAssumeCase(scenario: Readonly<Record<string, unknown>>): boolean {
	const request = _request(scenario);
	return _ASSUME.test(request.action) && _ROLE_ARN.test(request.resource);
}

/** The role a case is about: the assumed role (hop 1) or the acting session's role (hop 2). */
export function presetRole(scenario: Readonly<Record<string, unknown>>): RoleRef | undefined {
	const request = _request(scenario);
	if (isAssumeCase(scenario)) {
		const m = _ROLE_ARN.exec(request.resource)!;
		return { account: m[1]!, roleName: m[2]! };
	}
	const session = _SESSION_ARN.exec(request.principal);
	if (session) return { account: session[1]!, roleName: session[2]!, sessionName: session[3]! };
	const user = _USER_ARN.exec(request.principal);
	if (user) return { account: user[1]!, roleName: user[2]!, fromUser: true };
	return undefined;
}

/**
 * The role document for `preset`, with the other hop taken from the first
 * of `siblings` about the same role. A note says when the case's principal is
 * not a role session (an IAM user is shown as a role with the same policies).
 */
export function presetDocument(
	preset: PresetCase,
	siblings: readonly PresetCase[] = [],
): { doc: RoleDocument; note?: string } {
	const role = presetRole(preset.scenario);
	let doc = _withRole(defaultDocument(), role);
	const key = (r: RoleRef | undefined): string => (r ? `${r.account}/${r.roleName}` : '');
	const assume = isAssumeCase(preset.scenario);
	const other = siblings.find(
		(s) =>
			s.id !== preset.id &&
			isAssumeCase(s.scenario) !== assume &&
			key(presetRole(s.scenario)) === key(role),
	);
	for (const scenario of other ? [other.scenario, preset.scenario] : [preset.scenario]) {
		doc = isAssumeCase(scenario) ? _applyAssume(doc, scenario) : _applySession(doc, scenario);
	}
	if (assume && !other) doc = { ...doc, permissionPolicies: [] };
	const note = role?.fromUser
		? `this preset's caller is the IAM user \`${role.roleName}\`: the playground shows the user's policies on a role of that name, which the evaluator decides the same way`
		: role === undefined
			? 'this preset does not name a role: its request is shown as the session of the demo role'
			: undefined;
	return note === undefined ? { doc } : { doc, note };
}

function _withRole(doc: RoleDocument, role: RoleRef | undefined): RoleDocument {
	if (role === undefined) return doc;
	return {
		...doc,
		account: role.account,
		roleName: role.roleName,
		session: { ...doc.session, sessionName: role.sessionName ?? doc.session.sessionName },
	};
}

function _applyAssume(
	doc: RoleDocument,
	scenario: Readonly<Record<string, unknown>>,
): RoleDocument {
	const request = _request(scenario);
	const trust = scenario.resourcePolicy;
	return {
		...doc,
		trustPolicy: trust === undefined ? doc.trustPolicy : formatPolicyText(trust),
		caller: {
			principal: request.principal,
			action: request.action as AssumeAction,
			context: request.context,
			policies: _sources(scenario.identityPolicies, 'CallerPolicy'),
		},
		...(scenario.serviceControlPolicies
			? { serviceControlPolicies: _levels(scenario.serviceControlPolicies) }
			: {}),
		...(scenario.resourceControlPolicies
			? { resourceControlPolicies: _levels(scenario.resourceControlPolicies) }
			: {}),
	};
}

function _applySession(
	doc: RoleDocument,
	scenario: Readonly<Record<string, unknown>>,
): RoleDocument {
	const request = _request(scenario);
	const boundary = _source(scenario.permissionsBoundary, undefined);
	const session = _source(scenario.sessionPolicy, undefined);
	const next: RoleDocument = {
		...doc,
		permissionPolicies: _sources(scenario.identityPolicies, 'Policy'),
		session: {
			sessionName: doc.session.sessionName,
			action: request.action,
			resource: request.resource,
			context: request.context,
			...(request.resourceAccount ? { resourceAccount: request.resourceAccount } : {}),
		},
	};
	return {
		...next,
		...(boundary ? { permissionsBoundary: boundary } : {}),
		...(session ? { sessionPolicy: session } : {}),
		...(scenario.serviceControlPolicies
			? { serviceControlPolicies: _levels(scenario.serviceControlPolicies) }
			: {}),
		...(scenario.resourceControlPolicies
			? { resourceControlPolicies: _levels(scenario.resourceControlPolicies) }
			: {}),
	};
}

function _request(scenario: Readonly<Record<string, unknown>>): {
	principal: string;
	action: string;
	resource: string;
	resourceAccount?: string;
	context: Record<string, ContextValue>;
} {
	const r = (scenario.request ?? {}) as Record<string, unknown>;
	const text = (v: unknown): string => (typeof v === 'string' ? v : '');
	return {
		principal: text(r.principal),
		action: text(r.action),
		resource: text(r.resource),
		...(typeof r.resourceAccount === 'string' ? { resourceAccount: r.resourceAccount } : {}),
		context: (r.context ?? {}) as Record<string, ContextValue>,
	};
}

/** A PolicyRef of the scenario format as a document source. */
function _source(ref: unknown, name: string | undefined): PolicySource | undefined {
	if (ref === null || typeof ref !== 'object') return undefined;
	const r = ref as Record<string, unknown>;
	if (typeof r.arn === 'string') return { kind: 'managed', arn: r.arn };
	if (typeof r.name === 'string' && r.document !== undefined) {
		return { kind: 'inline', name: r.name, text: formatPolicyText(r.document) };
	}
	return name === undefined
		? { kind: 'inline', text: formatPolicyText(ref) }
		: { kind: 'inline', name, text: formatPolicyText(ref) };
}

function _sources(refs: unknown, prefix: string): PolicySource[] {
	if (!Array.isArray(refs)) return [];
	return refs
		.map((ref, i) => _source(ref, `${prefix}${i + 1}`))
		.filter((s): s is PolicySource => s !== undefined);
}

function _levels(levels: unknown): OrganizationLevel[] {
	if (!Array.isArray(levels)) return [];
	return levels.map((level, i) => {
		const l = (level ?? {}) as Record<string, unknown>;
		return {
			name: typeof l.name === 'string' ? l.name : `level ${i}`,
			policies: _sources(l.policies, `${typeof l.name === 'string' ? l.name : 'Level'}-`),
		};
	});
}
