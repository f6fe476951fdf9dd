import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCatalog } from '../../playground/catalog/ensure-catalog.ts';
import { createNodeCatalog, type NodeCatalog } from '../../playground/catalog/node-catalog.ts';
import type { ServiceInfo } from '../../playground/evaluator/index.ts';
import { createReferenceLookup, type ReferenceLookup } from '../lib/reference/reference-lookup.ts';
import { accessLevelOf, buildServiceView, listServices } from '../lib/reference/service-view.ts';

let catalog: NodeCatalog;
let lookup: ReferenceLookup;
beforeAll(() => {
	ensureCatalog();
	catalog = createNodeCatalog({ dir: resolve('playground/catalog-data') });
	lookup = createReferenceLookup(catalog.services);
});

/** The view of one service from the real catalog. */
function view(prefix: string) {
	const info = catalog.services.service(prefix);
	if (info === undefined) throw new Error(`no ${prefix} in the catalog`);
	return buildServiceView(info, lookup);
}

describe('buildServiceView', () => {
	it('shows iam:PassRole with the role resource type and iam:PassedToService, linked on the page', () => {
		const passRole = view('iam').actions.find((a) => a.anchor === 'passrole');
		expect(passRole).toMatchObject({
			name: 'PassRole',
			qualified: 'iam:PassRole',
			accessLevel: 'Write',
			resourceTypes: [{ name: 'role', required: true, href: '#resource-role' }],
		});
		expect(passRole?.conditionKeys).toContainEqual({
			name: 'iam:PassedToService',
			href: '#key-iam-passedtoservice',
		});
	});

	it('lists the anchors every link of the iam page points at', () => {
		const v = view('iam');
		const ids = new Set([
			...v.actions.map((a) => a.anchor),
			...v.resourceTypes.map((r) => r.anchor),
			...v.conditionKeys.map((k) => k.anchor),
		]);
		const local = [
			...v.actions.flatMap((a) => [...a.resourceTypes, ...a.conditionKeys, ...a.dependentActions]),
			...v.resourceTypes.flatMap((r) => r.conditionKeys),
		]
			.map((n) => n.href)
			.filter((h): h is string => h?.startsWith('#') === true);
		expect(local.length).toBeGreaterThan(0);
		expect(local.filter((h) => !ids.has(h.slice(1)))).toEqual([]);
	});

	it('sorts actions by name and counts them by access level in AWS order', () => {
		const v = view('iam');
		const names = v.actions.map((a) => a.name.toLowerCase());
		expect(names).toEqual([...names].sort());
		expect(v.levels.map((l) => l.level)).toEqual([
			'List',
			'Read',
			'Write',
			'Permissions management',
			'Tagging',
		]);
		expect(v.levels.reduce((n, l) => n + l.count, 0)).toBe(v.actions.length);
	});

	it('gives every entry of every service a distinct anchor, none equal to a section id', () => {
		const sections = ['actions', 'resource-types', 'condition-keys', 'actions-table'];
		const clashes: string[] = [];
		for (const { prefix } of listServices(catalog.services)) {
			const v = view(prefix);
			const seen = new Set(sections);
			for (const id of [
				...v.actions.map((a) => a.anchor),
				...v.resourceTypes.map((r) => r.anchor),
				...v.conditionKeys.map((k) => k.anchor),
			]) {
				if (seen.has(id)) clashes.push(`${prefix}#${id}`);
				seen.add(id);
			}
		}
		expect(clashes).toEqual([]);
	});

	it('links a dependent action of another service to its own page', () => {
		const linked = listServices(catalog.services)
			.flatMap(({ prefix }) => view(prefix).actions.flatMap((a) => a.dependentActions))
			.find((d) => d.href?.startsWith('/reference/services/') === true);
		expect(linked?.href).toBe(lookup(linked?.name ?? '')?.path);
	});
});

describe('accessLevelOf', () => {
	it.each([
		['Read', 'Read'],
		['Permissions management, Write', 'Permissions management'],
		['Tagging, Write', 'Tagging'],
	])('lists an action marked %s under %s', (level, expected) => {
		expect(accessLevelOf(level)).toBe(expected);
	});

	it('rejects a level it does not know, naming it and the known ones', () => {
		expect(() => accessLevelOf('Delete')).toThrow(
			'unknown access level `Delete`; expected one of List, Read, Write, Permissions management, Tagging',
		);
	});
});

describe('buildServiceView on a hand-made service', () => {
	const info: ServiceInfo = {
		prefix: 'demo',
		name: 'Demo',
		actions: {
			readthing: {
				name: 'ReadThing',
				description: 'Grants permission to read a thing',
				accessLevel: 'Read',
				resourceTypes: [{ name: 'gone', required: false, conditionKeys: [], dependentActions: [] }],
				conditionKeys: ['aws:SourceIp', 'demo:Colour', 'other:Key'],
				dependentActions: ['iam:PassRole', 'demo:NoSuchAction'],
			},
		},
		resourceTypes: {},
		conditionKeys: {
			'demo:colour': { key: 'demo:Colour', description: 'Filters by colour', type: 'String' },
		},
	};
	const fake: ReferenceLookup = (name) =>
		name.toLowerCase() === 'iam:passrole'
			? {
					kind: 'action',
					prefix: 'iam',
					name: 'iam:PassRole',
					path: '/reference/services/iam/#passrole',
				}
			: undefined;

	it('links own keys on the page, global keys to the global keys page, and leaves unknown names plain', () => {
		const [row] = buildServiceView(info, fake).actions;
		expect(row?.conditionKeys).toEqual([
			{ name: 'aws:SourceIp', href: '/reference/global-condition-keys/' },
			{ name: 'demo:Colour', href: '#key-demo-colour' },
			{ name: 'other:Key' },
		]);
		expect(row?.dependentActions).toEqual([
			{ name: 'iam:PassRole', href: '/reference/services/iam/#passrole' },
			{ name: 'demo:NoSuchAction' },
		]);
		expect(row?.resourceTypes).toEqual([{ name: 'gone', required: false }]);
	});
});
