import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../../playground/catalog/node-catalog.ts';
import { evaluateDocument } from '../../playground/editor/evaluate-document.ts';
import { decodeShareLink, encodeShareLink } from '../../playground/editor/share-link.ts';
import { analyzeAccounts } from '../../playground/explorer/index.ts';
import { questionDocument } from '../lib/explorer/playground-document.ts';

const catalog = createNodeCatalog();
const text = readFileSync(
	new URL('../../playground/explorer/example-corp.json', import.meta.url),
	'utf8',
);

describe('questionDocument', { timeout: 120_000 }, () => {
	it('opens every Example Corp trust answer in the playground with the explorer’s verdict on hop 1', () => {
		const analysis = analyzeAccounts([{ name: 'example-corp.json', text }], {
			managedPolicies: catalog.managedPolicies,
		});
		const questions = [
			...analysis.edges.filter((e) => e.via === 'sts:AssumeRole').flatMap((e) => e.questions),
			...analysis.external.map((e) => e.question),
		].filter((q) => !q.trustOf?.includes(':role/aws-service-role/'));
		expect(questions.length).toBeGreaterThan(10);
		for (const q of questions) {
			const doc = questionDocument(analysis.model, q);
			expect(doc, q.resource).toBeDefined();
			const link = encodeShareLink(doc!);
			expect(link.ok).toBe(true);
			const back = decodeShareLink({ hash: link.ok ? link.hash : '' });
			expect(back?.ok).toBe(true);
			const result = evaluateDocument(doc!, { managedPolicies: catalog.managedPolicies });
			expect(result.assume.result?.decision, `${q.principal} → ${q.resource}`).toBe(q.decision);
		}
	});

	it('has no playground document for a user’s own request', () => {
		const analysis = analyzeAccounts([{ name: 'example-corp.json', text }], {
			managedPolicies: catalog.managedPolicies,
		});
		const pass = analysis.edges.find((e) => e.via === 'iam:PassRole' && e.from.includes(':user/'))!;
		expect(questionDocument(analysis.model, pass.questions[0]!)).toBeUndefined();
	});
});
