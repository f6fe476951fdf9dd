/**
 * The public data shapes of the playground's editor core: the document a
 * reader edits (a role seen from two hops), what evaluating it gives per hop
 * and per editor pane, and the config and handle of one Monaco editor.
 *
 * The page UI (`src/`) codes against these; nothing here touches the DOM
 * except the editor config/handle, whose Monaco types are type-only imports.
 */
import type { editor } from 'monaco-editor';
import type {
	AccessLevel,
	ContextValue,
	Decision,
	DecisiveStatement,
	Diagnostic,
	ExplainedResult,
	PolicyExplanation,
	PolicyRole,
	Span,
} from '../evaluator/index.ts';
import type { IamLanguageCatalog } from './iam-language-catalog.ts';

// ---------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------

/** The action hop 1 asks about: how the caller assumes the role. */
export type AssumeAction =
	'sts:AssumeRole' | 'sts:AssumeRoleWithWebIdentity' | 'sts:AssumeRoleWithSAML';

/**
 * A policy the document carries: written in the document (an editable pane
 * holding JSON text), or an AWS managed policy by ARN (a read-only pane
 * showing the catalog's JSON).
 */
export type PolicySource =
	| {
			readonly kind: 'inline';
			/**
			 * The policy's name (`put-role-policy --policy-name`). Permission policies
			 * always have one; for a boundary or session policy it is optional, and
			 * without it the scenario holds the bare document.
			 */
			readonly name?: string;
			/** The pane's JSON text, exactly as the reader typed it (may be invalid while typing). */
			readonly text: string;
	  }
	| {
			readonly kind: 'managed';
			/** `arn:aws:iam::aws:policy/IAMReadOnlyAccess` */
			readonly arn: string;
	  };

/** One level of an organization (root first, account last), as in the scenario format. */
export interface OrganizationLevel {
	readonly name: string;
	readonly policies: readonly PolicySource[];
}

/** Hop 1: who asks to assume the role. */
export interface CallerRequest {
	/** Any principal form of the scenario format: `ec2.amazonaws.com`, a user ARN, ... */
	readonly principal: string;
	/** @default 'sts:AssumeRole' */
	readonly action: AssumeAction;
	/** Request context of the assume call (`sts:ExternalId`, `aws:SourceAccount`, ...). */
	readonly context: Readonly<Record<string, ContextValue>>;
	/**
	 * The caller's own identity policies; only meaningful when the caller is an IAM
	 * user or role (AWS then also needs the caller's own Allow for `sts:AssumeRole`).
	 */
	readonly policies: readonly PolicySource[];
}

/** Hop 2: what the role's session asks to do. */
export interface SessionRequest {
	/** The session name, last part of `arn:aws:sts::<account>:assumed-role/<role>/<session>`. */
	readonly sessionName: string;
	/** `service:Action`, e.g. `iam:ListRoles`. */
	readonly action: string;
	/** A resource ARN or `*`. */
	readonly resource: string;
	/** Optional owner of the resource (scenario `resourceAccount`). */
	readonly resourceAccount?: string;
	readonly context: Readonly<Record<string, ContextValue>>;
}

/**
 * The playground's document: one IAM role in one account, asked two questions.
 * Hop 1 "may this caller assume the role?" and hop 2 "may the role's session do
 * this?". Its saved, shared and downloaded form is the JSON array of the two
 * scenarios (`toScenarios` / `fromScenarios`), which `iam-eval` reads.
 */
export interface RoleDocument {
	/** The role's account: twelve digits. */
	readonly account: string;
	/** The role's name (no path). */
	readonly roleName: string;
	/** The trust policy pane's text (hop 1's `resourcePolicy`). */
	readonly trustPolicy: string;
	/** The role's permission policies, in order (hop 2's `identityPolicies`). */
	readonly permissionPolicies: readonly PolicySource[];
	readonly permissionsBoundary?: PolicySource;
	/** The session policy passed when assuming (hop 2's `sessionPolicy`). */
	readonly sessionPolicy?: PolicySource;
	/**
	 * SCP levels of the role's account. Always part of hop 2; part of hop 1 only
	 * when the caller is a principal of the role's own account.
	 */
	readonly serviceControlPolicies?: readonly OrganizationLevel[];
	/**
	 * RCP levels of the role's account. Always part of hop 1 (the role is the
	 * resource); part of hop 2 only when hop 2's resource is in the role's account.
	 */
	readonly resourceControlPolicies?: readonly OrganizationLevel[];
	readonly caller: CallerRequest;
	readonly session: SessionRequest;
}

/** The two hops of a document; also the scenario names in its saved form. */
export type HopId = 'assume' | 'session';

/**
 * Identifies one editor pane of a document. Formats:
 * `trust`, `permission/<i>`, `boundary`, `session`, `caller/<i>`,
 * `scp/<level>/<i>`, `rcp/<level>/<i>` (indexes from 0).
 */
export type PaneId = string;

/** What a pane holds. */
export type PaneKind = 'trust' | 'permission' | 'boundary' | 'session' | 'caller' | 'scp' | 'rcp';

/** One editor pane of a document: its text and how the evaluator reads it. */
export interface Pane {
	readonly id: PaneId;
	readonly kind: PaneKind;
	/** A short label for tabs, e.g. "trust policy", "`ReadLogs`", "`IAMReadOnlyAccess` (AWS managed)". */
	readonly title: string;
	/**
	 * The JSON text shown. For a managed policy: the catalog's document text
	 * (statement spans of its explanation point into it), or `''` when not loaded yet.
	 */
	readonly text: string;
	/** Managed policies are read-only. */
	readonly readOnly: boolean;
	/** For a managed policy: its ARN. */
	readonly arn?: string;
	/** How `parsePolicy` reads it. */
	readonly role: PolicyRole;
}

/** An error a document function reports about its input: where (a path) and what. */
export interface DocumentError {
	/** Where, e.g. `[1, "request", "principal"]` (a JSON path into the saved form). */
	readonly path: readonly (string | number)[];
	/** Plain text, never HTML; lower case, user input in backticks. */
	readonly message: string;
}

/** Reading a document from outside (share link, storage, file): always a document, maybe with a message. */
export type LoadResult =
	| { readonly ok: true; readonly doc: RoleDocument }
	| {
			readonly ok: false;
			/** Why it could not be read, as plain text: render with `textContent`, never as HTML. */
			readonly message: string;
			/** The default document, to show instead. */
			readonly doc: RoleDocument;
	  };

// ---------------------------------------------------------------------------
// Evaluation results
// ---------------------------------------------------------------------------

/** How a statement took part, for highlighting it in its pane. */
export type MarkKind =
	/** It decided the outcome (a decisive statement). */
	| 'decisive'
	/** It applies to the request but was not decisive. */
	| 'applies'
	/** It does not apply (see `failed`). */
	| 'notApplies';

/** A highlighted statement (or element) in a pane, with the text to show on hover. */
export interface PaneMark {
	/** In the pane's own text. */
	readonly span: Span;
	readonly kind: MarkKind;
	readonly hop: HopId;
	readonly statementIndex: number;
	/** Plain-text hover: the statement label and the sentence why it applies or not. */
	readonly message: string;
}

/** Everything the evaluation says about one pane, with spans into the pane's own text. */
export interface PaneEvaluation {
	readonly paneId: PaneId;
	/** From `parsePolicy` on the pane alone (markers); spans into the pane text. */
	readonly errors: readonly Diagnostic[];
	readonly warnings: readonly Diagnostic[];
	/** Statement highlights from each hop the pane took part in. */
	readonly marks: readonly PaneMark[];
	/** The evaluator's explanation of this pane's policy, per hop, spans mapped into the pane text. */
	readonly explanations: readonly { readonly hop: HopId; readonly policy: PolicyExplanation }[];
}

/** One hop evaluated. */
export interface HopEvaluation {
	readonly hop: HopId;
	/** `assume role` or `use session`. */
	readonly name: string;
	/** The scenario JSON text assembled from the panes (what `parseScenario` read). */
	readonly text: string;
	/** Absent when the scenario has errors. Spans in it point into `text` (use `panes` for pane-relative ones). */
	readonly result?: ExplainedResult;
	/** The decision in words (`describeResult`), or a sentence saying why there is none. */
	readonly summary: string;
	/**
	 * Scenario diagnostics not inside any pane (request fields, names, unknown
	 * managed ARNs, ...); spans into `text`, paths into the scenario.
	 */
	readonly errors: readonly Diagnostic[];
	readonly warnings: readonly Diagnostic[];
	/** Decisive statements with the pane each lives in (undefined for a policy that has no pane). */
	readonly decisive: readonly {
		readonly statement: DecisiveStatement;
		readonly paneId?: PaneId;
		/** The statement's span in that pane's text. */
		readonly span?: Span;
	}[];
}

/** Both hops and every pane, evaluated. */
export interface DocumentEvaluation {
	readonly assume: HopEvaluation;
	readonly session: HopEvaluation;
	/** Keyed by pane id; one entry per pane of `documentPanes(doc)`. */
	readonly panes: Readonly<Record<PaneId, PaneEvaluation>>;
}

/** One action of a service, evaluated for the role's session. */
export interface EffectivePermissionRow {
	/** `iam:ListRoles` */
	readonly action: string;
	readonly accessLevel: AccessLevel;
	/** The resource evaluated against (see `effectivePermissions`). */
	readonly resource: string;
	readonly decision: Decision;
	readonly decisive: readonly DecisiveStatement[];
}

/** Effective permissions of the session over one service, grouped by access level. */
export interface EffectivePermissions {
	readonly service: string;
	/** In the order List, Read, Write, Permissions management, Tagging; empty groups left out. */
	readonly groups: readonly {
		readonly accessLevel: AccessLevel;
		readonly rows: readonly EffectivePermissionRow[];
	}[];
	/** Set when the session hop cannot be evaluated (errors in the document): no rows then. */
	readonly message?: string;
}

// ---------------------------------------------------------------------------
// The Monaco editor
// ---------------------------------------------------------------------------

/** The config of `createPlaygroundEditor` (one Monaco editor for one pane). */
export interface PlaygroundEditorConfig {
	/** The element the editor fills. */
	readonly container: HTMLElement;
	/** The initial text. */
	readonly text: string;
	/**
	 * The model's URI; the policy JSON schema applies to URIs under
	 * `inmemory://iam-roles-lab/policy/`. @default a fresh `inmemory://iam-roles-lab/policy/<n>.json`
	 */
	readonly uri?: string;
	/** @default 'json' */
	readonly language?: 'json';
	/** A Monaco theme name (e.g. one registered by `@shikijs/monaco`). @default 'vs' */
	readonly theme?: string;
	/** @default false */
	readonly readOnly?: boolean;
	/** The editor's accessible name, e.g. "trust policy of DemoRoleForEC2". */
	readonly ariaLabel: string;
	/** Called with the new text after every edit (not after `setText`); debounce in the caller. */
	readonly onChange?: (text: string) => void;
	/** Extra Monaco options, applied last. */
	readonly options?: editor.IStandaloneEditorConstructionOptions;
	/**
	 * The catalog for IAM completion and hover (the page's `BrowserCatalog`).
	 * Providers are registered once per page, by the first editor created with
	 * a catalog, and serve every policy editor.
	 */
	readonly catalog?: IamLanguageCatalog;
}

/** The handle `createPlaygroundEditor` returns. */
export interface PlaygroundEditorHandle {
	/** The current text of the model. */
	getText(): string;
	/** Replace the text (kept undoable; does not call `onChange`). */
	setText(text: string): void;
	/** The Monaco model (for panels that subscribe to it; dispose their subscriptions). */
	readonly model: editor.ITextModel;
	/** The Monaco editor instance. */
	readonly editor: editor.IStandaloneCodeEditor;
	/** Move keyboard focus into the editor. */
	focus(): void;
	/** Show these diagnostics (spans into this editor's text) as markers; replaces earlier ones. */
	setMarkers(diagnostics: readonly Diagnostic[]): void;
	/** Highlight these statements (spans into this editor's text); replaces earlier ones. */
	setDecorations(marks: readonly PaneMark[]): void;
	/** Reformat the whole text (Monaco's JSON formatter); does nothing for a read-only editor. */
	format(): Promise<void>;
	/** Scroll to, select and focus a span (e.g. a decisive statement a reader clicked). */
	revealSpan(span: Span): void;
	/** Dispose the editor, its model and every subscription it made. */
	dispose(): void;
}
