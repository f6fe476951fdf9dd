import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import { completionsAt } from './completion.ts';
import { globMatch, hoverAt } from './hover.ts';
import type { IamLanguageCatalog } from './iam-language-catalog.ts';
import { policyLocation } from './policy-location.ts';

const node = createNodeCatalog();
const loaded: string[] = [];
/** The node catalog as completion and hover see the browser one; records what was loaded. */
const catalog: IamLanguageCatalog = {
	services: node.services,
	ensureServices: async (prefixes) => {
		loaded.push(...prefixes);
	},
	policyIndex: async () => node.managedPolicies.index(),
};

/** Split a case written with a `|` cursor into text and offset. */
function cursor(withCursor: string): [string, number] {
	const offset = withCursor.indexOf('|');
	return [withCursor.slice(0, offset) + withCursor.slice(offset + 1), offset];
}

async function labels(withCursor: string): Promise<string[]> {
	const [text, offset] = cursor(withCursor);
	return (await completionsAt(text, offset, catalog)).map((c) => c.label);
}

async function hover(withCursor: string): Promise<string | undefined> {
	const [text, offset] = cursor(withCursor);
	const found = await hoverAt(text, offset, catalog);
	return (
		found &&
		`${text.slice(found.span.offset, found.span.offset + found.span.length)} → ${found.markdown}`
	);
}

describe('policyLocation', () => {
	it.each([
		['{"Statement":[{"Action":"iam:Li|st"}]}', 'action', 'iam:Li', 'iam:List'],
		['{"Statement":{"Action":["s3:Get|"]}}', 'action', 's3:Get', 's3:Get'],
		['{"Statement":[{"Action":"s3:|', 'action', 's3:', 's3:'],
		['{"Statement":[{"Principal":{"Service":"ec2|"}}]}', 'servicePrincipal', 'ec2', 'ec2'],
		['{"Statement":[{"Resource":"arn:|"}]}', 'resource', 'arn:', 'arn:'],
		['{"Statement":[{"Condition":{"Str|"}}]}', 'operator', 'Str', 'Str'],
		['{"Statement":[{"Condition":{"Bool":{"aws:Se|"}}}]}', 'conditionKey', 'aws:Se', 'aws:Se'],
		['{"Statement":[{"Effect":"Al|low"}]}', 'otherValue', 'Al', 'Allow'],
	])('finds the element at the cursor in %s', (withCursor, spot, typed, value) => {
		const [text, offset] = cursor(withCursor);
		expect(policyLocation(text, offset)).toMatchObject({ spot, typed, value, quoted: true });
	});

	it('names the services of the statement around a condition key', () => {
		const [text, offset] = cursor(
			'{"Statement":[{"Action":["s3:GetObject","KMS:Decrypt"],"Condition":{"StringEquals":{|}}}]}',
		);
		expect(policyLocation(text, offset)).toMatchObject({
			spot: 'conditionKey',
			operator: 'StringEquals',
			quoted: false,
			statementServices: ['s3', 'kms'],
		});
	});
});

describe('completionsAt', () => {
	it('offers service prefixes before the colon, reopening completion after one', async () => {
		const [text, offset] = cursor('{"Statement":[{"Action":"ia|"}]}');
		const items = await completionsAt(text, offset, catalog);
		const iam = items.find((c) => c.label === 'iam:');
		expect(iam).toMatchObject({ kind: 'service', insertText: 'iam:', retrigger: true });
		expect(text.slice(iam!.span.offset, iam!.span.offset + iam!.span.length)).toBe('ia');
	});

	it('offers the actions of the typed service with access level and description, loading it first', async () => {
		loaded.length = 0;
		const [text, offset] = cursor('{"Statement":[{"Action":"iam:Li|"}]}');
		const items = await completionsAt(text, offset, catalog);
		expect(loaded).toEqual(['iam']);
		expect(items.find((c) => c.label === 'iam:ListRoles')).toMatchObject({
			kind: 'action',
			detail: 'List',
			documentation: expect.stringMatching(/role/i),
		});
	});

	it('quotes what it inserts when the cursor is not in a string', async () => {
		const [text, offset] = cursor('{"Statement":[{"Condition":{|}}]}');
		const items = await completionsAt(text, offset, catalog);
		expect(items.find((c) => c.label === 'StringLike')).toMatchObject({
			insertText: '"StringLike"',
			kind: 'operator',
		});
		expect(items.map((c) => c.label)).toEqual(
			expect.arrayContaining([
				'StringLikeIfExists',
				'ForAnyValue:StringLike',
				'ForAllValues:StringLike',
				'Null',
			]),
		);
		expect(items.map((c) => c.label)).not.toContain('NullIfExists');
	});

	it.each([
		[
			'condition keys of the statement services and global keys, with types',
			'{"Statement":[{"Action":"s3:GetObject","Condition":{"StringEquals":{"|"}}}]}',
			['aws:SourceIp', 's3:prefix'],
		],
		[
			'service principals',
			'{"Statement":[{"Principal":{"Service":"|"}}]}',
			['ec2.amazonaws.com', 'lambda.amazonaws.com'],
		],
		[
			'AWS managed policy ARNs',
			'{"Statement":[{"Resource":"arn:aws:iam::aws:policy/IAMRead|"}]}',
			['arn:aws:iam::aws:policy/IAMReadOnlyAccess'],
		],
	])('offers %s', async (_, withCursor, expected) => {
		expect(await labels(withCursor)).toEqual(expect.arrayContaining(expected));
	});

	it('offers nothing where IAM has nothing to add', async () => {
		expect(await labels('{"Statement":[{"Sid":"x|"}]}')).toEqual([]);
	});
});

describe('hoverAt', () => {
	it.each([
		[
			'an action',
			'{"Statement":[{"Action":"iam:Li|stRoles"}]}',
			/^iam:ListRoles → \*\*`iam:ListRoles`\*\* \(List\)\n\n.+/,
		],
		[
			'an action pattern',
			'{"Statement":[{"Action":"iam:Get*|"}]}',
			/^iam:Get\* → `iam:Get\*` matches \d+ actions of .*: \d+ Read/,
		],
		[
			'an unknown action',
			'{"Statement":[{"Action":"iam:Nope|"}]}',
			/^iam:Nope → Unknown action `iam:Nope` of /,
		],
		[
			'an operator with modifiers',
			'{"Statement":[{"Condition":{"ForAnyValue:StringLikeIfExists|":{}}}]}',
			/^ForAnyValue:StringLikeIfExists → \*\*`ForAnyValue:StringLikeIfExists`\*\*: string match with .*IfExists.*ForAnyValue/s,
		],
		[
			'a condition key',
			'{"Statement":[{"Condition":{"IpAddress":{"aws:Sou|rceIp":"10.0.0.0/8"}}}]}',
			/^aws:SourceIp → \*\*`aws:SourceIp`\*\* \(IPAddress\)\n\n.+/,
		],
		[
			'a service principal',
			'{"Statement":[{"Principal":{"Service":"ec2.amazonaws.com|"}}]}',
			/^ec2.amazonaws.com → AWS service principal `ec2.amazonaws.com`\n\nIt receives the role through `iam:PassRole`, which guards it: .* no `aws:SourceArn`\/`aws:SourceAccount` condition is needed \(\[AWS: passing a role\]\(https:\/\/docs\.aws\.amazon\.com\/IAM\/latest\/UserGuide\/id_roles_use_passrole\.html\)\)$/,
		],
		[
			'a service principal that acts for other resources',
			'{"Statement":[{"Principal":{"Service":"config.amazonaws.com|"}}]}',
			/^config.amazonaws.com → AWS service principal `config.amazonaws.com`\n\nWhen it acts for another resource, limit it with `aws:SourceArn` or `aws:SourceAccount` against the confused deputy/,
		],
		[
			'a managed policy ARN',
			'{"Statement":[{"Resource":"arn:aws:iam::aws:policy/IAMReadOnlyAccess|"}]}',
			/^arn:aws:iam::aws:policy\/IAMReadOnlyAccess → AWS managed policy `IAMReadOnlyAccess` \(version `v\d+`\)$/,
		],
	])('explains %s', async (_, withCursor, expected) => {
		expect(await hover(withCursor)).toMatch(expected);
	});

	it('keeps user text in code spans without backticks', async () => {
		expect(await hover('{"Statement":[{"Action":"iam:`<b>`|"}]}')).toBe(
			'iam:`<b>` → Unknown action `iam:<b>` of AWS Identity and Access Management (IAM)',
		);
	});

	it('says nothing outside strings', async () => {
		expect(await hover('{"Statement":[{"Action": | "x"}]}')).toBeUndefined();
	});
});

describe('globMatch', () => {
	it.each([
		['get*', 'getrole', true],
		['get*', 'listroles', false],
		['*role*', 'getrolepolicy', true],
		['get?ole', 'getrole', true],
		['g*t*e', 'getrole', true],
		['', '', true],
		['*', '', true],
		['a', '', false],
	])('matches %s against %s: %s', (pattern, text, expected) => {
		expect(globMatch(pattern, text)).toBe(expected);
	});
});
