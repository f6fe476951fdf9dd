/**
 * Completion inside policy editors: service prefixes and actions (with
 * access level and description), condition operators, condition keys (with
 * types), service principals and AWS managed policy ARNs. Services load
 * lazily, when the reader has typed their prefix.
 *
 * `completionsAt` is pure logic over text and offset (tested in Node);
 * `createCompletionProvider` adapts it to Monaco.
 */
import type { Span } from '../evaluator/index.ts';
import type { languages, editor, Position } from 'monaco-editor';
import { CONDITION_OPERATORS } from './condition-operators.ts';
import type { IamLanguageCatalog } from './iam-language-catalog.ts';
import { policyLocation } from './policy-location.ts';
import { SERVICE_PRINCIPALS } from './service-principals.ts';

/** One completion, before it becomes a Monaco suggestion. */
export interface IamCompletion {
	readonly label: string;
	readonly kind:
		'service' | 'action' | 'operator' | 'conditionKey' | 'servicePrincipal' | 'managedPolicy';
	/** Short text beside the label: access level, key type, ... */
	readonly detail?: string;
	/** Longer plain text: the description. */
	readonly documentation?: string;
	readonly insertText: string;
	/** What the completion replaces, in the text's offsets. */
	readonly span: Span;
	/** Open completion again after inserting (after a service prefix). */
	readonly retrigger?: boolean;
}

const _MANAGED_PREFIX = 'arn:aws:iam::aws:policy/';

/** The completions at `offset` of the policy `text`. */
export async function completionsAt(
	text: string,
	offset: number,
	catalog: IamLanguageCatalog,
): Promise<IamCompletion[]> {
	const at = policyLocation(text, offset);
	const insert = (value: string): string => (at.quoted ? value : JSON.stringify(value));
	const item = (
		label: string,
		kind: IamCompletion['kind'],
		extra: Partial<Pick<IamCompletion, 'detail' | 'documentation' | 'retrigger'>> = {},
	): IamCompletion => ({ label, kind, insertText: insert(label), span: at.span, ...extra });

	if (at.quoted && at.typed.startsWith(_MANAGED_PREFIX)) {
		const index = await catalog.policyIndex();
		return Object.entries(index).map(([name, summary]) =>
			item(summary.arn, 'managedPolicy', { detail: `AWS managed policy ${name}` }),
		);
	}
	switch (at.spot) {
		case 'action': {
			const colon = at.typed.indexOf(':');
			if (colon < 0) {
				return catalog.services
					.prefixes()
					.map((prefix) =>
						item(`${prefix}:`, 'service', { detail: 'service prefix', retrigger: true }),
					);
			}
			const prefix = at.typed.slice(0, colon).toLowerCase();
			await catalog.ensureServices([prefix]);
			const service = catalog.services.service(prefix);
			if (service === undefined) return [];
			return Object.values(service.actions).map((a) =>
				item(`${service.prefix}:${a.name}`, 'action', {
					detail: a.accessLevel,
					documentation: a.description,
				}),
			);
		}
		case 'servicePrincipal':
			return SERVICE_PRINCIPALS.map((p) =>
				item(p, 'servicePrincipal', { detail: 'AWS service principal' }),
			);
		case 'operator':
			return _operatorNames().map(([name, description]) =>
				item(name, 'operator', { detail: description }),
			);
		case 'conditionKey': {
			await catalog.ensureServices(at.statementServices);
			const keys = [
				...Object.values(catalog.services.globalConditionKeys()),
				...at.statementServices.flatMap((p) =>
					Object.values(catalog.services.service(p)?.conditionKeys ?? {}),
				),
			];
			return keys.map((k) =>
				item(k.key, 'conditionKey', { detail: k.type, documentation: k.description }),
			);
		}
		default:
			return [];
	}
}

/** Every operator spelling offered: base names, `…IfExists`, and the set forms. */
function _operatorNames(): [string, string][] {
	return Object.entries(CONDITION_OPERATORS).flatMap(([base, description]): [string, string][] =>
		base === 'Null'
			? [[base, description]]
			: [
					[base, description],
					[`${base}IfExists`, `${description}; passes when the key is absent`],
					[`ForAnyValue:${base}`, `${description}; some request value matches`],
					[`ForAllValues:${base}`, `${description}; every request value matches`],
				],
	);
}

/** The parts of the Monaco API the provider uses (injected, so this file loads without Monaco). */
export interface CompletionMonaco {
	readonly languages: { readonly CompletionItemKind: typeof languages.CompletionItemKind };
}

/** A Monaco completion provider over {@link completionsAt}. */
export function createCompletionProvider(
	catalog: IamLanguageCatalog,
	monaco: CompletionMonaco,
): languages.CompletionItemProvider {
	const Kind = monaco.languages.CompletionItemKind;
	const kinds: Readonly<Record<IamCompletion['kind'], languages.CompletionItemKind>> = {
		service: Kind.Module,
		action: Kind.Function,
		operator: Kind.Operator,
		conditionKey: Kind.Property,
		servicePrincipal: Kind.Value,
		managedPolicy: Kind.Reference,
	};
	return {
		triggerCharacters: ['"', ':', '/'],
		async provideCompletionItems(model: editor.ITextModel, position: Position) {
			const offset = model.getOffsetAt(position);
			const items = await completionsAt(model.getValue(), offset, catalog);
			const suggestions = items.map((c): languages.CompletionItem => {
				const start = model.getPositionAt(c.span.offset);
				const end = model.getPositionAt(c.span.offset + c.span.length);
				return {
					label: c.label,
					kind: kinds[c.kind],
					insertText: c.insertText,
					range: {
						startLineNumber: start.lineNumber,
						startColumn: start.column,
						endLineNumber: end.lineNumber,
						endColumn: end.column,
					},
					...(c.detail === undefined ? {} : { detail: c.detail }),
					...(c.documentation === undefined ? {} : { documentation: c.documentation }),
					...(c.retrigger
						? { command: { id: 'editor.action.triggerSuggest', title: 'more' } }
						: {}),
				};
			});
			return { suggestions };
		},
	};
}
