/**
 * Every diagnostic code the evaluator raises while reading input, with its
 * severity and a one-line summary, plus the helpers that build a
 * `Diagnostic` and suggest fixes by edit distance. Codes are stable: tests,
 * the course and the CLI refer to them (spec §1, §1.5).
 */
import type { Diagnostic, JsonPath, Severity, Span } from './types.ts';
import { CATALOG_CODES } from './validate/codes.ts';

/** The grammar's and the scenario's codes (spec §1): code → what it means. */
export const GRAMMAR_CODES = {
	E01: 'invalid JSON',
	E02: 'duplicate key in an object',
	E03: 'unknown or malformed policy document element',
	E04: 'unsupported `Version`',
	E05: 'missing, empty or malformed `Statement`',
	E06: 'unknown statement element',
	E07: '`Effect` is not `Allow` or `Deny`',
	E08: 'not exactly one of `Action` and `NotAction`',
	E09: 'malformed action pattern',
	E10: '`Resource`/`NotResource` missing, doubled or forbidden for this policy type',
	E11: 'resource is neither `*` nor an ARN',
	E12: '`Principal`/`NotPrincipal` missing, doubled or forbidden for this policy type',
	E13: 'malformed principal',
	E14: 'malformed condition block',
	E15: 'invalid or duplicate `Sid` in an IAM policy',
	E16: '`NotAction`, or an `Allow` other than full access, in a resource control policy',
	E20: 'malformed request principal',
	E21: 'malformed request action',
	E22: 'malformed request resource',
	E23: '`resourceAccount` is not a 12-digit account ID',
	E24: 'malformed request context',
	E25: 'unknown managed policy ARN',
	E26: 'identity provider principal with an action it cannot call',
	E27: 'unknown field in a scenario',
	E28: 'missing field or wrong type in a scenario',
	W01: 'no `Version`: 2008-10-17 semantics',
	W02: '2008-10-17 policy with `${`: policy variables are literal text',
	W03: '`Id` in an identity-type policy is ignored',
	W04: 'empty array or object',
	W05: 'wildcard or variable in an ARN field before the resource',
	W06: 'resource ARN with fewer than six fields',
	W07: 'condition value that does not parse for its operator',
	W08: 'wildcard in a `StringEquals`-family value is literal',
	W09: 'set operator that cannot work as intended',
	W10: 'malformed policy variable kept as literal text',
	W11: 'policy variable where variables are not supported',
	W12: '`NotPrincipal` with `Allow`',
	W13: '`NotPrincipal` lists a principal without its account',
	W14: 'unique ID or canonical user principal never matches',
	W15: 'risky trust policy',
	W16: 'organization policy level without an `Allow`',
	W17: 'policy the principal cannot have is ignored',
	W18: 'request needs a resource policy that is missing',
	W19: 'unusual CIDR in an IP condition',
	W20: 'multivalued context value under a plain operator',
	W21: 'condition key absent from the request context',
	W22: '`Sid` that IAM would reject, in a non-IAM policy',
	W23: 'non-canonical operator spelling',
} as const;

/**
 * Every code the evaluator raises, code → what it means: the grammar's (E01–E28,
 * W01–W23) and the catalog-backed checks of `validate/` (W30+). The severity
 * follows from the first letter. Its words are for tests and documentation,
 * not the browser: marked pure so that a bundle that never reads it drops it.
 */
export const DIAGNOSTIC_CODES = /* @__PURE__ */ Object.assign({}, GRAMMAR_CODES, CATALOG_CODES);

/** A stable diagnostic code. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** `E..` codes are errors, `W..` codes warnings. */
export function severityOf(code: DiagnosticCode): Severity {
	return code.charCodeAt(0) === 69 /* E */ ? 'error' : 'warning';
}

/** Build a diagnostic; `help` is left out when undefined. */
export function diagnostic(
	code: DiagnosticCode,
	message: string,
	span: Span,
	path: JsonPath,
	help?: string,
): Diagnostic {
	const d = { code, severity: severityOf(code), message, span, path };
	return help === undefined ? d : { ...d, help };
}

/** Wrap user input in backticks for a message. */
export function quote(text: string): string {
	return '`' + text + '`';
}

/**
 * "did you mean `X`?" for the candidate closest to `input` by edit distance
 * (case differences count as half an edit, so `effect` → `Effect`), or
 * undefined when nothing is close enough to be a plausible typo.
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
	const best = closest(input, candidates);
	return best === undefined ? undefined : `did you mean ${quote(best)}?`;
}

/** The candidate closest to `input`, if within a third of its length (at least 2 edits). */
export function closest(input: string, candidates: readonly string[]): string | undefined {
	const limit = Math.max(2, Math.floor(input.length / 3));
	let best: string | undefined;
	let bestCost = Infinity;
	for (const candidate of candidates) {
		if (Math.abs(candidate.length - input.length) > limit) continue;
		const cost = editDistance(input, candidate);
		if (cost < bestCost) {
			best = candidate;
			bestCost = cost;
		}
	}
	return bestCost <= limit && bestCost > 0 ? best : undefined;
}

/**
 * Levenshtein distance where substituting a letter by the same letter in the
 * other case costs ½: a pure case slip always beats a real typo. With `cap`,
 * it gives up and returns `cap` once every path costs that much, so a search
 * over a long list pays little for far candidates. The one edit distance of
 * the project: the catalog's and the corpus's "did you mean" use it too.
 */
export function editDistance(a: string, b: string, cap = Infinity): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		const ca = a.charCodeAt(i - 1);
		for (let j = 1; j <= b.length; j++) {
			const cb = b.charCodeAt(j - 1);
			const swap = ca === cb ? 0 : _foldCase(ca) === _foldCase(cb) ? 0.5 : 1;
			const cost = Math.min(
				(previous[j] as number) + 1,
				(current[j - 1] as number) + 1,
				(previous[j - 1] as number) + swap,
			);
			current[j] = cost;
			if (cost < rowMin) rowMin = cost;
		}
		if (rowMin >= cap) return cap;
		previous = current;
	}
	return previous[b.length] as number;
}

/** ASCII lower case of one UTF-16 unit. */
function _foldCase(code: number): number {
	return code >= 65 && code <= 90 ? code + 32 : code;
}
