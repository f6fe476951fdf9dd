/**
 * Administrator-equivalent principals: those the evaluator allows a set of
 * unrelated, high-impact actions in their own account (IAM, S3, EC2, DynamoDB,
 * Organizations, Lambda). A principal allowed all of them holds `*` on `*`
 * in effect (AdministratorAccess or its like); one allowed only some is not
 * counted here, though it may reach administrator access by a path.
 */
import { askAs } from './account-index.ts';
import type { AccountIndex } from './account-index.ts';
import { mayAllow } from './prefilter.ts';
import type { ExplorerPrincipal, PolicyUse, Question } from './types.ts';

/** The probes: action and resource (in the principal's account `A`). */
export const ADMIN_PROBES: readonly (readonly [string, (account: string) => string])[] = [
	['iam:AttachRolePolicy', (a) => `arn:aws:iam::${a}:role/explorer-probe`],
	['iam:CreateUser', (a) => `arn:aws:iam::${a}:user/explorer-probe`],
	['s3:PutBucketPolicy', () => 'arn:aws:s3:::explorer-probe-bucket'],
	['ec2:TerminateInstances', (a) => `arn:aws:ec2:us-east-1:${a}:instance/i-0123456789abcdef0`],
	['dynamodb:DeleteTable', (a) => `arn:aws:dynamodb:us-east-1:${a}:table/explorer-probe`],
	['organizations:LeaveOrganization', () => '*'],
	['lambda:UpdateFunctionCode', (a) => `arn:aws:lambda:us-east-1:${a}:function:explorer-probe`],
];

const _ACTIONS = ADMIN_PROBES.map(([action]) => action.toLowerCase());

/**
 * Whether `policies` may be an administrator's (every probe action named by
 * some Allow): the cheap test before the evaluator is asked.
 */
export function mayBeAdministrator(policies: readonly PolicyUse[]): boolean {
	return _ACTIONS.every((action) => policies.some((u) => mayAllow(u.policy, [action])));
}

/**
 * Ask the probes as `p`; the first probe's question when all are allowed
 * (outcome `conditional` if any probe is), else undefined.
 */
export function probeAdministrator(
	index: AccountIndex,
	p: ExplorerPrincipal,
): Question | undefined {
	if (!mayBeAdministrator(p.identity)) return undefined;
	let first: Question | undefined;
	let conditional = false;
	for (const [action, resource] of ADMIN_PROBES) {
		const q = askAs(index, p, { action, resource: resource(p.account) });
		if (q.outcome === 'denied') return undefined;
		conditional ||= q.outcome === 'conditional';
		first ??= q;
	}
	return first && (conditional ? { ...first, outcome: 'conditional' } : first);
}

/** Fill `index.administrators`. */
export function findAdministrators(index: AccountIndex, progress: (done: number) => void): void {
	index.principals.forEach((p, i) => {
		if (i % 256 === 0) progress(i / index.principals.length);
		const q = probeAdministrator(index, p);
		if (q !== undefined) index.administrators.set(p.arn, q);
	});
}
