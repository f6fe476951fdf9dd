/**
 * One answer for a role seen from both hops: may the caller assume the role,
 * and may the role's session then make the request? Hop 2 only matters once
 * hop 1 allows, so when hop 1 denies, hop 2's verdict is told as what would
 * happen "if it could assume the role", never as a plain allow.
 */
import type { Decision } from '../types.ts';

/** What {@link describeTwoHops} needs: who, which role, what, and each hop's decision. */
export interface TwoHopsInput {
	/** Hop 1's caller: `ec2.amazonaws.com`, a user ARN, … */
	readonly caller: string;
	/** The role's name (or ARN). */
	readonly role: string;
	/** Hop 2's action and resource. */
	readonly action: string;
	readonly resource: string;
	/** Each hop's decision; `undefined` while that hop has no verdict (input errors). */
	readonly assume: Decision | undefined;
	readonly session: Decision | undefined;
}

/** The overall answer in one sentence, and how hop 2's own verdict should be read. */
export interface TwoHopsAnswer {
	/** `overall`: `allowed` only when both hops allow; `unknown` while a hop that matters has errors. */
	readonly overall: 'allowed' | 'denied' | 'unknown';
	/** One sentence, code in backticks. */
	readonly sentence: string;
	/** Whether hop 2's verdict is hypothetical (hop 1 does not allow): show it with {@link CONDITIONAL_HOP}. */
	readonly sessionConditional: boolean;
}

/** How a hypothetical hop 2 verdict is introduced when the role cannot be assumed. */
export const CONDITIONAL_HOP = 'if it could assume the role';

/**
 * `ec2.amazonaws.com` can use `DemoRoleForEC2` to call `iam:ListRoles` on `*`;
 * `lambda.amazonaws.com` cannot assume `DemoRoleForEC2`, so its permissions never come into play.
 */
export function describeTwoHops(input: TwoHopsInput): TwoHopsAnswer {
	const caller = `\`${input.caller || 'the caller'}\``;
	const role = `\`${input.role || 'the role'}\``;
	const what = `\`${input.action || '(no action)'}\` on \`${input.resource || '(no resource)'}\``;
	if (input.assume === undefined) {
		return {
			overall: 'unknown',
			sentence: `No answer yet: whether ${caller} may assume ${role} is unknown until hop 1's errors are fixed`,
			sessionConditional: true,
		};
	}
	if (input.assume !== 'allowed') {
		const how = input.assume === 'explicitDeny' ? ' (an explicit deny)' : '';
		const would =
			input.session === undefined
				? ''
				: input.session === 'allowed'
					? `; ${CONDITIONAL_HOP}, its session could call ${what}`
					: `; even if it could, its session could not call ${what}`;
		return {
			overall: 'denied',
			sentence: `${caller} cannot assume ${role}${how}, so its permissions never come into play${would}`,
			sessionConditional: true,
		};
	}
	switch (input.session) {
		case 'allowed':
			return {
				overall: 'allowed',
				sentence: `${caller} can use ${role} to call ${what}`,
				sessionConditional: false,
			};
		case 'explicitDeny':
			return {
				overall: 'denied',
				sentence: `${caller} can assume ${role}, but an explicit deny stops its session from calling ${what}`,
				sessionConditional: false,
			};
		case 'implicitDeny':
			return {
				overall: 'denied',
				sentence: `${caller} can assume ${role}, but nothing allows its session to call ${what}`,
				sessionConditional: false,
			};
		default:
			return {
				overall: 'unknown',
				sentence: `${caller} can assume ${role}; what its session may do is unknown until hop 2's errors are fixed`,
				sessionConditional: false,
			};
	}
}
