import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCatalog } from '../../playground/catalog/ensure-catalog.ts';
import { createNodeCatalog } from '../../playground/catalog/node-catalog.ts';
import { createReferenceLookup, type ReferenceLookup } from '../lib/reference/reference-lookup.ts';

let lookup: ReferenceLookup;
beforeAll(() => {
	ensureCatalog();
	lookup = createReferenceLookup(
		createNodeCatalog({ dir: resolve('playground/catalog-data') }).services,
	);
});

describe('createReferenceLookup', () => {
	it.each([
		['iam:PassRole', 'action', 'iam:PassRole', '/reference/services/iam/#passrole'],
		['IAM:passrole', 'action', 'iam:PassRole', '/reference/services/iam/#passrole'],
		['s3:GetObject', 'action', 's3:GetObject', '/reference/services/s3/#getobject'],
		[
			'iam:PassedToService',
			'key',
			'iam:PassedToService',
			'/reference/services/iam/#key-iam-passedtoservice',
		],
		[
			'iam:ResourceTag/team',
			'key',
			'iam:ResourceTag/${TagKey}',
			'/reference/services/iam/#key-iam-resourcetag-tagkey',
		],
	])('resolves %s to the %s entry %s', (name, kind, canonical, path) => {
		expect(lookup(name)).toEqual({
			kind,
			prefix: name.split(':')[0]?.toLowerCase(),
			name: canonical,
			path,
		});
	});

	it.each([
		['s3:Get*', 'a wildcard'],
		['aws:SourceArn', 'a global key (no service page)'],
		['iam:NoSuchAction', 'an unknown action'],
		['nosuchservice:GetThing', 'an unknown service'],
		['ec2.amazonaws.com', 'a service principal'],
		['iam:constructor', 'an Object.prototype member'],
	])('resolves nothing for %s (%s)', (name) => {
		expect(lookup(name)).toBeUndefined();
	});
});
