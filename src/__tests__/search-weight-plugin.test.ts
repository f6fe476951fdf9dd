import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { createSearchWeightPlugin } from '../lib/search-weight-plugin.ts';

const plugin = createSearchWeightPlugin({ onlyUnder: ['/site/content/reference/'] });
const render = (fileURL: string) =>
	markdownToHtml('## StringLike\n\n### aws:SourceArn\n\n#### Deeper\n\nText.', {
		hastPlugins: [plugin],
		fileURL: new URL(fileURL),
	});

describe('createSearchWeightPlugin', () => {
	it('gives the h2 and h3 headings of reference pages the top Pagefind weight', async () => {
		const { html } = await render('file:///site/content/reference/condition-operators.mdx');
		expect(html).toContain('<h2 data-pagefind-weight="10">StringLike</h2>');
		expect(html).toContain('<h3 data-pagefind-weight="10">aws:SourceArn</h3>');
		expect(html).toContain('<h4>Deeper</h4>');
	});

	it('leaves the headings of other pages alone', async () => {
		const { html } = await render('file:///site/content/chapters/07-least-privilege.mdx');
		expect(html).not.toContain('data-pagefind-weight');
	});
});
