import { describe, expect, it } from 'vitest';
import type { ManagedPolicyCatalog } from '../catalog/types.ts';
import type { Diagnostic, Span } from '../types.ts';
import { parseScenario, parseScenarios } from './scenario.ts';

function underline(text: string, span: Span): string {
	return text.slice(span.offset, span.offset + span.length);
}

const NOW = new Date('2026-01-01T00:00:00Z');
const ALICE = 'arn:aws:iam::111122223333:user/alice';
const ROLE = 'arn:aws:iam::111122223333:role/R';
const ALLOW_S3 =
	'{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}';
const FULL_ACCESS =
	'{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}';
const DENY_ALL =
	'{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"*","Resource":"*"}}';

/** A request object as JSON text. */
function request(principal: string, action: string, resource: string, extra = ''): string {
	return `{"principal":${JSON.stringify(principal)},"action":${JSON.stringify(action)},"resource":${JSON.stringify(resource)}${extra}}`;
}

/** A scenario with the given request and further top-level fields. */
function scenario(req: string, rest = ''): string {
	return `{"request":${req}${rest === '' ? '' : ',' + rest}}`;
}

const catalog: ManagedPolicyCatalog = {
	get: (arn) =>
		({
			'arn:aws:iam::aws:policy/Full': FULL_ACCESS,
			'arn:aws:iam::aws:policy/Old': '{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}',
			'arn:aws:iam::aws:policy/Broken':
				'{"Statement":{"Effect":"allow","Action":"*","Resource":"*"}}',
			'arn:aws:iam::aws:policy/TrustAll':
				'{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}}',
		})[arn],
};

const S3_REQUEST = request(ALICE, 's3:GetObject', 'arn:aws:s3:::b/k');

/** [behaviour, scenario text, code, message, help, underlined] */
const cases: [string, string, string, string, string | undefined, string][] = [
	[
		'a principal of no known form is E20',
		scenario(request('alice', 's3:GetObject', '*')),
		'E20',
		'`alice` is not a principal',
		'use a user, role, role session, root or federated-user ARN, a service such as `ec2.amazonaws.com`, an identity provider, or `anonymous`',
		'"alice"',
	],
	[
		'a principal with a wildcard is E20',
		scenario(request('arn:aws:iam::111122223333:user/*', 's3:GetObject', '*')),
		'E20',
		'`arn:aws:iam::111122223333:user/*` is not a principal',
		'use a user, role, role session, root or federated-user ARN, a service such as `ec2.amazonaws.com`, an identity provider, or `anonymous`',
		'"arn:aws:iam::111122223333:user/*"',
	],
	[
		'a missing principal is E20 on the request',
		scenario('{"action":"s3:GetObject","resource":"*"}'),
		'E20',
		'missing `principal`',
		'add `"principal"`, e.g. an IAM user ARN',
		'{"action":"s3:GetObject","resource":"*"}',
	],
	[
		'a non-string principal is E20',
		scenario('{"principal":1,"action":"s3:GetObject","resource":"*"}'),
		'E20',
		'`principal` must be a string',
		'use a user, role, role session, root or federated-user ARN, a service such as `ec2.amazonaws.com`, an identity provider, or `anonymous`',
		'1',
	],
	[
		'an action with a wildcard is E21',
		scenario(request(ALICE, 's3:Get*', '*')),
		'E21',
		'`s3:Get*` is not an action',
		'a request names one action as `service:ActionName`, e.g. `s3:GetObject`, without wildcards',
		'"s3:Get*"',
	],
	[
		'an action without a service is E21',
		scenario(request(ALICE, ':GetObject', '*')),
		'E21',
		'`:GetObject` is not an action',
		'a request names one action as `service:ActionName`, e.g. `s3:GetObject`, without wildcards',
		'":GetObject"',
	],
	[
		'a missing action is E21',
		scenario(`{"principal":"${ALICE}","resource":"*"}`),
		'E21',
		'missing `action`',
		'add `"action": "service:ActionName"`',
		`{"principal":"${ALICE}","resource":"*"}`,
	],
	[
		'a bucket name as resource is E22',
		scenario(request(ALICE, 's3:GetObject', 'bucket')),
		'E22',
		'`bucket` is neither `*` nor an ARN',
		'write the full ARN (six colon-separated fields, e.g. `arn:aws:s3:::bucket/key`), or `*`',
		'"bucket"',
	],
	[
		'a five-field resource ARN is E22',
		scenario(request(ALICE, 's3:GetObject', 'arn:aws:s3::bucket')),
		'E22',
		'`arn:aws:s3::bucket` is neither `*` nor an ARN',
		'write the full ARN (six colon-separated fields, e.g. `arn:aws:s3:::bucket/key`), or `*`',
		'"arn:aws:s3::bucket"',
	],
	[
		'a missing resource is E22',
		scenario(`{"principal":"${ALICE}","action":"s3:GetObject"}`),
		'E22',
		'missing `resource`',
		'add `"resource"`: an ARN, or `*`',
		`{"principal":"${ALICE}","action":"s3:GetObject"}`,
	],
	[
		'a short resourceAccount is E23',
		scenario(request(ALICE, 's3:GetObject', '*', ',"resourceAccount":"1234"')),
		'E23',
		'`resourceAccount` must be a 12-digit account ID in a string',
		undefined,
		'"1234"',
	],
	[
		'a context key without a colon is E24',
		scenario(request(ALICE, 's3:GetObject', '*', ',"context":{"SourceIp":"1.2.3.4"}')),
		'E24',
		'context key `SourceIp` has no `:`',
		'keys are `prefix:name`, e.g. `aws:SourceIp`',
		'"SourceIp"',
	],
	[
		'a context number in exponent form is E24',
		scenario(request(ALICE, 's3:GetObject', '*', ',"context":{"s3:max-keys":1e2}')),
		'E24',
		'`1e2` is not a decimal number',
		undefined,
		'1e2',
	],
	[
		'two context keys equal but for case are E24',
		scenario(
			request(
				ALICE,
				's3:GetObject',
				'*',
				',"context":{"aws:SourceIp":"1.2.3.4","AWS:SOURCEIP":"1.2.3.5"}',
			),
		),
		'E24',
		'context keys `aws:SourceIp` and `AWS:SOURCEIP` are the same key',
		'condition keys ignore case: keep one of them',
		'"AWS:SOURCEIP"',
	],
	[
		'a null context value is E24',
		scenario(request(ALICE, 's3:GetObject', '*', ',"context":{"aws:a":null}')),
		'E24',
		'the value of `aws:a` must be a string, number, boolean or a list of those',
		undefined,
		'null',
	],
	[
		'a nested context list is E24',
		scenario(request(ALICE, 's3:GetObject', '*', ',"context":{"aws:a":[["x"]]}')),
		'E24',
		'the value of `aws:a` must be a string, number, boolean or a list of those',
		undefined,
		'[["x"]]',
	],
	[
		'a context that is not an object is E24',
		scenario(request(ALICE, 's3:GetObject', '*', ',"context":[]')),
		'E24',
		'`context` must be an object of condition keys',
		undefined,
		'[]',
	],
	[
		'an unknown managed policy is E25',
		scenario(S3_REQUEST, '"identityPolicies":[{"arn":"arn:aws:iam::aws:policy/Nope"}]'),
		'E25',
		'unknown managed policy `arn:aws:iam::aws:policy/Nope`',
		'check the ARN, e.g. `arn:aws:iam::aws:policy/ReadOnlyAccess`, or paste the document instead',
		'"arn:aws:iam::aws:policy/Nope"',
	],
	[
		'a SAML provider calling S3 is E26',
		scenario(request('arn:aws:iam::111122223333:saml-provider/corp', 's3:GetObject', '*')),
		'E26',
		'identity provider `arn:aws:iam::111122223333:saml-provider/corp` cannot call `s3:GetObject`',
		'a SAML provider calls `sts:AssumeRoleWithSAML`',
		'"s3:GetObject"',
	],
	[
		'an OIDC provider calling AssumeRole is E26',
		scenario(
			request(
				'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
				'sts:AssumeRole',
				ROLE,
			),
		),
		'E26',
		'identity provider `arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com` cannot call `sts:AssumeRole`',
		'a web identity provider calls `sts:AssumeRoleWithWebIdentity`',
		'"sts:AssumeRole"',
	],
	[
		'an unknown scenario field is E27 with a suggestion',
		scenario(S3_REQUEST, '"identityPolicy":[]'),
		'E27',
		'unknown scenario field `identityPolicy`',
		'did you mean `identityPolicies`?',
		'"identityPolicy"',
	],
	[
		'an unknown request field is E27',
		scenario(request(ALICE, 's3:GetObject', '*', ',"contxt":{}')),
		'E27',
		'unknown request field `contxt`',
		'did you mean `context`?',
		'"contxt"',
	],
	[
		'an unknown PolicyRef field is E27',
		scenario(S3_REQUEST, `"identityPolicies":[{"name":"a","doc":${ALLOW_S3}}]`),
		'E27',
		'unknown policy reference field `doc`',
		'a policy reference holds `name` and `document`, or `arn`',
		'"doc"',
	],
	[
		'an unknown level field is E27',
		scenario(
			S3_REQUEST,
			`"serviceControlPolicies":[{"name":"root","policies":[${FULL_ACCESS}],"id":1}]`,
		),
		'E27',
		'unknown level field `id`',
		'a level holds `name` and `policies`',
		'"id"',
	],
	[
		'a missing request is E28',
		'{"name":"x"}',
		'E28',
		'missing `request`',
		'add `"request": { "principal", "action", "resource" }`',
		'{"name":"x"}',
	],
	[
		'a scenario that is not an object is E28',
		'"x"',
		'E28',
		'a scenario must be an object',
		'write `{ "request": { … }, … }`',
		'"x"',
	],
	[
		'a request that is not an object is E28',
		'{"request":[]}',
		'E28',
		'`request` must be an object',
		undefined,
		'[]',
	],
	[
		'a non-list identityPolicies is E28',
		scenario(S3_REQUEST, `"identityPolicies":${ALLOW_S3}`),
		'E28',
		'`identityPolicies` must be a list of policies',
		undefined,
		ALLOW_S3,
	],
	[
		'a non-object PolicyRef is E28',
		scenario(S3_REQUEST, '"identityPolicies":["x"]'),
		'E28',
		'expected a policy: a document, `{ "name", "document" }` or `{ "arn" }`',
		undefined,
		'"x"',
	],
	[
		'a named ref without a document is E28',
		scenario(S3_REQUEST, '"identityPolicies":[{"name":"a"}]'),
		'E28',
		'missing `document`',
		'add `"document": { "Version": "2012-10-17", "Statement": [ … ] }`',
		'{"name":"a"}',
	],
	[
		'a ref with document and arn is E28',
		scenario(S3_REQUEST, `"identityPolicies":[{"document":${ALLOW_S3},"arn":"x"}]`),
		'E28',
		'a policy reference takes `document` or `arn`, not both',
		undefined,
		'"x"',
	],
	[
		'a numeric ref name is E28',
		scenario(S3_REQUEST, `"identityPolicies":[{"name":1,"document":${ALLOW_S3}}]`),
		'E28',
		'a policy `name` must be a non-empty string',
		undefined,
		'1',
	],
	[
		'a numeric arn is E28',
		scenario(S3_REQUEST, '"identityPolicies":[{"arn":1}]'),
		'E28',
		'a managed policy `arn` must be a string',
		undefined,
		'1',
	],
	[
		'a non-list of levels is E28',
		scenario(S3_REQUEST, '"serviceControlPolicies":{}'),
		'E28',
		'`serviceControlPolicies` must be a list of levels, root first',
		undefined,
		'{}',
	],
	[
		'a level given as a bare list is E28',
		scenario(S3_REQUEST, `"resourceControlPolicies":[[${FULL_ACCESS}]]`),
		'E28',
		'a level must be an object',
		'write `{ "name": "root", "policies": [ … ] }`',
		`[${FULL_ACCESS}]`,
	],
	[
		'a level without policies is E28',
		scenario(S3_REQUEST, '"serviceControlPolicies":[{"name":"root"}]'),
		'E28',
		'missing `policies`',
		'write `"policies": [ … ]` (an empty list denies everything)',
		'{"name":"root"}',
	],
	[
		'a level with a numeric name is E28',
		scenario(S3_REQUEST, '"serviceControlPolicies":[{"name":1,"policies":[]}]'),
		'E28',
		'a level `name` must be a non-empty string',
		undefined,
		'1',
	],
	[
		'a numeric scenario name is E28',
		scenario(S3_REQUEST, '"name":1'),
		'E28',
		'the scenario `name` must be a string',
		undefined,
		'1',
	],
	[
		'a syntax error is E01 with the path of its node',
		'{"request":{"principal":"x" "action":1}}',
		'E01',
		'invalid JSON: expected `,` between items',
		undefined,
		'"action"',
	],
	[
		'a comment is E01',
		'{"request":{} // who\n}',
		'E01',
		'invalid JSON: comments are not allowed',
		'IAM policies and scenarios are plain JSON: remove the comment',
		'// who',
	],
	[
		'a duplicate key in the request is E02',
		scenario(
			`{"principal":"${ALICE}","principal":"${ALICE}","action":"s3:GetObject","resource":"*"}`,
		),
		'E02',
		'duplicate key `principal`',
		'remove one of them: JSON parsers silently keep only the last',
		'"principal"',
	],
	[
		'an Allow-less SCP level is W16',
		scenario(
			S3_REQUEST,
			`"identityPolicies":[${ALLOW_S3}],"serviceControlPolicies":[{"name":"root","policies":[${DENY_ALL}]}]`,
		),
		'W16',
		'service control policy level `root` has no `Allow` statement, so it denies everything',
		'add an `Allow`, e.g. the managed `FullAWSAccess` policy',
		`{"name":"root","policies":[${DENY_ALL}]}`,
	],
	[
		'an empty RCP level is W16',
		scenario(S3_REQUEST, '"resourceControlPolicies":[{"name":"root","policies":[]}]'),
		'W16',
		'resource control policy level `root` has no `Allow` statement, so it denies everything',
		'in AWS every RCP level holds `RCPFullAWSAccess`: add it',
		'{"name":"root","policies":[]}',
	],
	[
		'identity policies for root are W17',
		scenario(
			request('arn:aws:iam::111122223333:root', 's3:GetObject', '*'),
			`"identityPolicies":[${ALLOW_S3}]`,
		),
		'W17',
		'the account root user cannot have identity policies: `identity[0]` is ignored',
		'identity policies and boundaries belong to IAM users and roles',
		ALLOW_S3,
	],
	[
		'a boundary for a service is W17',
		scenario(
			request('ec2.amazonaws.com', 's3:GetObject', '*'),
			`"permissionsBoundary":${ALLOW_S3}`,
		),
		'W17',
		'a service principal cannot have a permissions boundary: `permissions boundary` is ignored',
		'identity policies and boundaries belong to IAM users and roles',
		ALLOW_S3,
	],
	[
		'a session policy for a user is W17',
		scenario(
			S3_REQUEST,
			`"identityPolicies":[${ALLOW_S3}],"sessionPolicy":{"name":"sp","document":${ALLOW_S3}}`,
		),
		'W17',
		'an IAM user cannot have a session policy: `sp` is ignored',
		'session policies belong to role sessions and federated users',
		`{"name":"sp","document":${ALLOW_S3}}`,
	],
	[
		'an AssumeRole scenario without a trust policy is W18',
		scenario(request(ALICE, 'sts:AssumeRole', ROLE), `"identityPolicies":[${FULL_ACCESS}]`),
		'W18',
		'this request assumes a role but the scenario has no trust policy (`resourcePolicy`)',
		'add the `resourcePolicy`: without it the request is always denied',
		`"${ROLE}"`,
	],
	[
		'a KMS key scenario without a key policy is W18',
		scenario(
			request(ALICE, 'kms:Decrypt', 'arn:aws:kms:us-east-1:111122223333:key/k1'),
			`"identityPolicies":[${FULL_ACCESS}]`,
		),
		'W18',
		'this request uses a KMS key but the scenario has no key policy (`resourcePolicy`)',
		'add the `resourcePolicy`: without it the request is always denied',
		'"arn:aws:kms:us-east-1:111122223333:key/k1"',
	],
	[
		'a plain operator on a multivalued key is W20',
		scenario(
			request(ALICE, 's3:GetObject', '*', ',"context":{"aws:TagKeys":["a"]}'),
			'"identityPolicies":[{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:TagKeys":"a"}}}}]',
		),
		'W20',
		'`aws:TagKeys` has several values in this request, so `StringEquals` is false',
		'use `ForAnyValue:StringEquals` or `ForAllValues:StringEquals`',
		'"aws:TagKeys":"a"',
	],
	[
		'a key absent from the context is W21',
		scenario(
			S3_REQUEST,
			'"identityPolicies":[{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"red"}}}}]',
		),
		'W21',
		'condition key `aws:PrincipalTag/team` is not in the request context',
		'add it to `request.context` if the request would carry it',
		'"aws:PrincipalTag/team":"red"',
	],
	[
		'ForAllValues on a single-valued key is W09',
		scenario(
			request(ALICE, 's3:GetObject', '*', ',"context":{"aws:RequestTag/team":"red"}'),
			'"identityPolicies":[{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"ForAllValues:StringEquals":{"aws:RequestTag/team":"red"}}}}]',
		),
		'W09',
		'`aws:RequestTag/team` is single-valued in this request: `ForAllValues` is overly permissive',
		'use `StringEquals` for a single-valued key',
		'"aws:RequestTag/team":"red"',
	],
	[
		'a problem inside a managed policy is reported at its PolicyRef',
		scenario(S3_REQUEST, '"identityPolicies":[{"arn":"arn:aws:iam::aws:policy/Old"}]'),
		'W01',
		'in managed policy `arn:aws:iam::aws:policy/Old`: no `Version`: the policy is read with 2008-10-17 rules, policy variables are literal text',
		'add `"Version": "2012-10-17"`',
		'{"arn":"arn:aws:iam::aws:policy/Old"}',
	],
	[
		'an error inside a managed policy is reported at its PolicyRef',
		scenario(S3_REQUEST, '"identityPolicies":[{"arn":"arn:aws:iam::aws:policy/Broken"}]'),
		'E07',
		'in managed policy `arn:aws:iam::aws:policy/Broken`: `Effect` must be `Allow` or `Deny`, not `allow`',
		'did you mean `Allow`?',
		'{"arn":"arn:aws:iam::aws:policy/Broken"}',
	],
	[
		'a trust policy in a scenario gets W15',
		scenario(
			request('config.amazonaws.com', 'sts:AssumeRole', ROLE),
			'"resourcePolicy":{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"config.amazonaws.com"},"Action":"sts:AssumeRole"}}',
		),
		'W15',
		'service `config.amazonaws.com` is trusted without an `aws:SourceArn` or `aws:SourceAccount` condition',
		'add a condition on `aws:SourceAccount` or `aws:SourceArn` to prevent the confused deputy problem',
		'"config.amazonaws.com"',
	],
	[
		'a trust warning inside a managed policy is reported at its PolicyRef',
		scenario(
			request(ALICE, 'sts:AssumeRole', ROLE),
			'"resourcePolicy":{"arn":"arn:aws:iam::aws:policy/TrustAll"}',
		),
		'W15',
		'this trust policy lets any AWS principal assume the role',
		'name the accounts or roles, or add a condition such as `aws:PrincipalOrgID`',
		'{"arn":"arn:aws:iam::aws:policy/TrustAll"}',
	],
	[
		'a trust-shaped resource policy with Resource is E10',
		scenario(
			request('ec2.amazonaws.com', 'sts:AssumeRole', ROLE),
			'"resourcePolicy":{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole","Resource":"*"}}',
		),
		'E10',
		'`Resource` is not allowed in a trust policy',
		'remove it: the role the policy belongs to is the resource',
		'"*"',
	],
];

describe('parseScenario diagnostics', () => {
	it.each(cases)('%s', (_title, text, code, message, help, underlined) => {
		const result = parseScenario(text, { now: NOW, managedPolicies: catalog });
		const all: Diagnostic[] = [...result.errors, ...result.warnings];
		const found = all.find((d) => d.code === code && d.message === message);
		expect(found, JSON.stringify(all.map((d) => [d.code, d.message]))).toBeDefined();
		const d = found as Diagnostic;
		expect(d.help).toBe(help);
		expect(underline(text, d.span)).toBe(underlined);
		expect(result.scenario === undefined).toBe(result.errors.length > 0);
	});
});

describe('compiled scenarios', () => {
	it('names policies by ref name, managed ARN or position, with the document path', () => {
		const text = scenario(
			S3_REQUEST,
			`"identityPolicies":[${ALLOW_S3},{"name":"Named","document":${ALLOW_S3}},{"arn":"arn:aws:iam::aws:policy/Full"}],` +
				`"resourcePolicy":{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}},` +
				`"permissionsBoundary":${FULL_ACCESS},"sessionPolicy":${FULL_ACCESS},` +
				`"serviceControlPolicies":[{"name":"root","policies":[${FULL_ACCESS},{"name":"Guard","document":${FULL_ACCESS}}]},{"policies":[${FULL_ACCESS}]}]`,
		);
		const { scenario: compiled } = parseScenario(text, { now: NOW, managedPolicies: catalog });
		expect(compiled?.identityPolicies.map((p) => [p.name, p.path])).toEqual([
			['identity[0]', ['identityPolicies', 0]],
			['Named', ['identityPolicies', 1, 'document']],
			['arn:aws:iam::aws:policy/Full', ['identityPolicies', 2]],
		]);
		expect(compiled?.resourcePolicy?.name).toBe('resource policy');
		expect(compiled?.permissionsBoundary).toMatchObject({
			name: 'permissions boundary',
			type: 'permissionsBoundary',
		});
		expect(compiled?.sessionPolicy).toMatchObject({ name: 'session policy', type: 'session' });
		expect(
			compiled?.serviceControlPolicies?.map((l) => [l.name, l.policies.map((p) => p.name)]),
		).toEqual([
			['root', ['root[0]', 'Guard']],
			['level 2', ['level 2[0]']],
		]);
		expect(compiled?.resourceControlPolicies).toBeUndefined();
	});

	it('names a resource policy on a role the trust policy and types it resource', () => {
		const text = scenario(
			request(ALICE, 'sts:AssumeRole', ROLE),
			`"resourcePolicy":{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"${ALICE}"},"Action":"sts:AssumeRole"}}`,
		);
		const { scenario: compiled, errors } = parseScenario(text, { now: NOW });
		expect(errors).toEqual([]);
		expect(compiled?.resourcePolicy).toMatchObject({ name: 'trust policy', type: 'resource' });
	});

	it('compiles the request: action split and folded, resource fields, resource account from the ARN', () => {
		const text = scenario(
			request(ALICE, 'S3:GetObject', 'arn:aws:kms:us-east-1:444455556666:key/k'),
		);
		const compiled = parseScenario(text, { now: NOW }).scenario?.request;
		expect(compiled).toMatchObject({
			action: 'S3:GetObject',
			actionService: 's3',
			actionName: 'getobject',
			resourceFields: ['arn', 'aws', 'kms', 'us-east-1', '444455556666', 'key/k'],
			resourceAccount: '444455556666',
		});
		expect(compiled?.principal).toMatchObject({
			kind: 'user',
			account: '111122223333',
			name: 'alice',
		});
	});

	it("takes the principal's account for an account-less ARN, and resourceAccount when given", () => {
		const own = parseScenario(scenario(S3_REQUEST), { now: NOW }).scenario?.request;
		expect(own?.resourceAccount).toBe('111122223333');
		const given = parseScenario(
			scenario(
				request(ALICE, 's3:GetObject', 'arn:aws:s3:::b/k', ',"resourceAccount":"444455556666"'),
			),
			{ now: NOW },
		).scenario?.request;
		expect(given?.resourceAccount).toBe('444455556666');
		const star = parseScenario(scenario(request('anonymous', 's3:ListAllMyBuckets', '*')), {
			now: NOW,
		});
		expect(star.scenario?.request.resourceAccount).toBeUndefined();
		expect(star.scenario?.request.resourceFields).toEqual([]);
	});

	it('puts the given context and derived keys into the effective context', () => {
		const text = scenario(
			request(
				ALICE,
				's3:GetObject',
				'*',
				',"context":{"aws:SourceIp":"203.0.113.7","aws:TagKeys":["a",1,true],"s3:max-keys":10}',
			),
		);
		const context = parseScenario(text, { now: NOW }).scenario?.request.context;
		expect(context?.get('aws:sourceip')?.values).toEqual(['203.0.113.7']);
		expect(context?.get('aws:tagkeys')).toMatchObject({ values: ['a', '1', 'true'], multi: true });
		expect(context?.get('s3:max-keys')?.values).toEqual(['10']);
		expect(context?.get('aws:username')?.values).toEqual(['alice']);
	});

	it('does not raise W20 for an empty context list, which counts as absent', () => {
		const text = scenario(
			request(ALICE, 's3:GetObject', '*', ',"context":{"aws:TagKeys":[]}'),
			'"identityPolicies":[{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEqualsIfExists":{"aws:TagKeys":"a"}}}}]',
		);
		expect(parseScenario(text, { now: NOW }).warnings).toEqual([]);
	});

	it('echoes warnings on the compiled scenario', () => {
		const text = scenario(
			S3_REQUEST,
			'"identityPolicies":[{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}]',
		);
		const result = parseScenario(text, { now: NOW });
		expect(result.warnings.map((w) => w.code)).toEqual(['W01']);
		expect(result.scenario?.warnings).toEqual(result.warnings);
	});

	it('reports E25 with a hint when no catalog is loaded', () => {
		const text = scenario(
			S3_REQUEST,
			'"identityPolicies":[{"arn":"arn:aws:iam::aws:policy/Full"}]',
		);
		expect(parseScenario(text).errors.map((e) => [e.code, e.help])).toEqual([
			['E25', 'no managed-policy catalog is loaded: paste the policy document instead'],
		]);
	});

	it('compiles a managed policy once per catalog and role and reuses it', () => {
		let reads = 0;
		const counting: ManagedPolicyCatalog = { get: (arn) => (reads++, catalog.get(arn)) };
		const text = scenario(
			S3_REQUEST,
			'"identityPolicies":[{"arn":"arn:aws:iam::aws:policy/Full"},{"arn":"arn:aws:iam::aws:policy/Full"}]',
		);
		parseScenario(text, { now: NOW, managedPolicies: counting });
		const again = parseScenario(text, { now: NOW, managedPolicies: counting });
		expect(reads).toBe(1);
		expect(again.scenario?.identityPolicies.map((p) => p.path)).toEqual([
			['identityPolicies', 0],
			['identityPolicies', 1],
		]);
	});

	it('refuses an array where one scenario is expected', () => {
		expect(parseScenario('[]').errors.map((e) => e.message)).toEqual([
			'a scenario must be an object',
		]);
	});

	it('reports a JSON error and nothing else', () => {
		const result = parseScenario('{"request":');
		expect(result.errors.map((e) => e.code)).toEqual(['E01', 'E01']);
		expect(result.errors.map((e) => e.message)).toEqual([
			'invalid JSON: expected a value',
			'invalid JSON: expected `}`',
		]);
		expect(parseScenario('').errors.map((e) => e.message)).toEqual([
			'invalid JSON: expected a value',
		]);
	});
});

describe('parseScenarios', () => {
	it('reads each item on its own, with paths starting at its index', () => {
		const good = scenario(S3_REQUEST, `"identityPolicies":[${ALLOW_S3}]`);
		const bad = scenario(request('alice', 's3:GetObject', '*'), '"x":1,"x":2');
		const result = parseScenarios(`[${good},${bad},${good}]`, { now: NOW });
		expect(result.array).toBe(true);
		expect(result.errors).toEqual([]);
		expect(result.items.map((i) => i.scenario !== undefined)).toEqual([true, false, true]);
		expect(result.items[1]?.errors.map((e) => [e.code, e.path])).toEqual([
			['E20', [1, 'request', 'principal']],
			['E27', [1, 'x']],
			['E02', [1, 'x']],
			['E27', [1, 'x']],
		]);
		expect(result.items[2]?.scenario?.identityPolicies[0]?.path).toEqual([
			2,
			'identityPolicies',
			0,
		]);
	});

	it('reads a single object as one item', () => {
		const result = parseScenarios(scenario(S3_REQUEST), { now: NOW });
		expect(result.array).toBe(false);
		expect(result.items).toHaveLength(1);
		expect(result.items[0]?.scenario?.request.action).toBe('s3:GetObject');
	});

	it('puts top-level JSON errors in errors and no items', () => {
		const result = parseScenarios('[{"request":{}},', { now: NOW });
		expect(result.items).toEqual([]);
		expect(result.errors.map((e) => e.code)).toContain('E01');
	});

	it('uses one instant for every item', () => {
		const item = scenario(S3_REQUEST);
		const result = parseScenarios(`[${item},${item}]`);
		const times = result.items.map(
			(i) => i.scenario?.request.context.get('aws:currenttime')?.values[0],
		);
		expect(times[0]).toBeDefined();
		expect(times[1]).toBe(times[0]);
	});
});
