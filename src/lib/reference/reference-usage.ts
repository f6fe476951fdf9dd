/**
 * Which chapters, reference pages and playground presets use which actions
 * and condition keys, found at build time by scanning their text: inline code
 * spans (`` `iam:PassRole` ``) and JSON strings (`"iam:PassedToService"`) that
 * name an entry of the service reference exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReferenceLookup } from './reference-lookup.ts';

/** A page or preset that uses an entry. */
export interface UsageSite {
	readonly title: string;
	/** Root-relative link, without the deploy base. */
	readonly path: string;
}

/** A text to scan and where it lives. */
export interface UsageSource extends UsageSite {
	readonly text: string;
}

/** Entry path (`/reference/services/iam/#passrole`) → the sites using it, in source order. */
export type ReferenceUsage = ReadonlyMap<string, readonly UsageSite[]>;

// A code span or JSON string holding nothing but `prefix:name`.
const _MENTION = /[`"]([A-Za-z0-9-]+:[A-Za-z0-9_.\-/${}]+)[`"]/g;

/** Scans `sources` (in order) for names `lookup` resolves; each site is listed once per entry. */
export function scanReferenceUsage(
	sources: readonly UsageSource[],
	lookup: ReferenceLookup,
): ReferenceUsage {
	const usage = new Map<string, UsageSite[]>();
	for (const source of sources) {
		const site: UsageSite = { title: source.title, path: source.path };
		for (const m of source.text.matchAll(_MENTION)) {
			const entry = lookup(m[1] as string);
			if (entry === undefined) continue;
			const sites = usage.get(entry.path) ?? [];
			if (!sites.some((s) => s.path === site.path && s.title === site.title)) sites.push(site);
			usage.set(entry.path, sites);
		}
	}
	return usage;
}

/** Options for {@link readUsageSources}. */
export interface ReadUsageSourcesOptions {
	/** The content folder (holds `chapters/` and `reference/`). */
	readonly contentDir: string;
	/** The presets file (`{ cases: [{ id, name, scenario }] }`). */
	readonly presetsFile: string;
}

/** The chapters, hand-written reference pages and playground presets, as scan sources. */
export function readUsageSources(options: ReadUsageSourcesOptions): UsageSource[] {
	const sources: UsageSource[] = [];
	for (const folder of ['chapters', 'reference']) {
		const dir = join(options.contentDir, folder);
		for (const file of readdirSync(dir).sort()) {
			if (!/\.mdx?$/.test(file)) continue;
			const text = readFileSync(join(dir, file), 'utf8');
			const title = /^title:\s*['"]?(.+?)['"]?\s*$/m.exec(text)?.[1] ?? file;
			sources.push({ title, path: `/${folder}/${file.replace(/\.mdx?$/, '')}/`, text });
		}
	}
	const presets = JSON.parse(readFileSync(options.presetsFile, 'utf8')) as {
		cases: { id: string; name: string; scenario: unknown }[];
	};
	for (const preset of presets.cases) {
		sources.push({
			title: `Playground preset: ${preset.name}`,
			path: '/playground/',
			text: JSON.stringify(preset.scenario),
		});
	}
	return sources;
}
