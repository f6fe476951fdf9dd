import { describe, expect, it } from 'vitest';
import { parsePrincipalEntry } from './principal-entry.ts';
import type { PrincipalKey } from './principal-entry.ts';

const A = '111122223333';
const SPAN = { offset: 0, length: 0 };

/** [key, text, expected entry fields, warning] */
const accepted: [PrincipalKey, string, Record<string, unknown>, string | undefined][] = [
	['AWS', '*', { type: 'wildcard' }, undefined],
	['AWS', A, { type: 'account', account: A }, undefined],
	['AWS', `arn:aws:iam::${A}:root`, { type: 'account', account: A }, undefined],
	[
		'AWS',
		`arn:aws:iam::${A}:user/dev/alice`,
		{ type: 'user', name: 'alice', partition: 'aws', arn: `arn:aws:iam::${A}:user/dev/alice` },
		undefined,
	],
	[
		'AWS',
		`arn:aws:iam::${A}:role/team/Ops`,
		{ type: 'role', roleNameLower: 'ops', account: A },
		undefined,
	],
	[
		'AWS',
		`arn:aws:sts::${A}:assumed-role/Ops/s1`,
		{ type: 'session', roleNameLower: 'ops', arn: `arn:aws:sts::${A}:assumed-role/Ops/s1` },
		undefined,
	],
	[
		'AWS',
		`arn:aws:sts::${A}:federated-user/bob`,
		{ type: 'federatedUser', name: 'bob', account: A },
		undefined,
	],
	['AWS', 'AROADBQP57FF2AEXAMPLE', { type: 'never' }, 'W14'],
	['Service', 'ec2.amazonaws.com', { type: 'service' }, undefined],
	[
		'Federated',
		`arn:aws:iam::${A}:saml-provider/corp`,
		{ type: 'federated', provider: 'saml' },
		undefined,
	],
	['Federated', 'accounts.google.com', { type: 'federated', provider: 'oidc' }, undefined],
	[
		'CanonicalUser',
		'79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be',
		{ type: 'never' },
		'W14',
	],
];

const refused: [PrincipalKey, string, string][] = [
	['AWS', `arn:aws:iam::${A}:user/*`, 'wildcard in principal `arn:aws:iam::111122223333:user/*`'],
	[
		'AWS',
		`arn:aws:iam::${A}:group/g`,
		'`arn:aws:iam::111122223333:group/g` is not an AWS principal',
	],
	['AWS', `arn:aws:iam::${A}:user/`, '`arn:aws:iam::111122223333:user/` is not an AWS principal'],
	[
		'AWS',
		`arn:aws:sts::${A}:assumed-role/Ops`,
		'`arn:aws:sts::111122223333:assumed-role/Ops` is not an AWS principal',
	],
	['AWS', `arn:aws:s3:::${A}`, '`arn:aws:s3:::111122223333` is not an AWS principal'],
	['AWS', 'arn:aws:iam::12345:root', '`arn:aws:iam::12345:root` is not an AWS principal'],
	['AWS', 'aidalowercase1234567', '`aidalowercase1234567` is not an AWS principal'],
	['Federated', '*', 'a `Federated` principal cannot be `*`'],
	['Service', 'ec2.*.com', 'wildcard in principal `ec2.*.com`'],
	['Service', '', 'empty `Service` principal'],
];

describe('parsePrincipalEntry', () => {
	it.each(accepted)('reads %s %s', (key, text, fields, warning) => {
		const result = parsePrincipalEntry(key, text, SPAN);
		expect(result).toMatchObject({ entry: { text, ...fields } });
		expect('warning' in result ? result.warning : undefined).toBe(warning);
	});

	it.each(refused)('refuses %s %s', (key, text, message) => {
		expect(parsePrincipalEntry(key, text, SPAN)).toMatchObject({ error: message });
	});
});
