import { describe, expect, it } from 'vitest';
import type { KeyCode, MarkerSeverity, json } from 'monaco-editor';
import type { Diagnostic } from '../evaluator/index.ts';
import { escapeMarkdown, marksToDecorations } from './decorations.ts';
import { diagnosticsToMarkers } from './markers.ts';
import {
	POLICY_MODEL_PREFIX,
	POLICY_SCHEMA,
	POLICY_SCHEMA_URI,
	registerPolicySchema,
} from './policy-schema.ts';
import { installTabTrapExit, tabTrapHint } from './tab-trap.ts';
import type { TabTrapEditor } from './tab-trap.ts';

/** A hand-made model: offsets to 1-based line/column over `text`, as Monaco's. */
function fakeModel(text: string) {
	return {
		getValueLength: () => text.length,
		getPositionAt(offset: number) {
			const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
			const lines = before.split('\n');
			return { lineNumber: lines.length, column: lines.at(-1)!.length + 1 } as never;
		},
	};
}
/** Monaco's MarkerSeverity values, by name. */
const Severity = { Hint: 1, Info: 2, Warning: 4, Error: 8 } as unknown as typeof MarkerSeverity;

/** The text a range covers in `text` (1-based lines and columns, end exclusive). */
function covered(
	text: string,
	r: { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number },
) {
	const lines = text.split('\n');
	const offset = (line: number, column: number) =>
		lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
	return text.slice(offset(r.startLineNumber, r.startColumn), offset(r.endLineNumber, r.endColumn));
}

const text = '{\n  "Effect": "Alow",\n  "Action": "s3:GetObject"\n}';
const diag = (
	code: string,
	severity: Diagnostic['severity'],
	slice: string,
	extra: Partial<Diagnostic> = {},
): Diagnostic => ({
	code,
	severity,
	message: `message ${code}`,
	span: { offset: text.indexOf(slice), length: slice.length },
	path: [],
	...extra,
});

describe('diagnosticsToMarkers', () => {
	it('puts each diagnostic on its text with the named severity, code and help', () => {
		const markers = diagnosticsToMarkers(
			[
				diag('E07', 'error', '"Alow"', { help: 'did you mean `Allow`?' }),
				diag('W01', 'warning', '"Action": "s3:GetObject"'),
			],
			fakeModel(text),
			Severity,
		);
		expect(markers.map((m) => [m.severity, m.code, m.message, covered(text, m)])).toEqual([
			[8, 'E07', 'message E07\nhelp: did you mean `Allow`?', '"Alow"'],
			[4, 'W01', 'message W01', '"Action": "s3:GetObject"'],
		]);
	});

	it('widens an empty span to one character, backwards at the very end', () => {
		const model = fakeModel(text);
		const [inside, atEnd] = diagnosticsToMarkers(
			[
				{ ...diag('E01', 'error', ''), span: { offset: 1, length: 0 } },
				{ ...diag('E01', 'error', ''), span: { offset: text.length, length: 0 } },
			],
			model,
			Severity,
		);
		expect(covered(text, inside!)).toBe('\n');
		expect(covered(text, atEnd!)).toBe('}');
	});
});

describe('marksToDecorations', () => {
	it('gives each mark its class, its span and a hover that names the hop', () => {
		const [decisive, not] = marksToDecorations(
			[
				{
					span: { offset: 0, length: text.length },
					kind: 'decisive',
					hop: 'session',
					statementIndex: 0,
					message: 'Allow statement 0 of `p` applies',
				},
				{
					span: { offset: text.indexOf('"Effect"'), length: 8 },
					kind: 'notApplies',
					hop: 'assume',
					statementIndex: 1,
					message: 'does not apply because *x*',
				},
			],
			fakeModel(text),
		);
		expect(covered(text, decisive!.range)).toBe(text);
		expect(decisive!.options).toMatchObject({
			className: 'iam-mark-decisive',
			linesDecorationsClassName: 'iam-mark-decisive-gutter',
			hoverMessage: {
				value: "*may the role's session do this?* Allow statement 0 of `p` applies",
				isTrusted: false,
				supportHtml: false,
			},
		});
		expect(covered(text, not!.range)).toBe('"Effect"');
		expect(not!.options.className).toBe('iam-mark-not-applies');
		expect(not!.options.hoverMessage).toMatchObject({
			value: '*may the caller assume the role?* does not apply because \\*x\\*',
		});
	});

	it.each([
		['a *b* <c>', 'a \\*b\\* \\<c\\>'],
		['keep `code *here*` as is', 'keep `code *here*` as is'],
		['[link](javascript:x)', '\\[link\\]\\(javascript:x\\)'],
	])('escapes Markdown in %s outside code spans', (input, output) => {
		expect(escapeMarkdown(input)).toBe(output);
	});
});

describe('installTabTrapExit', () => {
	function fakeEditor() {
		const listeners: Record<string, () => void> = {};
		const options: boolean[] = [];
		let action: { keybindings?: number[]; precondition?: string; run: () => void } | undefined;
		const target = {
			addAction: (a: typeof action) => {
				action = a;
				return { dispose: () => (action = undefined) };
			},
			updateOptions: (o: { tabFocusMode?: boolean }) => options.push(o.tabFocusMode!),
			onDidBlurEditorWidget: (f: () => void) => {
				listeners.blur = f;
				return { dispose: () => delete listeners.blur };
			},
			onDidChangeModelContent: (f: () => void) => {
				listeners.change = f;
				return { dispose: () => delete listeners.change };
			},
		} as unknown as TabTrapEditor;
		return { target, listeners, options, action: () => action };
	}
	const keys = { Escape: 9 } as unknown as typeof KeyCode;

	it('lets Tab leave after Escape, until the editor is left or edited', () => {
		const fake = fakeEditor();
		const handle = installTabTrapExit(fake.target, keys);
		expect(fake.action()?.keybindings).toEqual([9]);
		expect(fake.action()?.precondition).toContain('!suggestWidgetVisible');
		fake.action()!.run();
		fake.action()!.run();
		fake.listeners.blur!();
		fake.action()!.run();
		fake.listeners.change!();
		fake.listeners.change!();
		expect(fake.options).toEqual([true, false, true, false]);
		handle.dispose();
		expect(fake.action()).toBeUndefined();
		expect(Object.keys(fake.listeners)).toEqual([]);
	});

	it.each([
		[
			false,
			'In the editor, Tab indents. To leave it, press Escape then Tab, or Ctrl+M to make Tab move focus.',
		],
		[
			true,
			'In the editor, Tab indents. To leave it, press Escape then Tab, or Ctrl+Shift+M to make Tab move focus.',
		],
	])('hints how to leave (Mac: %s)', (mac, hint) => {
		expect(tabTrapHint(mac)).toBe(hint);
	});
});

describe('the policy schema', () => {
	const pattern = new RegExp(
		Object.keys(POLICY_SCHEMA.definitions.statement.properties.Condition.patternProperties)[0]!,
	);
	it.each([
		['StringLike', true],
		['ForAnyValue:StringLikeIfExists', true],
		['ForAllValues:ArnNotEquals', true],
		['StringLikeIfExist', false],
		['ForSomeValue:StringLike', false],
	])('reads the operator %s as valid: %s', (name, valid) => {
		expect(pattern.test(name)).toBe(valid);
	});

	it('is registered for policy models with the JSON worker validation off, keeping other schemas', () => {
		let options: json.DiagnosticsOptions = {
			validate: true,
			schemas: [{ uri: 'other', fileMatch: ['x'] }],
		};
		const defaults = {
			get diagnosticsOptions() {
				return options;
			},
			setDiagnosticsOptions: (o: json.DiagnosticsOptions) => (options = o),
		} as unknown as json.LanguageServiceDefaults;
		registerPolicySchema(defaults);
		registerPolicySchema(defaults);
		expect(options.validate).toBe(false);
		expect(options.schemas?.map((s) => [s.uri, s.fileMatch])).toEqual([
			['other', ['x']],
			[POLICY_SCHEMA_URI, [`${POLICY_MODEL_PREFIX}*`]],
		]);
	});
});
