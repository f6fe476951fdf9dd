/**
 * On a phone (390 px, the width of most current ones) no page scrolls
 * sideways and the header's controls stay on screen: every chapter, the
 * course index and a sample of reference pages, hand-written and generated.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
	await site.page.setViewportSize({ width: 390, height: 844 });
});
afterAll(async () => {
	await site?.close();
});

const chapters = readdirSync(join(DIST, 'chapters'), { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => `/chapters/${entry.name}/`)
	.sort();

const referencePages = [
	...readdirSync(join(DIST, 'reference'), { withFileTypes: true })
		.filter(
			(entry) => entry.isDirectory() && !['services', 'managed-policies'].includes(entry.name),
		)
		.map((entry) => `/reference/${entry.name}/`)
		.sort(),
	'/reference/services/',
	'/reference/services/iam/',
	'/reference/services/ec2/',
	'/reference/services/s3/',
	'/reference/managed-policies/',
	'/reference/managed-policies/AdministratorAccess/',
	'/reference/managed-policies/AmazonSSMManagedInstanceCore/',
];

/** What sticks out past the right edge: the page's width and the widest offenders. */
async function overflow(path: string): Promise<{ width: number; offenders: string[] }> {
	await site.page.goto(site.url(path));
	return site.page.evaluate(() => {
		const viewport = document.documentElement.clientWidth;
		const sticksOut = (el: Element): boolean => el.getBoundingClientRect().right > viewport + 1;
		// An element past the edge inside a box that scrolls or clips (a code block, a table's
		// scroller) is fine; only the outermost unclipped offender of each nest is reported.
		const contained = (el: Element): boolean => {
			for (let up = el.parentElement; up !== null && up !== document.body; up = up.parentElement) {
				if (getComputedStyle(up).overflowX !== 'visible' && !sticksOut(up)) return true;
			}
			return false;
		};
		const offenders = [...document.body.querySelectorAll('*')]
			.filter((el) => sticksOut(el) && !contained(el))
			.filter(
				(el) =>
					el.parentElement === null ||
					!sticksOut(el.parentElement) ||
					el.parentElement === document.body,
			)
			.slice(0, 5)
			.map((el) => {
				const box = el.getBoundingClientRect();
				const cls =
					typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
				return `${el.tagName.toLowerCase()}${cls} (right edge ${Math.round(box.right)} px): ${(el.textContent ?? '').trim().slice(0, 50)}`;
			});
		return { width: document.documentElement.scrollWidth, offenders };
	});
}

describe('phone layout at 390 px', () => {
	it('finds the chapters to check', () => {
		expect(chapters.length).toBeGreaterThanOrEqual(10);
	});

	it.each([...chapters, '/chapters/', '/', ...referencePages])(
		'%s does not scroll sideways',
		async (path) => {
			const { width, offenders } = await overflow(path);
			expect({ width, offenders }).toEqual({ width: 390, offenders: [] });
		},
	);

	it.each(['/chapters/05-ec2-role-walkthrough/', '/reference/condition-operators/'])(
		'keeps the menu and search buttons of %s on screen',
		async (path) => {
			await site.page.goto(site.url(path));
			const boxes = await site.page.evaluate(() =>
				['button.sl-menu-button', 'site-search button[data-open-modal]'].map((selector) => {
					const box = document.querySelector(selector)?.getBoundingClientRect();
					return box === undefined ? null : { left: box.left, right: box.right };
				}),
			);
			for (const box of boxes) {
				expect(box).not.toBeNull();
				expect(box?.left).toBeGreaterThanOrEqual(0);
				expect(box?.right).toBeLessThanOrEqual(390);
			}
		},
	);
});
