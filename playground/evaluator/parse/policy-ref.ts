/**
 * A PolicyRef (scenario contract): a policy document, `{ name, document }`, or
 * `{ arn }` resolved from the managed-policy catalog. Managed policies are
 * compiled once per catalog, ARN and role; problems inside one are reported
 * at the PolicyRef, since their spans point into the catalog's text.
 */
import type { ManagedPolicyCatalog } from '../catalog/types.ts';
import { didYouMean, quote } from '../diagnostics.ts';
import type { Policy } from '../model.ts';
import type { Diagnostic } from '../types.ts';
import { parseJsonTree, pathOf, spanOf } from './json-tree.ts';
import type { JsonNode } from './json-tree.ts';
import { compilePolicyDocument } from './policy-document.ts';
import { report } from './report.ts';
import type { Reporter } from './report.ts';
import type { PolicyRole } from './statement.ts';

/** A compiled PolicyRef: the policy, and its document node when it is written in the scenario. */
export interface CompiledRef {
	readonly policy: Policy;
	/** The document's node in the scenario; undefined for a managed policy. */
	readonly document?: JsonNode;
	/** The PolicyRef's node. */
	readonly node: JsonNode;
}

interface _Managed {
	readonly policy: Policy;
	readonly errors: readonly Diagnostic[];
	readonly warnings: readonly Diagnostic[];
}

const _CACHE = new WeakMap<ManagedPolicyCatalog, Map<string, _Managed>>();
const _REF_KEYS = ['name', 'document', 'arn'];

/**
 * Compile a PolicyRef used as `role`; `label` is the positional name used
 * when the ref has none (spec §4.3). Undefined only when nothing usable is there.
 */
export function compilePolicyRef(
	node: JsonNode,
	role: PolicyRole,
	label: string,
	text: string,
	catalog: ManagedPolicyCatalog | undefined,
	reporter: Reporter,
): CompiledRef | undefined {
	if (node.kind !== 'object') {
		report(
			reporter,
			'E28',
			'expected a policy: a document, `{ "name", "document" }` or `{ "arn" }`',
			node,
		);
		return undefined;
	}
	const isRef = node.properties.some((p) => _REF_KEYS.includes(p.key));
	const isDocument = node.properties.some((p) => p.key === 'Statement' || p.key === 'Version');
	if (!isRef || isDocument) {
		return {
			policy: compilePolicyDocument(node, role, label, text, reporter),
			document: node,
			node,
		};
	}
	let name: string | undefined;
	let document: JsonNode | undefined;
	let arn: JsonNode | undefined;
	for (const property of node.properties) {
		const value = property.value;
		if (value === undefined) continue;
		if (property.key === 'name') {
			if (value.kind === 'string' && value.value !== '') name = value.value as string;
			else report(reporter, 'E28', 'a policy `name` must be a non-empty string', value);
		} else if (property.key === 'document') document ??= value;
		else if (property.key === 'arn') arn ??= value;
		else {
			report(
				reporter,
				'E27',
				`unknown policy reference field ${quote(property.key)}`,
				{ span: property.keySpan, path: [...pathOf(node), property.key] },
				didYouMean(property.key, _REF_KEYS) ??
					'a policy reference holds `name` and `document`, or `arn`',
			);
		}
	}
	if (document !== undefined && arn !== undefined) {
		report(reporter, 'E28', 'a policy reference takes `document` or `arn`, not both', arn);
		return undefined;
	}
	if (document !== undefined) {
		const policy = compilePolicyDocument(document, role, name ?? label, text, reporter);
		return { policy, document, node };
	}
	if (arn === undefined) {
		report(
			reporter,
			'E28',
			'missing `document`',
			node,
			'add `"document": { "Version": "2012-10-17", "Statement": [ … ] }`',
		);
		return undefined;
	}
	if (arn.kind !== 'string') {
		report(reporter, 'E28', 'a managed policy `arn` must be a string', arn);
		return undefined;
	}
	const managed = _managed(arn.value as string, role, catalog);
	if (managed === undefined) {
		report(
			reporter,
			'E25',
			`unknown managed policy ${quote(arn.value as string)}`,
			arn,
			catalog === undefined
				? 'no managed-policy catalog is loaded: paste the policy document instead'
				: 'check the ARN, e.g. `arn:aws:iam::aws:policy/ReadOnlyAccess`, or paste the document instead',
		);
		return undefined;
	}
	const at = { span: spanOf(node), path: pathOf(node) };
	const prefix = `in managed policy ${quote(arn.value as string)}: `;
	for (const d of managed.errors) report(reporter, d.code as 'E01', prefix + d.message, at, d.help);
	for (const d of managed.warnings)
		report(reporter, d.code as 'W01', prefix + d.message, at, d.help);
	const policy = {
		...managed.policy,
		name: name ?? (arn.value as string),
		path: pathOf(node),
		managedArn: arn.value as string,
	};
	return { policy, node };
}

/** Compile (or fetch from the cache) a managed policy for one role. */
function _managed(
	arn: string,
	role: PolicyRole,
	catalog: ManagedPolicyCatalog | undefined,
): _Managed | undefined {
	if (catalog === undefined) return undefined;
	let cache = _CACHE.get(catalog);
	if (cache === undefined) _CACHE.set(catalog, (cache = new Map()));
	const key = `${role} ${arn}`;
	const cached = cache.get(key);
	if (cached !== undefined) return cached;
	const text = catalog.get(arn) ?? catalog.get(_inAwsPartition(arn));
	let managed: _Managed | undefined;
	if (text !== undefined) {
		const tree = parseJsonTree(text);
		const reporter: Reporter = {
			errors: [...tree.syntaxErrors, ...tree.duplicateKeys],
			warnings: [],
		};
		const policy =
			tree.root === undefined
				? {
						type: 'identity' as const,
						name: arn,
						path: [],
						span: { offset: 0, length: 0 },
						statements: [],
					}
				: compilePolicyDocument(tree.root, role, arn, text, reporter);
		managed = { policy, ...reporter };
	}
	// A miss is not remembered: a browser catalog fills in as its fetches finish.
	if (managed !== undefined) cache.set(key, managed);
	return managed;
}

/**
 * The same ARN in the `aws` partition: AWS managed policies keep their names
 * in China, GovCloud and the other partitions (`arn:aws-cn:iam::aws:policy/…`),
 * and the catalog holds them once, under `arn:aws:`.
 */
function _inAwsPartition(arn: string): string {
	return arn.replace(/^arn:aws-[a-z-]+:/, 'arn:aws:');
}
