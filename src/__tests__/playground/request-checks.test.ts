import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../../../playground/catalog/node-catalog.ts';
import { defaultDocument } from '../../../playground/editor/default-document.ts';
import { evaluateDocument } from '../../../playground/editor/evaluate-document.ts';
import type { RoleDocument } from '../../../playground/editor/types.ts';
import { actionMessage, requestMessages } from '../../lib/playground/request-checks.ts';

const catalog = createNodeCatalog();
const base = defaultDocument();
const messagesFor = (doc: RoleDocument) =>
	requestMessages(
		evaluateDocument(doc, { managedPolicies: catalog.managedPolicies }),
		doc.account,
		doc.session.action,
		catalog.services,
	);

describe('request checks', () => {
	it.each([
		['s3:GetObjet', '`s3` has no action `GetObjet`: did you mean `s3:GetObject`?'],
		['s4:GetObject', 'no AWS service has the prefix `s4`: did you mean `s3:GetObject`?'],
		['iam:listroles', undefined],
		['s3:Get*', undefined],
		['zzzzzzzz:Do', 'no AWS service has the prefix `zzzzzzzz`'],
	])('says of the action `%s`: %s', (action, message) => {
		expect(actionMessage(action, catalog.services)).toBe(message);
	});

	it('has nothing to say about the default request', () => {
		expect(messagesFor(base)).toEqual({});
	});

	it('says what form a malformed resource and caller should have, in the evaluator’s words', () => {
		const doc: RoleDocument = {
			...base,
			caller: { ...base.caller, principal: 'alice' },
			session: { ...base.session, resource: 'my-bucket' },
		};
		const messages = messagesFor(doc);
		expect(messages.caller).toMatch(/^`alice` is not a principal: use a user, role/);
		expect(messages.resource).toMatch(/`my-bucket`.*ARN/);
	});

	it('blames the account once, not the role and session ARNs built from it', () => {
		const messages = messagesFor({ ...base, account: '1234' });
		expect(messages).toEqual({
			account: '`1234` is not an account ID: expected twelve digits, such as `111122223333`',
		});
	});
});
