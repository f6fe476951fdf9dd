import { describe, expect, it } from 'vitest';
import type { ReferenceEntry } from '../lib/reference/reference-lookup.ts';
import { scanReferenceUsage } from '../lib/reference/reference-usage.ts';

// A hand-made lookup: two actions and one key.
const entries: Record<string, ReferenceEntry> = {
	'iam:passrole': {
		kind: 'action',
		prefix: 'iam',
		name: 'iam:PassRole',
		path: '/ref/iam/#passrole',
	},
	's3:getobject': {
		kind: 'action',
		prefix: 's3',
		name: 's3:GetObject',
		path: '/ref/s3/#getobject',
	},
	'iam:passedtoservice': {
		kind: 'key',
		prefix: 'iam',
		name: 'iam:PassedToService',
		path: '/ref/iam/#key-iam-passedtoservice',
	},
};
const lookup = (name: string): ReferenceEntry | undefined => entries[name.toLowerCase()];

describe('scanReferenceUsage', () => {
	it('finds names in inline code spans and JSON strings, once per page and entry', () => {
		const usage = scanReferenceUsage(
			[
				{
					title: 'Chapter 8',
					path: '/chapters/08/',
					text: 'Naming it is an `iam:PassRole` request; `iam:PassRole` again.\n```json\n{ "Condition": { "StringEquals": { "iam:PassedToService": "ec2.amazonaws.com" } } }\n```',
				},
				{ title: 'Preset: read', path: '/playground/', text: '{"action":"s3:GetObject"}' },
				{ title: 'Preset: pass', path: '/playground/', text: '{"Action":"iam:PassRole"}' },
			],
			lookup,
		);
		expect(Object.fromEntries(usage)).toEqual({
			'/ref/iam/#passrole': [
				{ title: 'Chapter 8', path: '/chapters/08/' },
				{ title: 'Preset: pass', path: '/playground/' },
			],
			'/ref/iam/#key-iam-passedtoservice': [{ title: 'Chapter 8', path: '/chapters/08/' }],
			'/ref/s3/#getobject': [{ title: 'Preset: read', path: '/playground/' }],
		});
	});

	it.each([
		['prose without code', 'we call iam:PassRole here'],
		['a wildcard', '`s3:Get*`'],
		['a name inside a longer code span', '`aws iam:PassRole --x`'],
		['an unknown name', '`iam:PassRoles`'],
	])('links nothing for %s', (_, text) => {
		expect(scanReferenceUsage([{ title: 't', path: '/p/', text }], lookup).size).toBe(0);
	});
});
