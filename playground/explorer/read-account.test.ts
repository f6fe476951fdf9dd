import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import { formatMessage, readAccounts } from './read-account.ts';
import { account, allow, arn, doc, trusts } from './test-accounts.ts';

const catalog = createNodeCatalog();
const read = (text: string) =>
	readAccounts([{ name: 'f.json', text }], { managedPolicies: catalog.managedPolicies });
const messages = (text: string) => read(text).messages.map(formatMessage);

describe('readAccounts', () => {
	it('reads URL-encoded documents as the API prints them, and objects as the CLI prints them', () => {
		const policy = doc(allow('s3:GetObject'));
		const { principals } = read(
			account({
				roles: [
					{
						name: 'R',
						trust: encodeURIComponent(JSON.stringify(trusts({ Service: 'ec2.amazonaws.com' }))),
					},
				],
				users: [{ name: 'ann', policies: [policy] }],
			}).text,
		);
		expect(
			principals.map((p) => [p.kind, p.name, p.identity.length, p.trust?.policy.statements.length]),
		).toEqual([
			['user', 'ann', 1, undefined],
			['role', 'R', 0, 1],
		]);
	});

	it('counts group policies, attached managed policies and the boundary, AWS managed ones from the catalog', () => {
		const { principals, messages: found } = read(
			account({
				users: [
					{
						name: 'ann',
						groups: ['Ops'],
						managed: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
						boundary: arn('policy', 'Fence'),
					},
				],
				groups: [{ name: 'Ops', policies: [doc(allow('ec2:*'))] }],
				policies: { Fence: doc(allow('*')) },
			}).text,
		);
		expect(found).toEqual([]);
		const ann = principals[0]!;
		expect(ann.identity.map((u) => [u.name, u.origin, u.text === undefined])).toEqual([
			['Ops/p0', 'group', false],
			['arn:aws:iam::aws:policy/ReadOnlyAccess', 'awsManaged', true],
		]);
		expect(ann.boundary?.name).toBe(arn('policy', 'Fence'));
		expect(ann.groups).toEqual([arn('group', 'Ops')]);
	});

	it.each([
		{
			text: 'not json',
			expected: [
				'f.json: the file is not JSON: Unexpected token \'o\', "not json" is not valid JSON',
			],
		},
		{
			text: '{"Users": []}',
			expected: [
				'f.json: the file is not the output of `aws iam get-account-authorization-details`: it has none of `UserDetailList`, `GroupDetailList`, `RoleDetailList`, `Policies`',
			],
		},
		{ text: '{"RoleDetailList": {}}', expected: ['f.json: RoleDetailList is not a list'] },
	])('says what is wrong with a file that is not account details: $text', ({ text, expected }) => {
		expect(messages(text)).toEqual(expected);
	});

	it('names the place of each bad part and still reads the rest', () => {
		const text = account({
			users: [
				{
					name: 'ann',
					groups: ['Missing'],
					managed: [arn('policy', 'NotListed'), 'arn:aws:iam::aws:policy/NoSuchPolicy'],
				},
			],
			roles: [
				{ name: 'Good', trust: trusts({ Service: 'ec2.amazonaws.com' }) },
				{ name: 'Bad', trust: doc({ Effect: 'Allow', Action: 'sts:AssumeRole' }) },
				{ name: 'Garbled', trust: '%7B%22Version' },
			],
		}).text;
		const model = read(text);
		expect(model.messages.map(formatMessage)).toEqual([
			'f.json: UserDetailList[0].GroupList[0] names group `Missing`, which is not in `GroupDetailList`; its policies are not counted',
			'f.json: UserDetailList[0].AttachedManagedPolicies[0] names policy `arn:aws:iam::111122223333:policy/NotListed`, which is not in `Policies` (was the file made with a `--filter`?); it is not counted',
			'f.json: UserDetailList[0].AttachedManagedPolicies[1] names AWS managed policy `arn:aws:iam::aws:policy/NoSuchPolicy`, which is not in the catalog; it is not counted',
			'f.json: RoleDetailList[1].AssumeRolePolicyDocument is not a policy: missing `Principal` in a trust policy (at Statement[0])',
			'f.json: RoleDetailList[1] is kept without a trust policy: nobody can assume it',
			'f.json: RoleDetailList[2].AssumeRolePolicyDocument is not a policy: invalid JSON: unterminated string',
			'f.json: RoleDetailList[2] is kept without a trust policy: nobody can assume it',
		]);
		expect(model.principals.map((p) => p.name)).toEqual(['ann', 'Good', 'Bad', 'Garbled']);
	});
});
