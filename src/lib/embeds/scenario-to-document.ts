/**
 * "Open in playground" for an embed: turn one scenario into the playground's
 * role document, the scenario becoming the hop it is. A role assumption
 * (`sts:AssumeRole*` on a role ARN, with a trust policy) becomes hop 1 and
 * the rest comes from the default document; a request by a role session
 * becomes hop 2 with a placeholder trust policy. A scenario the document
 * cannot hold exactly (a resource policy on a session's request, a role
 * with a path, ...) gives `undefined`: better no link than a changed scenario.
 */
import { defaultDocument } from '../../../playground/editor/default-document.ts';
import type {
	AssumeAction,
	OrganizationLevel,
	PolicySource,
	RoleDocument,
} from '../../../playground/editor/types.ts';
import type { ContextValue } from '../../../playground/evaluator/index.ts';
import { policyText } from './grade-exercise.ts';

const _ASSUME: readonly string[] = [
	'sts:AssumeRole',
	'sts:AssumeRoleWithWebIdentity',
	'sts:AssumeRoleWithSAML',
];
const _ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/([\w+=,.@-]{1,64})$/;
const _SESSION_ARN = /^arn:aws:sts::(\d{12}):assumed-role\/([\w+=,.@-]{1,64})\/([\w+=,.@-]{2,64})$/;
const _SCENARIO_KEYS = [
	'name',
	'request',
	'identityPolicies',
	'resourcePolicy',
	'permissionsBoundary',
	'sessionPolicy',
	'serviceControlPolicies',
	'resourceControlPolicies',
];

/** The document whose matching hop is `scenario`, or `undefined` when it cannot hold it exactly. */
export function scenarioToDocument(
	scenario: Readonly<Record<string, unknown>>,
): RoleDocument | undefined {
	if (Object.keys(scenario).some((k) => !_SCENARIO_KEYS.includes(k))) return undefined;
	const request = scenario.request as Record<string, unknown> | undefined;
	if (typeof request !== 'object' || request === null) return undefined;
	const { principal, action, resource, resourceAccount } = request;
	if (typeof principal !== 'string' || typeof action !== 'string' || typeof resource !== 'string') {
		return undefined;
	}
	const context = _context(request.context);
	if (context === undefined) return undefined;
	const base = defaultDocument();

	const role = _ROLE_ARN.exec(resource);
	if (_ASSUME.includes(action) && role !== null && _isObject(scenario.resourcePolicy)) {
		if (resourceAccount !== undefined || scenario.permissionsBoundary || scenario.sessionPolicy) {
			return undefined;
		}
		const [, account = '', roleName = ''] = role;
		const callerAccount = /^arn:aws:(?:iam|sts)::(\d{12}):/.exec(principal)?.[1];
		const scps = _levels(scenario.serviceControlPolicies);
		const rcps = _levels(scenario.resourceControlPolicies);
		const policies = _sources(scenario.identityPolicies, true);
		if (scps === null || rcps === null || policies === undefined) return undefined;
		// SCPs are part of hop 1 only for a caller in the role's account.
		if (scps !== undefined && callerAccount !== account) return undefined;
		return {
			...base,
			account,
			roleName,
			trustPolicy: policyText(scenario.resourcePolicy),
			...(scps && { serviceControlPolicies: scps }),
			...(rcps && { resourceControlPolicies: rcps }),
			caller: { principal, action: action as AssumeAction, context, policies },
		};
	}

	const session = _SESSION_ARN.exec(principal);
	if (session === null || scenario.resourcePolicy !== undefined) return undefined;
	const [, account = '', roleName = '', sessionName = ''] = session;
	const permissionPolicies = _sources(scenario.identityPolicies, true);
	const boundary = _source(scenario.permissionsBoundary, false);
	const sessionPolicy = _source(scenario.sessionPolicy, false);
	const scps = _levels(scenario.serviceControlPolicies);
	const rcps = _levels(scenario.resourceControlPolicies);
	if (permissionPolicies === undefined || boundary === null || sessionPolicy === null) {
		return undefined;
	}
	if (scps === null || rcps === null) return undefined;
	if (resourceAccount !== undefined && typeof resourceAccount !== 'string') return undefined;
	const owner = resourceAccount ?? resource.split(':')[4] ?? '';
	// RCPs take part in hop 2 only for a resource in the role's account.
	if (rcps !== undefined && owner !== '' && owner !== account) return undefined;
	return {
		...base,
		account,
		roleName,
		permissionPolicies,
		...(boundary && { permissionsBoundary: boundary }),
		...(sessionPolicy && { sessionPolicy }),
		...(scps && { serviceControlPolicies: scps }),
		...(rcps && { resourceControlPolicies: rcps }),
		session: {
			sessionName,
			action,
			resource,
			...(resourceAccount !== undefined && { resourceAccount }),
			context,
		},
	};
}

/** A PolicyRef as a policy source; `undefined` for none, `null` for one the document cannot hold. */
function _source(ref: unknown, named: boolean, index = 0): PolicySource | undefined | null {
	if (ref === undefined) return undefined;
	if (!_isObject(ref)) return null;
	if (typeof ref.arn === 'string' && Object.keys(ref).length === 1) {
		return { kind: 'managed', arn: ref.arn };
	}
	if (typeof ref.name === 'string' && _isObject(ref.document) && Object.keys(ref).length === 2) {
		return { kind: 'inline', name: ref.name, text: policyText(ref.document) };
	}
	if ('Statement' in ref) {
		// Permission policies always have a name in the document.
		return named
			? { kind: 'inline', name: `Policy${index + 1}`, text: policyText(ref) }
			: { kind: 'inline', text: policyText(ref) };
	}
	return null;
}

function _sources(refs: unknown, named: boolean): PolicySource[] | undefined {
	if (refs === undefined) return [];
	if (!Array.isArray(refs)) return undefined;
	const out: PolicySource[] = [];
	for (const [i, ref] of refs.entries()) {
		const source = _source(ref, named, i);
		if (!source) return undefined;
		out.push(source);
	}
	return out;
}

/** Levels; `undefined` when absent, `null` when malformed. */
function _levels(value: unknown): OrganizationLevel[] | undefined | null {
	if (value === undefined) return undefined;
	if (!Array.isArray(value)) return null;
	const out: OrganizationLevel[] = [];
	for (const level of value) {
		if (!_isObject(level) || typeof level.name !== 'string') return null;
		const policies = _sources(level.policies ?? [], false);
		if (policies === undefined) return null;
		out.push({ name: level.name, policies });
	}
	return out;
}

function _context(value: unknown): Record<string, ContextValue> | undefined {
	if (value === undefined) return {};
	return _isObject(value) ? (value as Record<string, ContextValue>) : undefined;
}

function _isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
