import { describe, expect, it } from 'vitest';
import { defaultDocument } from '../../../playground/editor/default-document.ts';
import {
	addInlinePolicy,
	addScpLevel,
	attachManaged,
	NEW_POLICY_TEXT,
	removePolicy,
	removeScpLevel,
	renamePolicy,
	setBoundary,
	setSessionPolicy,
} from '../../lib/playground/document-edits.ts';

const READ_ONLY = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess';

describe('policy list edits', () => {
	it('adds inline policies with fresh names', () => {
		const doc = addInlinePolicy(addInlinePolicy(defaultDocument(), 'permission'), 'permission');
		expect(doc.permissionPolicies.map((p) => (p.kind === 'inline' ? p.name : p.arn))).toEqual([
			READ_ONLY,
			'Policy1',
			'Policy2',
		]);
		expect(doc.permissionPolicies[1]).toEqual({
			kind: 'inline',
			name: 'Policy1',
			text: NEW_POLICY_TEXT,
		});
	});

	it('attaches a managed policy once, to the caller or to the role', () => {
		const doc = attachManaged(
			attachManaged(defaultDocument(), 'permission', READ_ONLY),
			'caller',
			READ_ONLY,
		);
		expect(doc.permissionPolicies).toHaveLength(1);
		expect(doc.caller.policies).toEqual([{ kind: 'managed', arn: READ_ONLY }]);
	});

	it('removes the policy at an index', () => {
		expect(removePolicy(defaultDocument(), 'permission', 0).permissionPolicies).toEqual([]);
	});

	it('renames an inline policy', () => {
		const doc = addInlinePolicy(defaultDocument(), 'permission');
		const renamed = renamePolicy(doc, 'permission', 1, 'ReadLogs');
		expect('doc' in renamed && renamed.doc.permissionPolicies[1]).toMatchObject({
			name: 'ReadLogs',
		});
	});

	it.each([
		['a managed policy', 0, 'X', 'only an inline policy can be renamed'],
		[
			'to a name with spaces',
			1,
			'read logs',
			'`read logs` is not a policy name: use 1 to 128 letters, digits and `+=,.@_-`',
		],
		['to a name in use', 1, 'Policy2', 'another policy is already named `Policy2`'],
	])('refuses to rename %s', (_what, index, name, message) => {
		const doc = addInlinePolicy(addInlinePolicy(defaultDocument(), 'permission'), 'permission');
		expect(renamePolicy(doc, 'permission', index, name)).toEqual({ message });
	});
});

describe('optional policies', () => {
	it('turns the boundary and session policy on with an allow-all policy and off again', () => {
		const on = setSessionPolicy(setBoundary(defaultDocument(), true), true);
		expect(
			JSON.parse(on.permissionsBoundary?.kind === 'inline' ? on.permissionsBoundary.text : ''),
		).toMatchObject({ Statement: [{ Action: '*' }] });
		const off = setSessionPolicy(setBoundary(on, false), false);
		expect('permissionsBoundary' in off || 'sessionPolicy' in off).toBe(false);
	});

	it('adds SCP levels from the root down and drops SCPs with the last level', () => {
		const two = addScpLevel(addScpLevel(defaultDocument()));
		expect(two.serviceControlPolicies?.map((l) => l.name)).toEqual(['root', 'ou-1']);
		expect('serviceControlPolicies' in removeScpLevel(removeScpLevel(two, 1), 0)).toBe(false);
	});
});
