/**
 * W15 (spec §1.5): trust policies that let in more than intended. An Allow
 * that trusts `{"AWS":"*"}`, a service principal without an
 * `aws:SourceArn`/`aws:SourceAccount` condition (the confused deputy) unless
 * the role is passed to it (`pass-role-services.ts`), or a `Federated`
 * provider without its own assume action.
 */
import { quote } from '../diagnostics.ts';
import { matchGlob } from '../match/wildcard.ts';
import type { Policy, Statement } from '../model.ts';
import { nodeAtOffset } from './json-tree.ts';
import { PASS_ROLE_SERVICES } from './pass-role-services.ts';
import type { JsonNode } from './json-tree.ts';
import { report } from './report.ts';
import type { Location, Reporter } from './report.ts';

const _SOURCE_KEYS = ['aws:sourcearn', 'aws:sourceaccount'];

/**
 * Raise W15 for the Allow statements of a trust policy. Locations come from
 * `document` (the policy's node); when undefined (a managed policy, whose
 * spans are in another text) every warning goes to `fallback`.
 */
export function checkTrustPolicy(
	policy: Policy,
	document: JsonNode | undefined,
	fallback: Location,
	reporter: Reporter,
): void {
	for (const statement of policy.statements) {
		if (statement.effect !== 'Allow' || statement.principal === undefined) continue;
		if (statement.principal.not) continue;
		for (const entry of statement.principal.entries) {
			const at = (document && nodeAtOffset(document, entry.span.offset)) ?? fallback;
			if (entry.type === 'wildcard') {
				report(
					reporter,
					'W15',
					'this trust policy lets any AWS principal assume the role',
					at,
					'name the accounts or roles, or add a condition such as `aws:PrincipalOrgID`',
				);
			} else if (
				entry.type === 'service' &&
				!PASS_ROLE_SERVICES.has(entry.text) &&
				!_hasSourceCondition(statement)
			) {
				report(
					reporter,
					'W15',
					`service ${quote(entry.text)} is trusted without an \`aws:SourceArn\` or \`aws:SourceAccount\` condition`,
					at,
					'add a condition on `aws:SourceAccount` or `aws:SourceArn` to prevent the confused deputy problem',
				);
			} else if (entry.type === 'federated' && !_allowsProviderAction(statement, entry.provider)) {
				const action =
					entry.provider === 'saml' ? 'sts:AssumeRoleWithSAML' : 'sts:AssumeRoleWithWebIdentity';
				report(
					reporter,
					'W15',
					`federated provider ${quote(entry.text)} is trusted without ${quote(action)}`,
					at,
					`a ${entry.provider === 'saml' ? 'SAML' : 'web identity'} provider can only call ${quote(action)}`,
				);
			}
		}
	}
}

function _hasSourceCondition(statement: Statement): boolean {
	return statement.conditions.some((clause) => _SOURCE_KEYS.includes(clause.keyLower));
}

function _allowsProviderAction(statement: Statement, provider: 'saml' | 'oidc'): boolean {
	const name = provider === 'saml' ? 'assumerolewithsaml' : 'assumerolewithwebidentity';
	const { action } = statement;
	const matches = action.patterns.some(
		(p) => p.any || (matchGlob(p.service, 'sts') && matchGlob(p.name, name)),
	);
	return action.not ? !matches : matches;
}
