/**
 * One scenario object compiled: its fields (E27, E28), the request, every
 * policy slot with the role its rules depend on, and the scenario-level
 * warnings. `scenario.ts` wraps it for text and arrays.
 */
import type { ManagedPolicyCatalog } from '../catalog/types.ts';
import { didYouMean, quote } from '../diagnostics.ts';
import type { CompiledScenario, Level, Policy } from '../model.ts';
import { pathOf } from './json-tree.ts';
import type { JsonNode, JsonObject } from './json-tree.ts';
import { compileLevel } from './level.ts';
import { compilePolicyRef } from './policy-ref.ts';
import type { CompiledRef } from './policy-ref.ts';
import { report } from './report.ts';
import type { Reporter } from './report.ts';
import { compileRequest } from './request.ts';
import { checkScenario } from './scenario-checks.ts';
import type { Slot } from './scenario-checks.ts';
import type { ParseOptions } from './scenario.ts';
import { checkTrustPolicy } from './trust-warnings.ts';

const _FIELDS = [
	'name',
	'request',
	'identityPolicies',
	'resourcePolicy',
	'permissionsBoundary',
	'sessionPolicy',
	'serviceControlPolicies',
	'resourceControlPolicies',
];

/**
 * Compile one scenario node (the root of `text`, or an item of a root array).
 * Returns the scenario without warnings (undefined after errors) and the diagnostics.
 */
export function compileScenarioNode(
	node: JsonNode,
	text: string,
	options: ParseOptions,
): { scenario?: Omit<CompiledScenario, 'warnings'>; reporter: Reporter } {
	const reporter: Reporter = { errors: [], warnings: [] };
	if (node.kind !== 'object') {
		report(
			reporter,
			'E28',
			'a scenario must be an object',
			node,
			'write `{ "request": { … }, … }`',
		);
		return { reporter };
	}
	const fields = _fields(node, reporter);
	const catalog = options.managedPolicies;
	const requestNode = fields.get('request');
	if (requestNode === undefined) {
		report(
			reporter,
			'E28',
			'missing `request`',
			node,
			'add `"request": { "principal", "action", "resource" }`',
		);
	}
	const shape = _requestShape(requestNode);
	const refs: { slot: Slot; ref: CompiledRef }[] = [];
	const one = (
		key: string,
		slot: Slot,
		role: Parameters<typeof compilePolicyRef>[1],
		label: string,
	) => {
		const value = fields.get(key);
		const ref = value && compilePolicyRef(value, role, label, text, catalog, reporter);
		if (ref !== undefined) refs.push({ slot, ref });
		return ref?.policy;
	};
	const identityPolicies: Policy[] = [];
	const identityNode = fields.get('identityPolicies');
	if (identityNode !== undefined) {
		if (identityNode.kind !== 'array') {
			report(reporter, 'E28', '`identityPolicies` must be a list of policies', identityNode);
		} else {
			identityNode.items.forEach((item, i) => {
				const ref = compilePolicyRef(item, 'identity', `identity[${i}]`, text, catalog, reporter);
				if (ref === undefined) return;
				refs.push({ slot: 'identity', ref });
				identityPolicies.push(ref.policy);
			});
		}
	}
	const resourcePolicy = one(
		'resourcePolicy',
		'resource',
		shape.trust ? 'trust' : 'resource',
		shape.trust ? 'trust policy' : 'resource policy',
	);
	const permissionsBoundary = one(
		'permissionsBoundary',
		'permissionsBoundary',
		'permissionsBoundary',
		'permissions boundary',
	);
	const sessionPolicy = one('sessionPolicy', 'session', 'session', 'session policy');
	const serviceControlPolicies = _levels(
		fields.get('serviceControlPolicies'),
		'scp',
		text,
		catalog,
		reporter,
		refs,
	);
	const resourceControlPolicies = _levels(
		fields.get('resourceControlPolicies'),
		'rcp',
		text,
		catalog,
		reporter,
		refs,
	);
	if (resourcePolicy !== undefined && shape.trust) {
		const ref = refs.find((r) => r.slot === 'resource')?.ref as CompiledRef;
		checkTrustPolicy(resourcePolicy, ref.document, ref.node, reporter);
	}
	const now = options.now ?? new Date();
	const federated = shape.trust ? _federatedNames(resourcePolicy) : undefined;
	const request = requestNode && compileRequest(requestNode, reporter, now, federated);
	if (request === undefined || reporter.errors.length > 0) return { reporter };
	checkScenario(
		{
			request,
			resourceNode: shape.resourceNode as JsonNode,
			refs,
			...(shape.trust
				? { mustAllow: 'trust' as const }
				: shape.kms
					? { mustAllow: 'kms' as const }
					: {}),
			hasResourcePolicy: resourcePolicy !== undefined,
		},
		reporter,
	);
	const nameNode = fields.get('name');
	const scenario = {
		...(nameNode?.kind === 'string' ? { name: nameNode.value as string } : {}),
		request,
		identityPolicies,
		...(resourcePolicy === undefined ? {} : { resourcePolicy }),
		...(permissionsBoundary === undefined ? {} : { permissionsBoundary }),
		...(sessionPolicy === undefined ? {} : { sessionPolicy }),
		...(serviceControlPolicies === undefined ? {} : { serviceControlPolicies }),
		...(resourceControlPolicies === undefined ? {} : { resourceControlPolicies }),
	};
	return { scenario, reporter };
}

/** The names a trust policy lists under `Federated` (spec §2.3: DNS-named providers). */
function _federatedNames(policy: Policy | undefined): ReadonlySet<string> | undefined {
	const names = new Set<string>();
	for (const statement of policy?.statements ?? []) {
		for (const entry of statement.principal?.entries ?? []) {
			if (entry.type === 'federated') names.add(entry.text);
		}
	}
	return names.size > 0 ? names : undefined;
}

/** The scenario's known fields by name (first occurrence); E27 for the others. */
function _fields(node: JsonObject, reporter: Reporter): Map<string, JsonNode> {
	const fields = new Map<string, JsonNode>();
	for (const property of node.properties) {
		if (!_FIELDS.includes(property.key)) {
			report(
				reporter,
				'E27',
				`unknown scenario field ${quote(property.key)}`,
				{ span: property.keySpan, path: [...pathOf(node), property.key] },
				didYouMean(property.key, _FIELDS) ?? `a scenario holds ${_FIELDS.map(quote).join(', ')}`,
			);
		} else if (property.value !== undefined && !fields.has(property.key)) {
			fields.set(property.key, property.value);
		}
	}
	const name = fields.get('name');
	if (name !== undefined && name.kind !== 'string') {
		report(reporter, 'E28', 'the scenario `name` must be a string', name);
	}
	return fields;
}

/**
 * Read, from the raw request, whether it is a trust-policy or KMS-key request
 * (spec §1.4, §4.1 step 4): the resource policy's rules depend on it even
 * when the request itself has errors.
 */
function _requestShape(node: JsonNode | undefined): {
	trust: boolean;
	kms: boolean;
	resourceNode?: JsonNode;
} {
	if (node?.kind !== 'object') return { trust: false, kms: false };
	const get = (key: string) => node.properties.find((p) => p.key === key)?.value;
	const action = get('action');
	const resource = get('resource');
	const actionText = action?.kind === 'string' ? (action.value as string).toLowerCase() : '';
	const resourceText = resource?.kind === 'string' ? (resource.value as string) : '';
	const fields = resourceText.split(':');
	const trust =
		actionText.startsWith('sts:') &&
		fields[0] === 'arn' &&
		fields[2] === 'iam' &&
		(fields[5] ?? '').startsWith('role/');
	const kms =
		actionText.startsWith('kms:') &&
		fields[0] === 'arn' &&
		fields[2] === 'kms' &&
		(fields[5] ?? '').startsWith('key/');
	return { trust, kms, ...(resource === undefined ? {} : { resourceNode: resource }) };
}

function _levels(
	node: JsonNode | undefined,
	role: 'scp' | 'rcp',
	text: string,
	catalog: ManagedPolicyCatalog | undefined,
	reporter: Reporter,
	refs: { slot: Slot; ref: CompiledRef }[],
): Level[] | undefined {
	if (node === undefined) return undefined;
	const field = role === 'scp' ? 'serviceControlPolicies' : 'resourceControlPolicies';
	if (node.kind !== 'array') {
		report(reporter, 'E28', `${quote(field)} must be a list of levels, root first`, node);
		return undefined;
	}
	const levels: Level[] = [];
	const levelRefs: CompiledRef[] = [];
	node.items.forEach((item, i) => {
		const level = compileLevel(item, i, role, text, catalog, reporter, levelRefs);
		if (level !== undefined) levels.push(level);
	});
	for (const ref of levelRefs) refs.push({ slot: role, ref });
	return levels;
}
