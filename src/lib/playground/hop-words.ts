/**
 * The words the playground shows for each hop: the question it asks and its
 * decision, spelled out (never by colour alone).
 */
import type { Decision } from '../../../playground/evaluator/index.ts';
import type { RoleDocument } from '../../../playground/editor/types.ts';

/** The decision as the verdict line shows it. */
export const VERDICT_WORDS: Readonly<Record<Decision, string>> = {
	allowed: 'Allowed',
	explicitDeny: 'Denied — explicit deny',
	implicitDeny: 'Denied — no statement allows it',
};

/** A symbol shown next to the words (decorative: the words carry the meaning). */
export const VERDICT_SYMBOLS: Readonly<Record<Decision, string>> = {
	allowed: '✓',
	explicitDeny: '✕',
	implicitDeny: '✕',
};

/** Hop 1's question, with code in backticks: "May `ec2.amazonaws.com` assume `DemoRoleForEC2`?". */
export function assumeQuestion(doc: RoleDocument): string {
	const how = doc.caller.action === 'sts:AssumeRole' ? '' : ` with \`${doc.caller.action}\``;
	return `May \`${doc.caller.principal || '(no caller)'}\` assume \`${doc.roleName}\`${how}?`;
}

/** Hop 2's question: "May the role's session do `iam:ListRoles` on `*`?". */
export function sessionQuestion(doc: RoleDocument): string {
	return `May the role's session do \`${doc.session.action || '(no action)'}\` on \`${doc.session.resource || '(no resource)'}\`?`;
}
