import { describe, expect, it } from 'vitest';
import { decodeShareLink } from '../../playground/editor/share-link.ts';
import { policyPlaygroundHash } from '../lib/reference/playground-link.ts';

describe('policyPlaygroundHash', () => {
	it.each([
		['arn:aws:iam::aws:policy/IAMReadOnlyAccess', 'iam:GetRole'],
		['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole', 'logs:CreateLogGroup'],
	])(
		'opens in the playground as the default role with only %s attached, asking about %s',
		(arn, action) => {
			const hash = policyPlaygroundHash(arn, action);
			expect(hash).toMatch(/^#s=1\./);
			const loaded = decodeShareLink({ hash });
			expect(loaded?.ok).toBe(true);
			expect(loaded?.doc.permissionPolicies).toEqual([{ kind: 'managed', arn }]);
			expect(loaded?.doc.session).toMatchObject({ action, resource: '*' });
			expect(loaded?.doc.roleName).toBe('DemoRoleForEC2');
		},
	);
});
