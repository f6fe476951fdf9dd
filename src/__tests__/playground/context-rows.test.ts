import { describe, expect, it } from 'vitest';
import {
	contextFromRows,
	rowsFromContext,
	type ContextRow,
} from '../../lib/playground/context-rows.ts';

describe('contextFromRows', () => {
	it.each<[string, ContextRow[], Record<string, unknown>]>([
		[
			'a string row keeps its text exactly',
			[{ key: 'sts:ExternalId', type: 'string', value: ' x ' }],
			{ 'sts:ExternalId': ' x ' },
		],
		[
			'a number row becomes a number',
			[{ key: 'aws:MultiFactorAuthAge', type: 'number', value: '300' }],
			{ 'aws:MultiFactorAuthAge': 300 },
		],
		[
			'a bool row becomes a boolean',
			[{ key: 'aws:SecureTransport', type: 'bool', value: 'false' }],
			{ 'aws:SecureTransport': false },
		],
		[
			'a list row splits at commas and trims',
			[{ key: 'aws:TagKeys', type: 'list', value: 'team, stage,' }],
			{ 'aws:TagKeys': ['team', 'stage'] },
		],
		['rows without a key are skipped', [{ key: ' ', type: 'string', value: 'x' }], {}],
	])('%s', (_name, rows, context) => {
		expect(contextFromRows(rows)).toEqual({ context, errors: [] });
	});

	it.each<[string, ContextRow, string]>([
		[
			'a number row that is not a number is reported',
			{ key: 'k', type: 'number', value: 'ten' },
			'`ten` is not a number',
		],
		[
			'a bool row that is not true or false is reported',
			{ key: 'k', type: 'bool', value: 'yes' },
			'`yes` is not `true` or `false`',
		],
	])('%s', (_name, row, message) => {
		expect(contextFromRows([row])).toEqual({ context: {}, errors: [{ index: 0, message }] });
	});
});

describe('rowsFromContext', () => {
	it('gives each value the row type that reads it back unchanged', () => {
		const context = { a: 'x', b: 2, c: true, d: ['p', 'q'] };
		const rows = rowsFromContext(context);
		expect(rows.map((r) => r.type)).toEqual(['string', 'number', 'bool', 'list']);
		expect(contextFromRows(rows).context).toEqual(context);
	});
});
