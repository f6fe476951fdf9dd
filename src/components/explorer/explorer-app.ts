/**
 * The explorer page's custom element: files in (pick, drop, paste), the
 * analysis in a worker with a progress bar, then the list of principals with
 * search and filters and the detail of the one selected: its path to
 * administrator access, who can become it, what it can become, its findings,
 * and each answer's scenario and playground link. Text only ever goes in
 * through `textContent`.
 */
import { codeSpans } from '../../../playground/evaluator/index.ts';
import type { AccessLevelRow } from '../../../playground/explorer/effective-access.ts';
import type { AccountFile } from '../../../playground/explorer/index.ts';
import type {
	AnalysisView,
	EdgeView,
	PrincipalView,
} from '../../../playground/explorer/view-model.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

type Filter = 'all' | 'role' | 'user' | 'admin' | 'path' | 'finding';

function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: { class?: string; text?: string } = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (props.class) node.className = props.class;
	if (props.text !== undefined) node.textContent = props.text;
	node.append(...children);
	return node;
}

function anchor(text: string, href: string, className?: string): HTMLAnchorElement {
	const a = el('a', className === undefined ? { text } : { class: className, text });
	a.href = href;
	return a;
}

const short = (arn: string) => arn.split(':').slice(4).join(':');

/** `1 step`, `2 steps`: a count with its noun. */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A sentence whose backtick parts (user input, names) become `<code>`; text nodes only. */
const withCode = (sentence: string): Node[] =>
	codeSpans(sentence).map((part) =>
		part.code ? el('code', { text: part.text }) : document.createTextNode(part.text),
	);

/** The address fragment that selects a principal: findings link to it, and it survives a reload. */
const PRINCIPAL_HASH = '#principal=';
const principalHref = (arn: string) => `${PRINCIPAL_HASH}${encodeURIComponent(arn)}`;
const hashPrincipal = (): string | undefined =>
	location.hash.startsWith(PRINCIPAL_HASH)
		? decodeURIComponent(location.hash.slice(PRINCIPAL_HASH.length))
		: undefined;

class IamExplorer extends HTMLElement {
	private worker: Worker | undefined;
	private view: AnalysisView | undefined;
	private selected: string | undefined;
	/** The catalog's services once the worker has named them (for the service picker). */
	private services: readonly { readonly prefix: string; readonly name: string }[] = [];
	private service = 'iam';
	private request = 0;
	private readonly pending = new Map<number, (m: FromWorker) => void>();

	connectedCallback(): void {
		const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
		this.worker = worker;
		worker.onmessage = (event: MessageEvent<FromWorker>) =>
			this.pending.get(event.data.id)?.(event.data);
		this.send({
			type: 'init',
			policiesUrl: this.dataset.policies ?? '',
			catalogUrl: this.dataset.catalog ?? '',
		});
		const input = this.q<HTMLInputElement>('[data-files]');
		input.addEventListener('change', () => void this.readFiles([...(input.files ?? [])]));
		const drop = this.q('[data-drop]');
		drop.addEventListener('dragover', (e) => {
			e.preventDefault();
			drop.classList.add('ex-dragging');
		});
		drop.addEventListener('dragleave', () => drop.classList.remove('ex-dragging'));
		drop.addEventListener('drop', (e) => {
			e.preventDefault();
			drop.classList.remove('ex-dragging');
			void this.readFiles([...(e.dataTransfer?.files ?? [])]);
		});
		this.q('[data-action=paste]').addEventListener('click', () => {
			const text = this.q<HTMLTextAreaElement>('[data-paste]').value;
			if (text.trim() !== '') this.analyze(false, [{ name: 'pasted text', text }]);
		});
		this.q('[data-action=example]').addEventListener('click', () => this.analyze(true, []));
		this.q('[data-search]').addEventListener('input', () => this.renderList());
		this.q('[data-filter]').addEventListener('change', () => this.renderList());
		window.addEventListener('hashchange', this.onHash);
		this.analyze(true, []);
	}

	disconnectedCallback(): void {
		this.worker?.terminate();
		window.removeEventListener('hashchange', this.onHash);
	}

	/** A finding's link (or a reload) names a principal in the address: show it. */
	private readonly onHash = (): void => {
		const arn = hashPrincipal();
		if (arn !== undefined && this.view?.principals.some((p) => p.arn === arn)) {
			this.select(arn, 'link');
		}
	};

	private q<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector(selector) as T;
	}

	private send(message: ToWorker, reply?: (m: FromWorker) => void): void {
		if ('id' in message && reply) this.pending.set(message.id, reply);
		this.worker?.postMessage(message);
	}

	private async readFiles(list: File[]): Promise<void> {
		if (list.length === 0) return;
		const files = await Promise.all(
			list.map(async (f) => ({ name: f.name, text: await f.text() })),
		);
		this.analyze(false, files);
	}

	private analyze(example: boolean, files: AccountFile[]): void {
		const id = ++this.request;
		const bar = this.q<HTMLProgressElement>('[data-progress]');
		const status = this.q('[data-status]');
		bar.hidden = false;
		bar.value = 0;
		status.textContent = example
			? 'Analysing Example Corp…'
			: `Analysing ${files.map((f) => f.name).join(', ')}…`;
		this.send({ type: 'analyze', id, example, files }, (m) => {
			if (id !== this.request) return;
			if (m.type === 'progress') {
				bar.value = m.done;
				status.textContent = `${Math.round(m.done * 100)}% — ${m.phase}`;
			} else if (m.type === 'failed') {
				bar.hidden = true;
				status.textContent = `The analysis failed: ${m.message}`;
			} else if (m.type === 'result') {
				bar.hidden = true;
				this.pending.delete(id);
				this.view = m.view;
				const roles = m.view.principals.filter((p) => p.kind === 'role').length;
				status.textContent = `${m.names.join(', ')}: ${count(m.view.principals.length - roles, 'user')}, ${count(roles, 'role')}, ${count(m.view.edges.length, 'edge')} from ${count(m.view.evaluations, 'evaluation')}.`;
				this.renderMessages();
				this.renderFindings();
				const asked = hashPrincipal();
				this.selected =
					m.view.principals.find((p) => p.arn === asked)?.arn ??
					m.view.principals.find((p) => p.path)?.arn ??
					m.view.principals[0]?.arn;
				this.renderList();
				this.renderDetail();
			}
		});
	}

	private renderMessages(): void {
		const box = this.q('[data-messages]');
		const messages = this.view?.messages ?? [];
		box.hidden = messages.length === 0;
		box.replaceChildren(
			el('p', {
				text: `${messages.length === 1 ? 'One part' : `${messages.length} parts`} of what you gave could not be read; everything else was analysed:`,
			}),
			el(
				'ul',
				{},
				...messages.map((m) =>
					el('li', {}, `${m.file}: ${m.place || 'the file'} `, ...withCode(m.message)),
				),
			),
		);
	}

	private renderFindings(): void {
		const list = this.q('[data-findings]');
		const findings = this.view?.findings ?? [];
		const base = this.dataset.base ?? '/';
		list.replaceChildren(
			...findings.map((f) => {
				// The subject opens its panel (the path, the graph, who can become it); a real link,
				// so it also opens in a new tab, and the address keeps the choice.
				const open = (text: string, className?: string) => {
					const a = anchor(text, principalHref(f.subject), className);
					a.addEventListener('click', (event) => {
						event.preventDefault();
						this.select(f.subject, 'link');
					});
					return a;
				};
				const more = anchor('why it matters', base + f.learnMore.replace(/^\//, ''));
				const path = f.code === 'escalationPath' ? [open('see the path'), ' · '] : [];
				return el(
					'li',
					{ class: `ex-finding ex-${f.severity}` },
					el('span', { class: 'ex-badge', text: f.severity }),
					' ',
					open(short(f.subject), 'ex-link'),
					' — ',
					...withCode(f.message),
					' ',
					...path,
					more,
				);
			}),
		);
	}

	/** Show `arn`'s panel; `from` a finding's link, bring the panel to the top of the screen. */
	private select(arn: string, from: 'list' | 'link' = 'list'): void {
		this.selected = arn;
		this.renderList();
		this.renderDetail();
		if (hashPrincipal() !== arn) history.replaceState(null, '', principalHref(arn));
		this.q('[data-detail]').scrollIntoView({ block: from === 'link' ? 'start' : 'nearest' });
	}

	private renderList(): void {
		const view = this.view;
		if (view === undefined) return;
		const text = this.q<HTMLInputElement>('[data-search]').value.trim().toLowerCase();
		const filter = this.q<HTMLSelectElement>('[data-filter]').value as Filter;
		const flagged = new Set(view.findings.map((f) => f.subject));
		const shown = view.principals.filter(
			(p) =>
				(text === '' || p.arn.toLowerCase().includes(text)) &&
				(filter === 'all' ||
					(filter === 'role' && p.kind === 'role') ||
					(filter === 'user' && p.kind === 'user') ||
					(filter === 'admin' && p.administrator !== undefined) ||
					(filter === 'path' && p.path !== undefined) ||
					(filter === 'finding' && flagged.has(p.arn))),
		);
		const limit = 300;
		this.q('[data-count]').textContent =
			shown.length > limit
				? `${shown.length} match; the first ${limit} are listed`
				: `${shown.length} shown`;
		this.q('[data-list]').replaceChildren(
			...shown.slice(0, limit).map((p) => {
				const button = el(
					'button',
					{ class: 'ex-item' },
					el('span', { class: 'ex-kind', text: p.kind }),
					el('span', { class: 'ex-name', text: p.name }),
					p.administrator ? el('span', { class: 'ex-tag ex-high', text: 'admin' }) : '',
					p.path
						? el('span', { class: 'ex-tag ex-medium', text: `→ admin in ${p.path.steps.length}` })
						: '',
				);
				button.type = 'button';
				button.setAttribute('aria-pressed', String(p.arn === this.selected));
				button.title = p.arn;
				button.addEventListener('click', () => this.select(p.arn));
				return el('li', {}, button);
			}),
		);
	}

	private edgeLine(e: EdgeView, side: 'from' | 'to'): HTMLElement {
		const other = side === 'from' ? e.from : e.to;
		const go = el('button', { class: 'ex-link', text: short(other) });
		go.type = 'button';
		go.addEventListener('click', () => this.select(other));
		const via = `${e.via}${e.service ? ` to ${e.service}` : ''}${e.resource ? ` on ${short(e.resource)}` : ''}`;
		const statements = e.statements.map(
			(s) =>
				`${short(s.owner)} · ${s.policyName} #${s.statementIndex}${s.sid ? ` (${s.sid})` : ''}`,
		);
		return el(
			'li',
			{},
			go,
			el('span', { class: 'ex-via', text: ` ${via}` }),
			e.conditional ? el('span', { class: 'ex-tag ex-medium', text: 'conditional' }) : '',
			el('div', {
				class: 'ex-statements',
				text: statements.length > 0 ? `deciding statements: ${statements.join('; ')}` : '',
			}),
			this.answerTools(e.questions),
		);
	}

	/** "Open in the playground" and the scenario for each question of an answer, fetched from the worker on demand. */
	private answerTools(questions: readonly number[]): HTMLElement {
		const box = el('div', { class: 'ex-tools' });
		const button = el('button', {
			text: questions.length > 1 ? `Show the ${questions.length} scenarios` : 'Show the scenario',
		});
		button.type = 'button';
		button.addEventListener('click', () => {
			button.remove();
			for (const index of questions) {
				const id = ++this.request + 1_000_000;
				this.send({ type: 'question', id, index }, (m) => {
					if (m.type !== 'question') return;
					this.pending.delete(id);
					const base = this.dataset.base ?? '/';
					const details = el(
						'details',
						{},
						el('summary', { text: `scenario (${m.outcome}; iam-eval says ${m.decision})` }),
						el('pre', {}, el('code', { text: m.scenario })),
					);
					const link = m.hash
						? el('a', { text: 'Open in the playground' })
						: el('span', {
								class: 'ex-note',
								text: 'A user’s own request does not fit the playground’s one-role document: run the scenario with iam-eval.',
							});
					if (link instanceof HTMLAnchorElement) {
						link.href = `${base}playground/${m.hash}`;
						link.target = '_blank';
					}
					box.append(el('div', { class: 'ex-question' }, link, details));
				});
			}
		});
		box.append(button);
		return box;
	}

	private renderDetail(): void {
		const view = this.view;
		const box = this.q('[data-detail]');
		const p = view?.principals.find((x) => x.arn === this.selected);
		if (view === undefined || p === undefined) {
			box.replaceChildren(el('p', { text: 'Pick a principal in the list.' }));
			return;
		}
		const incoming = view.edges.filter((e) => e.to === p.arn && e.from !== p.arn);
		const outgoing = view.edges.filter((e) => e.from === p.arn);
		const external = view.external.filter((e) => e.role === p.arn && e.outcome !== 'denied');
		const section = (title: string, ...content: (Node | string)[]) =>
			el('section', {}, el('h3', { text: title }), ...content);
		const list = (items: HTMLElement[], empty: string) =>
			items.length > 0 ? el('ul', { class: 'ex-edges' }, ...items) : el('p', { text: empty });
		const admin =
			p.administrator !== undefined
				? el('p', {
						class: 'ex-verdict ex-high',
						text: `Administrator-equivalent${p.administrator === 'conditional' ? ' under conditions' : ''}.`,
					})
				: p.path
					? el(
							'div',
							{},
							el('p', {
								class: 'ex-verdict ex-medium',
								text: `Reaches administrator access in ${count(p.path.steps.length, 'step')}${p.path.conditional ? ', under conditions' : ''}:`,
							}),
							el(
								'ol',
								{ class: 'ex-edges' },
								...p.path.steps.map((i) => this.edgeLine(view.edges[i]!, 'to')),
							),
						)
					: el('p', {
							class: 'ex-verdict',
							text: 'No path to administrator access in these files.',
						});
		box.replaceChildren(
			el('h2', { text: `${p.kind} ${p.name}` }),
			el('p', { class: 'ex-arn', text: p.arn }),
			admin,
			this.graph(p, incoming, outgoing),
			section(
				p.kind === 'role' ? 'Who can become this role' : 'Who can take this user over',
				list(
					[
						...incoming.filter((e) => e.kind !== 'modify').map((e) => this.edgeLine(e, 'from')),
						...external.map((e) =>
							el(
								'li',
								{},
								el('span', { text: e.principal }),
								el('span', { class: 'ex-via', text: ` (${e.kind})` }),
								e.outcome === 'conditional'
									? el('span', {
											class: 'ex-tag ex-medium',
											text: `conditional: ${e.conditionKeys.join(', ')}`,
										})
									: '',
								this.answerTools([e.question]),
							),
						),
					],
					'Nobody in these files.',
				),
			),
			section(
				'What it can become or change',
				list(
					outgoing.map((e) => this.edgeLine(e, 'to')),
					'Nothing: no edge leaves it (administrators get none: they can do anything).',
				),
			),
			section('What it can do', this.accessTools(p)),
			section(
				'Policies',
				el(
					'ul',
					{},
					...p.policies.map((u) => el('li', { text: `${u.name} (${u.origin})` })),
					...(p.boundary ? [el('li', { text: `permissions boundary: ${p.boundary}` })] : []),
				),
			),
			...(p.trust ? [section('Trust policy', el('pre', {}, el('code', { text: p.trust })))] : []),
		);
	}

	/**
	 * Effective permissions, asked on demand (the first request fetches the service
	 * catalog, which holds nothing of the files): every action of one service on every
	 * resource, by access level, with changes to IAM itself called out.
	 */
	private accessTools(p: PrincipalView): HTMLElement {
		const picker = el('select');
		picker.id = 'ex-access-service';
		const fill = (services: typeof this.services, selected: string) =>
			picker.replaceChildren(
				...services.map((s) => {
					const option = el('option', { text: `${s.prefix} (${s.name})` });
					option.value = s.prefix;
					option.selected = s.prefix === selected;
					return option;
				}),
			);
		fill(this.services.length > 0 ? this.services : [{ prefix: 'iam', name: 'IAM' }], this.service);
		const label = el('label', { text: 'Service' });
		label.htmlFor = picker.id;
		const show = el('button', { text: 'Show what it can do' });
		show.type = 'button';
		const output = el('div', { class: 'ex-access' });
		output.setAttribute('aria-live', 'polite');
		show.addEventListener('click', () => {
			this.service = picker.value;
			output.replaceChildren(el('p', { class: 'ex-note', text: 'Asking the evaluator…' }));
			const id = ++this.request + 2_000_000;
			this.send({ type: 'effective', id, arn: p.arn, prefix: picker.value }, (m) => {
				if (m.type !== 'effective') return;
				this.pending.delete(id);
				if (m.services.length > 0 && this.services.length === 0) {
					this.services = m.services;
					fill(m.services, picker.value);
				}
				output.replaceChildren(...this.accessRows(m.prefix, m.rows, m.problem));
			});
		});
		return el(
			'div',
			{},
			el('div', { class: 'ex-access-controls' }, label, picker, show),
			el(
				'p',
				{ class: 'ex-note' },
				...withCode(
					'Each action is asked of it on every resource (`*`), and when that is denied, on the resources its Allows name.',
				),
			),
			output,
		);
	}

	private accessRows(
		prefix: string,
		rows: readonly AccessLevelRow[],
		problem: string | undefined,
	): HTMLElement[] {
		if (problem !== undefined) return [el('p', {}, 'Cannot tell: ', ...withCode(problem))];
		const out: HTMLElement[] = [];
		const changes = rows.filter((r) => r.level === 'Write' || r.level === 'Permissions management');
		const reach = (r: AccessLevelRow) => r.allowed.length + r.conditional.length + r.scoped.length;
		const changing = changes.reduce((n, r) => n + reach(r), 0);
		if (prefix === 'iam' && changing > 0) {
			out.push(
				el('p', {
					class: 'ex-verdict ex-high',
					text: `It can change IAM itself: ${changes.map((r) => `${count(reach(r), 'action')} of ${r.level.toLowerCase()}`).join(', ')}.`,
				}),
			);
		}
		out.push(
			el(
				'ul',
				{},
				...rows.map((r) => {
					const more = [
						...(r.conditional.length > 0 ? [`${r.conditional.length} more under conditions`] : []),
						...(r.scoped.length > 0 ? [`${r.scoped.length} more on named resources`] : []),
					];
					const head = `${r.level}: ${r.allowed.length} of ${count(r.total, 'action')}${more.map((m) => `, ${m}`).join('')}`;
					const names = [
						...r.allowed,
						...r.conditional.map((a) => `${a} (conditional)`),
						...r.scoped.map((s) => `${s.action} (on ${s.resource})`),
					];
					return el(
						'li',
						{},
						names.length === 0
							? head
							: el(
									'details',
									{},
									el('summary', { text: head }),
									el('p', { text: names.join(', ') }),
								),
					);
				}),
			),
		);
		return out;
	}

	/** The selected principal with its neighbours, laid out by dagre (loaded on this page only). */
	private graph(p: PrincipalView, incoming: EdgeView[], outgoing: EdgeView[]): HTMLElement {
		const holder = el('div', { class: 'ex-graph' });
		const edges = [
			...incoming,
			...outgoing,
			...(p.path?.steps.map((i) => this.view!.edges[i]!) ?? []),
		]
			.filter((e, i, all) => e.from !== e.to && all.indexOf(e) === i)
			.slice(0, 60);
		if (edges.length === 0) return holder;
		void import('@dagrejs/dagre').then(({ default: dagre }) => {
			const g = new dagre.graphlib.Graph({ multigraph: true });
			g.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 70, marginx: 8, marginy: 8 });
			const node = (arn: string) =>
				g.setNode(arn, {
					width: Math.min(220, 28 + (arn.split('/').pop() ?? arn).length * 7.2),
					height: 30,
				});
			for (const e of edges) {
				node(e.from);
				node(e.to);
				g.setEdge(e.from, e.to, { label: e.via }, `${e.via}${e.service ?? ''}${e.resource ?? ''}`);
			}
			dagre.layout(g);
			const { width = 0, height = 0 } = g.graph();
			const ns = 'http://www.w3.org/2000/svg';
			const svg = document.createElementNS(ns, 'svg');
			svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
			svg.setAttribute('role', 'img');
			svg.setAttribute('aria-label', `graph of ${p.name} and the principals it connects to`);
			for (const id of g.edges()) {
				const data = g.edge(id) as { points: { x: number; y: number }[]; label: string };
				const path = document.createElementNS(ns, 'polyline');
				path.setAttribute('points', data.points.map((pt) => `${pt.x},${pt.y}`).join(' '));
				path.setAttribute('class', 'ex-g-edge');
				path.setAttribute('marker-end', 'url(#ex-arrow)');
				const title = document.createElementNS(ns, 'title');
				title.textContent = `${short(id.v)} → ${short(id.w)}: ${data.label}`;
				path.append(title);
				svg.append(path);
			}
			for (const id of g.nodes()) {
				const n = g.node(id);
				const group = document.createElementNS(ns, 'g');
				group.setAttribute('class', id === p.arn ? 'ex-g-node ex-g-selected' : 'ex-g-node');
				const rect = document.createElementNS(ns, 'rect');
				rect.setAttribute('x', String(n.x - n.width / 2));
				rect.setAttribute('y', String(n.y - n.height / 2));
				rect.setAttribute('width', String(n.width));
				rect.setAttribute('height', String(n.height));
				rect.setAttribute('rx', '6');
				const text = document.createElementNS(ns, 'text');
				text.setAttribute('x', String(n.x));
				text.setAttribute('y', String(n.y + 4));
				text.setAttribute('text-anchor', 'middle');
				text.textContent = id.split('/').pop() ?? id;
				group.append(rect, text);
				group.addEventListener('click', () => this.select(id));
				svg.append(group);
			}
			const defs = document.createElementNS(ns, 'defs');
			defs.innerHTML =
				'<marker id="ex-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" /></marker>';
			svg.prepend(defs);
			holder.append(svg);
		});
		return holder;
	}
}

customElements.define('iam-explorer', IamExplorer);
