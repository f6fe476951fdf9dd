/**
 * `npm run bench:browser`: the playground as a reader's browser feels it, on
 * the built site served with gzip on 127.0.0.1, in Debian's Chromium.
 *
 * Prints, and writes to `bench-browser.json` (or `BENCH_OUT`):
 * - the playground's JavaScript (gzip): before the verdict is on screen, and
 *   in all once the editor has loaded (workers included);
 * - time to the first verdict on screen and time to editable (navigation start
 *   until a key typed into the editor shows up), median of three fresh
 *   browser contexts;
 * - keystroke → verdict and markers, median and p95, and the long tasks while
 *   typing, for the default scenario and for a 200-statement permission policy.
 *
 * Figures, not assertions: timing never goes into the tests.
 * Run after `npm run build` (with the same `SITE_BASE`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { defaultDocument } from '../../playground/editor/default-document.ts';
import { encodeShareLink } from '../../playground/editor/share-link.ts';
import { BASE, CHROMIUM, CHROMIUM_ARGS, DIST } from '../__e2e__/harness.ts';
import { startStaticServer } from '../lib/static-server.ts';

const RUNS = 3;
const KEYS = 16;
/** Pause between keys: a quick typist. */
const KEY_GAP_MS = 80;
const OUT = resolve(process.env.BENCH_OUT ?? 'bench-browser.json');

/** The first frame in which the page shows a verdict (installed before any page script). */
const VERDICT_WATCH = `
	(() => {
		const seen = () => {
			const el = document.querySelector('[data-overall], [data-verdict="session"] .pg-decision');
			return el !== null && el.textContent.trim() !== '';
		};
		const tick = () => {
			if (seen()) performance.mark('bench:verdict-on-screen');
			else requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		window.__benchLongTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	})();
`;

interface LoadFigures {
	readonly verdictMs: number;
	readonly editableMs: number;
	/** Navigation to Monaco in place (it loads on the reader's first action: here, the typed key). */
	readonly monacoMs: number;
	readonly scripts: readonly string[];
	readonly scriptsBeforeVerdict: readonly string[];
}

/** A 200-statement permission policy with conditions, the size of a real estate's policy. */
function bigPolicy(): string {
	const services = ['s3', 'dynamodb', 'sqs', 'sns', 'lambda', 'ec2', 'logs', 'kms'];
	const Statement = Array.from({ length: 200 }, (_, i) => ({
		Sid: `S${i}`,
		Effect: i % 17 === 0 ? 'Deny' : 'Allow',
		Action: [`${services[i % 8]}:Get*`, `${services[(i + 3) % 8]}:List*`],
		Resource: `arn:aws:${services[i % 8]}:*:111122223333:thing-${i}/*`,
		Condition: {
			StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] },
			IpAddress: { 'aws:SourceIp': `10.${i % 256}.0.0/16` },
		},
	}));
	return JSON.stringify({ Version: '2012-10-17', Statement }, null, 2);
}

function median(xs: readonly number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? NaN;
}
function p95(xs: readonly number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? NaN;
}

/** The gzip size of a served script, from its file in `dist/`. */
function gzipBytes(url: string): number {
	const path = decodeURIComponent(new URL(url).pathname).slice(BASE.replace(/\/?$/, '/').length);
	const file = join(DIST, path);
	return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}

async function freshContext(): Promise<{
	context: BrowserContext;
	page: Page;
	close(): Promise<void>;
}> {
	const profile = mkdtempSync(join(tmpdir(), 'iam-lab-bench-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: { width: 1280, height: 800 },
	});
	await context.addInitScript(VERDICT_WATCH);
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		context,
		page,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/**
 * Focus the trust editor and type a key until the key shows in it (a key typed
 * into an editor that is not ready yet, or replaced while loading, is lost, as
 * it would be for a reader); returns the page time when it showed.
 */
async function typeUntilShown(page: Page): Promise<number> {
	// The first paint's quick editor, or Monaco once it has taken its place.
	const textarea = page.locator(
		'[data-editor="trust"] :is(textarea.pg-quick-input, .monaco-editor [role="textbox"])',
	);
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		await textarea.waitFor({ state: 'attached', timeout: 60_000 });
		await textarea.focus().catch(() => undefined);
		await page.keyboard.type('#');
		const shown = await page
			.waitForFunction(
				() =>
					document
						.querySelector('[data-editor="trust"] :is(.view-lines, .pg-fallback)')
						?.textContent?.includes('#') === true && performance.now(),
				undefined,
				{ polling: 'raf', timeout: 300 },
			)
			.then((h) => h.jsonValue() as Promise<number>)
			.catch(() => undefined);
		if (shown !== undefined) return shown;
	}
	throw new Error('no key typed into the editor showed up within 60 s');
}

/** One fresh load: verdict on screen, then a key typed into the trust editor until it shows. */
async function load(url: string): Promise<LoadFigures> {
	const { page, close } = await freshContext();
	try {
		const scripts: { url: string; at: number }[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script' || /\.m?js(\?|$)/.test(r.url())) {
				scripts.push({ url: r.url(), at: Date.now() });
			}
		});
		await page.goto(url, { waitUntil: 'commit' });
		const editableMs = await typeUntilShown(page);
		const verdict = await page.evaluate(() => {
			const mark = performance.getEntriesByName('bench:verdict-on-screen')[0];
			const before = performance
				.getEntriesByType('resource')
				.filter((e) => mark !== undefined && e.startTime < mark.startTime)
				.map((e) => e.name);
			return { at: mark?.startTime ?? NaN, before };
		});
		await page.waitForSelector('iam-playground[data-ready="editor"]', {
			state: 'attached',
			timeout: 120_000,
		});
		const monacoMs = await page.evaluate(
			() => performance.getEntriesByName('playground:editable')[0]?.duration ?? NaN,
		);
		// Let the remaining editors and the worker load before counting every script.
		await page.waitForTimeout(1500);
		const all = [...new Set(scripts.map((s) => s.url))];
		return {
			verdictMs: verdict.at,
			editableMs,
			monacoMs,
			scripts: all,
			scriptsBeforeVerdict: all.filter((u) => verdict.before.includes(u)),
		};
	} finally {
		await close();
	}
}

/** Type `KEYS` keys at the end of a pane; the page's own keystroke measures and the long tasks. */
async function typing(
	url: string,
	paneId: string,
): Promise<{
	medianMs: number;
	p95Ms: number;
	longTasks: number;
	longestTaskMs: number;
	keys: number;
}> {
	const { page, close } = await freshContext();
	try {
		await page.goto(url);
		// Monaco loads once the reader acts on the page.
		await page.waitForSelector('iam-playground[data-ready]', {
			state: 'attached',
			timeout: 120_000,
		});
		await page.mouse.move(300, 300);
		await page.waitForSelector('iam-playground[data-ready="editor"]', {
			state: 'attached',
			timeout: 120_000,
		});
		await page.locator(`[role="tab"][data-pane="${paneId}"]`).click();
		const editor = page.locator(`[data-editor="${paneId}"] .monaco-editor [role="textbox"]`);
		await editor.waitFor({ state: 'attached', timeout: 30_000 });
		await editor.focus();
		await page.keyboard.press('ControlOrMeta+End');
		await page.waitForTimeout(1000); // settle: catalog loads, first evaluations
		const start = await page.evaluate(() => {
			performance.clearMeasures();
			return performance.now();
		});
		for (let i = 0; i < KEYS; i++) {
			await page.keyboard.type(' ');
			await page.waitForTimeout(KEY_GAP_MS);
		}
		await page.waitForTimeout(500);
		const { times, tasks } = await page.evaluate((from) => {
			const w = window as unknown as { __benchLongTasks: { start: number; duration: number }[] };
			return {
				times: performance
					.getEntriesByName('playground:keystroke-to-verdict')
					.map((e) => e.duration),
				tasks: w.__benchLongTasks.filter((t) => t.start >= from).map((t) => t.duration),
			};
		}, start);
		return {
			medianMs: median(times),
			p95Ms: p95(times),
			longTasks: tasks.length,
			longestTaskMs: Math.max(0, ...tasks),
			keys: times.length,
		};
	} finally {
		await close();
	}
}

if (!existsSync(join(DIST, 'playground', 'index.html'))) {
	console.error('no built playground in dist/: run `npm run build` first');
	process.exit(1);
}
const server = await startStaticServer({ root: DIST, base: BASE, gzip: true });
try {
	const page = new URL('playground/', server.url).href;
	const loads: LoadFigures[] = [];
	for (let i = 0; i < RUNS; i++) loads.push(await load(page));
	const kb = (n: number): number => Math.round(n / 102.4) / 10;
	const total = kb(loads[0]!.scripts.reduce((n, u) => n + gzipBytes(u), 0));
	const beforeVerdict = kb(loads[0]!.scriptsBeforeVerdict.reduce((n, u) => n + gzipBytes(u), 0));
	const small = await typing(page, 'trust');
	const doc = defaultDocument();
	const link = encodeShareLink({
		...doc,
		permissionPolicies: [{ kind: 'inline', name: 'Big', text: bigPolicy() }],
		session: {
			...doc.session,
			action: 's3:GetObject',
			resource: 'arn:aws:s3:*:111122223333:thing-3/x',
		},
	});
	if (!link.ok) throw new Error(link.message);
	const large = await typing(`${page}${link.hash}`, 'permission/0');
	const figures = {
		date: new Date().toISOString(),
		javascriptGzipKB: { beforeVerdict: beforeVerdict, total },
		verdictOnScreenMs: {
			runs: loads.map((l) => Math.round(l.verdictMs)),
			median: Math.round(median(loads.map((l) => l.verdictMs))),
		},
		editableMs: {
			runs: loads.map((l) => Math.round(l.editableMs)),
			median: Math.round(median(loads.map((l) => l.editableMs))),
		},
		monacoReadyMs: {
			runs: loads.map((l) => Math.round(l.monacoMs)),
			median: Math.round(median(loads.map((l) => l.monacoMs))),
		},
		keystrokeToVerdict: { small, policy200: large },
	};
	writeFileSync(OUT, JSON.stringify(figures, null, 2) + '\n');
	const ms = (n: number): string => `${n.toFixed(1)} ms`;
	console.log(
		`playground JavaScript (gzip): ${beforeVerdict} KB before the verdict, ${total} KB in all`,
	);
	console.log(
		`first verdict on screen: median ${figures.verdictOnScreenMs.median} ms (${figures.verdictOnScreenMs.runs.join(', ')})`,
	);
	console.log(
		`editable (navigation → typed key shows): median ${figures.editableMs.median} ms (${figures.editableMs.runs.join(', ')})`,
	);
	console.log(
		`Monaco in place (loaded on the first key): median ${figures.monacoReadyMs.median} ms (${figures.monacoReadyMs.runs.join(', ')})`,
	);
	for (const [name, t] of [
		['default scenario', small],
		['200-statement policy', large],
	] as const) {
		console.log(
			`keystroke → verdict, ${name}: median ${ms(t.medianMs)}, p95 ${ms(t.p95Ms)} over ${t.keys} keys; ${t.longTasks} long tasks, longest ${ms(t.longestTaskMs)}`,
		);
	}
	console.log(`written to ${OUT}`);
} finally {
	await server.close();
}
