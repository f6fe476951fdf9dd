/**
 * The answers no policy decides (spec §5.7): AWS fixes them by the kind of
 * credentials the caller holds or by who owns the resource. `combine.ts`
 * asks here right after the explicit-deny step, so an applying Deny still
 * wins; otherwise no Allow can grant the request.
 */
import type { Request } from '../model.ts';

/** Why AWS refuses a request whatever its policies say (a `reason` of the `awsRule` gate). */
export type AwsRule =
	| 'needsLongTermCredentials'
	| 'rootCannotAssumeRoot'
	| 'federatedUserLimits'
	| 'awsOwnsPolicy'
	| 'awsManagesRole'
	| 'awsManagedAlias';

/**
 * Rule 1: `sts:GetSessionToken` by an IAM user or the root user needs no
 * permission, like `sts:GetCallerIdentity` (decided at §4.2 step 1).
 */
export function needsNoPermission(request: Request): boolean {
	if (request.actionService !== 'sts') return false;
	if (request.actionName === 'getcalleridentity') return request.principal.account !== undefined;
	const kind = request.principal.kind;
	return request.actionName === 'getsessiontoken' && (kind === 'user' || kind === 'root');
}

/**
 * `sts:AssumeRoot` (centralized root access, spec §5.8): a user or role of the
 * management or delegated administrator account asks for a short session as a
 * member account's root user. The member account has no policy that could grant
 * it: the caller's own policies decide, as for a request in its own account.
 */
export function callerPoliciesDecide(request: Request): boolean {
	return request.actionService === 'sts' && request.actionName === 'assumeroot';
}

/** The §5.7 rule (2–6) that refuses the request, or undefined when its policies decide. */
export function awsRule(request: Request): AwsRule | undefined {
	switch (request.actionService) {
		case 'sts':
			return _stsRule(request);
		case 'iam':
			return request.principal.kind === 'federated' ? 'federatedUserLimits' : _iamRule(request);
		case 'kms':
			return _KMS_ALIAS_WRITES.has(request.actionName) && _isAwsAlias(request.resourceFields)
				? 'awsManagedAlias'
				: undefined;
		default:
			return undefined;
	}
}

/** Only long-term credentials (an IAM user's or the root user's) can ask for these tokens. */
function _stsRule(request: Request): AwsRule | undefined {
	const kind = request.principal.kind;
	const name = request.actionName;
	// Rule 1: an IAM user or root was allowed at step 1; anyone else is refused.
	if (name === 'getsessiontoken') return 'needsLongTermCredentials';
	if (
		name === 'getfederationtoken' &&
		(kind === 'role' || kind === 'session' || kind === 'federated')
	) {
		return 'needsLongTermCredentials';
	}
	// §5.8: "You cannot use root user credentials to call AssumeRoot."
	if (name === 'assumeroot' && kind === 'root') return 'rootCannotAssumeRoot';
	// Rule 3: a federated-user session may call no STS action but GetCallerIdentity (step 1).
	return kind === 'federated' ? 'federatedUserLimits' : undefined;
}

/** Rules 4 and 5: AWS managed policies, and roles AWS reserves. */
function _iamRule(request: Request): AwsRule | undefined {
	const fields = request.resourceFields;
	if (fields.length !== 6 || fields[2] !== 'iam') return undefined;
	const resource = fields[5]!;
	const name = request.actionName;
	if (fields[4] === 'aws') {
		return resource.startsWith('policy/') && _POLICY_WRITES.has(name) ? 'awsOwnsPolicy' : undefined;
	}
	if (!resource.startsWith('role/') || !_ROLE_WRITES.has(name)) return undefined;
	if (resource.startsWith('role/aws-reserved/')) return 'awsManagesRole';
	return resource.startsWith('role/aws-service-role/') && !_SERVICE_LINKED_ROLE_OWN.has(name)
		? 'awsManagesRole'
		: undefined;
}

function _isAwsAlias(fields: readonly string[]): boolean {
	return fields.length === 6 && fields[2] === 'kms' && fields[5]!.startsWith('alias/aws/');
}

/** Rule 4: the actions that would change an AWS managed policy (lower case). */
const _POLICY_WRITES: ReadonlySet<string> = new Set([
	'createpolicy',
	'createpolicyversion',
	'deletepolicy',
	'deletepolicyversion',
	'setdefaultpolicyversion',
	'tagpolicy',
	'untagpolicy',
]);

/** Rule 5: the actions that change or pass a role (lower case). */
const _ROLE_WRITES: ReadonlySet<string> = new Set([
	'attachrolepolicy',
	'detachrolepolicy',
	'putrolepolicy',
	'deleterolepolicy',
	'updateassumerolepolicy',
	'updaterole',
	'updateroledescription',
	'putrolepermissionsboundary',
	'deleterolepermissionsboundary',
	'tagrole',
	'untagrole',
	'createrole',
	'deleterole',
	'createservicelinkedrole',
	'deleteservicelinkedrole',
	'passrole',
]);

/** How a service-linked role is created, deleted and described: policies decide these as usual. */
const _SERVICE_LINKED_ROLE_OWN: ReadonlySet<string> = new Set([
	'createservicelinkedrole',
	'deleteservicelinkedrole',
	'updateroledescription',
]);

/** Rule 6: no one manages the aliases of AWS managed keys. */
const _KMS_ALIAS_WRITES: ReadonlySet<string> = new Set([
	'createalias',
	'updatealias',
	'deletealias',
]);
