/**
 * Read a document back from its saved form (the JSON array of two scenarios,
 * from a share link, a file or `toScenarios`). Anything the document model
 * cannot hold is an error that says where (a path) and what.
 */
import type { JsonPath } from '../evaluator/index.ts';
import { formatJsonPath } from '../evaluator/index.ts';
import { toScenarios } from './to-scenarios.ts';
import { ShapeReader, describeValue } from './read-shape.ts';
import type { AssumeAction, DocumentError, RoleDocument } from './types.ts';

/** A document, or why the value is not one. */
export interface FromScenariosResult {
	/** Present iff `errors` is empty. */
	readonly doc?: RoleDocument;
	readonly errors: readonly DocumentError[];
}

const _ASSUME_ACTIONS: readonly string[] = [
	'sts:AssumeRole',
	'sts:AssumeRoleWithWebIdentity',
	'sts:AssumeRoleWithSAML',
];
const _ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/([\w+=,.@-]{1,64})$/;

/**
 * Read `[assume role, use session]` into a document. The value must be what
 * `toScenarios` writes for some document (scenario names and empty
 * `context` / `identityPolicies` aside); the first difference is reported.
 */
export function fromScenarios(value: unknown): FromScenariosResult {
	const r = new ShapeReader();
	if (!Array.isArray(value) || value.length !== 2) {
		r.fail([], 'expected an array of two scenarios, `assume role` then `use session`');
		return { errors: r.errors };
	}
	const assume = r.object(value[0], [0], 'the `assume role` scenario');
	const session = r.object(value[1], [1], 'the `use session` scenario');
	if (assume === undefined || session === undefined) return { errors: r.errors };
	const req1 = r.object(assume.request, [0, 'request'], 'a request');
	const req2 = r.object(session.request, [1, 'request'], 'a request');
	if (req1 === undefined || req2 === undefined) return { errors: r.errors };

	const principal = r.string(req1.principal, [0, 'request', 'principal'], 'the caller principal');
	const action = req1.action;
	if (typeof action !== 'string' || !_ASSUME_ACTIONS.includes(action)) {
		r.fail(
			[0, 'request', 'action'],
			`expected \`sts:AssumeRole\`, \`sts:AssumeRoleWithWebIdentity\` or \`sts:AssumeRoleWithSAML\`, found ${describeValue(action)}`,
		);
	}
	const role = _ROLE_ARN.exec(typeof req1.resource === 'string' ? req1.resource : '');
	if (role === null) {
		r.fail(
			[0, 'request', 'resource'],
			`expected a role ARN \`arn:aws:iam::<account>:role/<name>\` (no path), found ${describeValue(req1.resource)}`,
		);
	}
	const [, account = '', roleName = ''] = role ?? [];
	const sessionPrefix = `arn:aws:sts::${account}:assumed-role/${roleName}/`;
	const p2 = req2.principal;
	if (
		role !== null &&
		(typeof p2 !== 'string' || !p2.startsWith(sessionPrefix) || p2 === sessionPrefix)
	) {
		r.fail(
			[1, 'request', 'principal'],
			`expected the role's session \`${sessionPrefix}<session>\`, found ${describeValue(p2)}`,
		);
	}
	const sessionName = typeof p2 === 'string' ? p2.slice(sessionPrefix.length) : '';
	const trust = r.policy(assume.resourcePolicy, [0, 'resourcePolicy']);
	if (trust !== undefined && (trust.kind !== 'inline' || trust.name !== undefined)) {
		r.fail(
			[0, 'resourcePolicy'],
			'write the trust policy as a plain document: it has no name and is never a managed policy',
		);
	}
	const doc: RoleDocument = {
		account,
		roleName,
		trustPolicy: trust?.kind === 'inline' ? trust.text : '',
		permissionPolicies: _policies(r, session.identityPolicies, [1, 'identityPolicies']),
		...(session.permissionsBoundary === undefined
			? {}
			: { permissionsBoundary: r.policy(session.permissionsBoundary, [1, 'permissionsBoundary']) }),
		...(session.sessionPolicy === undefined
			? {}
			: { sessionPolicy: r.policy(session.sessionPolicy, [1, 'sessionPolicy']) }),
		...(session.serviceControlPolicies === undefined
			? {}
			: {
					serviceControlPolicies: r.levels(session.serviceControlPolicies, [
						1,
						'serviceControlPolicies',
					]),
				}),
		...(assume.resourceControlPolicies === undefined
			? {}
			: {
					resourceControlPolicies: r.levels(assume.resourceControlPolicies, [
						0,
						'resourceControlPolicies',
					]),
				}),
		caller: {
			principal: principal ?? '',
			action: action as AssumeAction,
			context: r.context(req1.context, [0, 'request', 'context']) ?? {},
			policies: _policies(r, assume.identityPolicies, [0, 'identityPolicies']),
		},
		session: {
			sessionName,
			action: r.string(req2.action, [1, 'request', 'action'], 'an action') ?? '',
			resource: r.string(req2.resource, [1, 'request', 'resource'], 'a resource') ?? '',
			...(req2.resourceAccount === undefined
				? {}
				: {
						resourceAccount:
							r.string(req2.resourceAccount, [1, 'request', 'resourceAccount'], 'an account') ?? '',
					}),
			context: r.context(req2.context, [1, 'request', 'context']) ?? {},
		},
	};
	if (r.errors.length > 0) return { errors: r.errors };
	const difference = _firstDifference(
		_normalize(value),
		_normalize(toScenarios(doc).scenarios),
		[],
	);
	if (difference !== undefined) return { errors: [difference] };
	return { doc, errors: [] };
}

/** Read the saved form from JSON text (a file or a link): never throws. */
export function fromScenariosText(text: string): FromScenariosResult {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		const why = error instanceof SyntaxError ? `: ${error.message}` : '';
		return { errors: [{ path: [], message: `the scenario file is not valid JSON${why}` }] };
	}
	return fromScenarios(value);
}

function _policies(r: ShapeReader, value: unknown, path: JsonPath) {
	if (value === undefined) return [];
	return r.array(value, path, 'an array of policies', (v, p) => r.policy(v, p)) ?? [];
}

/** Drop what the document does not keep: scenario names, empty contexts and policy lists. */
function _normalize(value: unknown): unknown {
	if (!Array.isArray(value)) return value;
	return value.map((scenario: unknown) => {
		if (typeof scenario !== 'object' || scenario === null) return scenario;
		const { name: _name, ...rest } = scenario as Record<string, unknown>;
		if (Array.isArray(rest.identityPolicies) && rest.identityPolicies.length === 0) {
			delete rest.identityPolicies;
		}
		const request = rest.request as Record<string, unknown> | undefined;
		if (request && _isEmptyObject(request.context)) {
			const { context: _context, ...r } = request;
			rest.request = r;
		}
		return rest;
	});
}

function _isEmptyObject(value: unknown): boolean {
	return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/** The first place where `given` and `derived` differ, as an error about `given`. */
function _firstDifference(
	given: unknown,
	derived: unknown,
	path: JsonPath,
): DocumentError | undefined {
	const objects =
		typeof given === 'object' && given !== null && typeof derived === 'object' && derived !== null;
	if (objects && Array.isArray(given) === Array.isArray(derived)) {
		const g = given as Record<string, unknown>;
		const d = derived as Record<string, unknown>;
		const keys = [...new Set([...Object.keys(g), ...Object.keys(d)])];
		for (const key of keys) {
			const index = Array.isArray(given) ? Number(key) : key;
			const found = _firstDifference(g[key], d[key], [...path, index]);
			if (found !== undefined) return found;
		}
		return undefined;
	}
	if (Object.is(given, derived)) return undefined;
	const where = `\`${formatJsonPath(path.slice(1))}\` of the \`${path[0] === 0 ? 'assume role' : 'use session'}\` scenario`;
	const message =
		derived === undefined
			? `the playground cannot keep ${where}: a role document has no place for it`
			: `${where} does not fit the role: expected ${describeValue(derived)}, found ${describeValue(given)}`;
	return { path, message };
}
