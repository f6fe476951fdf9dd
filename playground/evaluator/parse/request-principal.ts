/**
 * The scenario's request principal classified into one of the kinds of spec
 * §2.3 (user, role, session, root, federated, service, oidc, saml,
 * anonymous), with its partition, account and names.
 */
import type { RequestPrincipal } from '../model.ts';
import { isAccountId } from './principal-entry.ts';

/**
 * Classify a principal string; undefined when it has none of the forms (E20).
 * `actionLower` decides whether a DNS-style name is a web identity provider
 * (`sts:assumerolewithwebidentity`) or a service.
 */
export function classifyPrincipal(text: string, actionLower: string): RequestPrincipal | undefined {
	if (text === 'anonymous') return { text, kind: 'anonymous', serviceLinkedRole: false };
	if (!text.startsWith('arn:')) {
		if (text.includes(':') || !text.includes('.') || _hasWildcardOrSpace(text)) return undefined;
		const kind = actionLower === 'sts:assumerolewithwebidentity' ? 'oidc' : 'service';
		return { text, kind, serviceLinkedRole: false };
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

function _hasWildcardOrSpace(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 42 /* * */ || c === 63 /* ? */ || c <= 32) return true;
	}
	return false;
}
