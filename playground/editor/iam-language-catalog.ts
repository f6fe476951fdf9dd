/**
 * What completion and hover need from the catalog: synchronous look-ups over
 * what is loaded, and the means to load a service or the policy index on
 * demand. The browser catalog fits; tests wrap the node catalog.
 */
import type { ConditionKeyInfo, ServiceCatalog } from '../evaluator/index.ts';

/** A catalog for completion and hover (`BrowserCatalog` is one). */
export interface IamLanguageCatalog {
	readonly services: ServiceCatalog & {
		globalConditionKeys(): Readonly<Record<string, ConditionKeyInfo>>;
	};
	/** Load these service prefixes (unknown ones are ignored). */
	ensureServices(prefixes: Iterable<string>): Promise<void>;
	/** Managed policy name → summary with its ARN. */
	policyIndex(): Promise<
		Readonly<Record<string, { readonly arn: string; readonly versionId?: string }>>
	>;
}
