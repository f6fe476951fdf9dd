import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../lib/check-links.ts';
import { BASE, DIST } from './harness.ts';

const copies: string[] = [];
afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('internal links of the built site', () => {
	it('all resolve, anchors included', async () => {
		expect(await findBrokenLinks(DIST, { base: BASE })).toEqual([]);
	});

	it('a broken internal link added to a built page is detected', async () => {
		const copy = mkdtempSync(join(tmpdir(), 'iam-lab-dist-'));
		copies.push(copy);
		cpSync(DIST, copy, { recursive: true });
		const before = await findBrokenLinks(copy, { base: BASE });
		const page = join(copy, 'chapters', '01-identities-in-aws', 'index.html');
		const prefix = BASE.replace(/\/+$/, '');
		const html = readFileSync(page, 'utf8').replace(
			'</main>',
			`<a href="${prefix}/chapters/99-no-such-chapter/">x</a><a href="${prefix}/reference/condition-operators/#no-such-operator">y</a></main>`,
		);
		writeFileSync(page, html);
		const after = await findBrokenLinks(copy, { base: BASE });
		expect(after).toHaveLength(before.length + 2);
		expect(after).toEqual(
			expect.arrayContaining([
				{
					page: 'chapters/01-identities-in-aws/index.html',
					href: `${prefix}/chapters/99-no-such-chapter/`,
					reason: 'no built page or file at this path',
				},
				{
					page: 'chapters/01-identities-in-aws/index.html',
					href: `${prefix}/reference/condition-operators/#no-such-operator`,
					reason: 'no element with id `no-such-operator` on the target page',
				},
			]),
		);
	});
});
