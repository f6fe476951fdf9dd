/**
 * The logic behind `<Scenario id>`: find a corpus case, evaluate it with our
 * evaluator at build time, check the verdict against the case's
 * `expect.decision`, and turn the result into what the component prints (the
 * request, each policy as JSON with the decisive statements' lines, the
 * verdict in words and one sentence per decisive statement).
 */
import type {
	CodeSpan,
	CompiledScenario,
	Decision,
	Diagnostic,
	ExplainedResult,
	ManagedPolicyCatalog,
	PolicyExplanation,
	PolicyType,
} from '../../playground/evaluator/index.ts';
import {
	codeSpans,
	INVALID_LABEL,
	policyPhrase,
	reasons,
	VERDICT_LABELS,
} from '../../playground/evaluator/index.ts';
import { findCase, loadCorpus, type FoundCase } from './load-corpus.ts';
import { pathKey, printJson } from './print-json.ts';

/** Which policies `<Scenario>` prints. */
export type ScenarioShow = 'all' | 'trust' | 'identity' | 'resource';

/** The props of `<Scenario>`. */
export interface ScenarioProps {
	/** The case id in the corpus, e.g. `ch03-ec2-may-assume`. */
	id: string;
	/** The caption. @default the case's `name` */
	title?: string;
	/** Which policies to print. @default 'all' */
	show?: ScenarioShow;
	/**
	 * The codes of the warnings the card shows, the ones that are the lesson
	 * (e.g. `['W20']`); each must be one the case expects. @default none
	 */
	warnings?: readonly string[];
}

/** The two functions of the evaluator facade this module calls (tests pass their own). */
export interface ScenarioEvaluator {
	parseScenario(
		text: string,
		options?: { managedPolicies?: ManagedPolicyCatalog },
	): {
		scenario?: CompiledScenario;
		errors: readonly Diagnostic[];
		warnings: readonly Diagnostic[];
	};
	explain(scenario: CompiledScenario): ExplainedResult;
}

/** What {@link loadScenarioView} needs besides the props. */
export interface ScenarioViewDeps {
	readonly evaluator: ScenarioEvaluator;
	readonly managedPolicies: ManagedPolicyCatalog;
	/** The corpus folder. @default `<cwd>/playground/scenarios` */
	readonly corpusDir?: string;
}

/** One policy as printed. */
export interface PolicyView {
	/** E.g. `Trust policy`, `Identity policy ReadLogs`, `AWS managed policy IAMReadOnlyAccess`. */
	readonly heading: string;
	readonly policyType: PolicyType;
	readonly policyName: string;
	/** The document, pretty-printed JSON. */
	readonly json: string;
	readonly lineCount: number;
	/** Line ranges of the decisive statements, for the code block's `mark` prop. */
	readonly marks: readonly { readonly range: string }[];
	/** Indexes of this policy's decisive statements. */
	readonly decisive: readonly number[];
	/** Whether the policy took part (SCPs do not apply to service principals, for example). */
	readonly considered: boolean;
}

/** The verdict in words. */
export interface VerdictView {
	/** The decision, or `invalid` for a case whose scenario IAM would reject. */
	readonly decision: Decision | 'invalid';
	/** `Allowed`, `Denied: explicit deny`, `Denied: implicit deny` or `Rejected: invalid input`. */
	readonly words: string;
}

/** Everything `<Scenario>` prints. */
export interface ScenarioView {
	readonly id: string;
	readonly title: string;
	/** The corpus file, relative to the corpus folder. */
	readonly file: string;
	readonly request: readonly { readonly term: string; readonly value: string }[];
	readonly policies: readonly PolicyView[];
	readonly verdict: VerdictView;
	/** One sentence per decisive statement, or one saying why nothing decided it. */
	readonly reasons: readonly (readonly CodeSpan[])[];
	/** The warnings the author chose to show (`W36: …`): worth a look, not deciding. */
	readonly warnings: readonly (readonly CodeSpan[])[];
}

/** A `<Scenario>` that cannot be built; the message says what was received and what was expected. */
export class ScenarioViewError extends Error {
	override readonly name = 'ScenarioViewError';
}

const _SHOW: readonly ScenarioShow[] = ['all', 'trust', 'identity', 'resource'];

/** Checks the props the way an author wrote them; throws a {@link ScenarioViewError} on a mistake. */
export function checkScenarioProps(
	props: Record<string, unknown>,
): Required<Pick<ScenarioProps, 'id' | 'show'>> & Pick<ScenarioProps, 'title' | 'warnings'> {
	const { id, title, show = 'all', warnings } = props;
	if (typeof id !== 'string' || id.trim() === '') {
		throw new ScenarioViewError(
			`\`<Scenario>\` needs an \`id\` naming a corpus case, e.g. \`<Scenario id="ch03-ec2-may-assume" />\`; received ${JSON.stringify(id) ?? 'nothing'}`,
		);
	}
	if (title !== undefined && typeof title !== 'string') {
		throw new ScenarioViewError(
			`\`<Scenario id="${id}">\`: \`title\` must be a string; received ${JSON.stringify(title)}`,
		);
	}
	if (!_SHOW.includes(show as ScenarioShow)) {
		throw new ScenarioViewError(
			`\`<Scenario id="${id}">\`: \`show\` must be one of ${_SHOW.map((s) => `\`${s}\``).join(', ')}; received ${JSON.stringify(show)}`,
		);
	}
	if (
		warnings !== undefined &&
		(!Array.isArray(warnings) || !warnings.every((w) => typeof w === 'string'))
	) {
		throw new ScenarioViewError(
			`\`<Scenario id="${id}">\`: \`warnings\` must list warning codes, e.g. \`warnings={['W20']}\`; received ${JSON.stringify(warnings)}`,
		);
	}
	return {
		id,
		show: show as ScenarioShow,
		...(title === undefined ? {} : { title }),
		...(warnings === undefined ? {} : { warnings: warnings as string[] }),
	};
}

/** Reads the corpus, finds the case, evaluates it and builds the view. */
export function loadScenarioView(
	props: Record<string, unknown>,
	deps: ScenarioViewDeps,
): ScenarioView {
	const checked = checkScenarioProps(props);
	const corpus = loadCorpus(deps.corpusDir ?? `${process.cwd()}/playground/scenarios`);
	return buildScenarioView(findCase(corpus, checked.id), checked, deps);
}

/** Evaluates a found case and builds the view; throws when the verdict disagrees with `expect`. */
export function buildScenarioView(
	found: FoundCase,
	props: ScenarioProps,
	deps: Pick<ScenarioViewDeps, 'evaluator' | 'managedPolicies'>,
): ScenarioView {
	const { case: c } = found;
	const where = `scenario \`${found.id}\` (in \`${found.file}\`)`;
	const show = props.show ?? 'all';
	const text = c.scenarioText ?? JSON.stringify(c.scenario, null, 2);
	const scenario = c.scenario ?? _lenientParse(c.scenarioText ?? '');
	const parsed = deps.evaluator.parseScenario(text, { managedPolicies: deps.managedPolicies });
	const request = _requestRows(scenario);
	const title = props.title ?? c.name;
	const unexpected = (props.warnings ?? []).filter((code) => !c.expect.warnings?.includes(code));
	if (unexpected.length > 0) {
		throw new ScenarioViewError(
			`${where}: \`warnings\` names ${unexpected.map((w) => `\`${w}\``).join(', ')}, which the case does not expect; it expects ${c.expect.warnings?.map((w) => `\`${w}\``).join(', ') || 'none'}`,
		);
	}

	if (c.expect.errors !== undefined) {
		return _invalidView(found, title, request, parsed.errors, where);
	}
	if (!parsed.scenario || parsed.errors.length > 0) {
		const list = parsed.errors.map((e) => `${e.code} ${e.message} at ${JSON.stringify(e.path)}`);
		throw new ScenarioViewError(
			`${where} does not parse, but its \`expect\` has no \`errors\`:\n  ${list.join('\n  ')}`,
		);
	}
	const result = deps.evaluator.explain(parsed.scenario);
	if (c.expect.decision === undefined) {
		throw new ScenarioViewError(`${where} has no \`expect.decision\` to check the verdict against`);
	}
	if (result.decision !== c.expect.decision) {
		throw new ScenarioViewError(
			`${where}: the evaluator decides \`${result.decision}\` but the case expects \`${c.expect.decision}\`; ` +
				`the page must not state a wrong outcome. Fix the case or report the evaluator`,
		);
	}

	const decisiveByPolicy = new Map<string, number[]>();
	for (const d of result.decisiveStatements) {
		const key = `${d.policyType}\u0000${d.policyName}`;
		decisiveByPolicy.set(key, [...(decisiveByPolicy.get(key) ?? []), d.statementIndex]);
	}

	const trustKind = result.request.resourcePolicyKind;
	const policies: PolicyView[] = [];
	for (const p of result.policies) {
		if (!_shown(p.policyType, trustKind, show)) continue;
		const decisive = decisiveByPolicy.get(`${p.policyType}\u0000${p.policyName}`) ?? [];
		const view = _policyView(scenario, p, trustKind, decisive, deps.managedPolicies);
		if (view) policies.push(view);
	}
	if (show !== 'all' && policies.length === 0) {
		throw new ScenarioViewError(
			`${where}: \`show="${show}"\` selects no policy; the scenario has ${_kindsPresent(result, trustKind)}`,
		);
	}

	return {
		id: found.id,
		title,
		file: found.file,
		request,
		policies,
		verdict: { decision: result.decision, words: VERDICT_LABELS[result.decision] },
		reasons: reasons(result).map(codeSpans),
		warnings: result.warnings.filter((w) => props.warnings?.includes(w.code)).map(_diagnosticLine),
	};
}

function _shown(
	type: PolicyType,
	resourceKind: 'trust' | 'kms' | 'resource',
	show: ScenarioShow,
): boolean {
	switch (show) {
		case 'all':
			return true;
		case 'identity':
			return type === 'identity';
		case 'trust':
			return type === 'resource' && resourceKind === 'trust';
		case 'resource':
			return type === 'resource';
	}
}

function _kindsPresent(
	result: ExplainedResult,
	resourceKind: 'trust' | 'kms' | 'resource',
): string {
	const kinds = [
		...new Set(
			result.policies.map((p) =>
				p.policyType === 'resource'
					? `a ${resourceKind === 'trust' ? 'trust' : 'resource'} policy`
					: `${p.policyType} policies`,
			),
		),
	];
	return kinds.length > 0 ? kinds.join(', ') : 'no policies';
}

function _policyView(
	scenario: Record<string, unknown>,
	p: PolicyExplanation,
	resourceKind: 'trust' | 'kms' | 'resource',
	decisive: readonly number[],
	catalog: ManagedPolicyCatalog,
): PolicyView | undefined {
	const doc = _documentAt(scenario, p.path, catalog);
	if (doc === undefined) return undefined;
	const statementIsArray = Array.isArray((doc as { Statement?: unknown }).Statement);
	const track = decisive.map((i) => (statementIsArray ? ['Statement', i] : ['Statement']));
	const printed = printJson(doc, track);
	const marks = track
		.map((path) => printed.lines.get(pathKey(path)))
		.filter((r) => r !== undefined)
		.map((r) => ({ range: r.start === r.end ? `${r.start}` : `${r.start}-${r.end}` }));
	const phrase = policyPhrase(p.policyType, p.policyName, resourceKind).replace(/^the /, '');
	return {
		heading: (phrase.charAt(0).toUpperCase() + phrase.slice(1)).replaceAll('`', ''),
		policyType: p.policyType,
		policyName: p.policyName,
		json: printed.text,
		lineCount: printed.text.split('\n').length,
		marks,
		decisive,
		considered: p.considered,
	};
}

/** The policy document at a JSON path of the scenario: inline, named (`document`) or managed (`arn`). */
function _documentAt(
	scenario: Record<string, unknown>,
	path: readonly (string | number)[],
	catalog: ManagedPolicyCatalog,
): object | undefined {
	let node: unknown = scenario;
	for (const step of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<string | number, unknown>)[step];
	}
	if (node === null || typeof node !== 'object') return undefined;
	const ref = node as { arn?: unknown; document?: unknown; Statement?: unknown };
	if ('Statement' in ref) return ref;
	if (ref.document !== null && typeof ref.document === 'object') return ref.document;
	if (typeof ref.arn === 'string') {
		const text = catalog.get(ref.arn);
		if (text === undefined) return undefined;
		return JSON.parse(text) as object;
	}
	return undefined;
}

function _invalidView(
	found: FoundCase,
	title: string,
	request: ScenarioView['request'],
	errors: readonly Diagnostic[],
	where: string,
): ScenarioView {
	const expected = [...new Set(found.case.expect.errors ?? [])].sort();
	const got = [...new Set(errors.map((e) => e.code))].sort();
	if (expected.join() !== got.join()) {
		throw new ScenarioViewError(
			`${where}: the evaluator reports errors [${got.join(', ')}] but the case expects [${expected.join(', ')}]`,
		);
	}
	return {
		id: found.id,
		title,
		file: found.file,
		request,
		policies: [],
		verdict: { decision: 'invalid', words: INVALID_LABEL },
		reasons: errors.map(_diagnosticLine),
		warnings: [],
	};
}

/** `W36: message (help)` as inline parts. */
function _diagnosticLine(d: Diagnostic): CodeSpan[] {
	return codeSpans(`${d.code}: ${d.message}${d.help ? ` (${d.help})` : ''}`);
}

function _requestRows(scenario: Record<string, unknown>): { term: string; value: string }[] {
	const req = (scenario.request ?? {}) as Record<string, unknown>;
	const rows: { term: string; value: string }[] = [];
	const add = (term: string, value: unknown): void => {
		if (value === undefined) return;
		rows.push({ term, value: typeof value === 'string' ? value : JSON.stringify(value) });
	};
	add('Principal', req.principal);
	add('Action', req.action);
	add('Resource', req.resource);
	add('Resource account', req.resourceAccount);
	const context = req.context;
	if (context !== null && typeof context === 'object') {
		for (const [key, value] of Object.entries(context)) add(key, value);
	}
	return rows;
}

/** The scenario object of a `scenarioText` case, for display; `{}` when it is not plain JSON. */
function _lenientParse(text: string): Record<string, unknown> {
	try {
		const value: unknown = JSON.parse(text);
		return value !== null && typeof value === 'object' && !Array.isArray(value)
			? (value as Record<string, unknown>)
			: {};
	} catch {
		return {};
	}
}
