/**
 * The `Principal`/`NotPrincipal` element (spec §1.3): `"*"` or an object of
 * `AWS`/`Service`/`Federated`/`CanonicalUser` → string or string list.
 */
import { didYouMean, quote } from '../diagnostics.ts';
import type { PrincipalElement, PrincipalEntry } from '../model.ts';
import { pathOf, spanOf } from './json-tree.ts';
import type { JsonNode } from './json-tree.ts';
import { parsePrincipalEntry } from './principal-entry.ts';
import type { PrincipalKey } from './principal-entry.ts';
import { report } from './report.ts';
import type { Reporter } from './report.ts';

const _KEYS: readonly PrincipalKey[] = ['AWS', 'Service', 'Federated', 'CanonicalUser'];

/** Compile a Principal (`not` false) or NotPrincipal (`not` true) value. */
export function compilePrincipalElement(
	node: JsonNode,
	not: boolean,
	reporter: Reporter,
): PrincipalElement {
	const element = not ? 'NotPrincipal' : 'Principal';
	const entries: PrincipalEntry[] = [];
	const result = { not, span: spanOf(node), entries };
	if (node.kind === 'string') {
		if (node.value === '*') entries.push({ type: 'wildcard', text: '*', span: spanOf(node) });
		else {
			report(
				reporter,
				'E13',
				`${quote(element)} must be \`"*"\` or an object, not ${quote(node.value as string)}`,
				node,
				`write \`{ "AWS": ${JSON.stringify(node.value)} }\` for an AWS principal`,
			);
		}
		return result;
	}
	if (node.kind !== 'object') {
		if (node.kind === 'array' && node.items.length === 0) {
			_empty(reporter, node, not);
			return result;
		}
		report(reporter, 'E13', `${quote(element)} must be \`"*"\` or an object`, node);
		return result;
	}
	if (node.properties.length === 0) _empty(reporter, node, not);
	for (const property of node.properties) {
		const key = property.key as PrincipalKey;
		if (!_KEYS.includes(key)) {
			report(
				reporter,
				'E13',
				`unknown principal type ${quote(property.key)}`,
				{ span: property.keySpan, path: [...pathOf(node), property.key] },
				didYouMean(property.key, _KEYS) ?? 'use `AWS`, `Service`, `Federated` or `CanonicalUser`',
			);
			continue;
		}
		const value = property.value;
		if (value === undefined) continue;
		const items = value.kind === 'array' ? value.items : [value];
		if (value.kind === 'array' && items.length === 0) _empty(reporter, value, not);
		for (const item of items) {
			if (item.kind !== 'string') {
				report(reporter, 'E13', `a ${quote(key)} principal must be a string`, item);
				continue;
			}
			const text = item.value as string;
			const parsed = parsePrincipalEntry(key, text, spanOf(item));
			if ('error' in parsed) {
				report(reporter, 'E13', parsed.error, item, parsed.help);
				continue;
			}
			if (parsed.warning === 'W14') {
				report(
					reporter,
					'W14',
					`${quote(text)} is a unique ID or canonical user and never matches here`,
					item,
					'name the principal by its ARN',
				);
			}
			if (text.includes('${')) {
				report(
					reporter,
					'W11',
					`policy variables are not supported in ${quote(element)}: ${quote(text)} is literal text`,
					item,
				);
			}
			entries.push(parsed.entry);
		}
	}
	return result;
}

function _empty(reporter: Reporter, node: JsonNode, not: boolean): void {
	report(
		reporter,
		'W04',
		not
			? 'empty `NotPrincipal`: the statement applies to every principal'
			: 'empty `Principal`: the statement never applies',
		node,
	);
}
