/**
 * The `Action`/`NotAction` element (spec §1.3): `*`, a `service:name` pattern
 * or a list of them, compiled entry by entry (E09, W04, W11).
 */
import { quote } from '../diagnostics.ts';
import type { ActionPattern } from '../model.ts';
import { compileActionPattern, hasWhiteSpace } from './action-pattern.ts';
import { spanOf } from './json-tree.ts';
import type { JsonNode } from './json-tree.ts';
import { report } from './report.ts';
import type { StatementContext } from './statement.ts';

/** Compile an Action (`not` false) or NotAction value into `out`. */
export function compileActionList(
	node: JsonNode,
	out: ActionPattern[],
	not: boolean,
	ctx: StatementContext,
): void {
	const element = not ? 'NotAction' : 'Action';
	const items = node.kind === 'array' ? node.items : [node];
	if (node.kind === 'array' && items.length === 0) {
		report(
			ctx.reporter,
			'W04',
			not
				? 'empty `NotAction`: the statement applies to every action'
				: 'empty `Action`: the statement never applies',
			node,
		);
	}
	for (const item of items) {
		if (item.kind !== 'string') {
			report(ctx.reporter, 'E09', `an ${quote(element)} entry must be a string`, item);
			continue;
		}
		const text = item.value as string;
		const pattern = compileActionPattern(text, spanOf(item));
		if (pattern === undefined) {
			report(ctx.reporter, 'E09', `${quote(text)} is not an action`, item, _actionHelp(text));
			continue;
		}
		if (ctx.variables && text.includes('${')) {
			report(
				ctx.reporter,
				'W11',
				`policy variables are not supported in ${quote(element)}: ${quote(text)} is literal text`,
				item,
			);
		}
		out.push(pattern);
	}
}

/** "did you mean `s3:GetObject`?" for `s3GetObject`: a colon before the first capital. */
function _actionHelp(text: string): string {
	if (hasWhiteSpace(text)) {
		const joined = text.replace(/\s+/g, '');
		if (compileActionPattern(joined, { offset: 0, length: 0 }) !== undefined) {
			return `did you mean ${quote(joined)}?`;
		}
	}
	let at = 0;
	while (at < text.length && !_isUpper(text.charCodeAt(at))) at++;
	const service = text.slice(0, at);
	const plain =
		service.length > 0 && at < text.length && !text.includes(':') && /^[a-z0-9-]+$/.test(service);
	return plain
		? `did you mean ${quote(`${service}:${text.slice(at)}`)}?`
		: 'write `service:ActionName`, e.g. `s3:GetObject`, or `*`';
}

function _isUpper(code: number): boolean {
	return code >= 65 && code <= 90;
}
