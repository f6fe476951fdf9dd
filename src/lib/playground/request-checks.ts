/**
 * What the request panel says under each field: the evaluator's own errors
 * about the request (their words and help come from the evaluator), the
 * account's form, and for hop 2's action the catalog's "did you mean" when
 * the service or the action is not one AWS has.
 */
import type { DocumentEvaluation, HopId } from '../../../playground/editor/types.ts';
import type { Diagnostic, ServiceCatalog } from '../../../playground/evaluator/index.ts';
import { closestName } from '../../../playground/evaluator/validate/index.ts';

/** The request panel's fields that can get a message. */
export type RequestField =
	'account' | 'roleName' | 'caller' | 'sessionName' | 'action' | 'resource';

/** Which field each hop's `request.<name>` comes from. */
const _FROM: Readonly<Record<HopId, Readonly<Record<string, RequestField>>>> = {
	assume: { principal: 'caller', resource: 'roleName' },
	session: {
		principal: 'sessionName',
		action: 'action',
		resource: 'resource',
		resourceAccount: 'resource',
	},
};

/** One message per field that has a problem (plain text, code in backticks). */
export function requestMessages(
	evaluation: DocumentEvaluation,
	account: string,
	action: string,
	services: ServiceCatalog,
): Partial<Record<RequestField, string>> {
	const out: Partial<Record<RequestField, string>> = {};
	for (const hop of ['assume', 'session'] as const) {
		for (const error of evaluation[hop].errors) {
			const field = error.path[0] === 'request' ? _FROM[hop][String(error.path[1])] : undefined;
			if (field !== undefined) out[field] ??= _words(error);
		}
	}
	if (!/^\d{12}$/.test(account)) {
		out.account = `\`${account}\` is not an account ID: expected twelve digits, such as \`111122223333\``;
		// The role ARN and the session ARN are wrong only because of the account: say it once.
		delete out.roleName;
		delete out.sessionName;
	}
	out.action ??= actionMessage(action, services);
	return out;
}

/**
 * "Did you mean" for a hop-2 action the catalog does not know; `undefined`
 * when it knows it, when its service is not loaded yet, or for a wildcard.
 */
export function actionMessage(action: string, services: ServiceCatalog): string | undefined {
	const colon = action.indexOf(':');
	if (colon < 0 || /[*?]/.test(action)) return undefined;
	const prefix = action.slice(0, colon).toLowerCase();
	const name = action.slice(colon + 1);
	const prefixes = services.prefixes();
	if (!prefixes.includes(prefix)) {
		const near = closestName(prefix, prefixes);
		const info = near === undefined ? undefined : services.service(near);
		const nearAction = info?.actions[name.toLowerCase()]?.name ?? name;
		return near === undefined
			? `no AWS service has the prefix \`${prefix}\``
			: `no AWS service has the prefix \`${prefix}\`: did you mean \`${near}:${nearAction}\`?`;
	}
	const info = services.service(prefix);
	if (info === undefined || info.actions[name.toLowerCase()] !== undefined) return undefined;
	const names = Object.values(info.actions).map((a) => a.name);
	const near = closestName(name, names);
	return near === undefined
		? `\`${prefix}\` has no action \`${name}\``
		: `\`${prefix}\` has no action \`${name}\`: did you mean \`${prefix}:${near}\`?`;
}

function _words(error: Diagnostic): string {
	return error.help ? `${error.message}: ${error.help}` : error.message;
}
