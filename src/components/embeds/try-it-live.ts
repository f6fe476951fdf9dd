/**
 * The live part of `<iam-try-it>`, loaded when the reader presses Edit: an
 * editor over the scenario JSON whose verdict, reasons and problems follow
 * every keystroke, and an "Open in playground" link that carries the edited
 * scenario over. The evaluator runs on the main thread: a parse and explain
 * of a scenario this size takes well under a millisecond.
 */
import {
	createLineIndex,
	explain,
	parseScenario,
	type Decision,
	type ManagedPolicyCatalog,
} from '../../../playground/evaluator/index.ts';
import { encodeShareLink } from '../../../playground/editor/share-link.ts';
import { subsetCatalog } from '../../lib/embeds/managed-subset.ts';
import { scenarioToDocument } from '../../lib/embeds/scenario-to-document.ts';
import { VERDICT_LABELS, verdictReasons } from '../../lib/embeds/verdict-reasons.ts';
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
	const update = (text: string): void => render(root, payload, managedPolicies, text);
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
): Decision | 'invalid' {
	const parsed = parseScenario(text, { managedPolicies });
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
		problems.replaceChildren();
		reasons.replaceChildren(
			...verdictReasons(result).map((sentence) => {
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
		decision === 'invalid' ? 'Rejected: invalid input' : VERDICT_LABELS[decision];
	_updateLink(root, payload, text);
	return decision;
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
