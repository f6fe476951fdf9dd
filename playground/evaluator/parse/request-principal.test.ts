import { describe, expect, it } from 'vitest';
import { classifyPrincipal } from './request-principal.ts';

const A = '111122223333';

/** [principal, action, expected fields] */
const cases: [string, string, Record<string, unknown>][] = [
	[
		`arn:aws:iam::${A}:user/alice`,
		's3:getobject',
		{ kind: 'user', account: A, name: 'alice', arn: `arn:aws:iam::${A}:user/alice` },
	],
	[`arn:aws:iam::${A}:user/dev/alice`, 's3:getobject', { kind: 'user', name: 'alice' }],
	[
		`arn:aws:iam::${A}:role/team/Ops`,
		's3:getobject',
		{ kind: 'role', roleName: 'Ops', roleNameLower: 'ops', serviceLinkedRole: false },
	],
	[
		`arn:aws:iam::${A}:role/aws-service-role/x.amazonaws.com/AWSServiceRoleForX`,
		's3:getobject',
		{ kind: 'role', serviceLinkedRole: true },
	],
	[
		`arn:aws:sts::${A}:assumed-role/R/i-0abc`,
		's3:getobject',
		{
			kind: 'session',
			roleName: 'R',
			roleNameLower: 'r',
			arn: `arn:aws:sts::${A}:assumed-role/R/i-0abc`,
		},
	],
	[
		`arn:aws:sts::${A}:assumed-role/AWSServiceRoleForX/s`,
		's3:getobject',
		{ kind: 'session', serviceLinkedRole: true },
	],
	[`arn:aws:iam::${A}:root`, 's3:getobject', { kind: 'root', account: A }],
	[
		`arn:aws:sts::${A}:federated-user/bob`,
		's3:getobject',
		{ kind: 'federated', name: 'bob', account: A },
	],
	['lambda.amazonaws.com', 's3:getobject', { kind: 'service' }],
	['cognito-identity.amazonaws.com', 'sts:assumerole', { kind: 'service' }],
	['cognito-identity.amazonaws.com', 'sts:assumerolewithwebidentity', { kind: 'oidc' }],
	[
		`arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com`,
		'sts:assumerolewithwebidentity',
		{ kind: 'oidc', partition: 'aws' },
	],
	[`arn:aws:iam::${A}:saml-provider/corp`, 'sts:assumerolewithsaml', { kind: 'saml' }],
	['anonymous', 's3:getobject', { kind: 'anonymous' }],
	[`arn:aws-cn:iam::${A}:user/a`, 's3:getobject', { kind: 'user', partition: 'aws-cn' }],
];

const refused = [
	'alice',
	'localhost',
	'ec2.amazonaws.com:x',
	'my service.com',
	`arn:aws:iam::${A}:user/*`,
	`arn:aws:iam::${A}:user/`,
	`arn:aws:iam::${A}:group/g`,
	`arn:aws:iam:us-east-1:${A}:user/a`,
	`arn:aws:iam::123:user/a`,
	`arn::iam::${A}:user/a`,
	`arn:aws:sts::${A}:assumed-role/R`,
	`arn:aws:sts::${A}:federated-user/`,
	`arn:aws:s3:::bucket`,
	`arn:aws:iam::${A}:saml-provider/a/b`,
	`arn:aws:iam::${A}:user:x/a`,
];

describe('classifyPrincipal', () => {
	it.each(cases)('classifies %s (action %s)', (text, action, expected) => {
		expect(classifyPrincipal(text, action)).toMatchObject({ text, ...expected });
	});

	it.each(['lambda.amazonaws.com', `arn:aws:iam::${A}:saml-provider/corp`, 'anonymous'])(
		'gives %s no account',
		(text) => {
			expect(classifyPrincipal(text, 'sts:assumerolewithsaml')?.account).toBeUndefined();
		},
	);

	it.each(refused)('refuses %s', (text) => {
		expect(classifyPrincipal(text, 's3:getobject')).toBeUndefined();
	});
});
