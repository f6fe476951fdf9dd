import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { createEmptyCodePlugin } from '../lib/empty-code-plugin.ts';

const plugin = createEmptyCodePlugin({ onlyUnder: ['/site/content/'] });
const page = new URL('file:///site/content/reference/operators.mdx');

describe('createEmptyCodePlugin', () => {
	it('fails on an empty fenced block, naming the file, the line and the language', () => {
		const source = '# Operators\n\nAn example:\n\n```json wrap\n\n```\n';
		expect(() => mdxToJs(source, { mdastPlugins: [plugin], fileURL: page })).toThrow(
			'/site/content/reference/operators.mdx:5: empty code block (`json`): write its example, or remove the fence',
		);
	});

	it('lets blocks with content through, and files outside the content folder', async () => {
		const full = '```json\n{ "Effect": "Allow" }\n```\n';
		expect((await mdxToJs(full, { mdastPlugins: [plugin], fileURL: page })).code).toContain(
			'Effect',
		);
		const elsewhere = new URL('file:///site/src/pages/x.mdx');
		expect(
			(await mdxToJs('```json\n```\n', { mdastPlugins: [plugin], fileURL: elsewhere })).code,
		).toContain('language-json');
	});
});
