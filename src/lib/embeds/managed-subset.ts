/**
 * The few AWS managed policies an embed needs, carried in the page: the
 * ARNs a scenario references, resolved at build time, handed to the browser
 * as a small map and read back as a catalog. No catalog fetch for an embed.
 */
import type { ManagedPolicyCatalog } from '../../../playground/evaluator/index.ts';

/** Every `arn` of a `{ "arn": … }` policy reference anywhere in `value`, once each, sorted. */
export function managedArnsIn(value: unknown): string[] {
	const found = new Set<string>();
	const walk = (node: unknown): void => {
		if (Array.isArray(node)) node.forEach(walk);
		else if (typeof node === 'object' && node !== null) {
			const arn = (node as { arn?: unknown }).arn;
			if (typeof arn === 'string') found.add(arn);
			Object.values(node).forEach(walk);
		}
	};
	walk(value);
	return [...found].sort();
}

/** The texts of `arns` from `catalog` (ARNs it lacks are left out: the evaluator then reports them). */
export function managedSubset(
	arns: readonly string[],
	catalog: ManagedPolicyCatalog,
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const arn of arns) {
		const text = catalog.get(arn);
		if (text !== undefined) out[arn] = text;
	}
	return out;
}

/** A catalog over a map made by {@link managedSubset}. */
export function subsetCatalog(texts: Readonly<Record<string, string>>): ManagedPolicyCatalog {
	return { get: (arn) => (Object.hasOwn(texts, arn) ? texts[arn] : undefined) };
}
