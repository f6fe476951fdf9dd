/**
 * The explorer's benchmark account: 5,000 users in 50 groups and 2,000 roles,
 * shaped like a large real account (service roles, roles delegated to the
 * account, role chains, cross-account roles with external IDs, self-service
 * policies with `${aws:username}`, a few people with PassRole or IAM power,
 * AWS managed policies from the catalog). Deterministic: no randomness.
 */

const A = '111122223333';
const PARTNER = '444455556666';

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const allow = (Action: unknown, Resource: unknown = '*', Condition?: unknown) => ({
	Effect: 'Allow',
	Action,
	Resource,
	...(Condition ? { Condition } : {}),
});
const managed = (name: string) => ({
	PolicyName: name.split('/').pop(),
	PolicyArn: `arn:aws:iam::aws:policy/${name}`,
});
const SERVICES = ['ec2.amazonaws.com', 'lambda.amazonaws.com', 'ecs-tasks.amazonaws.com'];

/** The account as `get-account-authorization-details` JSON text. */
export function explorerWorkload(users = 5000, roles = 2000, groups = 50): string {
	const groupList = Array.from({ length: groups }, (_, g) => ({
		Path: '/',
		GroupName: `team-${g}`,
		Arn: `arn:aws:iam::${A}:group/team-${g}`,
		GroupPolicyList: [
			{
				PolicyName: 'TeamRoles',
				PolicyDocument: doc(
					allow('sts:AssumeRole', `arn:aws:iam::${A}:role/team-${g}-*`),
					allow(['s3:GetObject', 's3:PutObject'], `arn:aws:s3:::team-${g}-data/*`),
				),
			},
		],
		AttachedManagedPolicies:
			g === 0
				? [managed('AdministratorAccess')]
				: g === 1
					? [managed('PowerUserAccess')]
					: g % 5 === 2
						? [managed('ReadOnlyAccess')]
						: [managed('IAMUserChangePassword')],
	}));
	const userList = Array.from({ length: users }, (_, u) => {
		const inline = [
			{
				PolicyName: 'SelfService',
				PolicyDocument: doc(
					allow(
						['iam:CreateAccessKey', 'iam:ChangePassword'],
						`arn:aws:iam::${A}:user/\${aws:username}`,
					),
				),
			},
		];
		if (u % 50 === 7) {
			inline.push({
				PolicyName: 'Deployer',
				PolicyDocument: doc(
					allow('iam:PassRole', `arn:aws:iam::${A}:role/svc-*`),
					allow(['ec2:RunInstances', 'lambda:CreateFunction']),
				),
			});
		}
		if (u % 500 === 3) {
			inline.push({
				PolicyName: 'Helpdesk',
				PolicyDocument: doc(
					allow(['iam:CreateAccessKey', 'iam:UpdateLoginProfile'], `arn:aws:iam::${A}:user/*`),
				),
			});
		}
		return {
			Path: '/',
			UserName: `user-${u}`,
			Arn: `arn:aws:iam::${A}:user/user-${u}`,
			UserPolicyList: inline,
			GroupList: [`team-${u % groups}`, `team-${(u * 7 + 3) % groups}`],
			AttachedManagedPolicies: [],
		};
	});
	const roleList = Array.from({ length: roles }, (_, r) => {
		const kind = r % 10;
		const team = r % groups;
		const name = kind < 4 ? `svc-${r}` : `team-${team}-role-${r}`;
		const trust =
			kind < 4
				? doc({
						Effect: 'Allow',
						Principal: { Service: SERVICES[r % 3] },
						Action: 'sts:AssumeRole',
					})
				: kind < 8
					? doc({
							Effect: 'Allow',
							Principal: { AWS: `arn:aws:iam::${A}:root` },
							Action: 'sts:AssumeRole',
							...(kind === 7
								? { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }
								: {}),
						})
					: kind === 8
						? doc({
								Effect: 'Allow',
								Principal: { AWS: `arn:aws:iam::${A}:role/svc-${r - 8}` },
								Action: 'sts:AssumeRole',
							})
						: doc({
								Effect: 'Allow',
								Principal: { AWS: `arn:aws:iam::${PARTNER}:root` },
								Action: 'sts:AssumeRole',
								Condition: { StringEquals: { 'sts:ExternalId': `ext-${r}` } },
							});
		return {
			Path: '/',
			RoleName: name,
			Arn: `arn:aws:iam::${A}:role/${name}`,
			AssumeRolePolicyDocument: trust,
			RolePolicyList: [
				{
					PolicyName: 'Work',
					PolicyDocument: doc(
						allow(['s3:GetObject', 'dynamodb:Query', 'sqs:SendMessage'], '*'),
						...(r % 97 === 5 ? [allow('iam:PutRolePolicy', `arn:aws:iam::${A}:role/${name}`)] : []),
					),
				},
			],
			AttachedManagedPolicies: r % 200 === 9 ? [managed('AdministratorAccess')] : [],
			RoleLastUsed: { LastUsedDate: '2026-11-01T00:00:00Z', Region: 'us-east-1' },
		};
	});
	return JSON.stringify({
		UserDetailList: userList,
		GroupDetailList: groupList,
		RoleDetailList: roleList,
		Policies: [],
	});
}
