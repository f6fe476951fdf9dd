/**
 * A policy document node (spec §1.2) compiled into a `Policy`: `Version`,
 * `Id` and `Statement` (a lone statement object is statement 0).
 */
import { didYouMean, quote } from '../diagnostics.ts';
import type { Policy, Statement } from '../model.ts';
import type { PolicyType } from '../types.ts';
import { pathOf, spanOf } from './json-tree.ts';
import type { JsonNode } from './json-tree.ts';
import { report } from './report.ts';
import type { Reporter } from './report.ts';
import { compileStatement } from './statement.ts';
import type { PolicyRole, StatementContext } from './statement.ts';

const _VERSIONS = ['2012-10-17', '2008-10-17'];
const _ELEMENTS = ['Version', 'Id', 'Statement'];

/** The contract's policy type for a role: a trust policy is a resource policy. */
export function policyTypeOf(role: PolicyRole): PolicyType {
	return role === 'trust' ? 'resource' : role;
}

/**
 * Compile a policy document. `text` is the text `node` was parsed from (for
 * the W02 scan); diagnostics go to `reporter`, the policy comes back always.
 */
export function compilePolicyDocument(
	node: JsonNode,
	role: PolicyRole,
	name: string,
	text: string,
	reporter: Reporter,
): Policy {
	const statements: Statement[] = [];
	const policy = { type: policyTypeOf(role), name, path: pathOf(node), span: spanOf(node) };
	if (node.kind !== 'object') {
		report(reporter, 'E05', 'a policy must be a JSON object with a `Statement`', node);
		return { ...policy, statements };
	}
	let version: string | undefined;
	let statementNode: JsonNode | undefined;
	for (const property of node.properties) {
		const value = property.value;
		if (value === undefined) continue;
		if (property.key === 'Version') {
			if (value.kind === 'string' && _VERSIONS.includes(value.value as string)) {
				version = value.value as string;
			} else {
				const shown = value.kind === 'string' ? quote(value.value as string) : 'a non-string';
				report(
					reporter,
					'E04',
					`unsupported \`Version\` ${shown}`,
					value,
					'write `"Version": "2012-10-17"`',
				);
			}
		} else if (property.key === 'Id') {
			if (value.kind !== 'string') report(reporter, 'E03', '`Id` must be a string', value);
			else if (role === 'identity' || role === 'permissionsBoundary' || role === 'session') {
				report(
					reporter,
					'W03',
					'`Id` is not used in identity-type policies and is ignored',
					value,
					'remove it, or use `Sid` on statements',
				);
			}
		} else if (property.key === 'Statement') {
			statementNode ??= value;
		} else {
			report(
				reporter,
				'E03',
				`unknown policy element ${quote(property.key)}`,
				{ span: property.keySpan, path: [...pathOf(node), property.key] },
				didYouMean(property.key, _ELEMENTS) ?? 'a policy holds `Version`, `Id` and `Statement`',
			);
		}
	}
	if (version === undefined && !node.properties.some((p) => p.key === 'Version')) {
		report(
			reporter,
			'W01',
			'no `Version`: the policy is read with 2008-10-17 rules, policy variables are literal text',
			node,
			'add `"Version": "2012-10-17"`',
		);
	}
	if (version === '2008-10-17' && _holdsVariable(text, node)) {
		report(
			reporter,
			'W02',
			'a 2008-10-17 policy treats `${…}` as literal text',
			node,
			'use `"Version": "2012-10-17"` for policy variables',
		);
	}
	const ctx: StatementContext = {
		role,
		variables: version === '2012-10-17',
		reporter,
		sids: new Set(),
	};
	if (statementNode === undefined) {
		report(reporter, 'E05', 'missing `Statement`', node, 'add `"Statement": [ … ]`');
	} else if (statementNode.kind === 'array') {
		if (statementNode.items.length === 0) {
			report(reporter, 'E05', '`Statement` must not be empty', statementNode);
		}
		statementNode.items.forEach((item, i) => statements.push(compileStatement(item, i, ctx)));
	} else if (statementNode.kind === 'object') {
		statements.push(compileStatement(statementNode, 0, ctx));
	} else {
		report(reporter, 'E05', '`Statement` must be an object or a list of objects', statementNode);
	}
	return { ...policy, ...(version === undefined ? {} : { version }), statements };
}

function _holdsVariable(text: string, node: JsonNode): boolean {
	const at = text.indexOf('${', node.offset);
	return at >= 0 && at < node.offset + node.length;
}
