/**
 * How a policy is named in a sentence, the same way on every page, in the
 * playground and in `iam-eval --explain`.
 */
import type { PolicyType, RequestFacts } from '../types.ts';

/** The kind of resource policy a request meets: a role's trust policy, a KMS key policy, or another. */
export type ResourcePolicyKind = RequestFacts['resourcePolicyKind'];

/**
 * A policy mid-sentence: `the trust policy`, `identity policy 2`, `the AWS
 * managed policy \`ReadOnlyAccess\``, `the SCP \`ou-workloads[0]\``. Numbers
 * count from 1, as the AWS console does.
 */
export function policyPhrase(
	type: PolicyType,
	name: string,
	resourceKind: ResourcePolicyKind = name === 'trust policy' ? 'trust' : 'resource',
): string {
	switch (type) {
		case 'resource':
			return { trust: 'the trust policy', kms: 'the key policy', resource: 'the resource policy' }[
				resourceKind
			];
		case 'identity': {
			if (name.startsWith('arn:')) return `the AWS managed policy \`${_managedName(name)}\``;
			const numbered = /^identity\[(\d+)\]$/.exec(name);
			return numbered
				? `identity policy ${Number(numbered[1]) + 1}`
				: `the identity policy \`${name}\``;
		}
		case 'permissionsBoundary':
			return 'the permissions boundary';
		case 'session':
			return 'the session policy';
		case 'scp':
			return `the SCP \`${name}\``;
		case 'rcp':
			return `the RCP \`${name}\``;
	}
}

function _managedName(arn: string): string {
	return arn.slice(arn.lastIndexOf('/') + 1);
}
