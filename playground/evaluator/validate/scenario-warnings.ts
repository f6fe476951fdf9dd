/**
 * The catalog-backed warnings of a whole compiled scenario: every policy the
 * user wrote, checked against the service catalog. AWS managed policies are
 * left out: they are AWS's to fix, and their findings would drown the user's.
 */
import type { ServiceCatalog } from '../catalog/types.ts';
import { resourcePolicyKind } from '../decide/request-facts.ts';
import type { CompiledScenario, Policy } from '../model.ts';
import type { Diagnostic } from '../types.ts';
import { catalogWarnings } from './catalog-checks.ts';

/** Warnings W30+ for the scenario's own policies, in policy order; `text` is what it was parsed from. */
export function scenarioCatalogWarnings(
	scenario: CompiledScenario,
	services: ServiceCatalog,
	text: string,
): Diagnostic[] {
	const trust = resourcePolicyKind(scenario.request) === 'trust';
	const policies: Policy[] = [
		...scenario.identityPolicies,
		...(scenario.resourcePolicy ? [scenario.resourcePolicy] : []),
		...(scenario.permissionsBoundary ? [scenario.permissionsBoundary] : []),
		...(scenario.sessionPolicy ? [scenario.sessionPolicy] : []),
		...(scenario.serviceControlPolicies ?? []).flatMap((level) => level.policies),
		...(scenario.resourceControlPolicies ?? []).flatMap((level) => level.policies),
	];
	return policies
		.filter((policy) => policy.managedArn === undefined)
		.flatMap((policy) =>
			catalogWarnings(policy, services, {
				trust: trust && policy === scenario.resourcePolicy,
				text,
			}),
		);
}
