import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const componentsDir = new URL('../components/', import.meta.url);

describe('the MDX barrel src/components/mdx.ts', () => {
	const barrel = readFileSync(new URL('mdx.ts', componentsDir), 'utf8');
	const diagrams = readdirSync(new URL('diagrams/', componentsDir))
		.filter((name) => name.endsWith('.astro'))
		.map((name) => name.slice(0, -'.astro'.length));

	it.each(diagrams)('re-exports the diagram %s by its file name', (name) => {
		expect(barrel).toContain(`export { default as ${name} } from './diagrams/${name}.astro';`);
	});

	it('re-exports Scenario', () => {
		expect(barrel).toContain(`export { default as Scenario } from './Scenario.astro';`);
	});
});
