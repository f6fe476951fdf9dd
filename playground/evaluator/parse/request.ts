/**
 * The scenario's `request` (spec §1.5, §4.1): principal (E20), action (E21),
 * resource (E22), resourceAccount (E23), context (E24), and the effective
 * context with derived keys. Provider principals may only call the provider
 * actions (E26).
 */
import { effectiveContext } from '../conditions/effective-context.ts';
import { parseDecimal } from '../conditions/scalars.ts';
import { hasWhiteSpace } from './action-pattern.ts';
import { keyShapeProblem } from './condition-block.ts';
import { didYouMean, quote } from '../diagnostics.ts';
import type { Request, RequestPrincipal } from '../model.ts';
import type { ContextScalar, ContextValue } from '../types.ts';
import { pathOf } from './json-tree.ts';
import type { JsonNode, JsonObject, JsonScalar } from './json-tree.ts';
import { isAccountId } from './principal-entry.ts';
import { report } from './report.ts';
import type { Reporter } from './report.ts';
import { classifyPrincipal } from './request-principal.ts';
import { splitArn } from './split-arn.ts';

const _FIELDS = ['principal', 'action', 'resource', 'resourceAccount', 'context'];
const _PROVIDER_ACTIONS = [
	'sts:assumerolewithwebidentity',
	'sts:assumerolewithsaml',
	'sts:tagsession',
	'sts:setsourceidentity',
];

/**
 * Compile the request object; undefined when it has errors (they go to
 * `reporter`). `federated`: the names the trust policy lists under
 * `Federated`, which make a DNS-style caller of `sts:TagSession` a provider.
 */
export function compileRequest(
	node: JsonNode,
	reporter: Reporter,
	now: Date,
	federated?: ReadonlySet<string>,
): Request | undefined {
	const before = reporter.errors.length;
	if (node.kind !== 'object') {
		report(reporter, 'E28', '`request` must be an object', node);
		return undefined;
	}
	const found: Partial<Record<string, JsonNode>> = {};
	for (const property of node.properties) {
		if (_FIELDS.includes(property.key)) found[property.key] ??= property.value;
		else {
			report(
				reporter,
				'E27',
				`unknown request field ${quote(property.key)}`,
				{ span: property.keySpan, path: [...pathOf(node), property.key] },
				didYouMean(property.key, _FIELDS) ?? `a request holds ${_FIELDS.map(quote).join(', ')}`,
			);
		}
	}
	const action = _action(found.action, node, reporter);
	const actionLower = action?.toLowerCase() ?? '';
	const principal = _principal(found.principal, node, actionLower, reporter, federated);
	const resource = _resource(found.resource, node, reporter);
	const given = _context(found.context, reporter);
	let resourceAccount: string | undefined;
	const accountNode = found.resourceAccount;
	if (accountNode !== undefined) {
		if (accountNode.kind === 'string' && isAccountId(accountNode.value as string)) {
			resourceAccount = accountNode.value as string;
		} else {
			report(
				reporter,
				'E23',
				'`resourceAccount` must be a 12-digit account ID in a string',
				accountNode,
			);
		}
	}
	if (
		principal !== undefined &&
		(principal.kind === 'oidc' || principal.kind === 'saml') &&
		action !== undefined &&
		!_PROVIDER_ACTIONS.includes(actionLower)
	) {
		report(
			reporter,
			'E26',
			`identity provider ${quote(principal.text)} cannot call ${quote(action)}`,
			found.action as JsonNode,
			principal.kind === 'saml'
				? 'a SAML provider calls `sts:AssumeRoleWithSAML`'
				: 'a web identity provider calls `sts:AssumeRoleWithWebIdentity`',
		);
	}
	if (reporter.errors.length > before || principal === undefined || action === undefined) {
		return undefined;
	}
	if (resource === undefined || given === undefined) return undefined;
	const colon = action.indexOf(':');
	const fields = resource === '*' ? [] : splitArn(resource);
	// Spec §4.1 step 2: given, else the ARN's account field, else the principal's.
	// What AWS owns (account `aws`: managed policies) is read as if in the
	// caller's own account (§5.7 rule 4).
	resourceAccount ??= (fields[4] === 'aws' ? '' : fields[4]) || principal.account;
	return {
		principal,
		action,
		actionLower,
		actionService: actionLower.slice(0, colon),
		actionName: actionLower.slice(colon + 1),
		resource,
		resourceFields: fields,
		resourceHead: fields.length === 6 ? resource.slice(0, resource.length - fields[5]!.length) : '',
		...(resourceAccount === undefined ? {} : { resourceAccount }),
		context: effectiveContext(principal, fields, resourceAccount, given, now),
	};
}

function _string(node: JsonNode | undefined): string | undefined {
	return node?.kind === 'string' ? (node.value as string) : undefined;
}

function _action(node: JsonNode | undefined, parent: JsonObject, reporter: Reporter) {
	const text = _string(node);
	if (node === undefined) {
		report(reporter, 'E21', 'missing `action`', parent, 'add `"action": "service:ActionName"`');
		return undefined;
	}
	const colon = text?.indexOf(':') ?? -1;
	if (
		text === undefined ||
		colon <= 0 ||
		colon === text.length - 1 ||
		text.includes('*') ||
		text.includes('?') ||
		hasWhiteSpace(text)
	) {
		report(
			reporter,
			'E21',
			text === undefined ? '`action` must be a string' : `${quote(text)} is not an action`,
			node,
			'a request names one action as `service:ActionName`, e.g. `s3:GetObject`, without wildcards',
		);
		return undefined;
	}
	return text;
}

function _principal(
	node: JsonNode | undefined,
	parent: JsonObject,
	actionLower: string,
	reporter: Reporter,
	federated: ReadonlySet<string> | undefined,
): RequestPrincipal | undefined {
	if (node === undefined) {
		report(
			reporter,
			'E20',
			'missing `principal`',
			parent,
			'add `"principal"`, e.g. an IAM user ARN',
		);
		return undefined;
	}
	const text = _string(node);
	const principal =
		text === undefined ? undefined : classifyPrincipal(text, actionLower, federated);
	if (principal === undefined) {
		report(
			reporter,
			'E20',
			text === undefined ? '`principal` must be a string' : `${quote(text)} is not a principal`,
			node,
			'use a user, role, role session, root or federated-user ARN, a service such as `ec2.amazonaws.com`, an identity provider, or `anonymous`',
		);
	}
	return principal;
}

function _resource(node: JsonNode | undefined, parent: JsonObject, reporter: Reporter) {
	if (node === undefined) {
		report(reporter, 'E22', 'missing `resource`', parent, 'add `"resource"`: an ARN, or `*`');
		return undefined;
	}
	const text = _string(node);
	if (text === '*' || (text?.startsWith('arn:') && splitArn(text).length === 6)) return text;
	report(
		reporter,
		'E22',
		text === undefined
			? '`resource` must be a string'
			: `${quote(text)} is neither \`*\` nor an ARN`,
		node,
		'write the full ARN (six colon-separated fields, e.g. `arn:aws:s3:::bucket/key`), or `*`',
	);
	return undefined;
}

/** The context object as given, checked (E24). */
function _context(
	node: JsonNode | undefined,
	reporter: Reporter,
): Record<string, ContextValue> | undefined {
	const given: Record<string, ContextValue> = Object.create(null);
	if (node === undefined) return given;
	if (node.kind !== 'object') {
		report(reporter, 'E24', '`context` must be an object of condition keys', node);
		return undefined;
	}
	const before = reporter.errors.length;
	const lower = new Map<string, string>();
	for (const property of node.properties) {
		const key = property.key;
		const at = { span: property.keySpan, path: [...pathOf(node), key] };
		const problem = keyShapeProblem(key);
		if (problem !== undefined) {
			report(
				reporter,
				'E24',
				`context key ${quote(key)} ${problem}`,
				at,
				'keys are `prefix:name`, e.g. `aws:SourceIp`',
			);
		}
		const folded = key.toLowerCase();
		const earlier = lower.get(folded);
		if (earlier !== undefined && earlier !== key) {
			report(
				reporter,
				'E24',
				`context keys ${quote(earlier)} and ${quote(key)} are the same key`,
				at,
				'condition keys ignore case: keep one of them',
			);
		}
		lower.set(folded, key);
		const value = property.value;
		if (value === undefined) continue;
		const notDecimal = _numbers(value).find((n) => Number.isNaN(parseDecimal(n.text!)));
		if (notDecimal !== undefined) {
			report(reporter, 'E24', `${quote(notDecimal.text!)} is not a decimal number`, notDecimal);
			continue;
		}
		const converted = _contextValue(value);
		if (converted === undefined) {
			report(
				reporter,
				'E24',
				`the value of ${quote(key)} must be a string, number, boolean or a list of those`,
				value,
			);
		} else if (!(key in given)) given[key] = converted;
	}
	return reporter.errors.length > before ? undefined : given;
}

function _contextValue(node: JsonNode): ContextValue | undefined {
	if (node.kind === 'array') {
		const items: ContextScalar[] = [];
		for (const item of node.items) {
			if (item.kind !== 'string' && item.kind !== 'number' && item.kind !== 'boolean')
				return undefined;
			items.push(_scalar(item));
		}
		return items;
	}
	if (node.kind === 'string' || node.kind === 'number' || node.kind === 'boolean') {
		return _scalar(node);
	}
	return undefined;
}

/**
 * A context scalar. A number is kept as written, as numbers in policies are
 * (spec §1.1, §3.4: numeric values are decimal text): `10.50` stays `"10.50"`
 * and `9007199254740993` keeps its last digit; a number JavaScript writes
 * back the same way stays a number.
 */
function _scalar(node: JsonScalar): ContextScalar {
	if (node.kind !== 'number' || String(node.value) === node.text)
		return node.value as ContextScalar;
	return node.text!;
}

/** The number nodes of a context value (itself, or the items of its list). */
function _numbers(node: JsonNode): JsonScalar[] {
	const nodes = node.kind === 'array' ? node.items : [node];
	return nodes.filter((n): n is JsonScalar => n.kind === 'number');
}
