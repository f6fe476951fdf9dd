/**
 * Where in a policy document an offset is, for completion and hover: which
 * element (Action, Principal.Service, a Condition operator or key, ...) and
 * the string under the cursor with its span. Reads possibly broken JSON.
 */
import {
	createScanner,
	findNodeAtLocation,
	getLocation,
	getNodeValue,
	parseTree,
} from 'jsonc-parser';
import type { Span } from '../evaluator/index.ts';

/** What the cursor is on. */
export type PolicySpot =
	| 'action'
	| 'servicePrincipal'
	| 'resource'
	| 'operator'
	| 'conditionKey'
	| 'otherValue'
	| 'otherKey';

/** The cursor's place in a policy. */
export interface PolicyLocation {
	readonly spot: PolicySpot;
	/** For `conditionKey`: the operator it is under. */
	readonly operator?: string;
	/** The string's text up to the cursor (`''` when not in a string). */
	readonly typed: string;
	/** The whole string's text (without quotes). */
	readonly value: string;
	/** The string's content span (inside the quotes), or an empty span at the cursor. */
	readonly span: Span;
	/** Whether the cursor is inside quotes (else completions must bring their own). */
	readonly quoted: boolean;
	/** Lower-cased service prefixes of the statement's Action/NotAction entries. */
	readonly statementServices: readonly string[];
}

/** The location of `offset` in the policy `text`. */
export function policyLocation(text: string, offset: number): PolicyLocation {
	const location = getLocation(text, offset);
	const path = location.path.filter(
		(segment, i) => !(typeof segment === 'number' && location.path[i - 1] === 'Statement'),
	);
	const string = _stringAt(text, offset);
	const inString = string !== undefined;
	const closed =
		string !== undefined && string.length > 1 && text[string.offset + string.length - 1] === '"';
	const contentEnd =
		string === undefined ? offset : string.offset + string.length - (closed ? 1 : 0);
	const span: Span =
		string === undefined
			? { offset, length: 0 }
			: { offset: string.offset + 1, length: contentEnd - string.offset - 1 };
	const typed =
		string === undefined ? '' : text.slice(string.offset + 1, Math.min(offset, contentEnd));
	const value = text.slice(span.offset, span.offset + span.length);
	const element = path[1];
	let spot: PolicySpot = location.isAtPropertyKey ? 'otherKey' : 'otherValue';
	let operator: string | undefined;
	if (path[0] === 'Statement') {
		if (location.isAtPropertyKey && element === 'Condition' && path.length === 3) spot = 'operator';
		else if (location.isAtPropertyKey && element === 'Condition' && path.length === 4) {
			spot = 'conditionKey';
			operator = String(path[2]);
		} else if (!location.isAtPropertyKey && (element === 'Action' || element === 'NotAction'))
			spot = 'action';
		else if (!location.isAtPropertyKey && (element === 'Resource' || element === 'NotResource'))
			spot = 'resource';
		else if (!location.isAtPropertyKey && element === 'Principal' && path[2] === 'Service')
			spot = 'servicePrincipal';
	}
	return {
		spot,
		...(operator === undefined ? {} : { operator }),
		typed,
		value,
		span,
		quoted: inString,
		statementServices: spot === 'conditionKey' ? _statementServices(text, location.path) : [],
	};
}

/** The string token (quotes included) whose inside holds `offset`. */
function _stringAt(text: string, offset: number): Span | undefined {
	const scanner = createScanner(text, false);
	// Walk tokens up to the cursor; string tokens are the ones starting with a quote.
	while (scanner.getPosition() < text.length) {
		scanner.scan();
		const start = scanner.getTokenOffset();
		const length = scanner.getTokenLength();
		if (start >= offset || length === 0) return undefined;
		if (text[start] === '"' && offset <= start + length) {
			const closed = length > 1 && text[start + length - 1] === '"';
			return offset < start + length || !closed ? { offset: start, length } : undefined;
		}
	}
	return undefined;
}

/** Service prefixes named by the Action/NotAction of the statement at `path`. */
function _statementServices(text: string, path: readonly (string | number)[]): string[] {
	const root = parseTree(text);
	if (root === undefined) return [];
	const at = path.indexOf('Condition');
	const statement = findNodeAtLocation(root, path.slice(0, at) as (string | number)[]);
	if (statement === undefined) return [];
	const out = new Set<string>();
	for (const key of ['Action', 'NotAction']) {
		const node = findNodeAtLocation(statement, [key]);
		const value: unknown = node === undefined ? undefined : getNodeValue(node);
		for (const entry of Array.isArray(value) ? value : [value]) {
			if (typeof entry === 'string' && entry.includes(':'))
				out.add(entry.split(':')[0]!.toLowerCase());
		}
	}
	return [...out];
}
