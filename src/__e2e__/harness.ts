/**
 * What every e2e test needs: the built site served on 127.0.0.1 with a random
 * free port, and Debian's Chromium (never a downloaded browser) in a fresh
 * temporary profile.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../lib/static-server.ts';

/** The built site's folder. */
export const DIST = resolve('dist');
/** The base the site was built with (same variable as the build). */
export const BASE = process.env.SITE_BASE || '/';
/** The browser binary: Debian's Chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Chromium flags for headless runs on a shared machine. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** A served site and a browser on it. */
export interface Site {
	readonly server: StaticServer;
	readonly context: BrowserContext;
	readonly page: Page;
	/** An absolute URL for a root-relative site path (`/chapters/…/`), base included. */
	url(path: string): string;
	close(): Promise<void>;
}

/** Serves `dist/` and opens Chromium on it. */
export async function openSite(): Promise<Site> {
	if (!existsSync(join(DIST, 'index.html'))) {
		throw new Error('no built site in dist/: run `npm run build` before `npm run test:e2e`');
	}
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`no Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium)`,
		);
	}
	const server = await startStaticServer({ root: DIST, base: BASE });
	const profile = mkdtempSync(join(tmpdir(), 'iam-lab-e2e-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: { width: 1280, height: 900 },
	});
	// Actions wait as long as the run's own timeouts allow (see vitest.config.ts).
	context.setDefaultTimeout(120_000);
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		server,
		context,
		page,
		url: (path) => new URL(path.replace(/^\/+/, ''), server.url).href,
		async close() {
			await context.close();
			await server.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/**
 * The axe-core violations on the page, one readable line each (rule, impact,
 * help, the first nodes): `[]` is the pass. `configure` narrows the check
 * (`include`, `exclude`) where a page repeats one shape many times.
 */
export async function axeViolations(
	page: Page,
	configure: (builder: AxeBuilder) => AxeBuilder = (builder) => builder,
): Promise<string[]> {
	// Only violations are needed; skipping the other result types keeps long pages fast.
	const results = await configure(new AxeBuilder({ page }))
		.options({ resultTypes: ['violations'] })
		.analyze();
	return results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')}`,
	);
}
