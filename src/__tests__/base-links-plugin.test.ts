import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { createBaseLinksPlugin } from '../lib/base-links-plugin.ts';

const contentFile = new URL('file:///site/content/chapters/01-x.mdx');
const otherFile = new URL('file:///site/src/pages/other.mdx');

describe('createBaseLinksPlugin', () => {
	it('prefixes root-relative Markdown links with the base and leaves other links alone', async () => {
		const plugin = createBaseLinksPlugin({ base: '/lab' });
		const { html } = await markdownToHtml(
			'See [ch 6](/chapters/06-how-aws-decides/), [StringLike](/reference/condition-operators/#stringlike), [AWS](https://aws.amazon.com/) and [below](#below).',
			{ hastPlugins: [plugin] },
		);
		expect(html).toContain('href="/lab/chapters/06-how-aws-decides/"');
		expect(html).toContain('href="/lab/reference/condition-operators/#stringlike"');
		expect(html).toContain('href="https://aws.amazon.com/"');
		expect(html).toContain('href="#below"');
	});

	it('prefixes the href of LinkCard and LinkButton components in MDX', async () => {
		const plugin = createBaseLinksPlugin({ base: '/lab' });
		const { code } = await mdxToJs(
			'<LinkCard href="/playground/" title="Playground" />\n\nText with <LinkButton href="/chapters/01-identities-in-aws/">start</LinkButton>.',
			{ hastPlugins: [plugin] },
		);
		expect(code).toContain('"/lab/playground/"');
		expect(code).toContain('"/lab/chapters/01-identities-in-aws/"');
		expect(code).not.toMatch(/"\/playground\/"/);
	});

	it('rewrites only files under the given folders', async () => {
		const plugin = createBaseLinksPlugin({ base: '/lab', onlyUnder: ['/site/content/'] });
		const inside = await markdownToHtml('[x](/reference/glossary/)', {
			hastPlugins: [plugin],
			fileURL: contentFile,
		});
		const outside = await markdownToHtml('[x](/reference/glossary/)', {
			hastPlugins: [plugin],
			fileURL: otherFile,
		});
		expect(inside.html).toContain('href="/lab/reference/glossary/"');
		expect(outside.html).toContain('href="/reference/glossary/"');
	});

	it('changes nothing when the base is the root', async () => {
		const plugin = createBaseLinksPlugin({ base: '/' });
		const { html } = await markdownToHtml('[x](/reference/glossary/)', { hastPlugins: [plugin] });
		expect(html).toContain('href="/reference/glossary/"');
	});
});
