/**
 * One policy document on its own (an editor pane): text in, a compiled
 * `Policy` plus diagnostics out. Spans point into `text`; paths start at its root.
 */
import type { Policy } from '../model.ts';
import type { Diagnostic } from '../types.ts';
import { parseJsonTree } from './json-tree.ts';
import { compilePolicyDocument } from './policy-document.ts';
import type { Reporter } from './report.ts';
import type { PolicyRole } from './statement.ts';
import { checkTrustPolicy } from './trust-warnings.ts';

export type { PolicyRole } from './statement.ts';

/** The outcome of `parsePolicy`: `policy` is present iff `errors` is empty. */
export interface ParsedPolicy {
	readonly policy?: Policy;
	readonly errors: Diagnostic[];
	readonly warnings: Diagnostic[];
}

/**
 * Parse and validate a policy document used as `role` (spec §1.1–1.4; W15 for
 * a trust policy). `name` becomes `policy.name`.
 * @default options.name `'policy'`
 */
export function parsePolicy(
	text: string,
	role: PolicyRole,
	options: { name?: string } = {},
): ParsedPolicy {
	const tree = parseJsonTree(text);
	const reporter: Reporter = { errors: [...tree.syntaxErrors], warnings: [] };
	if (tree.root === undefined || tree.syntaxErrors.length > 0) return reporter;
	reporter.errors.push(...tree.duplicateKeys);
	const policy = compilePolicyDocument(tree.root, role, options.name ?? 'policy', text, reporter);
	if (role === 'trust') checkTrustPolicy(policy, tree.root, tree.root, reporter);
	reporter.errors.sort((a, b) => a.span.offset - b.span.offset);
	reporter.warnings.sort((a, b) => a.span.offset - b.span.offset);
	return reporter.errors.length > 0 ? reporter : { ...reporter, policy };
}
