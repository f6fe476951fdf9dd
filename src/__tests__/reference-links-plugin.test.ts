import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { ReferenceEntry } from '../lib/reference/reference-lookup.ts';
import { createReferenceLinksPlugin } from '../lib/reference/reference-links-plugin.ts';

const chapter = new URL('file:///site/content/chapters/08-roles.mdx');
const page = new URL('file:///site/src/pages/other.md');

// A hand-made lookup: one action and one key.
const entries: Record<string, ReferenceEntry> = {
	'iam:passrole': {
		kind: 'action',
		prefix: 'iam',
		name: 'iam:PassRole',
		path: '/reference/services/iam/#passrole',
	},
	'iam:passedtoservice': {
		kind: 'key',
		prefix: 'iam',
		name: 'iam:PassedToService',
		path: '/reference/services/iam/#key-iam-passedtoservice',
	},
};

/** The HTML of `markdown` compiled as the file `url` with the plugin. */
async function render(markdown: string, url = chapter, base = '/'): Promise<string> {
	const plugin = createReferenceLinksPlugin({
		base,
		onlyUnder: ['/site/content/chapters/'],
		lookup: (name) => entries[name.toLowerCase()],
	});
	return (await markdownToHtml(markdown, { hastPlugins: [plugin], fileURL: url })).html;
}

describe('createReferenceLinksPlugin', () => {
	it('links inline code naming an action or a key to its reference entry', async () => {
		const html = await render(
			'Naming it is an `iam:PassRole` request, narrowed by `iam:PassedToService`.',
		);
		expect(html).toContain(
			'<a href="/reference/services/iam/#passrole" class="reference-link"><code>iam:PassRole</code></a>',
		);
		expect(html).toContain(
			'<a href="/reference/services/iam/#key-iam-passedtoservice" class="reference-link"><code>iam:PassedToService</code></a>',
		);
	});

	it('puts the deploy base in front of the link', async () => {
		expect(await render('`iam:PassRole`', chapter, '/lab')).toContain(
			'href="/lab/reference/services/iam/#passrole"',
		);
	});

	it.each([
		['a code block', '```json\n"iam:PassRole"\n```\n\n```\niam:PassRole\n```'],
		['a link', '[`iam:PassRole`](/chapters/08/)'],
		['a heading', '## The `iam:PassRole` permission'],
		['a wildcard', '`iam:Pass*`'],
		['a longer code span', '`aws iam pass-role iam:PassRole`'],
	])('leaves inline code in %s alone', async (_, markdown) => {
		expect(await render(markdown)).not.toContain('reference-link');
	});

	it('links nothing outside the given folders', async () => {
		expect(await render('`iam:PassRole`', page)).not.toContain('reference-link');
	});
});
