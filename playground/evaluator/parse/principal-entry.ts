/**
 * One entry of a `Principal`/`NotPrincipal` element (spec §1.3, §2.3): an
 * `AWS`, `Service`, `Federated` or `CanonicalUser` string turned into a
 * `PrincipalEntry`, or the reason it is malformed (E13).
 */
import { quote } from '../diagnostics.ts';
import type { PrincipalEntry } from '../model.ts';
import type { Span } from '../types.ts';

/** The keys of a `Principal` object. */
export type PrincipalKey = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

/** An entry, or an E13 message (with help), plus an optional warning code to raise at the entry. */
export type PrincipalEntryResult =
	| { readonly entry: PrincipalEntry; readonly warning?: 'W14' }
	| { readonly error: string; readonly help?: string };

const _WILDCARD_HELP =
	'a wildcard must be the whole value (`"*"`); to match a pattern, allow `*` and add an `ArnLike` condition on `aws:PrincipalArn`';

/** Classify one principal string written under `key`. */
export function parsePrincipalEntry(
	key: PrincipalKey,
	text: string,
	span: Span,
): PrincipalEntryResult {
	if (key === 'AWS' && text === '*') return { entry: { type: 'wildcard', text, span } };
	if (text === '*') {
		return {
			error: `a ${quote(key)} principal cannot be \`*\``,
			help: 'write `"AWS": "*"` (or `"Principal": "*"` where allowed) for every principal',
		};
	}
	if (text.includes('*') || text.includes('?')) {
		return { error: `wildcard in principal ${quote(text)}`, help: _WILDCARD_HELP };
	}
	if (text === '') return { error: `empty ${quote(key)} principal` };
	switch (key) {
		case 'Service':
			return { entry: { type: 'service', text, span } };
		case 'Federated': {
			const provider =
				text.startsWith('arn:') && text.includes(':saml-provider/') ? 'saml' : 'oidc';
			return { entry: { type: 'federated', text, span, provider } };
		}
		case 'CanonicalUser':
			return { entry: { type: 'never', text, span }, warning: 'W14' };
		case 'AWS':
			return _awsEntry(text, span);
	}
}

function _awsEntry(text: string, span: Span): PrincipalEntryResult {
	if (isAccountId(text)) return { entry: { type: 'account', text, span, account: text } };
	if (_isUniqueId(text)) return { entry: { type: 'never', text, span }, warning: 'W14' };
	const fields = text.split(':');
	const [arn, partition, service, region, account] = fields;
	const resource = fields.slice(5).join(':');
	const invalid = {
		error: `${quote(text)} is not an AWS principal`,
		help: 'use `*`, a 12-digit account ID, or the ARN of an account root, user, role, role session or federated user',
	};
	if (
		fields.length < 6 ||
		arn !== 'arn' ||
		partition === '' ||
		region !== '' ||
		account === undefined ||
		!isAccountId(account)
	) {
		return invalid;
	}
	const p = partition as string;
	if (service === 'iam') {
		if (resource === 'root') return { entry: { type: 'account', text, span, account } };
		const slash = resource.indexOf('/');
		const type = resource.slice(0, slash);
		const name = resource.slice(resource.lastIndexOf('/') + 1);
		if (slash < 0 || name === '') return invalid;
		if (type === 'user') {
			return { entry: { type: 'user', text, span, partition: p, account, arn: text, name } };
		}
		if (type === 'role') {
			const roleNameLower = name.toLowerCase();
			return { entry: { type: 'role', text, span, partition: p, account, roleNameLower } };
		}
		return invalid;
	}
	if (service === 'sts') {
		const parts = resource.split('/');
		if (parts[0] === 'assumed-role' && parts.length === 3 && parts[1] !== '' && parts[2] !== '') {
			const roleNameLower = (parts[1] as string).toLowerCase();
			return { entry: { type: 'session', text, span, arn: text, account, roleNameLower } };
		}
		if (parts[0] === 'federated-user' && parts.length === 2 && parts[1] !== '') {
			const name = parts[1] as string;
			const entry = { type: 'federatedUser', text, span, partition: p, account, arn: text, name };
			return { entry: entry as PrincipalEntry };
		}
	}
	return invalid;
}

/** Exactly twelve ASCII digits. */
export function isAccountId(text: string): boolean {
	if (text.length !== 12) return false;
	for (let i = 0; i < 12; i++) {
		const c = text.charCodeAt(i);
		if (c < 48 || c > 57) return false;
	}
	return true;
}

/** An IAM unique ID such as `AIDAJQABLZS4A3QDU576Q` or `AROA…`: `A`, upper-case letters and digits, 16+ long. */
function _isUniqueId(text: string): boolean {
	if (text.length < 16 || text.charCodeAt(0) !== 65) return false;
	for (let i = 1; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
	}
	return true;
}
