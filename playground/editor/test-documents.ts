/**
 * fast-check arbitraries of role documents for property tests: documents in
 * the canonical form `fromScenarios` gives back (pane texts written by
 * `formatPolicyText`); and a fake Storage.
 */
import fc from 'fast-check';
import { formatPolicyText } from './format-policy-text.ts';
import type { StorageLike } from './autosave.ts';
import type { OrganizationLevel, PolicySource, RoleDocument } from './types.ts';

const _name = fc.stringMatching(/^[A-Za-z][\w+=,.@-]{0,20}$/);
const _text = fc.string({ maxLength: 30 });
const _statement = fc.record(
	{
		Sid: fc.stringMatching(/^[A-Za-z0-9]{1,10}$/),
		Effect: fc.constantFrom('Allow', 'Deny'),
		Action: fc.oneof(
			fc.constantFrom('s3:GetObject', 'iam:*', '*'),
			fc.array(_text, { maxLength: 3 }),
		),
		Resource: fc.oneof(fc.constant('*'), _text),
	},
	{ requiredKeys: ['Effect', 'Action'] },
);
const _policyText = fc
	.record({ Version: fc.constant('2012-10-17'), Statement: fc.array(_statement, { maxLength: 3 }) })
	.map(formatPolicyText);
const _named: fc.Arbitrary<PolicySource> = fc.oneof(
	fc.record({ kind: fc.constant('inline' as const), name: _name, text: _policyText }),
	fc.record({
		kind: fc.constant('managed' as const),
		arn: _name.map((n) => `arn:aws:iam::aws:policy/${n}`),
	}),
);
const _maybeNamed: fc.Arbitrary<PolicySource> = fc.oneof(
	_named,
	fc.record({ kind: fc.constant('inline' as const), text: _policyText }),
);
const _context = fc.dictionary(
	fc.stringMatching(/^[a-z]{2,5}:[A-Za-z]{1,12}$/),
	fc.oneof(_text, fc.integer(), fc.boolean(), fc.array(_text, { maxLength: 3 })),
	{ maxKeys: 3 },
);
const _levels: fc.Arbitrary<OrganizationLevel[]> = fc.array(
	fc.record({ name: _name, policies: fc.array(_maybeNamed, { maxLength: 2 }) }),
	{ minLength: 1, maxLength: 2 },
);

/** Any document the playground can hold, in canonical form. */
export const roleDocuments: fc.Arbitrary<RoleDocument> = fc.record(
	{
		account: fc.stringMatching(/^\d{12}$/),
		roleName: _name,
		trustPolicy: _policyText,
		permissionPolicies: fc.array(_named, { maxLength: 3 }),
		permissionsBoundary: _maybeNamed,
		sessionPolicy: _maybeNamed,
		serviceControlPolicies: _levels,
		resourceControlPolicies: _levels,
		caller: fc.record({
			principal: fc.oneof(
				fc.constantFrom('ec2.amazonaws.com', 'arn:aws:iam::111122223333:user/alice'),
				_text.filter((t) => t !== ''),
			),
			action: fc.constantFrom(
				'sts:AssumeRole' as const,
				'sts:AssumeRoleWithWebIdentity' as const,
				'sts:AssumeRoleWithSAML' as const,
			),
			context: _context,
			policies: fc.array(_named, { maxLength: 2 }),
		}),
		session: fc.record(
			{
				sessionName: _text.filter((t) => t !== ''),
				action: _text.filter((t) => t !== ''),
				resource: fc.oneof(
					fc.constant('*'),
					_text.filter((t) => t !== ''),
				),
				resourceAccount: fc.stringMatching(/^\d{12}$/),
				context: _context,
			},
			{ requiredKeys: ['sessionName', 'action', 'resource', 'context'] },
		),
	},
	{
		requiredKeys: ['account', 'roleName', 'trustPolicy', 'permissionPolicies', 'caller', 'session'],
	},
);

/** A Map-backed Storage; `fail` makes every call throw like a disabled or full storage. */
export function fakeStorage(
	initial: Record<string, string> = {},
	fail?: string,
): StorageLike & { items: Map<string, string> } {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (key) => {
			if (fail) throw new DOMException(fail, 'SecurityError');
			return items.get(key) ?? null;
		},
		setItem: (key, value) => {
			if (fail) throw new DOMException(fail, 'QuotaExceededError');
			items.set(key, value);
		},
	};
}
