/**
 * The explorer's worker: loads every AWS managed policy once (before any file
 * is read), analyses the files it is sent with progress, and answers the
 * page's requests for one question's scenario and playground link, and for what
 * one principal can do in one service (with the service catalog, fetched on the
 * first such request: it carries nothing of the files). Nothing it is given
 * leaves it.
 */
import exampleCorp from '../../../playground/explorer/example-corp.json?raw';
import { createBrowserCatalog } from '../../../playground/catalog/browser-catalog.ts';
import type { BrowserCatalog } from '../../../playground/catalog/browser-catalog.ts';
import { encodeShareLink } from '../../../playground/editor/share-link.ts';
import { effectiveAccess } from '../../../playground/explorer/effective-access.ts';
import { analyzeAccounts } from '../../../playground/explorer/index.ts';
import type { AccountFile, Analysis, Question } from '../../../playground/explorer/index.ts';
import { questionScenario } from '../../../playground/explorer/question-scenario.ts';
import { analysisView } from '../../../playground/explorer/view-model.ts';
import { questionDocument } from '../../lib/explorer/playground-document.ts';
import type { ToWorker } from './protocol.ts';

let policies: Promise<Record<string, string>> | undefined;
let current: { analysis: Analysis; questions: Question[] } | undefined;
let catalogUrl = '';
let catalog: Promise<BrowserCatalog> | undefined;

const post = (message: unknown) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<ToWorker>) => {
	const message = event.data;
	if (message.type === 'init') {
		catalogUrl = message.catalogUrl;
		policies = fetch(message.policiesUrl).then((r) => {
			if (!r.ok) throw new Error(`cannot load the AWS managed policies: HTTP ${r.status}`);
			return r.json() as Promise<Record<string, string>>;
		});
		return;
	}
	if (message.type === 'analyze') {
		try {
			const documents = (await policies) ?? {};
			const files: AccountFile[] = message.example
				? [{ name: 'Example Corp', text: exampleCorp }]
				: message.files;
			let lastPost = 0;
			const analysis = analyzeAccounts(files, {
				managedPolicies: { get: (arn) => documents[arn] },
				progress: (done, phase) => {
					const now = performance.now();
					if (now - lastPost < 50 && done < 1) return;
					lastPost = now;
					post({ type: 'progress', id: message.id, done, phase });
				},
			});
			const { view, questions } = analysisView(analysis);
			current = { analysis, questions };
			post({ type: 'result', id: message.id, view, names: files.map((f) => f.name) });
		} catch (error) {
			post({ type: 'failed', id: message.id, message: (error as Error).message });
		}
		return;
	}
	if (message.type === 'question' && current) {
		const q = current.questions[message.index];
		if (q === undefined) return;
		const doc = questionDocument(current.analysis.model, q);
		const link = doc ? encodeShareLink(doc) : undefined;
		post({
			type: 'question',
			id: message.id,
			scenario: JSON.stringify(questionScenario(current.analysis.model, q), null, 2),
			...(link?.ok ? { hash: link.hash } : {}),
			outcome: q.outcome,
			decision: q.decision,
		});
	}
	if (message.type === 'effective' && current) {
		const principal = current.analysis.model.principals.find((p) => p.arn === message.arn);
		if (principal === undefined) return;
		const reply = { type: 'effective', id: message.id, prefix: message.prefix };
		try {
			catalog ??= createBrowserCatalog({ baseUrl: catalogUrl });
			const loaded = await catalog;
			await loaded.ensureServices([message.prefix]);
			const index = loaded.services.index();
			const services = Object.keys(index)
				.sort()
				.map((prefix) => ({ prefix, name: index[prefix]!.name }));
			const service = loaded.services.service(message.prefix);
			post(
				service === undefined
					? { ...reply, services, rows: [], problem: `unknown service \`${message.prefix}\`` }
					: { ...reply, services, rows: effectiveAccess(principal, service, new Date()) },
			);
		} catch (error) {
			catalog = undefined;
			post({ ...reply, services: [], rows: [], problem: (error as Error).message });
		}
	}
};
