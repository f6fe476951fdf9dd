/**
 * The live part of `<iam-try-it>`, loaded when the reader presses Edit: a
 * Monaco editor over the scenario JSON whose verdict, reasons, problems,
 * markers and statement highlights follow every keystroke, and an "Open in playground" link that carries the edited
 * scenario over. The evaluator runs on the main thread: a parse and explain
 * of a scenario this size takes well under a millisecond.
 */
import {
	createLineIndex,
	explain,
	INVALID_LABEL,
	parseScenario,
	reasons as reasonsOf,
	VERDICT_LABELS,
	type Decision,
	type Diagnostic,
	type ManagedPolicyCatalog,
} from '../../../playground/evaluator/index.ts';
import { encodeShareLink } from '../../../playground/editor/share-link.ts';
import { subsetCatalog } from '../../lib/embeds/managed-subset.ts';
import { scenarioToDocument } from '../../lib/embeds/scenario-to-document.ts';
import type { PaneMark } from '../../../playground/editor/types.ts';
import { statementMarks } from '../../lib/embeds/statement-marks.ts';
import { mountEditor } from './mount-editor.ts';
import { setParts } from './set-parts.ts';

/** What the component puts in its JSON payload. */
export interface TryItPayload {
	/** The scenario JSON as shown. */
	readonly text: string;
	/** Texts of the AWS managed policies the scenario references, by ARN. */
	readonly managed: Readonly<Record<string, string>>;
	/** The playground page's URL path, base included. */
	readonly playground: string;
}

const _ICONS: Readonly<Record<Decision | 'invalid', string>> = {
	allowed: '✓',
	explicitDeny: '✗',
	implicitDeny: '✗',
	invalid: '!',
};

/** Turn the static block under `root` into a live editor. */
export async function startTryIt(root: HTMLElement): Promise<void> {
	const payload = JSON.parse(
		root.querySelector('[data-payload]')?.textContent ?? '{}',
	) as TryItPayload;
	const managedPolicies = subsetCatalog(payload.managed);
	const live = root.querySelector<HTMLElement>('[data-live]')!;
	const caption = root.querySelector('figcaption')?.textContent?.trim() ?? 'scenario';
	live.hidden = false;
	// `editor` is only read by edits, which come after it is assigned.
	const update = (text: string): void => {
		const out = render(root, payload, managedPolicies, text);
		editor.setMarkers(out.diagnostics);
		editor.setDecorations(out.marks);
	};
	const editor = await mountEditor(live, {
		text: payload.text,
		ariaLabel: `Scenario JSON: ${caption}`,
		onChange: update,
	});
	root.querySelector<HTMLElement>('[data-static]')!.hidden = true;
	update(payload.text);
	editor.focus();
}

/** Evaluate `text` and show the verdict, the reasons or the problems, and the link. */
export function render(
	root: HTMLElement,
	payload: TryItPayload,
	managedPolicies: ManagedPolicyCatalog,
	text: string,
): { decision: Decision | 'invalid'; diagnostics: readonly Diagnostic[]; marks: PaneMark[] } {
	const parsed = parseScenario(text, { managedPolicies });
	let marks: PaneMark[] = [];
	const problems = root.querySelector<HTMLUListElement>('[data-problems]')!;
	const reasons = root.querySelector<HTMLUListElement>('[data-reasons]')!;
	let decision: Decision | 'invalid';
	if (parsed.scenario === undefined) {
		decision = 'invalid';
		const at = createLineIndex(text);
		problems.replaceChildren(
			...parsed.errors.slice(0, 5).map((e) => {
				const { line, column } = at(Math.min(e.span.offset, text.length));
				const li = document.createElement('li');
				setParts(li, `Line ${line}, column ${column}: ${e.message}${e.help ? ` (${e.help})` : ''}`);
				return li;
			}),
		);
		reasons.replaceChildren();
	} else {
		const result = explain(parsed.scenario);
		decision = result.decision;
		marks = statementMarks(result);
		problems.replaceChildren();
		reasons.replaceChildren(
			...reasonsOf(result).map((sentence) => {
				const li = document.createElement('li');
				setParts(li, sentence);
				return li;
			}),
		);
	}
	problems.hidden = problems.childElementCount === 0;
	root.dataset.decision = decision;
	root.querySelector('[data-icon]')!.textContent = _ICONS[decision];
	root.querySelector('[data-words]')!.textContent =
		decision === 'invalid' ? INVALID_LABEL : VERDICT_LABELS[decision];
	_scheduleLink(root, payload, text);
	return { decision, diagnostics: [...parsed.errors, ...parsed.warnings], marks };
}

const _pendingLinks = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** Update the link after typing pauses: compressing the scenario on every keystroke is waste. */
function _scheduleLink(root: HTMLElement, payload: TryItPayload, text: string): void {
	clearTimeout(_pendingLinks.get(root));
	_pendingLinks.set(
		root,
		setTimeout(() => _updateLink(root, payload, text), 200),
	);
}

/** Point "Open in playground" at the edited scenario, or say why it cannot go there. */
function _updateLink(root: HTMLElement, payload: TryItPayload, text: string): void {
	const link = root.querySelector<HTMLAnchorElement>('[data-open]');
	const note = root.querySelector<HTMLElement>('[data-open-note]');
	if (!link || !note) return;
	let why = '';
	try {
		const value: unknown = JSON.parse(text);
		const doc =
			typeof value === 'object' && value !== null && !Array.isArray(value)
				? scenarioToDocument(value as Record<string, unknown>)
				: undefined;
		const share = doc && encodeShareLink(doc);
		if (share?.ok) link.href = `${payload.playground}${share.hash}`;
		else why = 'this scenario does not fit the playground’s role document';
	} catch {
		why = 'fix the JSON to open it in the playground';
	}
	link.hidden = why !== '';
	note.textContent = why === '' ? '' : `(${why})`;
	note.hidden = why === '';
}
