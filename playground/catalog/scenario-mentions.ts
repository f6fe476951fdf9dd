/**
 * What a scenario (or policy) text refers to in the catalogs, found without
 * parsing it: the playground calls this on every edit to prefetch managed
 * policies and service data before the evaluator needs them synchronously.
 */
import { managedPolicyFile } from '../evaluator/validate/index.ts';
import { compileGlob, matchGlob } from '../evaluator/index.ts';

/** Managed-policy ARNs and service prefixes found in a text. */
export interface ScenarioMentions {
	/** ARNs the managed-policy catalog could hold, in order of first mention. */
	readonly policyArns: readonly string[];
	/** Lower-cased service prefixes of `prefix:name` strings (actions, condition keys). */
	readonly servicePrefixes: readonly string[];
}

// A JSON string literal; the text may be invalid JSON, so we scan rather than parse.
const STRING = /"((?:[^"\\\n]|\\.)*)"/g;
// `prefix:rest` with a prefix that could be a service's (wildcards allowed).
const PREFIXED = /^([A-Za-z0-9*?-]+):\S/;

/**
 * List the managed-policy ARNs and service prefixes that the JSON strings of
 * `text` mention. With `knownPrefixes`, wildcard prefixes (`s3*:Get*`) are
 * expanded and anything not a known prefix (`aws`, `ForAnyValue`) is dropped.
 */
export function scenarioMentions(
	text: string,
	knownPrefixes?: readonly string[],
): ScenarioMentions {
	const arns = new Set<string>();
	const prefixes = new Set<string>();
	const known = knownPrefixes === undefined ? undefined : new Set(knownPrefixes);
	for (const m of text.matchAll(STRING)) {
		const value = _unescape(m[1] as string);
		if (value.startsWith('arn:')) {
			if (managedPolicyFile(value) !== undefined) arns.add(value);
			continue;
		}
		const prefix = PREFIXED.exec(value)?.[1]?.toLowerCase();
		if (prefix === undefined) continue;
		if (known === undefined) {
			prefixes.add(prefix);
		} else if (prefix.includes('*') || prefix.includes('?')) {
			const glob = compileGlob(prefix, true);
			for (const p of known) if (matchGlob(glob, p)) prefixes.add(p);
		} else if (known.has(prefix)) {
			prefixes.add(prefix);
		}
	}
	return { policyArns: [...arns], servicePrefixes: [...prefixes] };
}

/** The value of a JSON string body; malformed escapes are kept as written. */
function _unescape(body: string): string {
	if (!body.includes('\\')) return body;
	try {
		return JSON.parse(`"${body}"`) as string;
	} catch {
		return body;
	}
}
