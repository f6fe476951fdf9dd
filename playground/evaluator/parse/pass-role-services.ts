/**
 * Service principals that receive a role through `iam:PassRole` to run the
 * customer's own code or compute with it. For them `iam:PassRole` is the
 * guard against the confused deputy: a role can be passed only to a service
 * in the caller's own account, by someone allowed to pass it. The
 * `aws:SourceArn`/`aws:SourceAccount` advice (W15) is for services that act
 * on behalf of another resource (S3 notifications, SNS, CloudTrail, Config,
 * …), so W15 skips these.
 *
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 * (a role is passed only to a service of the same account, by someone allowed
 * to pass it) and https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html;
 * CloudFormation: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html
 * (specifying a stack's service role needs `iam:PassRole`); EKS Pod Identity:
 * https://docs.aws.amazon.com/eks/latest/userguide/pod-id-role.html (its trust
 * policy has no source condition; pods are told apart by session tags).
 */

/** The service principals, exactly as written under `Principal.Service`. */
export const PASS_ROLE_SERVICES: ReadonlySet<string> = new Set([
	// EC2 instance profiles.
	'ec2.amazonaws.com',
	// Lambda execution roles, and Lambda@Edge replicas.
	'lambda.amazonaws.com',
	'edgelambda.amazonaws.com',
	// ECS task roles and task execution roles (Fargate and EC2 launch types).
	'ecs-tasks.amazonaws.com',
	// Glue jobs, crawlers and development endpoints.
	'glue.amazonaws.com',
	// CloudFormation stack service roles.
	'cloudformation.amazonaws.com',
	// EKS Pod Identity associations (the role is named in CreatePodIdentityAssociation).
	'pods.eks.amazonaws.com',
]);
