/**
 * Scenario-level warnings (spec §1.5) that need the request and the
 * policies together: W17 (a policy the principal cannot have), W18 (a
 * missing trust or key policy), and per condition clause W09, W20 and W21
 * against the effective context.
 */
import { quote } from '../diagnostics.ts';
import type { ConditionClause, Request } from '../model.ts';
import type { PrincipalKind } from '../types.ts';
import { nodeAtOffset, pathOf } from './json-tree.ts';
import type { JsonNode } from './json-tree.ts';
import type { CompiledRef } from './policy-ref.ts';
import { report } from './report.ts';
import type { Location, Reporter } from './report.ts';

/** Where a compiled policy sits in the scenario. */
export type Slot = 'identity' | 'permissionsBoundary' | 'session' | 'resource' | 'scp' | 'rcp';

/** What the checks need to know about the scenario. */
export interface ScenarioFacts {
	readonly request: Request;
	/** `request.resource`'s node, for W18. */
	readonly resourceNode: JsonNode;
	readonly refs: readonly { readonly slot: Slot; readonly ref: CompiledRef }[];
	/** `trust` or `kms` when the request needs a resource policy (spec §4.1 step 4). */
	readonly mustAllow?: 'trust' | 'kms';
	readonly hasResourcePolicy: boolean;
}

const _NO_IDENTITY: readonly PrincipalKind[] = ['root', 'service', 'oidc', 'saml', 'anonymous'];
const _SESSION: readonly PrincipalKind[] = ['role', 'session', 'federated'];
const _KIND_LABELS: Readonly<Record<PrincipalKind, string>> = {
	user: 'an IAM user',
	role: 'a role',
	session: 'a role session',
	root: 'the account root user',
	federated: 'a federated user',
	service: 'a service principal',
	oidc: 'a web identity provider',
	saml: 'a SAML provider',
	anonymous: 'an anonymous caller',
};
const _SLOT_LABELS: Readonly<Record<Slot, string>> = {
	identity: 'identity policies',
	permissionsBoundary: 'a permissions boundary',
	session: 'a session policy',
	resource: 'a resource policy',
	scp: 'service control policies',
	rcp: 'resource control policies',
};

/** Raise the scenario-level warnings. */
export function checkScenario(facts: ScenarioFacts, reporter: Reporter): void {
	const { request } = facts;
	const kind = request.principal.kind;
	for (const { slot, ref } of facts.refs) {
		const cannot =
			((slot === 'identity' || slot === 'permissionsBoundary') && _NO_IDENTITY.includes(kind)) ||
			(slot === 'session' && !_SESSION.includes(kind));
		if (cannot) {
			report(
				reporter,
				'W17',
				`${_KIND_LABELS[kind]} cannot have ${_SLOT_LABELS[slot]}: ${quote(ref.policy.name)} is ignored`,
				ref.node,
				slot === 'session'
					? 'session policies belong to role sessions and federated users'
					: 'identity policies and boundaries belong to IAM users and roles',
			);
		}
		for (const statement of ref.policy.statements) {
			for (const clause of statement.conditions) _checkClause(clause, ref, request, reporter);
		}
	}
	if (facts.mustAllow !== undefined && !facts.hasResourcePolicy) {
		report(
			reporter,
			'W18',
			facts.mustAllow === 'trust'
				? 'this request assumes a role but the scenario has no trust policy (`resourcePolicy`)'
				: 'this request uses a KMS key but the scenario has no key policy (`resourcePolicy`)',
			facts.resourceNode,
			'add the `resourcePolicy`: without it the request is always denied',
		);
	}
}

function _checkClause(
	clause: ConditionClause,
	ref: CompiledRef,
	request: Request,
	reporter: Reporter,
): void {
	const { operator } = clause;
	const entry = request.context.get(clause.keyLower);
	const plain = operator.set === undefined;
	const needsCheck =
		entry === undefined
			? !operator.ifExists && operator.base !== 'Null'
			: (plain && entry.multi && entry.values.length > 0 && operator.base !== 'Null') ||
				(operator.set === 'all' && !entry.multi);
	if (!needsCheck) return;
	const at = _location(clause, ref);
	if (entry === undefined) {
		report(
			reporter,
			'W21',
			`condition key ${quote(clause.key)} is not in the request context`,
			at,
			'add it to `request.context` if the request would carry it',
		);
	} else if (plain) {
		report(
			reporter,
			'W20',
			`${quote(clause.key)} has several values in this request, so ${quote(operator.text)} is false`,
			at,
			`use \`ForAnyValue:${operator.text}\` or \`ForAllValues:${operator.text}\``,
		);
	} else {
		report(
			reporter,
			'W09',
			`${quote(clause.key)} is single-valued in this request: \`ForAllValues\` is overly permissive`,
			at,
			`use ${quote(operator.text.slice(operator.text.indexOf(':') + 1))} for a single-valued key`,
		);
	}
}

/** The clause's `"key": value` in the scenario, or the PolicyRef for a managed policy. */
function _location(clause: ConditionClause, ref: CompiledRef): Location {
	const block = ref.document && nodeAtOffset(ref.document, clause.span.offset);
	if (block === undefined) return ref.node;
	return { span: clause.span, path: [...pathOf(block), clause.key] };
}
