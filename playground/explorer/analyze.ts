/**
 * The whole analysis: read the files, find the administrators, then the
 * edges (trust, PassRole, escalation), the paths to administrator access and
 * the findings. Synchronous and pure; `progress` lets a worker drive a bar.
 */
import type { ManagedPolicyCatalog } from '../evaluator/index.ts';
import { indexAccount } from './account-index.ts';
import { adminPaths } from './admin-paths.ts';
import { findAdministrators } from './administrators.ts';
import { createAsker } from './ask.ts';
import { escalationEdges } from './escalation-edges.ts';
import { findings } from './findings.ts';
import { passRoleEdges } from './passrole-edges.ts';
import { readAccounts } from './read-account.ts';
import { trustEdges } from './trust-edges.ts';
import type { AccountFile, Analysis, ProgressReporter } from './types.ts';

/** Options of {@link analyzeAccounts}. */
export interface AnalyzeOptions {
	/** Supplies AWS managed policies the files do not hold. */
	readonly managedPolicies?: ManagedPolicyCatalog;
	/** The instant requests are made at (`aws:CurrentTime`) and unused roles are judged from. @default new Date() */
	readonly now?: Date;
	readonly progress?: ProgressReporter;
}

/** The phases and their share of the progress bar (trust is the heaviest on real accounts). */
const _PHASES = [
	['reading the files', 0.1],
	['finding administrators', 0.15],
	['reading trust policies', 0.35],
	['checking iam:PassRole', 0.15],
	['checking IAM escalation', 0.2],
	['paths and findings', 0.05],
] as const;

/** Analyse one or more `get-account-authorization-details` outputs. */
export function analyzeAccounts(
	files: readonly AccountFile[],
	options: AnalyzeOptions = {},
): Analysis {
	const now = options.now ?? new Date();
	const report = options.progress ?? (() => {});
	let base = 0;
	const phase = (i: number) => {
		const [name, share] = _PHASES[i]!;
		const start = base;
		base += share;
		report(start, name);
		return (done: number) => report(start + share * Math.min(1, done), name);
	};
	phase(0);
	const model = readAccounts(
		files,
		options.managedPolicies ? { managedPolicies: options.managedPolicies } : {},
	);
	const index = indexAccount(model, createAsker(now));
	findAdministrators(index, phase(1));
	const trust = trustEdges(index, phase(2));
	const pass = passRoleEdges(index, trust.external, phase(3));
	const escalation = escalationEdges(index, phase(4));
	phase(5);
	const edges = [...trust.edges, ...pass, ...escalation];
	const paths = adminPaths(index, edges);
	const found = findings(index, edges, trust.external, paths, now);
	report(1, 'done');
	return {
		model,
		edges,
		external: trust.external,
		administrators: index.administrators,
		adminPaths: paths,
		findings: found,
		evaluations: index.asker.count,
	};
}
