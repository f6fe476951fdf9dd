/**
 * One level of an organization's SCPs or RCPs (scenario contract):
 * `{ "name": …, "policies": [PolicyRef, …] }`, root first. W16 when a level
 * has no Allow statement at all: it denies everything (spec §7).
 */
import type { ManagedPolicyCatalog } from '../catalog/types.ts';
import { didYouMean, quote } from '../diagnostics.ts';
import type { Level } from '../model.ts';
import { pathOf } from './json-tree.ts';
import type { JsonNode } from './json-tree.ts';
import { compilePolicyRef } from './policy-ref.ts';
import type { CompiledRef } from './policy-ref.ts';
import { report } from './report.ts';
import type { Reporter } from './report.ts';

const _KEYS = ['name', 'policies'];

/** Compile one level; `refs` collects its compiled policies for scenario-wide checks. */
export function compileLevel(
	node: JsonNode,
	index: number,
	role: 'scp' | 'rcp',
	text: string,
	catalog: ManagedPolicyCatalog | undefined,
	reporter: Reporter,
	refs: CompiledRef[],
): Level | undefined {
	if (node.kind !== 'object') {
		report(
			reporter,
			'E28',
			'a level must be an object',
			node,
			'write `{ "name": "root", "policies": [ … ] }`',
		);
		return undefined;
	}
	// Unnamed levels count from 1, root first, as statements do.
	let name = `level ${index + 1}`;
	let policiesNode: JsonNode | undefined;
	for (const property of node.properties) {
		const value = property.value;
		if (value === undefined) continue;
		if (property.key === 'name') {
			if (value.kind === 'string' && value.value !== '') name = value.value as string;
			else report(reporter, 'E28', 'a level `name` must be a non-empty string', value);
		} else if (property.key === 'policies') policiesNode ??= value;
		else {
			report(
				reporter,
				'E27',
				`unknown level field ${quote(property.key)}`,
				{ span: property.keySpan, path: [...pathOf(node), property.key] },
				didYouMean(property.key, _KEYS) ?? 'a level holds `name` and `policies`',
			);
		}
	}
	if (policiesNode === undefined || policiesNode.kind !== 'array') {
		report(
			reporter,
			'E28',
			policiesNode === undefined ? 'missing `policies`' : '`policies` must be a list',
			policiesNode ?? node,
			'write `"policies": [ … ]` (an empty list denies everything)',
		);
		return undefined;
	}
	const level = { name, policies: [] as Level['policies'][number][] };
	policiesNode.items.forEach((item, i) => {
		const ref = compilePolicyRef(item, role, `${name}[${i}]`, text, catalog, reporter);
		if (ref === undefined) return;
		refs.push(ref);
		level.policies.push(ref.policy);
	});
	const allows = level.policies.some((p) => p.statements.some((s) => s.effect === 'Allow'));
	if (!allows) {
		const kind = role === 'scp' ? 'service control policy' : 'resource control policy';
		report(
			reporter,
			'W16',
			`${kind} level ${quote(name)} has no \`Allow\` statement, so it denies everything`,
			node,
			role === 'rcp'
				? 'in AWS every RCP level holds `RCPFullAWSAccess`: add it'
				: 'add an `Allow`, e.g. the managed `FullAWSAccess` policy',
		);
	}
	return level;
}
