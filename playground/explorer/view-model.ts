/**
 * What the page shows, as plain data a worker can post: principals with
 * their paths and counts, edges and outside trusts without compiled
 * policies, findings and messages. Questions are referred to by index, so the
 * page asks the worker for one scenario when the reader opens it.
 */
import type {
	Analysis,
	ExplorerEdge,
	ExplorerMessage,
	Finding,
	Outcome,
	Question,
} from './types.ts';

/** One principal in the list. */
export interface PrincipalView {
	readonly arn: string;
	readonly kind: 'user' | 'role';
	readonly name: string;
	readonly account: string;
	readonly administrator: Outcome | undefined;
	/** Indexes into `edges`, shortest path to administrator access; absent when none. */
	readonly path?: { readonly steps: readonly number[]; readonly conditional: boolean };
	readonly serviceLinked: boolean;
	/** Roles: the trust policy text. */
	readonly trust?: string;
	/** Policy names, with where they come from. */
	readonly policies: readonly { readonly name: string; readonly origin: string }[];
	readonly boundary?: string;
	readonly lastUsed?: string | null;
	/** Index of its administrator probe question, when it is one. */
	readonly adminQuestion?: number;
}

/** One edge: the edge without its compiled questions, which are indexes into the question table. */
export type EdgeView = Omit<ExplorerEdge, 'questions'> & { readonly questions: readonly number[] };

/** An edge as plain data (what `iam-eval explore --json` prints). */
export function edgeData(e: ExplorerEdge): Omit<ExplorerEdge, 'questions'> {
	return {
		from: e.from,
		to: e.to,
		via: e.via,
		kind: e.kind,
		...(e.service ? { service: e.service } : {}),
		...(e.resource ? { resource: e.resource } : {}),
		conditional: e.conditional,
		statements: e.statements,
	};
}

/** A principal outside the files a trust policy lets in. */
export interface ExternalView {
	readonly role: string;
	readonly principal: string;
	readonly kind: string;
	readonly outcome: Outcome;
	readonly conditionKeys: readonly string[];
	readonly question: number;
}

/** The whole view. */
export interface AnalysisView {
	readonly accounts: readonly string[];
	readonly principals: readonly PrincipalView[];
	readonly edges: readonly EdgeView[];
	readonly external: readonly ExternalView[];
	readonly findings: readonly (Omit<Finding, 'question' | 'statements'> & {
		readonly question?: number;
	})[];
	readonly messages: readonly ExplorerMessage[];
	readonly evaluations: number;
}

/** The view of `a`, and the question table its indexes point into. */
export function analysisView(a: Analysis): { view: AnalysisView; questions: Question[] } {
	const questions: Question[] = [];
	const ids = new Map<Question, number>();
	const id = (q: Question) => {
		let n = ids.get(q);
		if (n === undefined) {
			n = questions.push(q) - 1;
			ids.set(q, n);
		}
		return n;
	};
	const edgeIndex = new Map(a.edges.map((e, i) => [e, i]));
	const edges: EdgeView[] = a.edges.map((e) => ({
		...edgeData(e),
		questions: e.questions.map(id),
	}));
	const principals: PrincipalView[] = a.model.principals.map((p) => {
		const path = a.adminPaths.get(p.arn);
		const admin = a.administrators.get(p.arn);
		return {
			arn: p.arn,
			kind: p.kind,
			name: p.name,
			account: p.account,
			administrator: admin?.outcome,
			...(admin ? { adminQuestion: id(admin) } : {}),
			...(path && path.steps.length > 0
				? {
						path: {
							steps: path.steps.map((s) => edgeIndex.get(s)!),
							conditional: path.conditional,
						},
					}
				: {}),
			serviceLinked: p.serviceLinked,
			...(p.trust?.text ? { trust: p.trust.text } : {}),
			policies: p.identity.map((u) => ({ name: u.name, origin: u.origin })),
			...(p.boundary ? { boundary: p.boundary.name } : {}),
			...(p.lastUsed === undefined ? {} : { lastUsed: p.lastUsed }),
		};
	});
	return {
		view: {
			accounts: a.model.accounts,
			principals,
			edges,
			external: a.external.map((e) => ({
				role: e.role,
				principal: e.principal,
				kind: e.kind,
				outcome: e.question.outcome,
				conditionKeys: e.conditionKeys,
				question: id(e.question),
			})),
			findings: a.findings.map(({ question, statements: _s, ...f }) => ({
				...f,
				...(question ? { question: id(question) } : {}),
			})),
			messages: a.model.messages,
			evaluations: a.evaluations,
		},
		questions,
	};
}
