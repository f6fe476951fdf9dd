/**
 * The build-time data of the generated reference, read once per build and
 * shared by all its pages: the catalog, the name lookup, the usage scan of
 * the chapters and presets, the service views and the policy summaries.
 * Paths are resolved from the working directory (the project root for
 * `astro build`), as the bundled pages no longer sit beside their sources.
 */
import { resolve } from 'node:path';
import { createNodeCatalog, type NodeCatalog } from '../../../playground/catalog/node-catalog.ts';
import type {
	CatalogMeta,
	ManagedPolicySummary,
} from '../../../playground/catalog/build-catalog.ts';
import { createReferenceLookup, type ReferenceLookup } from './reference-lookup.ts';
import { readUsageSources, scanReferenceUsage, type ReferenceUsage } from './reference-usage.ts';
import { buildServiceView, listServices, type ServiceView } from './service-view.ts';
import { summarizePolicy, type ExpansionCache, type PolicySummary } from './policy-summary.ts';

/** Everything the reference pages read. */
export interface ReferenceData {
	readonly catalog: NodeCatalog;
	readonly lookup: ReferenceLookup;
	readonly usage: ReferenceUsage;
	/** Every service, sorted by prefix, with its counts. */
	readonly services: ReturnType<typeof listServices>;
	/** Every managed policy, sorted by name. */
	readonly policies: readonly (ManagedPolicySummary & { readonly name: string })[];
	serviceView(prefix: string): ServiceView;
	policySummary(name: string): PolicySummary;
}

let _data: ReferenceData | undefined;
let _meta: CatalogMeta | undefined;

/** The generated catalog's `meta.json` (read once per build), for the catalog date. */
export function catalogMeta(): CatalogMeta {
	return (_meta ??= createNodeCatalog({ dir: resolve('playground/catalog-data') }).meta());
}

/** The shared data (built on first call). */
export function referenceData(): ReferenceData {
	return (_data ??= createReferenceData({
		catalogDir: resolve('playground/catalog-data'),
		contentDir: resolve('content'),
		presetsFile: resolve('playground/scenarios/presets/presets.json'),
	}));
}

/** Where {@link createReferenceData} reads from. */
export interface ReferenceDataOptions {
	readonly catalogDir: string;
	readonly contentDir: string;
	readonly presetsFile: string;
}

/** Reads the catalog and scans the content; views and summaries are computed on request. */
export function createReferenceData(options: ReferenceDataOptions): ReferenceData {
	const catalog = createNodeCatalog({ dir: options.catalogDir });
	const lookup = createReferenceLookup(catalog.services);
	const usage = scanReferenceUsage(
		readUsageSources({ contentDir: options.contentDir, presetsFile: options.presetsFile }),
		lookup,
	);
	const index = catalog.managedPolicies.index();
	const policies = Object.keys(index)
		.sort((a, b) => a.localeCompare(b, 'en'))
		.map((name) => ({ name, ...(index[name] as ManagedPolicySummary) }));
	const expansions: ExpansionCache = new Map();
	return {
		catalog,
		lookup,
		usage,
		services: listServices(catalog.services),
		policies,
		serviceView(prefix) {
			const info = catalog.services.service(prefix);
			if (info === undefined) {
				throw new Error(`no service \`${prefix}\` in the catalog; expected one of its prefixes`);
			}
			return buildServiceView(info, lookup, usage);
		},
		policySummary(name) {
			const summary = Object.hasOwn(index, name) ? index[name] : undefined;
			const file = summary === undefined ? undefined : catalog.managedPolicies.entry(summary.arn);
			if (file === undefined) {
				throw new Error(`no managed policy \`${name}\` in the catalog`);
			}
			return summarizePolicy(file.document, catalog.services, expansions);
		},
	};
}
