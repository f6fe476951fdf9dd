/**
 * Check that an untrusted value (from storage) is a `RoleDocument` in its
 * own form (pane texts, not scenarios), field by field.
 */
import type { JsonPath } from '../evaluator/index.ts';
import { ShapeReader, describeValue } from './read-shape.ts';
import type {
	AssumeAction,
	DocumentError,
	OrganizationLevel,
	PolicySource,
	RoleDocument,
} from './types.ts';

const _ASSUME: readonly string[] = [
	'sts:AssumeRole',
	'sts:AssumeRoleWithWebIdentity',
	'sts:AssumeRoleWithSAML',
];

/** `value` as a document, or the errors found (paths into `value`). */
export function readRoleDocument(value: unknown): {
	doc?: RoleDocument;
	errors: readonly DocumentError[];
} {
	const r = new ShapeReader();
	const o = r.object(value, [], 'a role document');
	if (o === undefined) return { errors: r.errors };
	const text = (v: unknown, path: JsonPath): string | undefined =>
		r.string(v, path, 'a text', true);
	const source = (v: unknown, path: JsonPath): PolicySource | undefined => {
		const s = r.object(v, path, 'a policy');
		if (s === undefined) return undefined;
		if (s.kind === 'managed') {
			const arn = r.string(s.arn, [...path, 'arn'], 'a managed policy ARN');
			return arn === undefined ? undefined : { kind: 'managed', arn };
		}
		if (s.kind !== 'inline')
			return r.fail(
				[...path, 'kind'],
				`expected \`inline\` or \`managed\`, found ${describeValue(s.kind)}`,
			);
		const t = text(s.text, [...path, 'text']);
		const name =
			s.name === undefined ? undefined : r.string(s.name, [...path, 'name'], 'a policy name');
		if (t === undefined) return undefined;
		return name === undefined ? { kind: 'inline', text: t } : { kind: 'inline', name, text: t };
	};
	const sources = (v: unknown, path: JsonPath): PolicySource[] =>
		r.array(v, path, 'an array of policies', source) ?? [];
	const levels = (v: unknown, path: JsonPath): OrganizationLevel[] | undefined =>
		r.array(v, path, 'an array of levels', (item, p) => {
			const level = r.object(item, p, 'a level');
			if (level === undefined) return undefined;
			const name = r.string(level.name, [...p, 'name'], 'a level name');
			return name === undefined
				? undefined
				: { name, policies: sources(level.policies, [...p, 'policies']) };
		});
	const optional = <T>(
		key: string,
		read: (v: unknown, path: JsonPath) => T | undefined,
	): Partial<Record<string, T>> => {
		if (o[key] === undefined) return {};
		const got = read(o[key], [key]);
		return got === undefined ? {} : { [key]: got };
	};
	const caller = r.object(o.caller, ['caller'], 'the caller') ?? {};
	const session = r.object(o.session, ['session'], 'the session request') ?? {};
	if (!_ASSUME.includes(caller.action as string)) {
		r.fail(
			['caller', 'action'],
			`expected an assume action, found ${describeValue(caller.action)}`,
		);
	}
	const doc = {
		account: r.string(o.account, ['account'], 'an account') ?? '',
		roleName: r.string(o.roleName, ['roleName'], 'a role name') ?? '',
		trustPolicy: text(o.trustPolicy, ['trustPolicy']) ?? '',
		permissionPolicies: sources(o.permissionPolicies, ['permissionPolicies']),
		...optional('permissionsBoundary', source),
		...optional('sessionPolicy', source),
		...optional('serviceControlPolicies', levels),
		...optional('resourceControlPolicies', levels),
		caller: {
			principal: text(caller.principal, ['caller', 'principal']) ?? '',
			action: caller.action as AssumeAction,
			context: r.context(caller.context, ['caller', 'context']) ?? {},
			policies: sources(caller.policies, ['caller', 'policies']),
		},
		session: {
			sessionName: text(session.sessionName, ['session', 'sessionName']) ?? '',
			action: text(session.action, ['session', 'action']) ?? '',
			resource: text(session.resource, ['session', 'resource']) ?? '',
			...(session.resourceAccount === undefined
				? {}
				: { resourceAccount: text(session.resourceAccount, ['session', 'resourceAccount']) ?? '' }),
			context: r.context(session.context, ['session', 'context']) ?? {},
		},
	} as RoleDocument;
	return r.errors.length > 0 ? { errors: r.errors } : { doc, errors: [] };
}
