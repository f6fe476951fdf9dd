import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../../../playground/catalog/node-catalog.ts';
import { documentPanes } from '../../../playground/editor/document-panes.ts';
import { evaluateDocument } from '../../../playground/editor/evaluate-document.ts';
import type { HopId } from '../../../playground/editor/types.ts';
import { readCorpus } from '../../../playground/scenarios/read-corpus.ts';
import { offeredChanges } from '../../lib/playground/offered-changes.ts';
import { presetDocument } from '../../lib/playground/preset-document.ts';

const catalog = createNodeCatalog();
const options = { managedPolicies: catalog.managedPolicies, now: new Date('2026-01-01T00:00:00Z') };
const HOPS: readonly HopId[] = ['assume', 'session'];

/** Every corpus case with a scenario object, as the playground would open it. */
const cases = readCorpus('playground/scenarios').flatMap((file) =>
	'cases' in file
		? file.cases
				.filter((c) => c.scenario !== undefined)
				.map((c) => ({ id: c.id ?? c.name, name: c.name, scenario: c.scenario! }))
		: [],
);

describe('offered changes', () => {
	it('offer, for every corpus case, only edits that turn the denied hop into an allowed one', () => {
		let offered = 0;
		let deniedHops = 0;
		for (const preset of cases) {
			const { doc } = presetDocument(preset);
			const evaluation = evaluateDocument(doc, options);
			for (const hop of HOPS) {
				if (evaluation[hop].result === undefined || evaluation[hop].result.decision === 'allowed') {
					continue;
				}
				deniedHops++;
				for (const change of offeredChanges(doc, evaluation[hop], options)) {
					if (change.doc === undefined) continue;
					offered++;
					const after = evaluateDocument(change.doc, options)[hop];
					expect(after.result?.decision, `${preset.id}, ${hop}: ${change.message}`).toBe('allowed');
					if (change.focus !== undefined) {
						expect(documentPanes(change.doc, options.managedPolicies).map((p) => p.id)).toContain(
							change.focus,
						);
					}
				}
			}
		}
		// The corpus has many denials: the check above must have had edits to apply.
		expect(deniedHops).toBeGreaterThan(100);
		expect(offered).toBeGreaterThan(100);
	}, 120_000);

	it('adds a new permission policy, shown as its own pane, when nothing grants the action', () => {
		const { doc } = presetDocument(cases.find((c) => c.id === 'preset-ec2-trust')!);
		const denied = { ...doc, session: { ...doc.session, action: 'iam:CreateRole' } };
		const [change] = offeredChanges(denied, evaluateDocument(denied, options).session, options);
		expect(change).toMatchObject({
			label: 'Add as a new policy',
			focus: 'permission/0',
			done: 'added the policy Suggested1',
			statement: { Effect: 'Allow', Action: 'iam:CreateRole', Resource: '*' },
		});
		expect(documentPanes(change!.doc!).find((p) => p.id === 'permission/0')?.title).toBe(
			'Suggested1',
		);
	});

	it('gives the missing external id with the value the trust policy asks for', () => {
		const preset = cases.find((c) => c.id === 'preset-cross-account-missing-external-id')!;
		const { doc } = presetDocument(preset);
		const changes = offeredChanges(doc, evaluateDocument(doc, options).assume, options);
		const key = changes.find((c) => c.label === 'Add `sts:ExternalId` to the context');
		expect(Object.keys(key?.doc?.caller.context ?? {})).toContain('sts:ExternalId');
	});

	it('says when removing a deny alone would not allow the request, and offers no edit for it', () => {
		const preset = cases.find((c) => c.id === 'preset-scp-deny-region')!;
		const { doc } = presetDocument(preset);
		const withoutAllow = { ...doc, permissionPolicies: [] };
		const changes = offeredChanges(
			withoutAllow,
			evaluateDocument(withoutAllow, options).session,
			options,
		);
		expect(changes).toHaveLength(1);
		expect(changes[0]!.doc).toBeUndefined();
		expect(changes[0]!.message).toMatch(/removing it alone would not allow the request$/);
	});
});
