/**
 * `iam-eval explore FILE… [--json]`: the account explorer in the terminal.
 * Reads `aws iam get-account-authorization-details` outputs, prints who can
 * become whom (a report, or one JSON object with `--json`). Problems in the
 * files go to standard error with their place; the rest is still analysed,
 * and the exit code is then 2 (as for an invalid scenario in an array).
 */
import { analyzeAccounts, formatMessage } from '../explorer/index.ts';
import type { AccountFile, Analysis, ExplorerEdge } from '../explorer/index.ts';
import { edgeData } from '../explorer/view-model.ts';
import type { CliIo } from './main.ts';

/** Shown for `explore --help` and after a usage error. */
export const EXPLORE_USAGE = `usage: iam-eval explore [--json] FILE...

Each FILE is the output of \`aws iam get-account-authorization-details\`
(one account each; several files show trust between the accounts). Prints
who can assume each role, who can pass which role to a service, the IAM
privilege-escalation edges, each principal's shortest path to administrator
access and the findings. Exits 2 when a file (or part of one) cannot be read.

options:
  --json        print one JSON object: principals, edges, external, findings
  -h, --help    show this help
`;

/** Run `explore` with the arguments after the word; returns the exit code. */
export function runExplore(argv: readonly string[], io: CliIo): number {
	const paths: string[] = [];
	let json = false;
	for (const arg of argv) {
		if (arg === '-h' || arg === '--help') {
			io.stdout(EXPLORE_USAGE);
			return 0;
		}
		if (arg === '--json') json = true;
		else if (arg.startsWith('-') && arg !== '-') {
			io.stderr(`iam-eval explore: unknown option \`${arg}\`\n\n${EXPLORE_USAGE}`);
			return 2;
		} else paths.push(arg);
	}
	if (paths.length === 0) {
		io.stderr(
			`iam-eval explore: no input: give one or more FILEs, or - for standard input\n\n${EXPLORE_USAGE}`,
		);
		return 2;
	}
	const files: AccountFile[] = [];
	for (const path of paths) {
		try {
			files.push({
				name: path === '-' ? '<stdin>' : path,
				text: path === '-' ? io.readStdin() : io.readFile(path),
			});
		} catch (error) {
			io.stderr(`iam-eval explore: cannot read ${path}: ${(error as Error).message}\n`);
			return 2;
		}
	}
	const analysis = analyzeAccounts(files, { managedPolicies: io.managedPolicies() });
	for (const m of analysis.model.messages) io.stderr(`${m.severity}: ${formatMessage(m)}\n`);
	io.stdout(json ? `${JSON.stringify(exploreJson(analysis), null, 2)}\n` : exploreReport(analysis));
	return analysis.model.messages.some((m) => m.severity === 'error') ? 2 : 0;
}

/** The `--json` object. */
export function exploreJson(a: Analysis) {
	return {
		principals: a.model.principals.map((p) => {
			const path = a.adminPaths.get(p.arn);
			return {
				arn: p.arn,
				kind: p.kind,
				administrator: a.administrators.has(p.arn),
				...(path && path.steps.length > 0
					? { pathToAdmin: { conditional: path.conditional, steps: path.steps.map(_edgeJson) } }
					: {}),
			};
		}),
		edges: a.edges.map(_edgeJson),
		external: a.external.map((e) => ({
			role: e.role,
			principal: e.principal,
			kind: e.kind,
			action: e.question.action,
			outcome: e.question.outcome,
			conditionKeys: e.conditionKeys,
		})),
		findings: a.findings.map(({ code, severity, subject, message, learnMore }) => ({
			code,
			severity,
			subject,
			message,
			learnMore,
		})),
		messages: a.model.messages,
	};
}

function _edgeJson(e: ExplorerEdge) {
	const { statements, ...rest } = edgeData(e);
	// The owner first, then the statement as the evaluator names it.
	return { ...rest, statements: statements.map(({ owner, ...s }) => ({ owner, ...s })) };
}

/** The readable report. */
export function exploreReport(a: Analysis): string {
	const name = (arn: string) => arn.split(':').slice(4).join(':');
	const step = (e: ExplorerEdge) =>
		`${e.via}${e.service ? ` (${e.service})` : ''} → ${name(e.to)}${e.resource ? ` via ${name(e.resource)}` : ''}${e.conditional ? ' [conditional]' : ''}`;
	const lines: string[] = [];
	const roles = a.model.principals.filter((p) => p.kind === 'role');
	lines.push(
		`${a.model.accounts.length} account(s): ${a.model.principals.length - roles.length} users, ${roles.length} roles; ${a.edges.length} edges from ${a.evaluations} evaluations`,
	);
	lines.push('', '## Administrator-equivalent');
	for (const [arn, q] of a.administrators)
		lines.push(`  ${name(arn)}${q.outcome === 'conditional' ? ' [conditional]' : ''}`);
	lines.push('', '## Shortest paths to administrator access');
	for (const path of a.adminPaths.values()) {
		if (path.steps.length === 0) continue;
		lines.push(`  ${name(path.principal)}${path.conditional ? ' [conditional]' : ''}`);
		for (const e of path.steps) lines.push(`    ${step(e)}`);
	}
	lines.push('', '## Findings');
	for (const f of a.findings) lines.push(`  [${f.severity}] ${f.message}`);
	lines.push('', '## Who can become each role');
	const callers = new Map<string, string[]>();
	const add = (role: string, who: string) => callers.set(role, [...(callers.get(role) ?? []), who]);
	for (const e of a.edges) {
		if (e.kind === 'access')
			add(e.to, `${name(e.from)} (${e.via}${e.conditional ? ', conditional' : ''})`);
	}
	for (const e of a.external) {
		if (e.question.outcome === 'denied') continue;
		const conditional =
			e.question.outcome === 'conditional' ? ` (conditional: ${e.conditionKeys.join(', ')})` : '';
		add(e.role, `${e.principal}${conditional}`);
	}
	for (const role of roles)
		lines.push(`  ${name(role.arn)}: ${callers.get(role.arn)?.join('; ') ?? 'nobody'}`);
	return `${lines.join('\n')}\n`;
}
