/**
 * The `Resource`/`NotResource` element (spec §1.3, §2.2): `*`, an ARN pattern
 * or a list of them, compiled entry by entry (E11, W04, W05, W06, W10).
 */
import { quote } from '../diagnostics.ts';
import type { ResourcePattern } from '../model.ts';
import { spanOf } from './json-tree.ts';
import type { JsonNode } from './json-tree.ts';
import { report } from './report.ts';
import { compileResourcePattern } from './resource-pattern.ts';
import type { ResourceProblem } from './resource-pattern.ts';
import type { StatementContext } from './statement.ts';

/** Compile a Resource (`not` false) or NotResource value into `out`. */
export function compileResourceList(
	node: JsonNode,
	out: ResourcePattern[],
	not: boolean,
	ctx: StatementContext,
): void {
	const element = not ? 'NotResource' : 'Resource';
	const items = node.kind === 'array' ? node.items : [node];
	if (node.kind === 'array' && items.length === 0) {
		report(
			ctx.reporter,
			'W04',
			not
				? 'empty `NotResource`: the statement applies to every resource'
				: 'empty `Resource`: the statement never applies',
			node,
		);
	}
	for (const item of items) {
		if (item.kind !== 'string') {
			report(ctx.reporter, 'E11', `a ${quote(element)} entry must be a string`, item);
			continue;
		}
		const text = item.value as string;
		const problems: ResourceProblem[] = [];
		const pattern = compileResourcePattern(text, spanOf(item), ctx.variables, problems);
		if (pattern === undefined) {
			report(
				ctx.reporter,
				'E11',
				`${quote(text)} is neither \`*\` nor an ARN`,
				item,
				`write the resource's ARN, e.g. \`arn:aws:s3:::${text === '' ? 'my-bucket' : text}\``,
			);
			continue;
		}
		for (const problem of problems) _resourceProblem(problem, item, text, ctx);
		out.push(pattern);
	}
}

function _resourceProblem(
	problem: ResourceProblem,
	item: JsonNode,
	text: string,
	ctx: StatementContext,
): void {
	if (problem.code === 'W05') {
		report(
			ctx.reporter,
			'W05',
			`wildcard or variable in the ${problem.fields.join(', ')} field${problem.fields.length > 1 ? 's' : ''} of ${quote(text)}`,
			item,
			'wildcards there match across services, regions or accounts, and variables there stay literal',
		);
	} else if (problem.code === 'W06') {
		report(
			ctx.reporter,
			'W06',
			`${quote(text)} has ${problem.count} of the six ARN fields${problem.matchesNothing ? ' and matches nothing' : ''}`,
			item,
			problem.matchesNothing
				? 'write the full ARN, or end it with `*`'
				: 'write all six fields, e.g. `arn:aws:logs:us-east-1:*:*`',
		);
	} else {
		report(
			ctx.reporter,
			'W10',
			`malformed policy variable in ${quote(text)}: kept as literal text`,
			item,
			"write `${key}` or `${key, 'default'}`",
		);
	}
}
