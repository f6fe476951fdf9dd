import { describe, expect, it } from 'vitest';
import { dropLazyCss } from '../lib/drop-lazy-css.ts';

describe('dropLazyCss', () => {
	it('drops the stylesheet links of the named chunks and keeps every other tag', () => {
		const head =
			'<link rel="stylesheet" href="/lab/_astro/print.x1.css" media="print">' +
			'<link rel="stylesheet" href="/lab/_astro/create-editor.B6dJJj3t.css">' +
			'<link rel="preload" href="/lab/_astro/create-editor.B6dJJj3t.css" as="style">' +
			'<link rel="stylesheet" href="/lab/_astro/create-editor-extra.Z.css">' +
			'<link rel="icon" href="/favicon.svg">';
		expect(dropLazyCss(head, ['create-editor'])).toBe(
			'<link rel="stylesheet" href="/lab/_astro/print.x1.css" media="print">' +
				'<link rel="preload" href="/lab/_astro/create-editor.B6dJJj3t.css" as="style">' +
				'<link rel="stylesheet" href="/lab/_astro/create-editor-extra.Z.css">' +
				'<link rel="icon" href="/favicon.svg">',
		);
	});
});
