/**
 * "What would change the answer": for the common ways a request is denied,
 * one plain suggestion each, with what the page needs to act on it.
 *
 * - a deny wins: name the denying statement;
 * - a context key a condition needs is missing: offer a context row for it;
 * - nothing allows the request: the statement to add, and where.
 */
import type {
	ConditionCheck,
	ContextValue,
	DecisiveStatement,
	ExplainedResult,
} from '../../../playground/evaluator/index.ts';
import { describeReason, policyPhrase } from '../../../playground/evaluator/index.ts';
import type { HopId } from '../../../playground/editor/types.ts';
import type { ContextRowType } from './context-rows.ts';

/** Where an added statement goes. */
export type StatementTarget = 'trust' | 'permission' | 'boundary' | 'session';

/** One way to change the answer. Messages are plain text with code in backticks. */
export type Suggestion =
	| {
			readonly kind: 'denyWins';
			readonly hop: HopId;
			readonly message: string;
			readonly statement: DecisiveStatement;
	  }
	| {
			readonly kind: 'missingKey';
			readonly hop: HopId;
			readonly message: string;
			readonly key: string;
			/** A type that suits the operator that asked for the key. */
			readonly type: ContextRowType;
			/** A value of that type the condition accepts, worked out from the policy's values. */
			readonly value: ContextValue;
	  }
	| {
			readonly kind: 'addStatement';
			readonly hop: HopId;
			readonly message: string;
			readonly target: StatementTarget;
			/** The statement to add, as a JSON value. */
			readonly statement: Readonly<Record<string, unknown>>;
	  }
	| { readonly kind: 'note'; readonly hop: HopId; readonly message: string };

/** The suggestions for one hop's result, most useful first; none when allowed. */
export function suggestChanges(hop: HopId, result: ExplainedResult): Suggestion[] {
	if (result.decision === 'allowed') return [];
	if (result.decision === 'explicitDeny') {
		return result.decisiveStatements.map((statement) => ({
			kind: 'denyWins',
			hop,
			statement,
			message: `the deny in statement ${statement.statementIndex + 1}${statement.sid ? ` (Sid \`${statement.sid}\`)` : ''} of ${policyPhrase(statement.policyType, statement.policyName, result.request.resourcePolicyKind)} wins over every allow: remove it, or narrow it so it no longer matches this request`,
		}));
	}
	const fixed = result.steps.find((step) => step.gate === 'awsRule' && step.outcome === 'decide');
	if (fixed?.reason !== undefined) {
		// No statement can change it (spec §5.7): say which rule, and offer nothing to add.
		return [{ kind: 'note', hop, message: describeReason(fixed.reason) }];
	}
	return [..._missingKeys(hop, result), ..._grantSuggestions(hop, result)];
}

/** Keys that conditions asked for and the request does not have, once each. */
function _missingKeys(hop: HopId, result: ExplainedResult): Suggestion[] {
	const seen = new Set<string>();
	const out: Suggestion[] = [];
	for (const policy of result.policies) {
		if (!policy.considered) continue;
		for (const statement of policy.statements) {
			if (statement.effect !== 'Allow' || statement.failed !== 'condition') continue;
			for (const check of statement.conditions) {
				if (check.passed || check.contextValues !== undefined) continue;
				const key = check.key.toLowerCase();
				if (seen.has(key)) continue;
				seen.add(key);
				const type = operatorType(check.operator);
				const value = satisfyingValue(check, type);
				out.push({
					kind: 'missingKey',
					hop,
					key: check.key,
					type,
					value,
					message: `the request has no \`${check.key}\`, which \`${check.operator}\` needs: add it to the ${hop === 'assume' ? 'caller' : 'session'} context, for example as \`${JSON.stringify(value)}\``,
				});
			}
		}
	}
	return out;
}

/**
 * A context value that meets `check`'s operator against the policy's first
 * value: the value itself for the equality and match operators (wildcards
 * filled in), one past it for a strict numeric or date comparison, the
 * address of a CIDR. A guess the caller confirms by evaluating.
 */
export function satisfyingValue(check: ConditionCheck, type: ContextRowType): ContextValue {
	const base = check.operator.replace(/^For(Any|All)Values?:/i, '').replace(/IfExists$/i, '');
	const first = check.policyValues[0] ?? 'example';
	let value: string | number | boolean = first;
	if (/^(String|Arn)(Not)?Like$/i.test(base)) value = first.replace(/[*?]/g, 'x');
	else if (/^Numeric/i.test(base)) {
		const n = Number(first);
		value = /LessThan$/i.test(base) ? n - 1 : /(GreaterThan|NotEquals)$/i.test(base) ? n + 1 : n;
	} else if (/^Date(LessThan|GreaterThan)$/i.test(base)) {
		const at = Date.parse(first);
		const day = /LessThan$/i.test(base) ? -86_400_000 : 86_400_000;
		if (!Number.isNaN(at)) value = new Date(at + day).toISOString();
	} else if (/^Bool$/i.test(base)) value = first.toLowerCase() === 'true';
	else if (/^IpAddress$/i.test(base)) value = first.replace(/\/\d+$/, '');
	else if (/^Null$/i.test(base)) value = 'example';
	if (type === 'list') return [String(value)];
	if (type === 'number' && typeof value !== 'number') return Number(value);
	return value;
}

/** The value type a row should get for a key an operator reads. */
export function operatorType(operator: string): ContextRowType {
	if (/^For(Any|All)Value:/i.test(operator)) return 'list';
	const base = operator.replace(/IfExists$/i, '');
	if (/^Numeric/i.test(base)) return 'number';
	if (/^Bool$/i.test(base)) return 'bool';
	return 'string';
}

/** Which policy lacks the allow, from the gate that decided, and the statement to add there. */
function _grantSuggestions(hop: HopId, result: ExplainedResult): Suggestion[] {
	const decided = result.steps.find((step) => step.outcome === 'decide');
	const { action, resource } = result.request;
	if (decided?.gate === 'scp' || decided?.gate === 'rcp') {
		const kind = decided.gate === 'scp' ? 'service control policies' : 'resource control policies';
		const level = decided.level === undefined ? '' : ` at level ${decided.level}`;
		return [
			{
				kind: 'note',
				hop,
				message: `the ${kind}${level} allow nothing that matches \`${action}\`: an organization policy there must allow it`,
			},
		];
	}
	if (decided?.gate === 'rootAssumeRole') {
		return [
			{
				kind: 'note',
				hop,
				message: 'the root user can never assume a role: call as an IAM user or role instead',
			},
		];
	}
	const allow = { Effect: 'Allow', Action: action, Resource: resource };
	if (decided?.reason === 'boundaryDoesNotAllow') {
		return [
			_add(
				hop,
				'boundary',
				allow,
				`the permissions boundary does not allow \`${action}\`: add this statement to it`,
			),
		];
	}
	if (decided?.reason === 'sessionPolicyDoesNotAllow') {
		return [
			_add(
				hop,
				'session',
				allow,
				`the session policy does not allow \`${action}\`: add this statement to it`,
			),
		];
	}
	if (hop === 'assume') {
		const trust = {
			Effect: 'Allow',
			Principal: trustPrincipal(result.request.principal),
			Action: action,
		};
		return [
			_add(
				hop,
				'trust',
				trust,
				`no statement of the trust policy lets \`${result.request.principal}\` call \`${action}\`: add this statement to it`,
			),
		];
	}
	return [
		_add(
			hop,
			'permission',
			allow,
			`no permission policy allows \`${action}\` on \`${resource}\`: attach a policy with this statement`,
		),
	];
}

function _add(
	hop: HopId,
	target: StatementTarget,
	statement: Record<string, unknown>,
	message: string,
): Suggestion {
	return { kind: 'addStatement', hop, target, statement, message };
}

/**
 * The `Principal` element naming a caller in a trust policy: a service by
 * `Service`, an identity provider by `Federated`, a role session by its role's ARN.
 */
export function trustPrincipal(principal: string): Record<string, string> {
	const session = /^arn:(aws[\w-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(principal);
	if (session) return { AWS: `arn:${session[1]}:iam::${session[2]}:role/${session[3]}` };
	if (/:(saml|oidc)-provider\//.test(principal)) return { Federated: principal };
	if (principal.startsWith('arn:') || /^\d{12}$/.test(principal)) return { AWS: principal };
	if (
		/^(cognito-identity\.amazonaws\.com|accounts\.google\.com|graph\.facebook\.com|www\.amazon\.com)$/.test(
			principal,
		)
	) {
		return { Federated: principal };
	}
	return { Service: principal };
}
