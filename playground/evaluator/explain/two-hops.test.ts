import { describe, expect, it } from 'vitest';
import type { Decision } from '../types.ts';
import { describeTwoHops } from './two-hops.ts';

const hops = (assume: Decision | undefined, session: Decision | undefined) =>
	describeTwoHops({
		caller: 'ec2.amazonaws.com',
		role: 'DemoRoleForEC2',
		action: 'iam:ListRoles',
		resource: '*',
		assume,
		session,
	});

describe('describeTwoHops', () => {
	it.each([
		[
			'allowed',
			'allowed',
			'allowed',
			false,
			'`ec2.amazonaws.com` can use `DemoRoleForEC2` to call `iam:ListRoles` on `*`',
		],
		[
			'allowed',
			'implicitDeny',
			'denied',
			false,
			'`ec2.amazonaws.com` can assume `DemoRoleForEC2`, but nothing allows its session to call `iam:ListRoles` on `*`',
		],
		[
			'allowed',
			'explicitDeny',
			'denied',
			false,
			'`ec2.amazonaws.com` can assume `DemoRoleForEC2`, but an explicit deny stops its session from calling `iam:ListRoles` on `*`',
		],
		[
			'implicitDeny',
			'allowed',
			'denied',
			true,
			'`ec2.amazonaws.com` cannot assume `DemoRoleForEC2`, so its permissions never come into play; if it could assume the role, its session could call `iam:ListRoles` on `*`',
		],
		[
			'explicitDeny',
			'implicitDeny',
			'denied',
			true,
			'`ec2.amazonaws.com` cannot assume `DemoRoleForEC2` (an explicit deny), so its permissions never come into play; even if it could, its session could not call `iam:ListRoles` on `*`',
		],
		[
			'implicitDeny',
			undefined,
			'denied',
			true,
			'`ec2.amazonaws.com` cannot assume `DemoRoleForEC2`, so its permissions never come into play',
		],
		[
			undefined,
			'allowed',
			'unknown',
			true,
			"No answer yet: whether `ec2.amazonaws.com` may assume `DemoRoleForEC2` is unknown until hop 1's errors are fixed",
		],
		[
			'allowed',
			undefined,
			'unknown',
			false,
			"`ec2.amazonaws.com` can assume `DemoRoleForEC2`; what its session may do is unknown until hop 2's errors are fixed",
		],
	] as const)(
		'hop 1 %s and hop 2 %s read as %s',
		(assume, session, overall, sessionConditional, sentence) => {
			expect(hops(assume, session)).toEqual({ overall, sentence, sessionConditional });
		},
	);
});
