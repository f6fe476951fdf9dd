/**
 * The document a reader sees first (and after a broken link or corrupt
 * storage): the course's EC2 role with AWS's IAM read-only policy.
 */
import { formatPolicyText } from './format-policy-text.ts';
import type { RoleDocument } from './types.ts';

/** The trust policy of the default role: EC2 may assume it. */
const _TRUST = {
	Version: '2012-10-17',
	Statement: [
		{
			Sid: 'TrustEC2',
			Effect: 'Allow',
			Principal: { Service: 'ec2.amazonaws.com' },
			Action: 'sts:AssumeRole',
		},
	],
};

/**
 * A fresh default document: role `DemoRoleForEC2` in `111122223333`
 * trusting `ec2.amazonaws.com`, `IAMReadOnlyAccess` attached, and hop 2
 * asking for `iam:ListRoles` on `*`.
 */
export function defaultDocument(): RoleDocument {
	return {
		account: '111122223333',
		roleName: 'DemoRoleForEC2',
		trustPolicy: formatPolicyText(_TRUST),
		permissionPolicies: [{ kind: 'managed', arn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' }],
		caller: { principal: 'ec2.amazonaws.com', action: 'sts:AssumeRole', context: {}, policies: [] },
		session: {
			sessionName: 'i-0123456789abcdef0',
			action: 'iam:ListRoles',
			resource: '*',
			context: {},
		},
	};
}
