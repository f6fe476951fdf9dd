/**
 * Substituting policy variables (spec §3.6). A variable takes the context
 * key's single value; an absent or multivalued key takes the default when one
 * is given, else the whole template is unresolvable. Substituted text is
 * literal: a `*` inside a tag value is never a wildcard.
 */
import type { ContextEntry, Template, TemplatePart } from '../model.ts';
import type { GlobSegment } from '../match/wildcard.ts';

/**
 * Substitute a template as a glob: text parts keep their wildcards
 * (`wild: true`); substituted values and `${*}`-style characters are literal
 * (`wild: false`). Undefined when some variable is unresolvable.
 */
export function resolveTemplate(
	template: Template,
	context: ReadonlyMap<string, ContextEntry>,
): readonly GlobSegment[] | undefined {
	const segments: GlobSegment[] = [];
	for (const part of template) {
		if (part.kind === 'text') {
			segments.push({ text: part.text, wild: true });
			continue;
		}
		const text = part.kind === 'literal' ? part.text : _variableValue(part, context);
		if (text === undefined) return undefined;
		segments.push({ text, wild: false });
	}
	return segments;
}

/**
 * Substitute a template as plain text, for operators without wildcards
 * (`StringEquals` family, `Bool`). Undefined when some variable is unresolvable.
 */
export function resolveTemplateText(
	template: Template,
	context: ReadonlyMap<string, ContextEntry>,
): string | undefined {
	let out = '';
	for (const part of template) {
		const text = part.kind === 'var' ? _variableValue(part, context) : part.text;
		if (text === undefined) return undefined;
		out += text;
	}
	return out;
}

/** The value a variable stands for: the key's one value, else its default, else undefined. */
function _variableValue(
	part: Extract<TemplatePart, { kind: 'var' }>,
	context: ReadonlyMap<string, ContextEntry>,
): string | undefined {
	const entry = context.get(part.key);
	// An array, even of one item, marks the key as multivalued (spec §3.2):
	// multivalued keys never stand in for a variable.
	if (entry !== undefined && !entry.multi && entry.values.length === 1) return entry.values[0];
	return part.default;
}
