/**
 * Build one hop's scenario from a document, as JSON text in which every
 * inline policy pane's text is copied verbatim, and record where each pane
 * landed. Spans the evaluator reports in the assembled text can then be moved
 * back into the pane's own text by subtracting the pane's offset.
 */
import type { ContextValue, JsonPath } from '../evaluator/index.ts';
import type { HopId, OrganizationLevel, PaneId, PolicySource, RoleDocument } from './types.ts';

/** Where a pane's policy sits in an assembled scenario. */
export interface PanePlacement {
	readonly paneId: PaneId;
	/** JSON path of the policy document (inline) or of the `{ "arn" }` reference (managed). */
	readonly path: JsonPath;
	/** For an inline pane: offset of its text in the assembled text. */
	readonly offset?: number;
	/** For an inline pane: its text's length. */
	readonly length?: number;
	/** For a managed pane: its ARN. */
	readonly arn?: string;
}

/** One hop's scenario: the JSON text, the placement of each pane, and the same as a value. */
export interface AssembledScenario {
	readonly hop: HopId;
	readonly text: string;
	readonly panes: readonly PanePlacement[];
	/** The scenario tree, with each inline pane as `{ paneText }` (see `scenarioValue`). */
	readonly tree: ScenarioTree;
}

/** An inline pane inside a scenario tree: its text, not yet parsed. */
export class PaneText {
	constructor(
		readonly paneId: PaneId,
		readonly paneText: string,
	) {}
}

/** A managed policy's `{ "arn" }` reference inside a scenario tree, with its pane. */
export class ManagedRef {
	constructor(
		readonly paneId: PaneId,
		readonly managedArn: string,
	) {}
}

/** A JSON value in which policies are still pane texts and managed references. */
export type ScenarioTree =
	| ContextValue
	| PaneText
	| ManagedRef
	| readonly ScenarioTree[]
	| { readonly [key: string]: ScenarioTree };

/** The scenario names of the saved form, by hop. */
export const HOP_NAMES: Readonly<Record<HopId, string>> = {
	assume: 'assume role',
	session: 'use session',
};

/** The role's ARN. */
export function roleArn(doc: RoleDocument): string {
	return `arn:aws:iam::${doc.account}:role/${doc.roleName}`;
}

/** The principal of hop 2: the role's session. */
export function sessionArn(doc: RoleDocument): string {
	return `arn:aws:sts::${doc.account}:assumed-role/${doc.roleName}/${doc.session.sessionName}`;
}

/** Whether the caller is a principal of the role's own account (then the account's SCPs govern it). */
export function callerInRoleAccount(doc: RoleDocument): boolean {
	const match = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(doc.caller.principal);
	return match?.[1] === doc.account;
}

/** Whether hop 2's resource belongs to the role's account (then the account's RCPs govern it). */
export function resourceInRoleAccount(doc: RoleDocument): boolean {
	const account = doc.session.resourceAccount ?? doc.session.resource.split(':')[4] ?? '';
	return account === '' || account === doc.account;
}

/** The tree of one hop's scenario (the saved form's item). */
export function scenarioTree(doc: RoleDocument, hop: HopId): ScenarioTree {
	const scps = doc.serviceControlPolicies;
	const rcps = doc.resourceControlPolicies;
	const tree: Record<string, ScenarioTree> = { name: HOP_NAMES[hop] };
	if (hop === 'assume') {
		tree.request = _request(
			doc.caller.principal,
			doc.caller.action,
			roleArn(doc),
			doc.caller.context,
		);
		if (doc.caller.policies.length > 0) {
			tree.identityPolicies = doc.caller.policies.map((p, i) => _ref(p, `caller/${i}`));
		}
		tree.resourcePolicy = new PaneText('trust', doc.trustPolicy);
		if (scps !== undefined && callerInRoleAccount(doc)) {
			tree.serviceControlPolicies = _levels(scps, 'scp');
		}
		if (rcps !== undefined) tree.resourceControlPolicies = _levels(rcps, 'rcp');
		return tree;
	}
	const s = doc.session;
	tree.request = _request(sessionArn(doc), s.action, s.resource, s.context, s.resourceAccount);
	if (doc.permissionPolicies.length > 0) {
		tree.identityPolicies = doc.permissionPolicies.map((p, i) => _ref(p, `permission/${i}`));
	}
	if (doc.permissionsBoundary !== undefined) {
		tree.permissionsBoundary = _ref(doc.permissionsBoundary, 'boundary');
	}
	if (doc.sessionPolicy !== undefined) tree.sessionPolicy = _ref(doc.sessionPolicy, 'session');
	if (scps !== undefined) tree.serviceControlPolicies = _levels(scps, 'scp');
	if (rcps !== undefined && resourceInRoleAccount(doc)) {
		tree.resourceControlPolicies = _levels(rcps, 'rcp');
	}
	return tree;
}

/**
 * Assemble one hop's scenario text (two-space layout; pane texts verbatim)
 * and the placement of every pane in it.
 */
export function assembleScenario(doc: RoleDocument, hop: HopId): AssembledScenario {
	const tree = scenarioTree(doc, hop);
	const panes: PanePlacement[] = [];
	let text = '';
	const write = (value: ScenarioTree, path: JsonPath, indent: string): void => {
		if (isPaneText(value)) {
			panes.push({
				paneId: value.paneId,
				path,
				offset: text.length,
				length: value.paneText.length,
			});
			text += value.paneText;
			return;
		}
		if (isManagedRef(value)) {
			panes.push({ paneId: value.paneId, path, arn: value.managedArn });
			text += `{ "arn": ${JSON.stringify(value.managedArn)} }`;
			return;
		}
		if (value === null || typeof value !== 'object') {
			text += JSON.stringify(value);
			return;
		}
		const inner = indent + '  ';
		const array = Array.isArray(value);
		const entries: [string | number, ScenarioTree][] = array
			? (value as ScenarioTree[]).map((v, i) => [i, v])
			: Object.entries(value);
		if (entries.length === 0) {
			text += array ? '[]' : '{}';
			return;
		}
		text += array ? '[\n' : '{\n';
		entries.forEach(([key, item], i) => {
			text += inner + (typeof key === 'string' ? JSON.stringify(key) + ': ' : '');
			write(item, [...path, key], inner);
			text += i < entries.length - 1 ? ',\n' : '\n';
		});
		text += indent + (array ? ']' : '}');
	};
	write(tree, [], '');
	return { hop, text: text + '\n', panes, tree };
}

/** Whether a tree node is an inline pane's text. */
export function isPaneText(value: ScenarioTree): value is PaneText {
	// A class check: a context object may have any keys, so no duck typing here.
	return value instanceof PaneText;
}

/** Whether a tree node is a managed policy reference. */
export function isManagedRef(value: ScenarioTree): value is ManagedRef {
	return value instanceof ManagedRef;
}

function _request(
	principal: string,
	action: string,
	resource: string,
	context: Readonly<Record<string, ContextValue>>,
	resourceAccount?: string,
): ScenarioTree {
	const request: Record<string, ScenarioTree> = { principal, action, resource };
	if (resourceAccount !== undefined) request.resourceAccount = resourceAccount;
	if (Object.keys(context).length > 0) request.context = { ...context };
	return request;
}

function _ref(source: PolicySource, paneId: PaneId): ScenarioTree {
	if (source.kind === 'managed') return new ManagedRef(paneId, source.arn);
	const document = new PaneText(paneId, source.text);
	return source.name === undefined ? document : { name: source.name, document };
}

function _levels(levels: readonly OrganizationLevel[], kind: 'scp' | 'rcp'): ScenarioTree {
	return levels.map((level, l) => ({
		name: level.name,
		policies: level.policies.map((p, i) => _ref(p, `${kind}/${l}/${i}`)),
	}));
}
