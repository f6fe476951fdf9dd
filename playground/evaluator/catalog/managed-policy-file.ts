/**
 * Where a managed policy lives in the generated catalog: a URL-safe file name
 * worked out from its ARN alone, so a loader needs no index to fetch one
 * policy. `arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole`
 * → `service-role~AWSLambdaBasicExecutionRole.json`; the Organizations
 * defaults keep their service as a first segment:
 * `organizations~service_control_policy~p-FullAWSAccess.json`.
 */

// AWS managed policy ARNs: partition `aws`, no region, account `aws`.
const ARN_PREFIX = /^arn:aws:(iam|organizations)::aws:policy\/(.+)$/;
// Characters unreserved in URLs. IAM names may also hold `+=,@`; no AWS managed
// policy does, and the generator fails loudly the day one appears.
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

/**
 * The catalog file name of an AWS managed (or Organizations default) policy
 * ARN, or `undefined` when the text cannot be such an ARN.
 */
export function managedPolicyFile(arn: string): string | undefined {
	const m = ARN_PREFIX.exec(arn);
	if (m === null) return undefined;
	const segments = (m[2] as string).split('/');
	if (!segments.every((s) => SEGMENT.test(s))) return undefined;
	if (m[1] === 'organizations') segments.unshift('organizations');
	return segments.join('~') + '.json';
}
