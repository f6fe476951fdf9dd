import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import type { Span } from '../evaluator/index.ts';
import { defaultDocument } from './default-document.ts';
import { documentPanes } from './document-panes.ts';
import { evaluateDocument } from './evaluate-document.ts';
import { formatPolicyText } from './format-policy-text.ts';
import type { RoleDocument } from './types.ts';

const catalog = createNodeCatalog();
const options = { managedPolicies: catalog.managedPolicies, now: new Date('2026-01-01T00:00:00Z') };

/** The text a span covers in the pane's own text. */
function underlined(doc: RoleDocument, paneId: string, span: Span | undefined): string {
	const pane = documentPanes(doc, catalog.managedPolicies).find((p) => p.id === paneId);
	if (pane === undefined || span === undefined) throw new Error(`no pane ${paneId} or no span`);
	return pane.text.slice(span.offset, span.offset + span.length);
}

const denyDeleteRole = formatPolicyText({
	Version: '2012-10-17',
	Statement: [{ Sid: 'NoDelete', Effect: 'Deny', Action: 'iam:DeleteRole', Resource: '*' }],
});
const allowDeleteRole = formatPolicyText({
	Version: '2012-10-17',
	Statement: [{ Sid: 'MayDelete', Effect: 'Allow', Action: 'iam:DeleteRole', Resource: '*' }],
});

describe('evaluateDocument', () => {
	it('allows EC2 to assume the default role and names the trust statement as decisive', () => {
		const doc = defaultDocument();
		const { assume } = evaluateDocument(doc, options);
		expect(assume.result?.decision).toBe('allowed');
		expect(assume.decisive).toHaveLength(1);
		expect(assume.decisive[0]?.paneId).toBe('trust');
		const text = underlined(doc, 'trust', assume.decisive[0]?.span);
		expect(text.startsWith('{')).toBe(true);
		expect(text).toContain('"Sid": "TrustEC2"');
		expect(assume.summary).toBe(
			'`ec2.amazonaws.com` calling `sts:AssumeRole` on `arn:aws:iam::111122223333:role/DemoRoleForEC2` is allowed',
		);
	});

	it('allows the session to list roles through IAMReadOnlyAccess, highlighted in the managed pane', () => {
		const doc = defaultDocument();
		const { session, panes } = evaluateDocument(doc, options);
		expect(session.result?.decision).toBe('allowed');
		expect(session.decisive[0]?.paneId).toBe('permission/0');
		expect(underlined(doc, 'permission/0', session.decisive[0]?.span)).toMatch(
			/^\{[\s\S]*"iam:List\*"/,
		);
		expect(panes['permission/0']?.marks.map((m) => m.kind)).toContain('decisive');
	});

	it('gives the default scenario no confused-deputy warning: EC2 receives its role through iam:PassRole', () => {
		const { panes, assume } = evaluateDocument(defaultDocument(), options);
		expect(panes.trust?.warnings).toEqual([]);
		expect(assume.warnings).toEqual([]);
	});

	it('puts the trust policy warning in the trust pane once, at the service principal', () => {
		const base = defaultDocument();
		const doc = {
			...base,
			trustPolicy: base.trustPolicy.replaceAll('ec2.amazonaws.com', 'config.amazonaws.com'),
		};
		const { panes, assume } = evaluateDocument(doc, options);
		const warnings = panes.trust?.warnings ?? [];
		expect(warnings.map((w) => [w.code, underlined(doc, 'trust', w.span)])).toEqual([
			['W15', '"config.amazonaws.com"'],
		]);
		expect(warnings[0]?.path).toEqual(['Statement', 0, 'Principal', 'Service']);
		expect(assume.warnings).toEqual([]);
	});

	it('denies a caller the trust policy does not name, and says why on the statement', () => {
		const doc = {
			...defaultDocument(),
			caller: { ...defaultDocument().caller, principal: 'lambda.amazonaws.com' },
		};
		const { assume, panes } = evaluateDocument(doc, options);
		expect(assume.result?.decision).toBe('implicitDeny');
		expect(assume.decisive).toEqual([]);
		const mark = panes.trust?.marks[0];
		expect(mark?.kind).toBe('notApplies');
		expect(mark?.message).toContain('`lambda.amazonaws.com`');
		expect(underlined(doc, 'trust', mark?.span)).toContain('"TrustEC2"');
	});

	it('reports broken JSON in a pane at its own text and still evaluates the other hop', () => {
		const doc = {
			...defaultDocument(),
			trustPolicy: '{\n  "Version": "2012-10-17",\n  "Statement": [\n}',
		};
		const { assume, session, panes } = evaluateDocument(doc, options);
		expect(assume.result).toBeUndefined();
		expect(assume.summary).toBe('no verdict yet: fix the errors in the trust policy pane');
		const errors = panes.trust?.errors ?? [];
		expect(errors.length).toBeGreaterThan(0);
		expect(errors.map((e) => underlined(doc, 'trust', e.span))).toContain('}');
		expect(session.result?.decision).toBe('allowed');
	});

	it('maps a decisive deny in an inline permission policy to that pane', () => {
		const doc: RoleDocument = {
			...defaultDocument(),
			permissionPolicies: [
				{ kind: 'inline', name: 'MayDelete', text: allowDeleteRole },
				{ kind: 'inline', name: 'NoDelete', text: denyDeleteRole },
			],
			session: { ...defaultDocument().session, action: 'iam:DeleteRole' },
		};
		const { session, panes } = evaluateDocument(doc, options);
		expect(session.result?.decision).toBe('explicitDeny');
		expect(session.decisive.map((d) => d.paneId)).toEqual(['permission/1']);
		expect(underlined(doc, 'permission/1', session.decisive[0]?.span)).toContain(
			'"Effect": "Deny"',
		);
		expect(panes['permission/0']?.marks.map((m) => m.kind)).toEqual(['applies']);
		const explained = panes['permission/1']?.explanations[0]?.policy.statements[0];
		expect(underlined(doc, 'permission/1', explained?.action.matched?.span)).toBe(
			'"iam:DeleteRole"',
		);
	});

	it('keeps an unknown managed policy as a hop error, not a pane marker', () => {
		const doc: RoleDocument = {
			...defaultDocument(),
			permissionPolicies: [{ kind: 'managed', arn: 'arn:aws:iam::aws:policy/NoSuchPolicy' }],
		};
		const { session, panes } = evaluateDocument(doc, options);
		expect(session.result).toBeUndefined();
		expect(session.errors.map((e) => [e.code, e.path])).toEqual([
			['E25', ['identityPolicies', 0, 'arn']],
		]);
		expect(session.summary).toBe(
			'no verdict yet: fix the errors in the request or the policy list',
		);
		expect(panes['permission/0']?.errors).toEqual([]);
	});

	it('applies an SCP of the role account to both hops when the caller is from that account', () => {
		const scp = formatPolicyText({
			Version: '2012-10-17',
			Statement: [{ Sid: 'NoSts', Effect: 'Deny', Action: 'sts:*', Resource: '*' }],
		});
		const allowAll = formatPolicyText({
			Version: '2012-10-17',
			Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
		});
		const base = defaultDocument();
		const doc: RoleDocument = {
			...base,
			trustPolicy: formatPolicyText({
				Version: '2012-10-17',
				Statement: [
					{
						Effect: 'Allow',
						Principal: { AWS: 'arn:aws:iam::111122223333:root' },
						Action: 'sts:AssumeRole',
					},
				],
			}),
			serviceControlPolicies: [
				{
					name: 'root',
					policies: [
						{ kind: 'inline', name: 'guard', text: scp },
						{ kind: 'inline', name: 'all', text: allowAll },
					],
				},
			],
			caller: {
				...base.caller,
				principal: 'arn:aws:iam::111122223333:user/alice',
				policies: [{ kind: 'inline', name: 'assume', text: allowAll }],
			},
		};
		const { assume, panes } = evaluateDocument(doc, options);
		expect(assume.result?.decision).toBe('explicitDeny');
		expect(assume.decisive.map((d) => d.paneId)).toEqual(['scp/0/0']);
		expect(panes['scp/0/0']?.marks.map((m) => m.hop)).toEqual(['assume', 'session']);
	});
});
