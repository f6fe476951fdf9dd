/**
 * Small readers for untrusted JSON values (links, files, storage): each
 * checks one shape and records a plain-text error at a path instead of
 * throwing, so a hostile input ends as a message.
 */
import type { ContextValue, JsonPath } from '../evaluator/index.ts';
import type { DocumentError, OrganizationLevel, PolicySource } from './types.ts';
import { formatPolicyText } from './format-policy-text.ts';

/** Collects errors while reading one value. */
export class ShapeReader {
	readonly errors: DocumentError[] = [];

	/** Record an error at `path`. Always returns `undefined`, for `return reader.fail(…)`. */
	fail(path: JsonPath, message: string): undefined {
		this.errors.push({ path, message });
		return undefined;
	}

	/** A plain object (not an array, not null). */
	object(value: unknown, path: JsonPath, what: string): Record<string, unknown> | undefined {
		if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
			return value as Record<string, unknown>;
		}
		return this.fail(path, `expected ${what}, found ${describeValue(value)}`);
	}

	/** A string, non-empty unless `allowEmpty`. */
	string(value: unknown, path: JsonPath, what: string, allowEmpty = false): string | undefined {
		if (typeof value === 'string' && (allowEmpty || value !== '')) return value;
		return this.fail(path, `expected ${what}, found ${describeValue(value)}`);
	}

	/** An array; each item read by `item` (items that fail are left out). */
	array<T>(
		value: unknown,
		path: JsonPath,
		what: string,
		item: (value: unknown, path: JsonPath) => T | undefined,
	): T[] | undefined {
		if (!Array.isArray(value))
			return this.fail(path, `expected ${what}, found ${describeValue(value)}`);
		const out: T[] = [];
		value.forEach((v, i) => {
			const read = item(v, [...path, i]);
			if (read !== undefined) out.push(read);
		});
		return out;
	}

	/** A request context: key → string, number, boolean or an array of those. */
	context(value: unknown, path: JsonPath): Record<string, ContextValue> | undefined {
		if (value === undefined) return {};
		const object = this.object(value, path, 'a context object');
		if (object === undefined) return undefined;
		const out: Record<string, ContextValue> = {};
		for (const [key, v] of Object.entries(object)) {
			const scalar = (x: unknown): boolean => ['string', 'number', 'boolean'].includes(typeof x);
			if (scalar(v) || (Array.isArray(v) && v.every(scalar))) out[key] = v as ContextValue;
			else this.fail([...path, key], `expected a context value, found ${describeValue(v)}`);
		}
		return out;
	}

	/** A PolicyRef of the scenario format, as a document's policy source. */
	policy(value: unknown, path: JsonPath): PolicySource | undefined {
		const what = 'a policy: a document, `{ "name", "document" }` or `{ "arn" }`';
		const object = this.object(value, path, what);
		if (object === undefined) return undefined;
		// As the evaluator reads a PolicyRef: `Version` or `Statement` make it a document.
		if ('Version' in object || 'Statement' in object) {
			return { kind: 'inline', text: formatPolicyText(object) };
		}
		if ('arn' in object) {
			const arn = this.string(object.arn, [...path, 'arn'], 'a managed policy ARN');
			const extra = Object.keys(object).find((k) => k !== 'arn');
			if (extra !== undefined) {
				return this.fail([...path, extra], `a managed policy reference holds only \`arn\``);
			}
			return arn === undefined ? undefined : { kind: 'managed', arn };
		}
		if ('document' in object) {
			const name = this.string(object.name, [...path, 'name'], 'a policy name');
			const document = this.object(object.document, [...path, 'document'], 'a policy document');
			const extra = Object.keys(object).find((k) => k !== 'name' && k !== 'document');
			if (extra !== undefined) {
				return this.fail([...path, extra], 'a named policy holds only `name` and `document`');
			}
			if (name === undefined || document === undefined) return undefined;
			return { kind: 'inline', name, text: formatPolicyText(document) };
		}
		return { kind: 'inline', text: formatPolicyText(object) };
	}

	/** Organization levels: `[{ "name", "policies": [PolicyRef, …] }, …]`. */
	levels(value: unknown, path: JsonPath): OrganizationLevel[] | undefined {
		return this.array(value, path, 'an array of levels', (item, p) => {
			const level = this.object(item, p, 'a level `{ "name", "policies" }`');
			if (level === undefined) return undefined;
			const name = this.string(level.name, [...p, 'name'], 'a level name');
			const policies = this.array(
				level.policies,
				[...p, 'policies'],
				'an array of policies',
				(v, q) => this.policy(v, q),
			);
			return name === undefined || policies === undefined ? undefined : { name, policies };
		});
	}
}

/** A short plain-text description of a value for messages: its type, or a string's first characters. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return '`null`';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return `\`${shorten(value)}\``;
	return `\`${String(value)}\``;
}

/** At most 60 characters of `text`, with an ellipsis when cut; backticks and line breaks removed. */
export function shorten(text: string): string {
	const clean = text.replace(/[`\r\n\t]/g, ' ');
	return clean.length > 60 ? clean.slice(0, 59) + '…' : clean;
}
