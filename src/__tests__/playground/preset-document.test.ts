import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	isAssumeCase,
	presetDocument,
	presetRole,
	type PresetCase,
} from '../../lib/playground/preset-document.ts';

const PRESETS = (
	JSON.parse(readFileSync('playground/scenarios/presets/presets.json', 'utf8')) as {
		cases: PresetCase[];
	}
).cases;
const byId = (id: string): PresetCase => {
	const found = PRESETS.find((c) => c.id === id);
	if (found === undefined) throw new Error(`no preset ${id}`);
	return found;
};
const trust = {
	Version: '2012-10-17',
	Statement: [
		{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
	],
};
const ASSUME: PresetCase = {
	id: 'a',
	name: 'assume',
	scenario: {
		request: {
			principal: 'lambda.amazonaws.com',
			action: 'sts:AssumeRole',
			resource: 'arn:aws:iam::123456789012:role/app/Worker',
			context: { 'aws:SourceAccount': '123456789012' },
		},
		resourcePolicy: trust,
	},
};
const SESSION: PresetCase = {
	id: 's',
	name: 'session',
	scenario: {
		request: {
			principal: 'arn:aws:sts::123456789012:assumed-role/Worker/job',
			action: 's3:GetObject',
			resource: 'arn:aws:s3:::b/k',
		},
		identityPolicies: [
			{ arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' },
			{ name: 'Extra', document: trust },
		],
		permissionsBoundary: { arn: 'arn:aws:iam::aws:policy/PowerUserAccess' },
	},
};

describe('presetDocument', () => {
	it('reads the role, the trust policy and the caller from a hop-1 case', () => {
		const { doc, note } = presetDocument(ASSUME);
		expect(note).toBeUndefined();
		expect(doc).toMatchObject({
			account: '123456789012',
			roleName: 'Worker',
			permissionPolicies: [],
		});
		expect(doc.caller).toEqual({
			principal: 'lambda.amazonaws.com',
			action: 'sts:AssumeRole',
			context: { 'aws:SourceAccount': '123456789012' },
			policies: [],
		});
		expect(JSON.parse(doc.trustPolicy)).toEqual(trust);
	});

	it('reads the session request and every policy kind from a hop-2 case', () => {
		const { doc } = presetDocument(SESSION);
		expect(doc).toMatchObject({ account: '123456789012', roleName: 'Worker' });
		expect(doc.session).toEqual({
			sessionName: 'job',
			action: 's3:GetObject',
			resource: 'arn:aws:s3:::b/k',
			context: {},
		});
		expect(doc.permissionPolicies).toEqual([
			{ kind: 'managed', arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' },
			{ kind: 'inline', name: 'Extra', text: JSON.stringify(trust, null, 2) + '\n' },
		]);
		expect(doc.permissionsBoundary).toEqual({
			kind: 'managed',
			arn: 'arn:aws:iam::aws:policy/PowerUserAccess',
		});
	});

	it('takes the other hop from a sibling case about the same role', () => {
		const { doc } = presetDocument(SESSION, [ASSUME, SESSION]);
		expect(doc.caller.principal).toBe('lambda.amazonaws.com');
		expect(doc.session.action).toBe('s3:GetObject');
		expect(doc.permissionPolicies).toHaveLength(2);
	});

	it('says when a preset about an IAM user is shown as a role', () => {
		const { doc, note } = presetDocument(byId('preset-boundary-caps-administrator'), PRESETS);
		expect(doc.roleName).toBe('alice');
		expect(note).toBe(
			"this preset's caller is the IAM user `alice`: the playground shows the user's policies on a role of that name, which the evaluator decides the same way",
		);
	});

	it('joins the two EC2 presets into one document', () => {
		const { doc } = presetDocument(byId('preset-ec2-iam-read-only'), PRESETS);
		expect(doc.caller.principal).toBe('ec2.amazonaws.com');
		expect(doc.session.action).toBe('iam:GetRole');
	});
});

describe('presetRole and isAssumeCase', () => {
	it.each(PRESETS.map((c) => [c.id, c] as const))('preset %s names a role', (_id, preset) => {
		expect(presetRole(preset.scenario)).toBeDefined();
	});

	it('tells hop-1 cases from hop-2 cases', () => {
		expect([isAssumeCase(ASSUME.scenario), isAssumeCase(SESSION.scenario)]).toEqual([true, false]);
		expect(presetRole(ASSUME.scenario)).toEqual({ account: '123456789012', roleName: 'Worker' });
	});
});
