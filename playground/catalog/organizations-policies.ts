/**
 * The two AWS Organizations default policies, which the managed-policy npm
 * package does not carry. Written by hand from the Organizations user guide
 * (spec §7.1, §7.2): AWS attaches `FullAWSAccess` to every root, OU and
 * account when SCPs are enabled, and `RCPFullAWSAccess` (which cannot be
 * detached) when RCPs are enabled.
 */

/** One hand-written managed policy; AWS publishes no version date for these. */
export interface HandWrittenPolicy {
	readonly name: string;
	readonly arn: string;
	readonly versionId: string;
	readonly document: unknown;
}

/** `FullAWSAccess` and `RCPFullAWSAccess`. */
export const ORGANIZATIONS_POLICIES: readonly HandWrittenPolicy[] = [
	{
		name: 'FullAWSAccess',
		arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
		versionId: 'v1',
		document: {
			Version: '2012-10-17',
			Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
		},
	},
	{
		name: 'RCPFullAWSAccess',
		arn: 'arn:aws:organizations::aws:policy/resource_control_policy/p-RCPFullAWSAccess',
		versionId: 'v1',
		document: {
			Version: '2012-10-17',
			Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
		},
	},
];
