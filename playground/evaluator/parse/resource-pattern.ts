/**
 * One `Resource`/`NotResource` entry (spec §2.2): `*`, or an ARN split at its
 * first five colons into case-sensitive field globs, with policy variables
 * located in the sixth field.
 */
import { compileGlob, compileGlobSegments } from '../match/wildcard.ts';
import type { Glob, ResourcePattern, Template } from '../model.ts';
import type { Span } from '../types.ts';
import { splitArn } from './split-arn.ts';
import { hasVariables, parseTemplate } from './template.ts';

/** Problems found while compiling one resource pattern; the caller turns them into diagnostics. */
export type ResourceProblem =
	/** wildcard or variable in fields 1–5 or in the resource-type word */
	| { readonly code: 'W05'; readonly fields: readonly string[] }
	/** fewer than six fields */
	| { readonly code: 'W06'; readonly count: number; readonly matchesNothing: boolean }
	/** malformed `${…}` in the resource field */
	| { readonly code: 'W10' };

/** The names of the six ARN fields, for messages. */
export const ARN_FIELD_NAMES = ['arn', 'partition', 'service', 'region', 'account', 'resource'];

const _ANY = compileGlob('*');

/**
 * Compile a resource pattern; undefined when it is neither `*` nor an ARN
 * (E11). `variables`: the policy is 2012-10-17, so `${…}` in the sixth field
 * is a policy variable.
 */
export function compileResourcePattern(
	text: string,
	span: Span,
	variables: boolean,
	problems: ResourceProblem[],
): ResourcePattern | undefined {
	if (text === '*') {
		return {
			text,
			span,
			any: true,
			fields: [],
			head: undefined,
			whole: undefined,
			last: _ANY,
			lastTemplate: undefined,
			short: false,
			matchesNothing: false,
		};
	}
	if (!text.startsWith('arn:')) return undefined;
	const texts = splitArn(text);
	const short = texts.length < 6;
	const fieldTexts = texts.slice(0, -1);
	const lastText = texts[texts.length - 1] as string;
	const fields: Glob[] = [];
	const wild: string[] = [];
	for (let i = 0; i < fieldTexts.length; i++) {
		const field = fieldTexts[i] as string;
		if (_isWild(field)) wild.push(ARN_FIELD_NAMES[i] as string);
		fields.push(compileGlob(field));
	}
	if (short) {
		// A short ARN's last field stands for the rest of the ARN (§2.2 rule 6): a
		// trailing `*` there is the documented form, not a W05.
		const matchesNothing = !lastText.endsWith('*');
		if (wild.length > 0) problems.push({ code: 'W05', fields: wild });
		problems.push({ code: 'W06', count: texts.length, matchesNothing });
		return {
			text,
			span,
			any: false,
			fields,
			head: undefined,
			whole: undefined,
			last: compileGlob(lastText),
			lastTemplate: undefined,
			short,
			matchesNothing,
		};
	}
	// S3 has no resource-type word: its resource field starts with the bucket name.
	if (fieldTexts[2] !== 's3' && _isWild(_typeWord(lastText))) wild.push('resource type');
	if (wild.length > 0) problems.push({ code: 'W05', fields: wild });
	let last = compileGlob(lastText);
	let lastTemplate: Template | undefined;
	if (variables && lastText.includes('${')) {
		const { template, malformed } = parseTemplate(lastText);
		if (malformed) problems.push({ code: 'W10' });
		if (hasVariables(template)) lastTemplate = template;
		else {
			last = compileGlobSegments(
				template.map((part) => ({
					text: part.kind === 'var' ? '' : part.text,
					wild: part.kind === 'text',
				})),
				false,
				lastText,
			);
		}
	}
	// One object shape for every pattern (absent fields undefined) keeps matching monomorphic.
	const literalHead = !fieldTexts.some((field) => field.includes('*') || field.includes('?'));
	return {
		text,
		span,
		any: false,
		fields,
		head: literalHead ? `${fieldTexts.join(':')}:` : undefined,
		// Only plain text: `${…}` (variables, or `${*}` literals) keeps the field-wise path.
		whole: literalHead && !lastText.includes('${') ? compileGlob(text) : undefined,
		last,
		lastTemplate,
		short: false,
		matchesNothing: false,
	};
}

/** The resource-type word: the resource field up to its first `/` or `:`; empty when it has neither. */
function _typeWord(resource: string): string {
	for (let i = 0; i < resource.length; i++) {
		const c = resource.charCodeAt(i);
		if (c === 47 /* / */ || c === 58 /* : */) return resource.slice(0, i);
	}
	return '';
}

/** Holds `*`, `?` or `${`. */
function _isWild(text: string): boolean {
	return text.includes('*') || text.includes('?') || text.includes('${');
}
