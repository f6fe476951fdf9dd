/**
 * The scenario's request principal classified into one of the kinds of spec
 * §2.3 (user, role, session, root, federated, service, oidc, saml,
 * anonymous), with its partition, account and names.
 */
import type { RequestPrincipal } from '../model.ts';
import { isAccountId } from './principal-entry.ts';

/**
 * Classify a principal string; undefined when it has none of the forms (E20).
 * A DNS-style name (`cognito-identity.amazonaws.com`, `accounts.google.com`)
 * is a web identity provider when the action is
 * `sts:AssumeRoleWithWebIdentity`, or `sts:TagSession` /
 * `sts:SetSourceIdentity` and the trust policy names it under `Federated`
 * (`federated`: those names); otherwise it is a service (spec §2.3, §5.7).
 */
export function classifyPrincipal(
	text: string,
	actionLower: string,
	federated: ReadonlySet<string> = _NONE,
): RequestPrincipal | undefined {
	if (text === 'anonymous') return { text, kind: 'anonymous', serviceLinkedRole: false };
	if (!text.startsWith('arn:')) {
		if (text.includes(':') || !text.includes('.') || _hasWildcardOrSpace(text)) return undefined;
		const provider =
			actionLower === 'sts:assumerolewithwebidentity' ||
			(_SESSION_ACTIONS.includes(actionLower) && federated.has(text));
		return { text, kind: provider ? 'oidc' : 'service', serviceLinkedRole: false };
	}
	const fields = text.split(':');
	if (fields.length !== 6 || _hasWildcardOrSpace(text)) return undefined;
	const [, partition, service, region, account, resource] = fields as [
		string,
		string,
		string,
		string,
		string,
		string,
	];
	if (partition === '' || region !== '' || !isAccountId(account)) return undefined;
	const segments = resource.split('/');
	const type = segments[0];
	const last = segments[segments.length - 1] as string;
	const base = { text, partition, serviceLinkedRole: false };
	if (service === 'iam') {
		if (resource === 'root') return { ...base, kind: 'root', account, arn: text };
		if (segments.length < 2 || segments.includes('')) return undefined;
		if (type === 'user') return { ...base, kind: 'user', account, arn: text, name: last };
		if (type === 'role') {
			const serviceLinkedRole =
				segments[1] === 'aws-service-role' || last.startsWith('AWSServiceRoleFor');
			return {
				...base,
				kind: 'role',
				account,
				arn: text,
				roleName: last,
				roleNameLower: last.toLowerCase(),
				serviceLinkedRole,
			};
		}
		if (type === 'oidc-provider') return { ...base, kind: 'oidc' };
		if (type === 'saml-provider' && segments.length === 2) return { ...base, kind: 'saml' };
		return undefined;
	}
	if (service !== 'sts') return undefined;
	if (type === 'assumed-role' && segments.length === 3 && !segments.includes('')) {
		const roleName = segments[1] as string;
		return {
			...base,
			kind: 'session',
			account,
			arn: text,
			roleName,
			roleNameLower: roleName.toLowerCase(),
			serviceLinkedRole: roleName.startsWith('AWSServiceRoleFor'),
		};
	}
	if (type === 'federated-user' && segments.length === 2 && last !== '') {
		return { ...base, kind: 'federated', account, arn: text, name: last };
	}
	return undefined;
}

const _NONE: ReadonlySet<string> = new Set();
/** What a provider may ask for besides assuming the role (spec §5.5). */
const _SESSION_ACTIONS = ['sts:tagsession', 'sts:setsourceidentity'];

function _hasWildcardOrSpace(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 42 /* * */ || c === 63 /* ? */ || c <= 32) return true;
	}
	return false;
}
