/**
 * "What would change the answer", checked: every suggestion that is an edit
 * is made on a copy of the document and the hop evaluated again; only edits
 * that turn a denied hop into an allowed one are offered as edits. Advice
 * that is not an edit (an organization policy must allow it) stays as a note,
 * and a deny whose removal alone would not allow the request says so.
 */
import { documentPanes } from '../../../playground/editor/document-panes.ts';
import { hopDecision } from '../../../playground/editor/evaluate-document.ts';
import type { EvaluateDocumentOptions } from '../../../playground/editor/evaluate-document.ts';
import { formatPolicyText } from '../../../playground/editor/format-policy-text.ts';
import { setPaneText } from '../../../playground/editor/set-pane-text.ts';
import type {
	HopEvaluation,
	HopId,
	PaneId,
	PolicySource,
	RoleDocument,
} from '../../../playground/editor/types.ts';
import { policyPhrase } from '../../../playground/evaluator/index.ts';
import type { ContextValue, Span } from '../../../playground/evaluator/index.ts';
import { appendStatement, policyWith } from './append-statement.ts';
import { addInlinePolicy, freshPolicyName } from './document-edits.ts';
import { suggestChanges, type StatementTarget } from './suggest-changes.ts';

/** One change offered to the reader. Messages are plain text with code in backticks. */
export interface OfferedChange {
	readonly hop: HopId;
	readonly message: string;
	/** The statement the change adds, to show. */
	readonly statement?: Readonly<Record<string, unknown>>;
	/** The button's words (code in backticks); absent for advice without an edit. */
	readonly label?: string;
	/** The document with the change made: evaluated, and allowed on this hop. */
	readonly doc?: RoleDocument;
	/** The pane to show after the change. */
	readonly focus?: PaneId;
	/** What to announce once it is made. */
	readonly done?: string;
	/** A statement to reveal instead of an edit (a deny the reader must narrow by hand). */
	readonly reveal?: { readonly paneId: PaneId; readonly span: Span };
}

const _TARGET_WORDS: Readonly<Record<Exclude<StatementTarget, 'permission'>, string>> = {
	trust: 'trust policy',
	boundary: 'permissions boundary',
	session: 'session policy',
};

/** The changes to offer for one denied hop of `doc`; none when it is allowed or has no verdict. */
export function offeredChanges(
	doc: RoleDocument,
	evaluation: HopEvaluation,
	options: EvaluateDocumentOptions = {},
): OfferedChange[] {
	const { hop, result } = evaluation;
	if (result === undefined || result.decision === 'allowed') return [];
	const flips = (next: RoleDocument): boolean => hopDecision(next, hop, options) === 'allowed';
	const out: OfferedChange[] = [];
	const missing: Record<string, ContextValue> = {};
	for (const s of suggestChanges(hop, result)) {
		if (s.kind === 'note') {
			out.push({ hop, message: s.message });
		} else if (s.kind === 'denyWins') {
			const where = evaluation.decisive.find(
				(d) =>
					d.statement.policyName === s.statement.policyName &&
					d.statement.statementIndex === s.statement.statementIndex,
			);
			const reveal =
				where?.paneId !== undefined && where.span !== undefined
					? { paneId: where.paneId, span: where.span }
					: undefined;
			const removed =
				where?.paneId === undefined
					? undefined
					: _withoutStatement(doc, where.paneId, s.statement.statementIndex);
			if (removed !== undefined && flips(removed)) {
				out.push({
					hop,
					message: s.message,
					label: 'Remove this statement',
					doc: removed,
					focus: where!.paneId!,
					done: `removed statement ${s.statement.statementIndex + 1} of ${policyPhrase(s.statement.policyType, s.statement.policyName, result.request.resourcePolicyKind)}`,
					...(reveal ? { reveal } : {}),
				});
			} else {
				out.push({
					hop,
					message: `${s.message}; removing it alone would not allow the request`,
					...(reveal ? { reveal } : {}),
				});
			}
		} else if (s.kind === 'missingKey') {
			missing[s.key] = s.value;
			const next = _withContext(doc, hop, { [s.key]: s.value });
			if (flips(next)) {
				out.push({
					hop,
					message: s.message,
					label: `Add \`${s.key}\` to the context`,
					doc: next,
					done: `added ${s.key} to the ${hop === 'assume' ? 'caller' : 'session'} context`,
				});
			}
		} else {
			const made = _addStatement(doc, s.target, s.statement);
			if (made !== undefined && flips(made.doc)) {
				out.push({
					hop,
					message: s.message,
					statement: s.statement,
					label: s.target === 'permission' ? 'Add as a new policy' : 'Add this statement',
					doc: made.doc,
					focus: made.focus,
					done: made.done,
				});
			}
		}
	}
	// Conditions that need several keys at once: offer them together when one alone is not enough.
	const keys = Object.keys(missing);
	if (keys.length > 1 && !out.some((c) => c.doc !== undefined)) {
		const next = _withContext(doc, hop, missing);
		if (flips(next)) {
			const list = keys.map((k) => `\`${k}\``).join(', ');
			out.push({
				hop,
				message: `the request lacks ${list}, which its conditions need together: add them to the ${hop === 'assume' ? 'caller' : 'session'} context`,
				label: 'Add them to the context',
				doc: next,
				done: `added ${keys.join(', ')} to the context`,
			});
		}
	}
	return out;
}

function _withContext(
	doc: RoleDocument,
	hop: HopId,
	values: Readonly<Record<string, ContextValue>>,
): RoleDocument {
	return hop === 'assume'
		? { ...doc, caller: { ...doc.caller, context: { ...doc.caller.context, ...values } } }
		: { ...doc, session: { ...doc.session, context: { ...doc.session.context, ...values } } };
}

/** The document with `statement` added where `target` says, or `undefined` when that pane's JSON is broken. */
function _addStatement(
	doc: RoleDocument,
	target: StatementTarget,
	statement: Readonly<Record<string, unknown>>,
): { doc: RoleDocument; focus: PaneId; done: string } | undefined {
	if (target === 'permission') {
		const name = freshPolicyName(doc, 'permission', 'Suggested');
		const next = addInlinePolicy(doc, 'permission', policyWith(statement), name);
		return {
			doc: next,
			focus: `permission/${next.permissionPolicies.length - 1}`,
			done: `added the policy ${name}`,
		};
	}
	const source: PolicySource | undefined =
		target === 'trust'
			? { kind: 'inline', text: doc.trustPolicy }
			: target === 'boundary'
				? doc.permissionsBoundary
				: doc.sessionPolicy;
	const text = source?.kind === 'inline' ? appendStatement(source.text, statement) : undefined;
	if (text === undefined) return undefined;
	return {
		doc: setPaneText(doc, target, text),
		focus: target,
		done: `added the statement to the ${_TARGET_WORDS[target]}`,
	};
}

/** The document with statement `index` taken out of an inline pane, or `undefined` when it cannot be. */
function _withoutStatement(
	doc: RoleDocument,
	paneId: PaneId,
	index: number,
): RoleDocument | undefined {
	const pane = documentPanes(doc).find((p) => p.id === paneId);
	if (pane === undefined || pane.readOnly) return undefined;
	let policy: { Statement?: unknown };
	try {
		policy = JSON.parse(pane.text) as { Statement?: unknown };
	} catch {
		return undefined;
	}
	const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
	if (index < 0 || index >= statements.length) return undefined;
	const rest = statements.filter((_, i) => i !== index);
	return setPaneText(doc, paneId, formatPolicyText({ ...policy, Statement: rest }));
}
