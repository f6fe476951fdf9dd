/**
 * What the evaluator needs from the catalogs, as synchronous look-ups. The
 * catalogs themselves load lazily (per policy, per service) at the edges: the
 * CLI reads files, the browser fetches and caches, then hands a look-up here.
 */

/** Resolves AWS managed policies (and the Organizations default policies) by ARN. */
export interface ManagedPolicyCatalog {
	/** The policy document as JSON text, or `undefined` when the catalog does not hold the ARN. */
	get(arn: string): string | undefined;
}

/** Access levels of the Service Authorization Reference. */
export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

/** One action of a service. */
export interface ActionInfo {
	/** As AWS spells it: `PassRole`. */
	readonly name: string;
	readonly description: string;
	readonly accessLevel: AccessLevel;
	readonly resourceTypes: readonly {
		readonly name: string;
		readonly required: boolean;
		readonly conditionKeys: readonly string[];
		readonly dependentActions: readonly string[];
	}[];
	/** Condition keys the action supports beyond its resource types' keys. */
	readonly conditionKeys: readonly string[];
	readonly dependentActions: readonly string[];
}

/** One resource type of a service. */
export interface ResourceTypeInfo {
	readonly name: string;
	/** ARN format with `${Partition}`-style placeholders. */
	readonly arn: string;
	readonly conditionKeys: readonly string[];
}

/** One condition key of a service (or a global `aws:` key). */
export interface ConditionKeyInfo {
	/** As AWS spells it, may hold a `${TagKey}`-style placeholder. */
	readonly key: string;
	readonly description: string;
	/** `String`, `ARN`, `Bool`, `Date`, `Numeric`, `IPAddress`, `ArrayOfString`, ... */
	readonly type: string;
}

/** Everything known about one service prefix. */
export interface ServiceInfo {
	/** `iam`, `s3`, ... */
	readonly prefix: string;
	/** `AWS Identity and Access Management (IAM)`. */
	readonly name: string;
	/** Keyed by lower-cased action name. */
	readonly actions: Readonly<Record<string, ActionInfo>>;
	/** Keyed by resource type name. */
	readonly resourceTypes: Readonly<Record<string, ResourceTypeInfo>>;
	/** Keyed by lower-cased key. */
	readonly conditionKeys: Readonly<Record<string, ConditionKeyInfo>>;
}

/** Resolves service data by prefix. */
export interface ServiceCatalog {
	/** Data for one service prefix (lower case), or `undefined` when unknown or not loaded. */
	service(prefix: string): ServiceInfo | undefined;
	/** Every known service prefix, loaded or not (for "unknown service" and suggestions). */
	prefixes(): readonly string[];
	/**
	 * The global condition keys (`aws:SourceIp`, `aws:PrincipalTag/${TagKey}`, and the few
	 * session keys of other prefixes such as `ec2:SourceInstanceArn`), keyed by lower-cased
	 * key. Optional: without it every `aws:` key counts as global and no other key does.
	 */
	globalConditionKeys?(): Readonly<Record<string, ConditionKeyInfo>>;
}
