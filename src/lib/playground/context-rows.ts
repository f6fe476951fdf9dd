/**
 * The request panel edits context keys as rows of text inputs with a type
 * (string, number, bool, list); these turn rows into scenario context values
 * and back.
 */
import type { ContextScalar, ContextValue } from '../../../playground/evaluator/index.ts';

/** The value types a row offers. */
export type ContextRowType = 'string' | 'number' | 'bool' | 'list';

/** One row as the inputs hold it. */
export interface ContextRow {
	readonly key: string;
	readonly type: ContextRowType;
	/** As typed: a list is comma-separated. */
	readonly value: string;
}

/** A row that could not be read, by index, with a plain-text reason. */
export interface ContextRowError {
	readonly index: number;
	readonly message: string;
}

/** Rows for a context, in key order of the object. */
export function rowsFromContext(context: Readonly<Record<string, ContextValue>>): ContextRow[] {
	return Object.entries(context).map(([key, value]) => {
		if (Array.isArray(value)) return { key, type: 'list', value: value.join(', ') };
		if (typeof value === 'number') return { key, type: 'number', value: String(value) };
		if (typeof value === 'boolean') return { key, type: 'bool', value: String(value) };
		return { key, type: 'string', value: String(value) };
	});
}

/**
 * The context the rows describe. Rows with an empty key are skipped; a row
 * whose value does not read as its type is reported and left out; a later
 * row with the same key wins, as in a JSON object.
 */
export function contextFromRows(rows: readonly ContextRow[]): {
	context: Record<string, ContextValue>;
	errors: ContextRowError[];
} {
	const context: Record<string, ContextValue> = {};
	const errors: ContextRowError[] = [];
	rows.forEach((row, index) => {
		const key = row.key.trim();
		if (key === '') return;
		const value = _readValue(row);
		if (typeof value === 'string' && row.type !== 'string' && row.type !== 'list') {
			errors.push({ index, message: value });
			return;
		}
		context[key] = row.type === 'string' ? row.value : (value as ContextValue);
	});
	return { context, errors };
}

/** The typed value, or for number and bool a message when the text is not one. */
function _readValue(row: ContextRow): ContextValue | string {
	const text = row.value.trim();
	switch (row.type) {
		case 'string':
			return row.value;
		case 'number': {
			const n = Number(text);
			return text !== '' && Number.isFinite(n) ? n : `\`${row.value}\` is not a number`;
		}
		case 'bool':
			if (text === 'true') return true;
			if (text === 'false') return false;
			return `\`${row.value}\` is not \`true\` or \`false\``;
		case 'list':
			return text === ''
				? ([] as ContextScalar[])
				: text
						.split(',')
						.map((part) => part.trim())
						.filter((part) => part !== '');
	}
}
