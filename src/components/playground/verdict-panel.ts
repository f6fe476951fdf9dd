/**
 * Both hops' verdicts (in an `aria-live` region, in words) and, per hop, the
 * "why": the gate that decided (lit in the evaluation-order diagram), what
 * would change the answer, and one sentence per statement; a click on a
 * sentence reveals its statement in its editor.
 */
import { describeResult, describeStatement } from '../../../playground/evaluator/index.ts';
import type {
	ConditionCheck,
	Span,
	StatementExplanation,
} from '../../../playground/evaluator/index.ts';
import type {
	DocumentEvaluation,
	HopEvaluation,
	HopId,
	PaneId,
	RoleDocument,
} from '../../../playground/editor/types.ts';
import {
	assumeQuestion,
	sessionQuestion,
	VERDICT_SYMBOLS,
	VERDICT_WORDS,
} from '../../lib/playground/hop-words.ts';
import type { OfferedChange } from '../../lib/playground/offered-changes.ts';
import { fill, h, part, sentence } from './dom.ts';

/** What the panel needs from the app. */
export interface VerdictPanelOptions {
	readonly verdictsRoot: HTMLElement;
	/** A polite live region: both decisions are announced there once typing pauses. */
	readonly announceRoot: HTMLElement;
	readonly whyRoot: HTMLElement;
	readonly reveal: (paneId: PaneId, span: Span) => void;
	/** The checked changes that would allow a denied hop (see `offeredChanges`). */
	readonly changesFor: (evaluation: HopEvaluation) => readonly OfferedChange[];
	/** Make one of those changes. */
	readonly apply: (change: OfferedChange) => void;
}

/** The mounted panel. */
export interface VerdictPanel {
	update(doc: RoleDocument, evaluation: DocumentEvaluation): void;
	unmount(): void;
}

const _HOPS: readonly HopId[] = ['assume', 'session'];
/** Quiet time before a changed verdict is announced, so typing does not flood a screen reader. */
const _ANNOUNCE_DELAY = 700;

/** Mount the verdict and why panels. */
export function mountVerdictPanel(options: VerdictPanelOptions): VerdictPanel {
	// One live line per hop, rewritten only when its words change (no chatter while typing).
	const lines = new Map<HopId, { question: HTMLElement; decision: HTMLElement; key: string }>();
	fill(options.verdictsRoot);
	for (const hop of _HOPS) {
		const question = h('p', { class: 'pg-question' });
		const decision = h('p', { class: 'pg-decision', 'data-hop': hop });
		options.verdictsRoot.append(
			h('div', { class: 'pg-hop', 'data-verdict': hop }, question, decision),
		);
		lines.set(hop, { question, decision, key: '' });
	}

	let announceTimer: ReturnType<typeof setTimeout> | undefined;
	let announced = '';
	const announce = (evaluation: DocumentEvaluation): void => {
		const words = _HOPS
			.map((hop, i) => {
				const result = evaluation[hop].result;
				return `Hop ${i + 1}: ${result ? VERDICT_WORDS[result.decision] : 'no verdict'}.`;
			})
			.join(' ');
		clearTimeout(announceTimer);
		announceTimer = setTimeout(() => {
			if (words === announced) return;
			announced = words;
			options.announceRoot.textContent = words;
		}, _ANNOUNCE_DELAY);
	};

	const renderVerdict = (hop: HopId, doc: RoleDocument, evaluation: HopEvaluation): void => {
		const line = lines.get(hop)!;
		const q = hop === 'assume' ? assumeQuestion(doc) : sessionQuestion(doc);
		const result = evaluation.result;
		const words = result ? VERDICT_WORDS[result.decision] : 'No verdict';
		const detail = result ? '' : evaluation.summary;
		const key = `${q}|${words}|${detail}`;
		if (key === line.key) return;
		line.key = key;
		fill(line.question, sentence(q));
		line.decision.dataset.decision = result?.decision ?? 'none';
		fill(
			line.decision,
			h(
				'span',
				{ class: 'pg-symbol', 'aria-hidden': 'true' },
				result ? VERDICT_SYMBOLS[result.decision] : '!',
			),
			' ',
			h('strong', {}, words),
			detail ? h('span', { class: 'pg-detail' }, ': ', sentence(detail)) : undefined,
		);
	};

	const renderWhy = (hop: HopId, evaluation: DocumentEvaluation): void => {
		const root = part(options.whyRoot, `[data-why="${hop}"]`);
		const hopEval = evaluation[hop];
		const result = hopEval.result;
		const figure = root.querySelector<HTMLElement>('figure.evaluation-order');
		const decided = part(root, '[data-decided]');
		const changes = part(root, '[data-changes]');
		const reasons = part(root, '[data-reasons]');
		if (result === undefined) {
			figure?.setAttribute('data-highlight', 'validate');
			fill(decided, sentence(hopEval.summary));
			fill(changes, _problems(hopEval));
			fill(reasons);
			return;
		}
		if (figure) figure.dataset.highlight = result.decidedBy;
		const line = describeResult(result)[1] ?? '';
		fill(decided, sentence(line.startsWith('decided by ') ? `Decided by ${line.slice(11)}.` : ''));
		fill(changes, _changes(hopEval, options));
		const items: HTMLElement[] = [];
		for (const pane of Object.values(evaluation.panes)) {
			for (const explained of pane.explanations) {
				if (explained.hop !== hop) continue;
				for (const statement of explained.policy.statements) {
					const decisive = hopEval.decisive.some(
						(d) =>
							d.paneId === pane.paneId && d.statement.statementIndex === statement.statementIndex,
					);
					items.push(
						_reason(
							describeStatement(result, explained.policy, statement),
							statement,
							decisive,
							() => options.reveal(pane.paneId, statement.span),
						),
					);
				}
			}
		}
		fill(reasons, ...items);
	};

	return {
		update(doc, evaluation) {
			for (const hop of _HOPS) {
				renderVerdict(hop, doc, evaluation[hop]);
				renderWhy(hop, evaluation);
			}
			announce(evaluation);
		},
		unmount() {
			clearTimeout(announceTimer);
			fill(options.verdictsRoot);
		},
	};
}

/** One reason: a button with the sentence (reveals the statement), and the conditions side by side. */
function _reason(
	text: string,
	statement: StatementExplanation,
	decisive: boolean,
	reveal: () => void,
): HTMLElement {
	const button = h('button', { type: 'button', class: 'pg-reason' }, sentence(text));
	button.addEventListener('click', reveal);
	const item = h(
		'li',
		{ 'data-decisive': decisive ? 'true' : undefined, 'data-applies': String(statement.applies) },
		decisive ? h('strong', { class: 'pg-badge' }, 'decided it: ') : undefined,
		button,
	);
	if (statement.conditions.length > 0) item.append(_conditions(statement.conditions));
	return item;
}

/** The condition checks of a statement: the request's values next to the policy's. */
function _conditions(checks: readonly ConditionCheck[]): HTMLElement {
	const cell = (values: readonly string[] | undefined): HTMLElement =>
		h(
			'td',
			{},
			values === undefined
				? 'absent'
				: values.length === 0
					? 'empty'
					: h('code', {}, values.join(', ')),
		);
	return h(
		'table',
		{ class: 'pg-conditions' },
		h(
			'thead',
			{},
			h(
				'tr',
				{},
				h('th', { scope: 'col' }, 'Condition'),
				h('th', { scope: 'col' }, 'Request has'),
				h('th', { scope: 'col' }, 'Policy expects'),
				h('th', { scope: 'col' }, 'Holds'),
			),
		),
		h(
			'tbody',
			{},
			...checks.map((c) =>
				h(
					'tr',
					{},
					h('td', {}, h('code', {}, `${c.operator} ${c.key}`)),
					cell(c.contextValues),
					cell(c.policyValues),
					h('td', {}, c.passed ? 'yes' : 'no'),
				),
			),
		),
	);
}

/** "What would change the answer": each checked change with a button that makes it. */
function _changes(
	evaluation: HopEvaluation,
	options: VerdictPanelOptions,
): HTMLElement | undefined {
	const changes = options.changesFor(evaluation);
	if (changes.length === 0) return undefined;
	const list = h('ul', { class: 'pg-changes' });
	for (const change of changes) {
		const item = h('li', {}, sentence(change.message));
		if (change.statement !== undefined) {
			item.append(h('pre', {}, h('code', {}, JSON.stringify(change.statement, null, 2))));
		}
		const buttons: [string, () => void][] = [];
		if (change.label !== undefined) buttons.push([change.label, () => options.apply(change)]);
		const { reveal } = change;
		if (reveal !== undefined) {
			buttons.push(['Show the deny', () => options.reveal(reveal.paneId, reveal.span)]);
		}
		for (const [label, act] of buttons) {
			const button = h('button', { type: 'button' }, sentence(label));
			button.addEventListener('click', act);
			item.append(' ', button);
		}
		list.append(item);
	}
	return h('div', {}, h('h4', {}, 'What would change the answer'), list);
}

/** Why a hop has no verdict: its input problems, as text. */
function _problems(evaluation: HopEvaluation): HTMLElement | undefined {
	if (evaluation.errors.length === 0) return undefined;
	return h(
		'ul',
		{ class: 'pg-problems' },
		...evaluation.errors.slice(0, 5).map((e) => h('li', {}, sentence(`${e.code}: ${e.message}`))),
	);
}
