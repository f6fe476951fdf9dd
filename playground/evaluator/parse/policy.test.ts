import { describe, expect, it } from 'vitest';
import type { Diagnostic, Span } from '../types.ts';
import { parsePolicy } from './policy.ts';
import type { PolicyRole } from './policy.ts';

/** The text a span covers. */
function underline(text: string, span: Span): string {
	return text.slice(span.offset, span.offset + span.length);
}

/** A 2012-10-17 policy around the given statements (JSON text). */
function doc(...statements: string[]): string {
	return `{"Version":"2012-10-17","Statement":[${statements.join(',')}]}`;
}

const S3 = '"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"';
const TRUST = '"Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"';

/** [behaviour, role, text, code, message, help, underlined text] */
const cases: [string, PolicyRole, string, string, string, string | undefined, string][] = [
	[
		'an unknown document element is E03 with a suggestion',
		'identity',
		'{"Version":"2012-10-17","Statment":[]}',
		'E03',
		'unknown policy element `Statment`',
		'did you mean `Statement`?',
		'"Statment"',
	],
	[
		'a non-string Id is E03',
		'resource',
		'{"Version":"2012-10-17","Id":1,"Statement":[]}',
		'E03',
		'`Id` must be a string',
		undefined,
		'1',
	],
	[
		'an unknown Version is E04',
		'identity',
		`{"Version":"2012-10-18","Statement":{"Effect":"Allow",${S3}}}`,
		'E04',
		'unsupported `Version` `2012-10-18`',
		'write `"Version": "2012-10-17"`',
		'"2012-10-18"',
	],
	[
		'a numeric Version is E04',
		'identity',
		`{"Version":2012,"Statement":{"Effect":"Allow",${S3}}}`,
		'E04',
		'unsupported `Version` a non-string',
		'write `"Version": "2012-10-17"`',
		'2012',
	],
	[
		'a missing Statement is E05 on the document',
		'identity',
		'{"Version":"2012-10-17"}',
		'E05',
		'missing `Statement`',
		'add `"Statement": [ … ]`',
		'{"Version":"2012-10-17"}',
	],
	[
		'an empty Statement list is E05',
		'identity',
		'{"Version":"2012-10-17","Statement":[]}',
		'E05',
		'`Statement` must not be empty',
		undefined,
		'[]',
	],
	[
		'a string Statement is E05',
		'identity',
		'{"Version":"2012-10-17","Statement":"x"}',
		'E05',
		'`Statement` must be an object or a list of objects',
		undefined,
		'"x"',
	],
	[
		'a non-object statement is E05',
		'identity',
		doc('1'),
		'E05',
		'a statement must be an object',
		undefined,
		'1',
	],
	[
		'a policy that is not an object is E05',
		'identity',
		'[]',
		'E05',
		'a policy must be a JSON object with a `Statement`',
		undefined,
		'[]',
	],
	[
		'a miscased element is E06 with a suggestion',
		'identity',
		doc(`{"effect":"Allow",${S3}}`),
		'E06',
		'unknown statement element `effect`',
		'did you mean `Effect`?',
		'"effect"',
	],
	[
		'an unrelated element is E06 listing the elements',
		'identity',
		doc(`{"Effect":"Allow","Banana":1,${S3}}`),
		'E06',
		'unknown statement element `Banana`',
		'a statement may hold `Sid`, `Effect`, `Principal`, `NotPrincipal`, `Action`, `NotAction`, `Resource`, `NotResource`, `Condition`',
		'"Banana"',
	],
	[
		'a lower-case Effect is E07 with a suggestion',
		'identity',
		doc(`{"Effect":"allow",${S3}}`),
		'E07',
		'`Effect` must be `Allow` or `Deny`, not `allow`',
		'did you mean `Allow`?',
		'"allow"',
	],
	[
		'a non-string Effect is E07',
		'identity',
		doc(`{"Effect":true,${S3}}`),
		'E07',
		'`Effect` must be a string',
		'write `"Allow"` or `"Deny"` (case-sensitive)',
		'true',
	],
	[
		'a missing Effect is E07 on the statement',
		'identity',
		doc(`{${S3}}`),
		'E07',
		'missing `Effect`',
		'add `"Effect": "Allow"` or `"Effect": "Deny"`',
		`{${S3}}`,
	],
	[
		'Action and NotAction together are E08 on the second',
		'identity',
		doc(`{"Effect":"Allow","Action":"s3:*","NotAction":"iam:*","Resource":"*"}`),
		'E08',
		'a statement takes only one of `Action` and `NotAction`',
		undefined,
		'"iam:*"',
	],
	[
		'a missing Action is E08 on the statement',
		'identity',
		doc('{"Effect":"Allow","Resource":"*"}'),
		'E08',
		'missing `Action`',
		'add `"Action"` (or `"NotAction"`)',
		'{"Effect":"Allow","Resource":"*"}',
	],
	[
		'an action without a colon is E09',
		'identity',
		doc('{"Effect":"Allow","Action":"s3GetObject","Resource":"*"}'),
		'E09',
		'`s3GetObject` is not an action',
		'did you mean `s3:GetObject`?',
		'"s3GetObject"',
	],
	[
		'an action with a space is E09',
		'identity',
		doc('{"Effect":"Allow","Action":"s3 :GetObject","Resource":"*"}'),
		'E09',
		'`s3 :GetObject` is not an action',
		'did you mean `s3:GetObject`?',
		'"s3 :GetObject"',
	],
	[
		'an action with an empty name is E09',
		'identity',
		doc('{"Effect":"Allow","Action":["s3:"],"Resource":"*"}'),
		'E09',
		'`s3:` is not an action',
		'write `service:ActionName`, e.g. `s3:GetObject`, or `*`',
		'"s3:"',
	],
	[
		'a non-string action is E09',
		'identity',
		doc('{"Effect":"Allow","Action":[1],"Resource":"*"}'),
		'E09',
		'an `Action` entry must be a string',
		undefined,
		'1',
	],
	[
		'a trust policy with Resource is E10',
		'trust',
		doc(`{"Effect":"Allow",${TRUST},"Resource":"*"}`),
		'E10',
		'`Resource` is not allowed in a trust policy',
		'remove it: the role the policy belongs to is the resource',
		'"*"',
	],
	[
		'an identity statement without Resource is E10',
		'identity',
		doc('{"Effect":"Allow","Action":"s3:*"}'),
		'E10',
		'missing `Resource`',
		'add `"Resource"` (or `"NotResource"`)',
		'{"Effect":"Allow","Action":"s3:*"}',
	],
	[
		'Resource and NotResource together are E10',
		'scp',
		doc('{"Effect":"Deny","Action":"s3:*","Resource":"*","NotResource":"arn:aws:s3:::b"}'),
		'E10',
		'a statement takes only one of `Resource` and `NotResource`',
		undefined,
		'"arn:aws:s3:::b"',
	],
	[
		'a bucket name as resource is E11',
		'identity',
		doc('{"Effect":"Allow","Action":"s3:*","Resource":"my-bucket"}'),
		'E11',
		'`my-bucket` is neither `*` nor an ARN',
		"write the resource's ARN, e.g. `arn:aws:s3:::my-bucket`",
		'"my-bucket"',
	],
	[
		'a non-string resource is E11',
		'identity',
		doc('{"Effect":"Allow","Action":"s3:*","Resource":[null]}'),
		'E11',
		'a `Resource` entry must be a string',
		undefined,
		'null',
	],
	[
		'Principal in an identity policy is E12',
		'identity',
		doc(`{"Effect":"Allow","Principal":"*",${S3}}`),
		'E12',
		'`Principal` is not allowed in an identity policy',
		'remove it: the policy applies to whoever holds it',
		'"*"',
	],
	[
		'a resource policy without Principal is E12',
		'resource',
		doc(`{"Effect":"Allow",${S3}}`),
		'E12',
		'missing `Principal` in a resource policy',
		'add `"Principal"` naming who the statement is about',
		`{"Effect":"Allow",${S3}}`,
	],
	[
		'Principal and NotPrincipal together are E12',
		'resource',
		doc(`{"Effect":"Deny","Principal":"*","NotPrincipal":{"AWS":"111122223333"},${S3}}`),
		'E12',
		'a statement takes only one of `Principal` and `NotPrincipal`',
		undefined,
		'{"AWS":"111122223333"}',
	],
	[
		'NotPrincipal in a trust policy is E12',
		'trust',
		doc('{"Effect":"Deny","NotPrincipal":{"AWS":"111122223333"},"Action":"sts:AssumeRole"}'),
		'E12',
		'`NotPrincipal` is not allowed in a trust policy',
		undefined,
		'{"AWS":"111122223333"}',
	],
	[
		'an RCP naming an account is E12',
		'rcp',
		doc('{"Effect":"Deny","Principal":{"AWS":"111122223333"},"Action":"s3:*","Resource":"*"}'),
		'E12',
		'the `Principal` of a resource control policy must be `"*"`',
		'write `"Principal": "*"` and narrow it with conditions',
		'{"AWS":"111122223333"}',
	],
	[
		'a wildcard inside an account root ARN is E13',
		'resource',
		doc(`{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::*:root"},${S3}}`),
		'E13',
		'wildcard in principal `arn:aws:iam::*:root`',
		'a wildcard must be the whole value (`"*"`); to match a pattern, allow `*` and add an `ArnLike` condition on `aws:PrincipalArn`',
		'"arn:aws:iam::*:root"',
	],
	[
		'a Service wildcard is E13',
		'resource',
		doc(`{"Effect":"Allow","Principal":{"Service":"*"},${S3}}`),
		'E13',
		'a `Service` principal cannot be `*`',
		'write `"AWS": "*"` (or `"Principal": "*"` where allowed) for every principal',
		'"*"',
	],
	[
		'an unknown principal type is E13 with a suggestion',
		'resource',
		doc(`{"Effect":"Allow","Principal":{"Aws":"111122223333"},${S3}}`),
		'E13',
		'unknown principal type `Aws`',
		'did you mean `AWS`?',
		'"Aws"',
	],
	[
		'a user name as AWS principal is E13',
		'resource',
		doc(`{"Effect":"Allow","Principal":{"AWS":"alice"},${S3}}`),
		'E13',
		'`alice` is not an AWS principal',
		'use `*`, a 12-digit account ID, or the ARN of an account root, user, role, role session or federated user',
		'"alice"',
	],
	[
		'a principal string other than * is E13',
		'resource',
		doc(`{"Effect":"Allow","Principal":"111122223333",${S3}}`),
		'E13',
		'`Principal` must be `"*"` or an object, not `111122223333`',
		'write `{ "AWS": "111122223333" }` for an AWS principal',
		'"111122223333"',
	],
	[
		'a numeric principal entry is E13',
		'resource',
		doc(`{"Effect":"Allow","Principal":{"AWS":[111122223333]},${S3}}`),
		'E13',
		'a `AWS` principal must be a string',
		undefined,
		'111122223333',
	],
	[
		'a Principal that is neither string nor object is E13',
		'resource',
		doc(`{"Effect":"Allow","Principal":true,${S3}}`),
		'E13',
		'`Principal` must be `"*"` or an object',
		undefined,
		'true',
	],
	[
		'Principal "*" in a trust policy is E13',
		'trust',
		doc('{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}'),
		'E13',
		'a trust policy cannot use `"Principal": "*"`',
		'write `{ "AWS": "*" }` and limit it with conditions, or name the principals',
		'"*"',
	],
	[
		'an unknown operator is E14 with a suggestion',
		'identity',
		doc(`{"Effect":"Allow",${S3},"Condition":{"StringEqual":{"aws:SourceIp":"x"}}}`),
		'E14',
		'unknown condition operator `StringEqual`',
		'did you mean `StringEquals`?',
		'"StringEqual"',
	],
	[
		'a prefixed unknown operator keeps its prefix in the suggestion',
		'identity',
		doc(`{"Effect":"Allow",${S3},"Condition":{"ForAnyValue:StringLke":{"aws:TagKeys":"x"}}}`),
		'E14',
		'unknown condition operator `ForAnyValue:StringLke`',
		'did you mean `ForAnyValue:StringLike`?',
		'"ForAnyValue:StringLke"',
	],
	[
		'NullIfExists is E14',
		'identity',
		doc(`{"Effect":"Allow",${S3},"Condition":{"NullIfExists":{"aws:TokenIssueTime":"true"}}}`),
		'E14',
		'`NullIfExists` is not a condition operator',
		'use `Null`: it already tests whether the key exists',
		'"NullIfExists"',
	],
	[
		'a condition key without a colon is E14',
		'identity',
		doc(`{"Effect":"Allow",${S3},"Condition":{"StringEquals":{"SourceIp":"x"}}}`),
		'E14',
		'condition key `SourceIp` has no `:`',
		'keys are `prefix:name`, e.g. `aws:SourceIp`',
		'"SourceIp"',
	],
	[
		'a condition key without a name after its colon is E14',
		'identity',
		doc(`{"Effect":"Allow",${S3},"Condition":{"StringEquals":{"aws:":"x"}}}`),
		'E14',
		'condition key `aws:` has no name',
		'keys are `prefix:name`, e.g. `aws:SourceIp`',
		'"aws:"',
	],
	[
		'a condition key without a prefix before its colon is E14',
		'identity',
		doc(`{"Effect":"Allow",${S3},"Condition":{"StringEquals":{":x":"x"}}}`),
		'E14',
		'condition key `:x` has no prefix',
		'keys are `prefix:name`, e.g. `aws:SourceIp`',
		'":x"',
	],
	[
		'an object condition value is E14',
		'identity',
		doc(`{"Effect":"Allow",${S3},"Condition":{"StringEquals":{"aws:a":{"b":1}}}}`),
		'E14',
		'a condition value must be a string, number or boolean, not an object',
		undefined,
		'{"b":1}',
	],
	[
		'a nested list condition value is E14',
		'identity',
		doc(`{"Effect":"Allow",${S3},"Condition":{"StringEquals":{"aws:a":[["b"]]}}}`),
		'E14',
		'a condition value must be a string, number or boolean, not a nested list',
		undefined,
		'["b"]',
	],
	[
		'a string under an operator is E14',
		'identity',
		doc(`{"Effect":"Allow",${S3},"Condition":{"StringEquals":"x"}}`),
		'E14',
		'expected an object of condition keys under `StringEquals`',
		'write `"StringEquals": { "key": "value" }`',
		'"x"',
	],
	[
		'a non-object Condition is E14',
		'identity',
		doc(`{"Effect":"Allow",${S3},"Condition":[]}`),
		'E14',
		'`Condition` must be an object of operators',
		undefined,
		'[]',
	],
	[
		'a Sid with a space is E15 in an identity policy',
		'identity',
		doc(`{"Sid":"read logs","Effect":"Allow",${S3}}`),
		'E15',
		'`Sid` `read logs` holds characters other than letters and digits',
		'try `readLogs`',
		'"read logs"',
	],
	[
		'a repeated Sid is E15 in a trust policy',
		'trust',
		doc(`{"Sid":"A","Effect":"Allow",${TRUST}}`, `{"Sid":"A","Effect":"Allow",${TRUST}}`),
		'E15',
		'`Sid` `A` is used twice in this policy',
		'give each statement its own `Sid`',
		'"A"',
	],
	[
		'a non-string Sid is E15',
		'resource',
		doc(`{"Sid":1,"Effect":"Allow","Principal":"*",${S3}}`),
		'E15',
		'`Sid` must be a string',
		undefined,
		'1',
	],
	[
		'NotAction in an RCP is E16',
		'rcp',
		doc('{"Effect":"Deny","Principal":"*","NotAction":"s3:*","Resource":"*"}'),
		'E16',
		'`NotAction` is not allowed in a resource control policy',
		'list the actions in `Action`',
		'"s3:*"',
	],
	[
		'a missing Version is W01 on the document',
		'identity',
		`{"Statement":{"Effect":"Allow",${S3}}}`,
		'W01',
		'no `Version`: the policy is read with 2008-10-17 rules, policy variables are literal text',
		'add `"Version": "2012-10-17"`',
		`{"Statement":{"Effect":"Allow",${S3}}}`,
	],
	[
		'a 2008 policy with a variable is W02',
		'identity',
		'{"Version":"2008-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/${aws:username}"}}',
		'W02',
		'a 2008-10-17 policy treats `${…}` as literal text',
		'use `"Version": "2012-10-17"` for policy variables',
		'{"Version":"2008-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/${aws:username}"}}',
	],
	[
		'an Id in a session policy is W03',
		'session',
		`{"Version":"2012-10-17","Id":"x","Statement":{"Effect":"Allow",${S3}}}`,
		'W03',
		'`Id` is not used in identity-type policies and is ignored',
		'remove it, or use `Sid` on statements',
		'"x"',
	],
	[
		'an empty Action list is W04',
		'identity',
		doc('{"Effect":"Allow","Action":[],"Resource":"*"}'),
		'W04',
		'empty `Action`: the statement never applies',
		undefined,
		'[]',
	],
	[
		'an empty NotAction list is W04',
		'identity',
		doc('{"Effect":"Deny","NotAction":[],"Resource":"*"}'),
		'W04',
		'empty `NotAction`: the statement applies to every action',
		undefined,
		'[]',
	],
	[
		'an empty Resource list is W04',
		'identity',
		doc('{"Effect":"Allow","Action":"s3:*","Resource":[]}'),
		'W04',
		'empty `Resource`: the statement never applies',
		undefined,
		'[]',
	],
	[
		'an empty NotResource list is W04',
		'identity',
		doc('{"Effect":"Deny","Action":"s3:*","NotResource":[]}'),
		'W04',
		'empty `NotResource`: the statement applies to every resource',
		undefined,
		'[]',
	],
	[
		'an empty Principal object is W04',
		'resource',
		doc(`{"Effect":"Allow","Principal":{},${S3}}`),
		'W04',
		'empty `Principal`: the statement never applies',
		undefined,
		'{}',
	],
	[
		'an empty principal list is W04',
		'resource',
		doc(`{"Effect":"Allow","Principal":{"AWS":[]},${S3}}`),
		'W04',
		'empty `Principal`: the statement never applies',
		undefined,
		'[]',
	],
	[
		'an empty NotPrincipal list is W04',
		'resource',
		doc(`{"Effect":"Deny","NotPrincipal":[],${S3}}`),
		'W04',
		'empty `NotPrincipal`: the statement applies to every principal',
		undefined,
		'[]',
	],
	[
		'an empty operator block is W04',
		'identity',
		doc(`{"Effect":"Allow",${S3},"Condition":{"StringEquals":{}}}`),
		'W04',
		'no condition keys under `StringEquals`',
		undefined,
		'{}',
	],
	[
		'an empty condition value list is W04',
		'identity',
		doc(`{"Effect":"Allow",${S3},"Condition":{"StringEquals":{"aws:a":[]}}}`),
		'W04',
		'empty value list for `aws:a`',
		undefined,
		'[]',
	],
	[
		'a wildcard region is W05',
		'identity',
		doc('{"Effect":"Allow","Action":"ec2:*","Resource":"arn:aws:ec2:*:111122223333:instance/*"}'),
		'W05',
		'wildcard or variable in the region field of `arn:aws:ec2:*:111122223333:instance/*`',
		'wildcards there match across services, regions or accounts, and variables there stay literal',
		'"arn:aws:ec2:*:111122223333:instance/*"',
	],
	[
		'a variable in the account field is W05',
		'identity',
		doc(
			'{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:iam::${aws:PrincipalAccount}:role/x"}',
		),
		'W05',
		'wildcard or variable in the account field of `arn:aws:iam::${aws:PrincipalAccount}:role/x`',
		'wildcards there match across services, regions or accounts, and variables there stay literal',
		'"arn:aws:iam::${aws:PrincipalAccount}:role/x"',
	],
	[
		'a wildcard resource type is W05',
		'identity',
		doc(
			'{"Effect":"Allow","Action":"ec2:*","Resource":"arn:aws:ec2:us-east-1:111122223333:*/i-1"}',
		),
		'W05',
		'wildcard or variable in the resource type field of `arn:aws:ec2:us-east-1:111122223333:*/i-1`',
		'wildcards there match across services, regions or accounts, and variables there stay literal',
		'"arn:aws:ec2:us-east-1:111122223333:*/i-1"',
	],
	[
		'a five-field ARN ending in * is W06',
		'identity',
		doc('{"Effect":"Allow","Action":"logs:*","Resource":"arn:aws:logs:us-east-1:*"}'),
		'W06',
		'`arn:aws:logs:us-east-1:*` has 5 of the six ARN fields',
		'write all six fields, e.g. `arn:aws:logs:us-east-1:*:*`',
		'"arn:aws:logs:us-east-1:*"',
	],
	[
		'a short ARN without * is W06 and matches nothing',
		'identity',
		doc('{"Effect":"Allow","Action":"logs:*","Resource":"arn:aws:logs:us-east-1:111122223333"}'),
		'W06',
		'`arn:aws:logs:us-east-1:111122223333` has 5 of the six ARN fields and matches nothing',
		'write the full ARN, or end it with `*`',
		'"arn:aws:logs:us-east-1:111122223333"',
	],
	[
		'a malformed variable in a resource is W10',
		'identity',
		doc('{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/${aws:username"}'),
		'W10',
		'malformed policy variable in `arn:aws:s3:::b/${aws:username`: kept as literal text',
		"write `${key}` or `${key, 'default'}`",
		'"arn:aws:s3:::b/${aws:username"',
	],
	[
		'a variable in an action is W11',
		'identity',
		doc('{"Effect":"Allow","Action":"s3:${x}","Resource":"*"}'),
		'W11',
		'policy variables are not supported in `Action`: `s3:${x}` is literal text',
		undefined,
		'"s3:${x}"',
	],
	[
		'a variable in a principal is W11',
		'resource',
		doc(
			`{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/\${aws:username}"},${S3}}`,
		),
		'W11',
		'policy variables are not supported in `Principal`: `arn:aws:iam::111122223333:user/${aws:username}` is literal text',
		undefined,
		'"arn:aws:iam::111122223333:user/${aws:username}"',
	],
	[
		'a variable in a condition key is W11',
		'identity',
		doc(`{"Effect":"Allow",${S3},"Condition":{"StringEquals":{"aws:ResourceTag/\${x}":"a"}}}`),
		'W11',
		'policy variables are not supported in condition keys: `aws:ResourceTag/${x}` is literal text',
		undefined,
		'"aws:ResourceTag/${x}"',
	],
	[
		'NotPrincipal with Allow is W12',
		'resource',
		doc(`{"Effect":"Allow","NotPrincipal":{"AWS":"111122223333"},${S3}}`),
		'W12',
		'`NotPrincipal` with `Allow` grants access to everyone not listed, anonymous callers included',
		'use `Principal` with the principals to allow',
		'{"AWS":"111122223333"}',
	],
	[
		'a NotPrincipal Deny listing a user alone is W13',
		'resource',
		doc(`{"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:user/alice"},${S3}}`),
		'W13',
		'`NotPrincipal` lists `arn:aws:iam::111122223333:user/alice` without its account',
		'AWS checks the account, the role and the session: list all of them',
		'"arn:aws:iam::111122223333:user/alice"',
	],
	[
		'a NotPrincipal Deny listing a session without its role is W13',
		'resource',
		doc(
			`{"Effect":"Deny","NotPrincipal":{"AWS":["111122223333","arn:aws:sts::111122223333:assumed-role/R/s"]},${S3}}`,
		),
		'W13',
		'`NotPrincipal` lists `arn:aws:sts::111122223333:assumed-role/R/s` without its role',
		'AWS checks the account, the role and the session: list all of them',
		'"arn:aws:sts::111122223333:assumed-role/R/s"',
	],
	[
		'a NotPrincipal Deny listing a bare session is W13',
		'resource',
		doc(
			`{"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:sts::111122223333:assumed-role/R/s"},${S3}}`,
		),
		'W13',
		'`NotPrincipal` lists `arn:aws:sts::111122223333:assumed-role/R/s` without its role and account',
		'AWS checks the account, the role and the session: list all of them',
		'"arn:aws:sts::111122223333:assumed-role/R/s"',
	],
	[
		'a unique ID principal is W14',
		'resource',
		doc(`{"Effect":"Allow","Principal":{"AWS":"AIDAJQABLZS4A3QDU576Q"},${S3}}`),
		'W14',
		'`AIDAJQABLZS4A3QDU576Q` is a unique ID or canonical user and never matches here',
		'name the principal by its ARN',
		'"AIDAJQABLZS4A3QDU576Q"',
	],
	[
		'a canonical user principal is W14',
		'resource',
		doc(`{"Effect":"Allow","Principal":{"CanonicalUser":"79a59df900b949e55d96a1e698fbace"},${S3}}`),
		'W14',
		'`79a59df900b949e55d96a1e698fbace` is a unique ID or canonical user and never matches here',
		'name the principal by its ARN',
		'"79a59df900b949e55d96a1e698fbace"',
	],
	[
		'a trust policy trusting every AWS principal is W15',
		'trust',
		doc('{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}'),
		'W15',
		'this trust policy lets any AWS principal assume the role',
		'name the accounts or roles, or add a condition such as `aws:PrincipalOrgID`',
		'"*"',
	],
	[
		'a service that acts for other resources, trusted without a source condition, is W15',
		'trust',
		doc(
			'{"Effect":"Allow","Principal":{"Service":"scheduler.amazonaws.com"},"Action":"sts:AssumeRole"}',
		),
		'W15',
		'service `scheduler.amazonaws.com` is trusted without an `aws:SourceArn` or `aws:SourceAccount` condition',
		'add a condition on `aws:SourceAccount` or `aws:SourceArn` to prevent the confused deputy problem',
		'"scheduler.amazonaws.com"',
	],
	[
		'a SAML provider trusted for AssumeRole is W15',
		'trust',
		doc(
			'{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:saml-provider/corp"},"Action":"sts:AssumeRole"}',
		),
		'W15',
		'federated provider `arn:aws:iam::111122223333:saml-provider/corp` is trusted without `sts:AssumeRoleWithSAML`',
		'a SAML provider can only call `sts:AssumeRoleWithSAML`',
		'"arn:aws:iam::111122223333:saml-provider/corp"',
	],
	[
		'an OIDC provider excluded by NotAction is W15',
		'trust',
		doc(
			'{"Effect":"Allow","Principal":{"Federated":"cognito-identity.amazonaws.com"},"NotAction":"sts:AssumeRoleWith*"}',
		),
		'W15',
		'federated provider `cognito-identity.amazonaws.com` is trusted without `sts:AssumeRoleWithWebIdentity`',
		'a web identity provider can only call `sts:AssumeRoleWithWebIdentity`',
		'"cognito-identity.amazonaws.com"',
	],
	[
		'an RCP Allow that is not full access is E16: Organizations refuses it',
		'rcp',
		doc('{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}'),
		'E16',
		'a resource control policy may only allow with the full-access shape',
		'write the limit as a `Deny`: AWS accepts `Allow` only as `Principal` `*`, `Action` `*`, `Resource` `*`, no `Condition`',
		'{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}',
	],
	[
		'a Sid with a dash is only W22 in a bucket policy',
		'resource',
		doc(`{"Sid":"read-logs","Effect":"Allow","Principal":"*",${S3}}`),
		'W22',
		'`Sid` `read-logs` holds characters other than letters and digits',
		'IAM would refuse it; this policy type may accept it: try `readLogs`',
		'"read-logs"',
	],
	[
		'a repeated Sid is only W22 in an SCP',
		'scp',
		doc(`{"Sid":"A","Effect":"Deny",${S3}}`, `{"Sid":"A","Effect":"Deny",${S3}}`),
		'W22',
		'`Sid` `A` is used twice in this policy',
		'IAM would refuse it; this policy type may accept it',
		'"A"',
	],
	[
		'a lower-case operator is W23',
		'identity',
		doc(`{"Effect":"Allow",${S3},"Condition":{"stringequals":{"aws:a":"b"}}}`),
		'W23',
		'operator `stringequals` is not in its canonical spelling',
		'write `StringEquals`',
		'"stringequals"',
	],
	[
		'a set prefix on Null is W09',
		'identity',
		doc(`{"Effect":"Allow",${S3},"Condition":{"ForAllValues:Null":{"aws:a":"true"}}}`),
		'W09',
		'`ForAllValues:Null` is always true',
		'use `Null` without a set prefix',
		'"ForAllValues:Null"',
	],
	[
		'a duplicate key in a statement is E02',
		'identity',
		doc(`{"Effect":"Allow","Effect":"Deny",${S3}}`),
		'E02',
		'duplicate key `Effect`',
		'remove one of them: JSON parsers silently keep only the last',
		'"Effect"',
	],
	[
		'a syntax error is E01',
		'identity',
		'{"Version":"2012-10-17",}',
		'E01',
		'invalid JSON: expected a property name in double quotes',
		'remove the trailing comma',
		'}',
	],
];

describe('parsePolicy diagnostics', () => {
	it.each(cases)('%s', (_title, role, text, code, message, help, underlined) => {
		const result = parsePolicy(text, role);
		const all: Diagnostic[] = [...result.errors, ...result.warnings];
		const found = all.find((d) => d.code === code && d.message === message);
		expect(found, JSON.stringify(all.map((d) => [d.code, d.message]))).toBeDefined();
		const d = found as Diagnostic;
		expect(d.help).toBe(help);
		expect(underline(text, d.span)).toBe(underlined);
		expect(d.severity).toBe(code.startsWith('E') ? 'error' : 'warning');
		expect(result.policy === undefined).toBe(result.errors.length > 0);
	});
});

/** Condition-value problems come from the conditions module; the parser places them on the value. */
const valueProblems: [string, string, string, string][] = [
	[
		'a wildcard under StringEquals is W08 on the value',
		'"StringEquals":{"aws:a":["ok","x*"]}',
		'W08',
		'"x*"',
	],
	[
		'a non-number under NumericLessThan is W07 on the value',
		'"NumericLessThan":{"s3:max-keys":"ten"}',
		'W07',
		'"ten"',
	],
	[
		'a CIDR with host bits is W19 on the value',
		'"IpAddress":{"aws:SourceIp":"203.0.113.7/24"}',
		'W19',
		'"203.0.113.7/24"',
	],
	[
		'a malformed variable in a condition value is W10',
		'"StringLike":{"aws:a":"${aws:username"}',
		'W10',
		'"${aws:username"',
	],
	[
		'a variable under a numeric operator is W11',
		'"NumericEquals":{"s3:max-keys":"${aws:x}"}',
		'W11',
		'"${aws:x}"',
	],
];

describe('condition value problems', () => {
	it.each(valueProblems)('%s', (_title, block, code, underlined) => {
		const text = doc(`{"Effect":"Allow",${S3},"Condition":{${block}}}`);
		const d = parsePolicy(text, 'identity').warnings.find((w) => w.code === code);
		expect(d?.message).toContain(underlined.slice(1, -1));
		expect(underline(text, (d as Diagnostic).span)).toBe(underlined);
	});
});

describe('accepted oddities', () => {
	it('reads a lone statement object as statement 0, with W01 only', () => {
		const text = '{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}';
		const result = parsePolicy(text, 'identity');
		expect(result.errors).toEqual([]);
		expect(result.warnings.map((w) => w.code)).toEqual(['W01']);
		expect(result.policy?.statements.map((s) => s.index)).toEqual([0]);
		expect(result.policy?.version).toBeUndefined();
	});

	it('accepts single strings where lists are allowed', () => {
		const text = doc(
			'{"Effect":"Allow","Principal":{"AWS":"111122223333","Service":"ec2.amazonaws.com"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}',
		);
		const statement = parsePolicy(text, 'resource').policy?.statements[0];
		expect(statement?.action.patterns.map((p) => p.text)).toEqual(['s3:GetObject']);
		expect(statement?.resource?.patterns.map((p) => p.text)).toEqual(['arn:aws:s3:::b/*']);
		expect(statement?.principal?.entries.map((e) => e.type)).toEqual(['account', 'service']);
	});

	it('accepts Principal "*" in a resource policy', () => {
		const result = parsePolicy(doc(`{"Effect":"Allow","Principal":"*",${S3}}`), 'resource');
		expect(result.errors).toEqual([]);
		expect(result.policy?.statements[0]?.principal?.entries.map((e) => e.type)).toEqual([
			'wildcard',
		]);
	});

	it('converts numbers and booleans in condition values to their canonical strings', () => {
		const text = doc(
			`{"Effect":"Allow",${S3},"Condition":{"NumericLessThanEquals":{"s3:max-keys":[10,10.0]},"Bool":{"aws:SecureTransport":true}}}`,
		);
		const clauses = parsePolicy(text, 'identity').policy?.statements[0]?.conditions ?? [];
		expect(clauses.map((c) => [c.key, c.values])).toEqual([
			['s3:max-keys', ['10', '10.0']],
			['aws:SecureTransport', ['true']],
		]);
		expect(clauses[0]?.valueSpans.map((s) => underline(text, s))).toEqual(['10', '10.0']);
	});

	it('accepts an empty Condition block and an empty Sid', () => {
		const result = parsePolicy(doc(`{"Sid":"","Effect":"Deny",${S3},"Condition":{}}`), 'identity');
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([]);
		expect(result.policy?.statements[0]?.conditions).toEqual([]);
	});

	it('keeps a trust policy statement without a resource element', () => {
		const result = parsePolicy(doc(`{"Effect":"Allow",${TRUST}}`), 'trust', {
			name: 'trust policy',
		});
		expect(result.errors).toEqual([]);
		expect(result.policy).toMatchObject({ type: 'resource', name: 'trust policy', path: [] });
		expect(result.policy?.statements[0]?.resource).toBeUndefined();
	});

	it('accepts the RCP full-access Allow without E16', () => {
		const text = doc('{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}');
		const result = parsePolicy(text, 'rcp');
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([]);
	});

	it('accepts a NotPrincipal Deny that lists the account, the role and the session', () => {
		const text = doc(
			`{"Effect":"Deny","NotPrincipal":{"AWS":["arn:aws:sts::111122223333:assumed-role/R/s","arn:aws:iam::111122223333:role/R","arn:aws:iam::111122223333:root"]},${S3}}`,
		);
		const result = parsePolicy(text, 'resource');
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([]);
	});

	it('accepts a service trusted with an aws:SourceAccount condition without W15', () => {
		const text = doc(
			'{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:SourceAccount":"111122223333"}}}',
		);
		expect(parsePolicy(text, 'trust').warnings).toEqual([]);
	});

	it.each([
		'ec2.amazonaws.com',
		'lambda.amazonaws.com',
		'ecs-tasks.amazonaws.com',
		'glue.amazonaws.com',
	])(
		'accepts %s without a source condition: the role is passed to it, and iam:PassRole guards it',
		(service) => {
			const text = doc(
				`{"Effect":"Allow","Principal":{"Service":"${service}"},"Action":"sts:AssumeRole"}`,
			);
			expect(parsePolicy(text, 'trust').warnings).toEqual([]);
		},
	);

	it('accepts a web identity provider with its own action without W15', () => {
		const text = doc(
			'{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity"}',
		);
		expect(parsePolicy(text, 'trust').warnings).toEqual([]);
	});

	it('does not also report a miscased element as missing', () => {
		const result = parsePolicy(
			doc('{"effect":"Allow","action":"s3:*","resource":"*"}'),
			'identity',
		);
		expect(result.errors.map((e) => e.code)).toEqual(['E06', 'E06', 'E06']);
	});
});

describe('statement spans and paths', () => {
	it('gives each statement the span of its own object and the element spans of their values', () => {
		const first = '{"Effect":"Allow","Action":"s3:*","Resource":"*"}';
		const second = '{"Effect":"Deny","NotAction":["iam:*"],"NotResource":"arn:aws:s3:::b"}';
		const text = doc(first, second);
		const statements = parsePolicy(text, 'identity').policy?.statements ?? [];
		expect(statements.map((s) => underline(text, s.span))).toEqual([first, second]);
		expect(underline(text, statements[1]?.action.span as Span)).toBe('["iam:*"]');
		expect(statements[1]?.action.not).toBe(true);
		expect(underline(text, statements[1]?.resource?.span as Span)).toBe('"arn:aws:s3:::b"');
	});

	it('gives paths from the root of the text', () => {
		const text = doc(
			`{"Effect":"Allow",${S3}}`,
			'{"Effect":"Allow","Action":"s3:*","Resource":"x"}',
		);
		expect(parsePolicy(text, 'identity').errors[0]?.path).toEqual(['Statement', 1, 'Resource']);
	});
});
