/**
 * The benchmark's scenarios, built as JSON text the way a user would write
 * them: trivial, a trust check, a heavy one, and a typical playground scenario.
 */

const A = '111122223333';

/** One identity policy with one statement. */
export function trivialScenario(): string {
	return JSON.stringify({
		request: {
			principal: `arn:aws:iam::${A}:user/alice`,
			action: 's3:GetObject',
			resource: 'arn:aws:s3:::reports/2026/q1.csv',
		},
		identityPolicies: [
			{
				Version: '2012-10-17',
				Statement: [
					{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' },
				],
			},
		],
	});
}

/** `ec2.amazonaws.com` calling `sts:AssumeRole` on a role whose trust policy names it. */
export function trustScenario(): string {
	return JSON.stringify({
		request: {
			principal: 'ec2.amazonaws.com',
			action: 'sts:AssumeRole',
			resource: `arn:aws:iam::${A}:role/DemoRoleForEC2`,
			context: { 'aws:SourceAccount': A },
		},
		resourcePolicy: {
			Version: '2012-10-17',
			Statement: [
				{
					Sid: 'TrustEC2',
					Effect: 'Allow',
					Principal: { Service: 'ec2.amazonaws.com' },
					Action: 'sts:AssumeRole',
					Condition: { StringEquals: { 'aws:SourceAccount': A } },
				},
			],
		},
	});
}

function heavyStatement(p: number, s: number): object {
	return {
		Sid: `P${p}S${s}`,
		Effect: s === 9 && p % 5 === 0 ? 'Deny' : 'Allow',
		// Varied per statement, as real policies are: repeats across statements
		// are not free to answer once.
		Action: [
			`s3:Get${['*', 'Object*', 'Bucket*', 'ObjectTagging', 'Object'][(p + s) % 5]}`,
			`s3:List${['*', 'Bucket', 'AllMyBuckets', 'BucketVersions'][(p * 3 + s) % 4]}`,
			`dynamodb:${['Query', 'Scan', 'GetItem', 'BatchGet*'][(p + 2 * s) % 4]}`,
			`ec2:Describe${['*', 'Instances', 'Vpcs', 'Subnets', 'Volumes*'][(p + s * 7) % 5]}`,
			`logs:${['*Events', 'Get*', 'FilterLogEvents'][(p + s) % 3]}`,
		],
		Resource: [`arn:aws:s3:::bucket-${p}-${s}/*`, `arn:aws:dynamodb:*:${A}:table/t-${s}*`],
		Condition: {
			StringLike: { 'aws:PrincipalTag/team': [`team-${p}*`, 'platform'] },
			IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '203.0.113.0/24'] },
			Bool: { 'aws:SecureTransport': 'true' },
		},
	};
}

/**
 * 20 identity policies × 10 statements with wildcards and 3 conditions each,
 * a permissions boundary, a 3-level SCP chain and a resource policy. The
 * request matches only the last statement of the last policy, so every
 * statement is looked at.
 */
export function heavyScenario(): string {
	const identityPolicies = Array.from({ length: 20 }, (_, p) => ({
		name: `policy-${p}`,
		document: {
			Version: '2012-10-17',
			Statement: Array.from({ length: 10 }, (_, s) => heavyStatement(p, s)),
		},
	}));
	const scp = (name: string, extra: object[] = []) => ({
		name,
		policies: [
			{ arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess' },
			{
				Version: '2012-10-17',
				Statement: extra.length > 0 ? extra : [{ Effect: 'Allow', Action: '*', Resource: '*' }],
			},
		],
	});
	return JSON.stringify({
		request: {
			principal: `arn:aws:iam::${A}:role/app`,
			action: 's3:GetObject',
			resource: 'arn:aws:s3:::bucket-19-8/data.json',
			context: {
				'aws:PrincipalTag/team': 'team-19-blue',
				'aws:SourceIp': '203.0.113.9',
				'aws:RequestedRegion': 'eu-west-1',
			},
		},
		identityPolicies,
		permissionsBoundary: {
			Version: '2012-10-17',
			Statement: [
				{ Effect: 'Allow', Action: ['s3:*', 'dynamodb:*', 'logs:*'], Resource: '*' },
				{ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' },
			],
		},
		resourcePolicy: {
			Version: '2012-10-17',
			Statement: [
				{
					Effect: 'Deny',
					Principal: '*',
					Action: 's3:*',
					Resource: 'arn:aws:s3:::bucket-19-8/*',
					Condition: { Bool: { 'aws:SecureTransport': 'false' } },
				},
			],
		},
		serviceControlPolicies: [
			scp('root'),
			scp('ou-workloads', [
				{
					Effect: 'Deny',
					Action: '*',
					Resource: '*',
					Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } },
				},
			]),
			scp('account'),
		],
	});
}

/** What a reader has in the playground: a role session, two policies, a boundary, a trust-free request. */
export function playgroundScenario(): string {
	return JSON.stringify(
		{
			name: 'Lambda function reads its table',
			request: {
				principal: `arn:aws:sts::${A}:assumed-role/orders-fn/orders-fn`,
				action: 'dynamodb:GetItem',
				resource: `arn:aws:dynamodb:eu-west-1:${A}:table/orders`,
				context: { 'aws:PrincipalTag/team': 'orders' },
			},
			identityPolicies: [
				{
					name: 'orders-table',
					document: {
						Version: '2012-10-17',
						Statement: [
							{
								Sid: 'ReadOrders',
								Effect: 'Allow',
								Action: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem'],
								Resource: `arn:aws:dynamodb:eu-west-1:${A}:table/orders*`,
							},
							{
								Sid: 'WriteOwnTeam',
								Effect: 'Allow',
								Action: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
								Resource: `arn:aws:dynamodb:eu-west-1:${A}:table/\${aws:PrincipalTag/team}`,
							},
						],
					},
				},
				{
					name: 'logs',
					document: {
						Version: '2012-10-17',
						Statement: [
							{
								Effect: 'Allow',
								Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
								Resource: '*',
							},
						],
					},
				},
			],
			permissionsBoundary: {
				Version: '2012-10-17',
				Statement: [
					{ Effect: 'Allow', Action: ['dynamodb:*', 'logs:*'], Resource: '*' },
					{
						Effect: 'Deny',
						Action: 'dynamodb:DeleteTable',
						Resource: '*',
						Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
					},
				],
			},
		},
		null,
		2,
	);
}
