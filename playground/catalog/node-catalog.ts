/**
 * The catalogs for Node (the CLI, tests, build scripts): synchronous look-ups
 * that read the generated files of `playground/catalog-data/` on first use and
 * keep what they read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Options of {@link createNodeCatalog}. */
export interface NodeCatalogOptions {
	/** The generated folder. @default `playground/catalog-data` */
	readonly dir?: string;
}

/** Both catalogs over one generated folder, plus its index files. */
export interface NodeCatalog {
	/** Managed policies by ARN (reads `managed-policies/<file>.json` on first request). */
	readonly managedPolicies: ManagedPolicyCatalog & {
		/** The whole policy file (name, version, date, document), or `undefined`. */
		entry(arn: string): ManagedPolicyFile | undefined;
		/** `managed-policies/index.json`: policy name → summary. */
		index(): Readonly<Record<string, ManagedPolicySummary>>;
	};
	/** Service data by prefix (reads `services/<prefix>.json` on first request). */
	readonly services: ServiceCatalog & {
		/** `services/index.json`: prefix → name and counts. */
		index(): Readonly<Record<string, ServiceSummary>>;
		globalConditionKeys(): Readonly<Record<string, ConditionKeyInfo>>;
	};
	/** Sources, versions and dates of the data. */
	meta(): CatalogMeta;
	/** Prefixes of the services resource control policies apply to (spec §7.2). */
	rcpServices(): readonly string[];
}

/** The default generated folder. */
const DEFAULT_DIR = fileURLToPath(new URL('../catalog-data', import.meta.url));

/**
 * Open the generated catalog. Throws when the folder holds no catalog (run
 * `npm run catalog`); files are read lazily afterwards.
 */
export function createNodeCatalog(options: NodeCatalogOptions = {}): NodeCatalog {
	const dir = options.dir ?? DEFAULT_DIR;
	const meta = _read<CatalogMeta>(dir, 'meta.json');
	if (meta === undefined) {
		throw new Error(`no catalog in ${dir}: expected meta.json there; run \`npm run catalog\``);
	}
	const serviceIndex = _required<Record<string, ServiceSummary>>(dir, 'services/index.json');
	const prefixes = Object.keys(serviceIndex);
	const policies = new Map<string, ManagedPolicyFile | undefined>();
	const services = new Map<string, ServiceInfo | undefined>();
	let policyIndex: Record<string, ManagedPolicySummary> | undefined;
	let globalKeys: Record<string, ConditionKeyInfo> | undefined;
	let rcp: string[] | undefined;

	const entry = (arn: string): ManagedPolicyFile | undefined => {
		if (!policies.has(arn)) {
			const file = managedPolicyFile(arn);
			const found =
				file === undefined ? undefined : _read<ManagedPolicyFile>(dir, `managed-policies/${file}`);
			// On a case-insensitive disk another spelling finds the file; ARNs are case-sensitive.
			policies.set(arn, found?.arn === arn ? found : undefined);
		}
		return policies.get(arn);
	};
	return {
		managedPolicies: {
			get: (arn) => entry(arn)?.document,
			entry,
			index: () =>
				(policyIndex ??= _required<Record<string, ManagedPolicySummary>>(
					dir,
					'managed-policies/index.json',
				)),
		},
		services: {
			service(prefix) {
				const lower = prefix.toLowerCase();
				if (!Object.hasOwn(serviceIndex, lower)) return undefined;
				if (!services.has(lower)) services.set(lower, _read(dir, `services/${lower}.json`));
				return services.get(lower);
			},
			prefixes: () => prefixes,
			index: () => serviceIndex,
			globalConditionKeys: () =>
				(globalKeys ??= _required<Record<string, ConditionKeyInfo>>(
					dir,
					'global-condition-keys.json',
				)),
		},
		meta: () => meta,
		rcpServices: () => (rcp ??= _required<string[]>(dir, 'rcp-services.json')),
	};
}

/** Parsed JSON of a catalog file, or `undefined` when the file does not exist. */
function _read<T>(dir: string, path: string): T | undefined {
	let text: string;
	try {
		text = readFileSync(join(dir, path), 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	return JSON.parse(text) as T;
}

/** Parsed JSON of a file every generated catalog has. */
function _required<T>(dir: string, path: string): T {
	const value = _read<T>(dir, path);
	if (value === undefined) {
		throw new Error(
			`catalog in ${dir} is incomplete: ${path} is missing; run \`npm run catalog -- --force\``,
		);
	}
	return value;
}
