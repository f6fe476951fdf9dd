/**
 * The catalogs for the browser: the site serves `playground/catalog-data/`
 * under some base URL; this fetches the small index files once, then one file
 * per managed policy and per service on demand, and keeps them. The evaluator
 * gets the synchronous look-ups over what has been loaded, so the playground
 * calls {@link BrowserCatalog.ensureFor} with the scenario text before parsing.
 *
 * `fetch` and the base URL are parameters, so this runs (and is tested) in Node.
 */
import { managedPolicyFile } from '../evaluator/validate/index.ts';
import type {
	ConditionKeyInfo,
	ManagedPolicyCatalog,
	ServiceCatalog,
	ServiceInfo,
} from '../evaluator/index.ts';
import type {
	CatalogMeta,
	ManagedPolicyFile,
	ManagedPolicySummary,
	ServiceSummary,
} from './build-catalog.ts';
import { scenarioMentions } from './scenario-mentions.ts';

export { scenarioMentions, type ScenarioMentions } from './scenario-mentions.ts';

/** The part of the Fetch API used here (the global `fetch` fits). */
export type FetchLike = (url: string) => Promise<{
	readonly ok: boolean;
	readonly status: number;
	json(): Promise<unknown>;
}>;

/** Options of {@link createBrowserCatalog}. */
export interface BrowserCatalogOptions {
	/** Where `playground/catalog-data/` is served, e.g. `/catalog/` or `https://…/catalog`. */
	readonly baseUrl: string;
	/** @default globalThis.fetch */
	readonly fetch?: FetchLike;
}

/** Both catalogs over what has been fetched so far, and the means to fetch more. */
export interface BrowserCatalog {
	/** Managed policies loaded so far; `get` is `undefined` for ARNs not (yet) loaded. */
	readonly managedPolicies: ManagedPolicyCatalog & {
		/** The whole loaded policy file, or `undefined`. */
		entry(arn: string): ManagedPolicyFile | undefined;
	};
	/** Services loaded so far; `prefixes()` lists every known prefix, loaded or not. */
	readonly services: ServiceCatalog & {
		index(): Readonly<Record<string, ServiceSummary>>;
		globalConditionKeys(): Readonly<Record<string, ConditionKeyInfo>>;
		/** Whether `prefix` is known and its data loaded. */
		isLoaded(prefix: string): boolean;
	};
	meta(): CatalogMeta;
	rcpServices(): readonly string[];
	/** Fetch the listed policies not loaded yet; ARNs the catalog does not hold stay undefined. */
	ensurePolicies(arns: Iterable<string>): Promise<void>;
	/** Fetch the listed services not loaded yet; unknown prefixes are ignored. */
	ensureServices(prefixes: Iterable<string>): Promise<void>;
	/**
	 * Fetch what a scenario text mentions: its managed policies, then the
	 * services named in the text and in those policies.
	 */
	ensureFor(text: string): Promise<void>;
	/** `managed-policies/index.json` (name → summary), fetched on first call. */
	policyIndex(): Promise<Readonly<Record<string, ManagedPolicySummary>>>;
}

/**
 * Fetch the catalog's small files (meta, service index, global keys, RCP
 * services) and return the loader. Rejects when they cannot be fetched.
 */
export async function createBrowserCatalog(
	options: BrowserCatalogOptions,
): Promise<BrowserCatalog> {
	const base = options.baseUrl.endsWith('/') ? options.baseUrl : options.baseUrl + '/';
	// Bound: browsers throw "Illegal invocation" for a `fetch` called without its `this`.
	const fetchFn = options.fetch ?? (globalThis.fetch.bind(globalThis) as FetchLike);
	const get = async <T>(path: string): Promise<T | undefined> => {
		const response = await fetchFn(base + path);
		if (response.status === 404) return undefined;
		if (!response.ok) throw new Error(`cannot load ${base + path}: HTTP ${response.status}`);
		return (await response.json()) as T;
	};
	const required = async <T>(path: string): Promise<T> => {
		const value = await get<T>(path);
		if (value === undefined) throw new Error(`cannot load ${base + path}: HTTP 404`);
		return value;
	};
	const [meta, serviceIndex, globalKeys, rcp] = await Promise.all([
		required<CatalogMeta>('meta.json'),
		required<Record<string, ServiceSummary>>('services/index.json'),
		required<Record<string, ConditionKeyInfo>>('global-condition-keys.json'),
		required<string[]>('rcp-services.json'),
	]);
	const prefixes = Object.keys(serviceIndex);
	// Settled look-ups (a policy the catalog lacks is settled as `undefined`)...
	const policies = new Map<string, ManagedPolicyFile | undefined>();
	const services = new Map<string, ServiceInfo>();
	// ...and requests in flight, so concurrent callers share one fetch. A failed
	// fetch is forgotten, so a later call retries it.
	const pending = new Map<string, Promise<void>>();
	let policyIndex: Promise<Record<string, ManagedPolicySummary>> | undefined;

	const once = (key: string, load: () => Promise<void>): Promise<void> => {
		let promise = pending.get(key);
		if (promise === undefined) {
			promise = load().finally(() => pending.delete(key));
			pending.set(key, promise);
		}
		return promise;
	};
	const loadPolicy = (arn: string): Promise<void> => {
		if (policies.has(arn)) return Promise.resolve();
		const file = managedPolicyFile(arn);
		if (file === undefined) {
			policies.set(arn, undefined);
			return Promise.resolve();
		}
		return once(`p:${arn}`, async () => {
			const found = await get<ManagedPolicyFile>(`managed-policies/${file}`);
			policies.set(arn, found?.arn === arn ? found : undefined);
		});
	};
	const loadService = (prefix: string): Promise<void> => {
		const lower = prefix.toLowerCase();
		if (services.has(lower) || !Object.hasOwn(serviceIndex, lower)) return Promise.resolve();
		return once(`s:${lower}`, async () => {
			services.set(lower, await required<ServiceInfo>(`services/${lower}.json`));
		});
	};
	const catalog: BrowserCatalog = {
		managedPolicies: {
			get: (arn) => policies.get(arn)?.document,
			entry: (arn) => policies.get(arn),
		},
		services: {
			service: (prefix) => services.get(prefix.toLowerCase()),
			prefixes: () => prefixes,
			index: () => serviceIndex,
			globalConditionKeys: () => globalKeys,
			isLoaded: (prefix) => services.has(prefix.toLowerCase()),
		},
		meta: () => meta,
		rcpServices: () => rcp,
		async ensurePolicies(arns) {
			await Promise.all([...new Set(arns)].map(loadPolicy));
		},
		async ensureServices(wanted) {
			await Promise.all([...new Set(wanted)].map(loadService));
		},
		async ensureFor(text) {
			const mentions = scenarioMentions(text, prefixes);
			await catalog.ensurePolicies(mentions.policyArns);
			const wanted = new Set(mentions.servicePrefixes);
			for (const arn of mentions.policyArns) {
				const document = policies.get(arn)?.document;
				if (document === undefined) continue;
				for (const p of scenarioMentions(document, prefixes).servicePrefixes) wanted.add(p);
			}
			await catalog.ensureServices(wanted);
		},
		policyIndex() {
			policyIndex ??= required<Record<string, ManagedPolicySummary>>(
				'managed-policies/index.json',
			).catch((error: unknown) => {
				policyIndex = undefined; // let a later call retry
				throw error;
			});
			return policyIndex;
		},
	};
	return catalog;
}
