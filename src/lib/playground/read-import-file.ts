/**
 * Reading a file the reader imports. It may be:
 *
 * - the playground's own saved form (the array of two scenarios `iam-eval` reads);
 * - one scenario, or a corpus case, read like a preset;
 * - a bare policy document: a trust policy replaces the role's, any other
 *   becomes a new permission policy;
 * - what the AWS CLI prints for `aws iam get-role` (the role and its trust
 *   policy, URL-encoded as the API returns it or as an object as the CLI
 *   prints it), `aws iam get-role-policy` (an inline policy) and
 *   `aws iam get-policy-version` (a managed policy's document).
 *
 * Anything else gets a message naming what was expected.
 */
import { fromScenarios } from '../../../playground/editor/from-scenarios.ts';
import { formatPolicyText } from '../../../playground/editor/format-policy-text.ts';
import type { RoleDocument } from '../../../playground/editor/types.ts';
import { freshPolicyName } from './document-edits.ts';
import { presetDocument } from './preset-document.ts';

/** What an import gives: the document to load and a note, or why it cannot be read. */
export type ImportResult =
	| { readonly doc: RoleDocument; readonly note?: string; readonly what: string }
	| { readonly message: string };

const _EXPECTED =
	'expected a playground scenario file, one scenario, a policy document (an object with `Statement`), or what `aws iam get-role`, `aws iam get-role-policy` or `aws iam get-policy-version` prints';

/** Read `text` as one of the importable forms, applied over the `current` document where it is a part of a role. */
export function readImportFile(text: string, current: RoleDocument): ImportResult {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return {
			message: `it is not JSON (${error instanceof Error ? error.message : String(error)}): ${_EXPECTED}`,
		};
	}
	if (Array.isArray(value)) {
		const read = fromScenarios(value);
		if (read.doc !== undefined) return { doc: read.doc, what: 'the scenario file' };
		return { message: read.errors.map((e) => e.message).join('; ') };
	}
	if (value === null || typeof value !== 'object') return { message: _EXPECTED };
	const record = value as Record<string, unknown>;
	if (_isObject(record.Role)) return _getRole(record.Role, current);
	if (typeof record.PolicyName === 'string' && 'PolicyDocument' in record) {
		return _getRolePolicy(record, current);
	}
	if (_isObject(record.PolicyVersion)) return _getPolicyVersion(record.PolicyVersion, current);
	if ('Statement' in record) return _bareDocument(record, current);
	const scenario = 'scenario' in record ? record.scenario : record;
	if (_isObject(scenario) && 'request' in scenario) {
		const read = presetDocument({ id: 'file', name: 'file', scenario });
		return { ...read, what: 'the scenario' };
	}
	return { message: _EXPECTED };
}

/** `aws iam get-role`: the role's name, account and trust policy; its policies come in further imports. */
function _getRole(role: Record<string, unknown>, current: RoleDocument): ImportResult {
	const arn = typeof role.Arn === 'string' ? role.Arn : '';
	const match = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
	if (match === null) {
		return { message: 'the `Role` of this `get-role` output has no role `Arn` to read' };
	}
	const trust = _document(role.AssumeRolePolicyDocument, '`AssumeRolePolicyDocument`');
	if (typeof trust !== 'string') return trust;
	return {
		doc: {
			...current,
			account: match[1]!,
			roleName: match[2]!,
			trustPolicy: trust,
			permissionPolicies: [],
		},
		note: `the role ${match[2]} and its trust policy come from \`aws iam get-role\`; import what \`get-role-policy\` or \`get-policy-version\` prints to add its permission policies`,
		what: `the role ${match[2]}`,
	};
}

/** `aws iam get-role-policy`: an inline policy of the role, added as a permission policy. */
function _getRolePolicy(record: Record<string, unknown>, current: RoleDocument): ImportResult {
	const text = _document(record.PolicyDocument, '`PolicyDocument`');
	if (typeof text !== 'string') return text;
	const name = String(record.PolicyName);
	const roleName = typeof record.RoleName === 'string' ? record.RoleName : current.roleName;
	const taken = current.permissionPolicies.some((p) => p.kind === 'inline' && p.name === name);
	const policyName = taken ? freshPolicyName(current, 'permission', name) : name;
	return {
		doc: {
			...current,
			roleName,
			permissionPolicies: [
				...current.permissionPolicies,
				{ kind: 'inline', name: policyName, text },
			],
		},
		what: `the inline policy ${policyName}`,
	};
}

/** `aws iam get-policy-version`: a managed policy's document, added as a permission policy. */
function _getPolicyVersion(version: Record<string, unknown>, current: RoleDocument): ImportResult {
	const text = _document(version.Document, 'the `Document` of `PolicyVersion`');
	if (typeof text !== 'string') return text;
	const id = typeof version.VersionId === 'string' ? version.VersionId : '';
	const name = freshPolicyName(current, 'permission', `ManagedPolicy${id ? `-${id}-` : ''}`);
	return {
		doc: {
			...current,
			permissionPolicies: [...current.permissionPolicies, { kind: 'inline', name, text }],
		},
		note: `\`get-policy-version\` does not print the policy's name: it is added as ${name}`,
		what: `the policy version ${id || 'given'}`,
	};
}

/** A policy document on its own: a trust policy replaces the role's, any other is added. */
function _bareDocument(record: Record<string, unknown>, current: RoleDocument): ImportResult {
	const text = formatPolicyText(record);
	const statements = Array.isArray(record.Statement) ? record.Statement : [record.Statement];
	const trust = statements.some(
		(s) =>
			_isObject(s) &&
			'Principal' in s &&
			[s.Action].flat().some((a) => typeof a === 'string' && /^sts:AssumeRole/i.test(a)),
	);
	if (trust) {
		return {
			doc: { ...current, trustPolicy: text },
			what: 'the trust policy',
			note: 'this policy names who may assume the role, so it replaced the trust policy',
		};
	}
	const name = freshPolicyName(current, 'permission', 'Imported');
	return {
		doc: {
			...current,
			permissionPolicies: [...current.permissionPolicies, { kind: 'inline', name, text }],
		},
		what: `the policy ${name}`,
	};
}

/**
 * A policy document as the IAM API returns it (URL-encoded JSON text) or as
 * the CLI prints it (an object), as pane text; or the error naming `where`.
 */
function _document(value: unknown, where: string): string | { message: string } {
	if (_isObject(value)) return formatPolicyText(value);
	if (typeof value !== 'string') {
		return {
			message: `${where} is missing: expected a policy document, as an object or URL-encoded`,
		};
	}
	try {
		const parsed: unknown = JSON.parse(/^%7b/i.test(value) ? decodeURIComponent(value) : value);
		if (_isObject(parsed)) return formatPolicyText(parsed);
	} catch {
		// Reported below with where it was.
	}
	return {
		message: `${where} is not a policy document (expected JSON, as an object or URL-encoded)`,
	};
}

function _isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
