/**
 * Hover inside policy editors: what an action (or an action pattern) is,
 * a condition operator, a condition key and its type, a service principal,
 * an AWS managed policy ARN. `hoverAt` is pure logic (tested in Node);
 * `createHoverProvider` adapts it to Monaco.
 */
import { PASS_ROLE_SERVICES } from '../evaluator/index.ts';
import type { Span } from '../evaluator/index.ts';
import type { IMarkdownString, Position, editor, languages } from 'monaco-editor';
import { CONDITION_OPERATORS, parseOperatorName } from './condition-operators.ts';
import type { IamLanguageCatalog } from './iam-language-catalog.ts';
import { policyLocation } from './policy-location.ts';
import { SERVICE_PRINCIPALS } from './service-principals.ts';

/** A hover: Markdown (user text only inside code spans) over a span of the text. */
export interface IamHover {
	readonly span: Span;
	readonly markdown: string;
}

const _MANAGED_PREFIX = 'arn:aws:iam::aws:policy/';
/** The IAM User Guide, where the hover's confused-deputy advice comes from. */
const _AWS_DOCS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/';

/** The hover at `offset` of the policy `text`, if there is something to say. */
export async function hoverAt(
	text: string,
	offset: number,
	catalog: IamLanguageCatalog,
): Promise<IamHover | undefined> {
	const at = policyLocation(text, offset);
	if (!at.quoted || at.value === '') return undefined;
	const hover = (markdown: string): IamHover => ({ span: at.span, markdown });
	const value = at.value;
	if (value.startsWith(_MANAGED_PREFIX)) {
		const name = value.slice(_MANAGED_PREFIX.length);
		const summary = (await catalog.policyIndex())[name];
		if (summary?.arn !== value) return hover(`Unknown AWS managed policy ${code(name)}`);
		return hover(
			`AWS managed policy ${code(name)}${summary.versionId ? ` (version ${code(summary.versionId)})` : ''}`,
		);
	}
	switch (at.spot) {
		case 'action':
			return hover(await _action(value, catalog));
		case 'servicePrincipal':
			return hover(_servicePrincipal(value));
		case 'operator': {
			const parsed = parseOperatorName(value);
			if (parsed === undefined) return hover(`Unknown condition operator ${code(value)}`);
			const parts = [`**${code(value)}**: ${CONDITION_OPERATORS[parsed.base]}`];
			if (parsed.ifExists) parts.push('`IfExists`: also passes when the key is not in the request');
			if (parsed.set === 'ForAnyValue')
				parts.push('`ForAnyValue`: passes when at least one request value matches');
			if (parsed.set === 'ForAllValues') {
				parts.push(
					'`ForAllValues`: passes when every request value matches (and when there are none)',
				);
			}
			return hover(parts.join('\n\n'));
		}
		case 'conditionKey': {
			const lower = value.toLowerCase();
			const prefix = lower.split(':')[0] ?? '';
			await catalog.ensureServices([prefix]);
			const info =
				catalog.services.globalConditionKeys()[lower] ??
				catalog.services.service(prefix)?.conditionKeys[lower];
			if (info === undefined) return hover(`Condition key ${code(value)}: not in the catalog`);
			return hover(`**${code(info.key)}** (${info.type})\n\n${info.description}`);
		}
		default:
			return undefined;
	}
}

/** What a service principal is, and whether the confused-deputy condition (W15) is for it. */
function _servicePrincipal(value: string): string {
	const what = SERVICE_PRINCIPALS.includes(value)
		? `AWS service principal ${code(value)}`
		: `Service principal ${code(value)}: not one of the common ones the playground knows`;
	if (PASS_ROLE_SERVICES.has(value)) {
		return `${what}\n\nIt receives the role through \`iam:PassRole\`, which guards it: only someone in your account allowed to pass the role can hand it over, so no \`aws:SourceArn\`/\`aws:SourceAccount\` condition is needed ([AWS: passing a role](${_AWS_DOCS}id_roles_use_passrole.html))`;
	}
	return `${what}\n\nWhen it acts for another resource, limit it with \`aws:SourceArn\` or \`aws:SourceAccount\` against the confused deputy ([AWS: the confused deputy problem](${_AWS_DOCS}confused-deputy.html))`;
}

async function _action(value: string, catalog: IamLanguageCatalog): Promise<string> {
	if (value === '*') return '`*`: every action of every service';
	const colon = value.indexOf(':');
	if (colon < 0) return `${code(value)} is not an action: write \`service:Action\``;
	const prefix = value.slice(0, colon).toLowerCase();
	const name = value.slice(colon + 1);
	await catalog.ensureServices([prefix]);
	const service = catalog.services.service(prefix);
	if (service === undefined) return `Unknown service prefix ${code(prefix)}`;
	if (!name.includes('*') && !name.includes('?')) {
		const action = service.actions[name.toLowerCase()];
		if (action === undefined) return `Unknown action ${code(value)} of ${service.name}`;
		return `**${code(`${service.prefix}:${action.name}`)}** (${action.accessLevel})\n\n${action.description}`;
	}
	const matched = Object.values(service.actions).filter((a) =>
		globMatch(name.toLowerCase(), a.name.toLowerCase()),
	);
	const levels = new Map<string, number>();
	for (const a of matched) levels.set(a.accessLevel, (levels.get(a.accessLevel) ?? 0) + 1);
	const byLevel = [...levels].map(([level, n]) => `${n} ${level}`).join(', ');
	return `${code(value)} matches ${matched.length} action${matched.length === 1 ? '' : 's'} of ${service.name}${byLevel ? `: ${byLevel}` : ''}`;
}

/** Whether `text` matches the `*`/`?` glob `pattern` (both already lower-cased). */
export function globMatch(pattern: string, text: string): boolean {
	let p = 0;
	let t = 0;
	let star = -1;
	let mark = 0;
	while (t < text.length) {
		if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
			p++;
			t++;
		} else if (p < pattern.length && pattern[p] === '*') {
			star = p++;
			mark = t;
		} else if (star >= 0) {
			// Let the last `*` swallow one more character and retry from there.
			p = star + 1;
			t = ++mark;
		} else return false;
	}
	while (pattern[p] === '*') p++;
	return p === pattern.length;
}

/** User text as a Markdown code span (backticks inside are dropped so it cannot break out). */
export function code(text: string): string {
	return `\`${text.replaceAll('`', '')}\``;
}

/** A Monaco hover provider over {@link hoverAt}. */
export function createHoverProvider(catalog: IamLanguageCatalog): languages.HoverProvider {
	return {
		async provideHover(model: editor.ITextModel, position: Position) {
			const found = await hoverAt(model.getValue(), model.getOffsetAt(position), catalog);
			if (found === undefined) return undefined;
			const start = model.getPositionAt(found.span.offset);
			const end = model.getPositionAt(found.span.offset + found.span.length);
			const contents: IMarkdownString[] = [
				{ value: found.markdown, isTrusted: false, supportHtml: false },
			];
			return {
				contents,
				range: {
					startLineNumber: start.lineNumber,
					startColumn: start.column,
					endLineNumber: end.lineNumber,
					endColumn: end.column,
				},
			};
		},
	};
}
