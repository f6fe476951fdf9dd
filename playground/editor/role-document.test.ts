import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import { defaultDocument } from './default-document.ts';
import { documentPanes } from './document-panes.ts';
import { formatPolicyText } from './format-policy-text.ts';
import { fromScenarios, fromScenariosText } from './from-scenarios.ts';
import { setPaneText } from './set-pane-text.ts';
import { roleDocuments } from './test-documents.ts';
import { toScenarios } from './to-scenarios.ts';
import type { RoleDocument } from './types.ts';

/** The saved form of the default document, as plain JSON to edit in a test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
function saved(): [Record<string, any>, Record<string, any>] {
	return JSON.parse(JSON.stringify(toScenarios(defaultDocument()).scenarios));
}

const allow = formatPolicyText({
	Version: '2012-10-17',
	Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

describe('toScenarios', () => {
	it('writes the default document as the two scenarios iam-eval reads', () => {
		expect(toScenarios(defaultDocument())).toMatchInlineSnapshot(`
			{
			  "errors": [],
			  "scenarios": [
			    {
			      "name": "assume role",
			      "request": {
			        "action": "sts:AssumeRole",
			        "principal": "ec2.amazonaws.com",
			        "resource": "arn:aws:iam::111122223333:role/DemoRoleForEC2",
			      },
			      "resourcePolicy": {
			        "Statement": [
			          {
			            "Action": "sts:AssumeRole",
			            "Effect": "Allow",
			            "Principal": {
			              "Service": "ec2.amazonaws.com",
			            },
			            "Sid": "TrustEC2",
			          },
			        ],
			        "Version": "2012-10-17",
			      },
			    },
			    {
			      "identityPolicies": [
			        {
			          "arn": "arn:aws:iam::aws:policy/IAMReadOnlyAccess",
			        },
			      ],
			      "name": "use session",
			      "request": {
			        "action": "iam:ListRoles",
			        "principal": "arn:aws:sts::111122223333:assumed-role/DemoRoleForEC2/i-0123456789abcdef0",
			        "resource": "*",
			      },
			    },
			  ],
			}
		`);
	});

	it('names every pane whose text is not JSON, once', () => {
		const doc: RoleDocument = {
			...defaultDocument(),
			trustPolicy: '{',
			serviceControlPolicies: [
				{ name: 'root', policies: [{ kind: 'inline', name: 'guard', text: '[' }] },
			],
			caller: { ...defaultDocument().caller, principal: 'arn:aws:iam::111122223333:user/alice' },
		};
		expect(toScenarios(doc).errors).toEqual([
			{ path: [0, 'resourcePolicy'], message: 'the trust policy pane does not hold valid JSON' },
			{
				path: [0, 'serviceControlPolicies', 0, 'policies', 0, 'document'],
				message: 'the guard pane does not hold valid JSON',
			},
		]);
	});
});

describe('fromScenarios', () => {
	it('reads back every document toScenarios writes', () => {
		fc.assert(
			fc.property(roleDocuments, (doc) => {
				const json = JSON.parse(JSON.stringify(toScenarios(doc).scenarios));
				expect(fromScenarios(json)).toEqual({ doc, errors: [] });
			}),
			{ numRuns: 200 },
		);
	});

	const edit = (f: (s: ReturnType<typeof saved>) => void): unknown => {
		const s = saved();
		f(s);
		return s;
	};
	const cases: [string, unknown, string, (string | number)[]][] = [
		[
			'something that is not an array',
			{ a: 1 },
			'expected an array of two scenarios, `assume role` then `use session`',
			[],
		],
		[
			'a scenario that is not an object',
			[1, {}],
			'expected the `assume role` scenario, found `1`',
			[0],
		],
		[
			'a missing request',
			edit((s) => delete s[1].request),
			'expected a request, found nothing',
			[1, 'request'],
		],
		[
			'an assume action of another kind',
			edit((s) => (s[0].request.action = 's3:GetObject')),
			'expected `sts:AssumeRole`, `sts:AssumeRoleWithWebIdentity` or `sts:AssumeRoleWithSAML`, found `s3:GetObject`',
			[0, 'request', 'action'],
		],
		[
			'a role with a path',
			edit((s) => (s[0].request.resource = 'arn:aws:iam::111122223333:role/team/Demo')),
			'expected a role ARN `arn:aws:iam::<account>:role/<name>` (no path), found `arn:aws:iam::111122223333:role/team/Demo`',
			[0, 'request', 'resource'],
		],
		[
			'a session of another role',
			edit((s) => (s[1].request.principal = 'arn:aws:sts::111122223333:assumed-role/Other/x')),
			"expected the role's session `arn:aws:sts::111122223333:assumed-role/DemoRoleForEC2/<session>`, found `arn:aws:sts::111122223333:assumed-role/Other/x`",
			[1, 'request', 'principal'],
		],
		[
			'a managed trust policy',
			edit((s) => (s[0].resourcePolicy = { arn: 'arn:aws:iam::aws:policy/X' })),
			'write the trust policy as a plain document: it has no name and is never a managed policy',
			[0, 'resourcePolicy'],
		],
		[
			'a policy that is a string',
			edit((s) => (s[1].identityPolicies = ['oops'])),
			'expected a policy: a document, `{ "name", "document" }` or `{ "arn" }`, found `oops`',
			[1, 'identityPolicies', 0],
		],
		[
			'a managed reference with more fields',
			edit((s) => (s[1].identityPolicies[0].name = 'x')),
			'a managed policy reference holds only `arn`',
			[1, 'identityPolicies', 0, 'name'],
		],
		[
			'a context value that is an object',
			edit((s) => (s[1].request.context = { 'aws:x': { a: 1 } })),
			'expected a context value, found an object',
			[1, 'request', 'context', 'aws:x'],
		],
		[
			'a field the document has no place for',
			edit((s) => (s[1].expected = 'allowed')),
			'the playground cannot keep `expected` of the `use session` scenario: a role document has no place for it',
			[1, 'expected'],
		],
		[
			'SCPs in hop 1 for a service caller',
			edit((s) => (s[0].serviceControlPolicies = [{ name: 'root', policies: [] }])),
			'the playground cannot keep `serviceControlPolicies` of the `assume role` scenario: a role document has no place for it',
			[0, 'serviceControlPolicies'],
		],
		[
			'RCPs in hop 2 but not in hop 1',
			edit((s) => (s[1].resourceControlPolicies = [{ name: 'root', policies: [] }])),
			'the playground cannot keep `resourceControlPolicies` of the `use session` scenario: a role document has no place for it',
			[1, 'resourceControlPolicies'],
		],
	];
	it.each(cases)('rejects %s, saying where and what', (_, value, message, path) => {
		expect(fromScenarios(value)).toEqual({ errors: [{ path, message }] });
	});

	it('ignores scenario names and empty contexts and policy lists', () => {
		const value = edit((s) => {
			s[0].name = 'mine';
			s[0].request.context = {};
			s[0].identityPolicies = [];
		});
		expect(fromScenarios(value)).toEqual({ doc: defaultDocument(), errors: [] });
	});

	it('reports text that is not JSON without throwing', () => {
		expect(fromScenariosText('[1,').errors[0]?.message).toMatch(
			/^the scenario file is not valid JSON: /,
		);
	});
});

describe('documentPanes and setPaneText', () => {
	const catalog = createNodeCatalog();
	const doc: RoleDocument = {
		...defaultDocument(),
		permissionPolicies: [
			...defaultDocument().permissionPolicies,
			{ kind: 'inline', name: 'Extra', text: allow },
		],
		permissionsBoundary: { kind: 'inline', text: allow },
		resourceControlPolicies: [
			{ name: 'root', policies: [{ kind: 'inline', name: 'all', text: allow }] },
		],
	};

	it('lists the panes in display order with titles, roles and read-only managed text', () => {
		const panes = documentPanes(doc, catalog.managedPolicies);
		expect(panes.map((p) => [p.id, p.title, p.role, p.readOnly])).toEqual([
			['trust', 'trust policy', 'trust', false],
			['permission/0', 'IAMReadOnlyAccess (managed)', 'identity', true],
			['permission/1', 'Extra', 'identity', false],
			['boundary', 'permissions boundary', 'permissionsBoundary', false],
			['rcp/0/0', 'all', 'rcp', false],
		]);
		expect(panes[1]?.text).toBe(
			catalog.managedPolicies.get('arn:aws:iam::aws:policy/IAMReadOnlyAccess'),
		);
		expect(documentPanes(doc)[1]?.text).toBe('');
	});

	it('replaces the text of each kind of inline pane and nothing else', () => {
		for (const pane of documentPanes(doc).filter((p) => !p.readOnly)) {
			const next = setPaneText(doc, pane.id, '{}');
			const after = documentPanes(next);
			expect(after.find((p) => p.id === pane.id)?.text).toBe('{}');
			expect(after.filter((p) => p.id !== pane.id)).toEqual(
				documentPanes(doc).filter((p) => p.id !== pane.id),
			);
		}
	});

	it.each([
		[
			'permission/0',
			'cannot set the text of pane `permission/0`: it is a managed policy (read-only)',
		],
		['permission/7', 'cannot set the text of pane `permission/7`: the document has no such pane'],
		['session', 'cannot set the text of pane `session`: the document has no such pane'],
		['nonsense', 'cannot set the text of pane `nonsense`: the document has no such pane'],
		['boundary/0', 'cannot set the text of pane `boundary/0`: the document has no such pane'],
		['rcp/0', 'cannot set the text of pane `rcp/0`: the document has no such pane'],
		['trust/1', 'cannot set the text of pane `trust/1`: the document has no such pane'],
	])('refuses to set pane %s', (paneId, message) => {
		expect(() => setPaneText(doc, paneId, '{}')).toThrow(message);
	});
});
