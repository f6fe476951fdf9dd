/**
 * The effective request context (spec §3.2): the keys the scenario gives, plus
 * the keys AWS would add for this principal and resource when the scenario
 * does not set them. Keys are stored lower-cased, so condition keys and
 * policy variables find them in any spelling.
 */
import type { ContextEntry, RequestPrincipal } from '../model.ts';
import type { ContextScalar, ContextValue } from '../types.ts';
import { parseDate } from './parse-date.ts';
import { parseDecimal } from './scalars.ts';

/**
 * Build the effective context. `resourceFields` are the six fields of the
 * request resource's ARN (empty for `*`); `resourceAccount` is the resource
 * account of spec §4.1 when known; `now` stands for the time of the request.
 */
export function effectiveContext(
	principal: RequestPrincipal,
	resourceFields: readonly string[],
	resourceAccount: string | undefined,
	given: Readonly<Record<string, ContextValue>>,
	now: Date,
): Map<string, ContextEntry> {
	const context = new Map<string, ContextEntry>();
	for (const [key, raw] of Object.entries(given)) {
		const multi = Array.isArray(raw);
		const values = multi ? raw.map(_canonical) : [_canonical(raw as ContextScalar)];
		context.set(key.toLowerCase(), { key, values, multi, raw });
	}
	const derive = (key: string, raw: ContextScalar | undefined): void => {
		const lower = _lowerKey(key);
		if (raw === undefined || context.has(lower)) return;
		context.set(lower, { key, values: [_canonical(raw)], multi: false, raw });
	};
	for (const [key, value] of _principalKeys(principal)) derive(key, value);
	derive('aws:ResourceAccount', resourceAccount);
	_deriveTime(context, now, derive);
	derive('aws:SecureTransport', true);
	derive('aws:ViaAWSService', false);
	const temporary =
		principal.kind === 'session' || principal.kind === 'role' || principal.kind === 'federated';
	derive('aws:MultiFactorAuthPresent', temporary ? false : undefined);
	// Every real request carries a region (spec §3.2): the resource's, or for an
	// ARN without one (IAM, S3, `*`) us-east-1, where IAM, STS's global
	// endpoint and the other global services are called. A bucket's region is
	// not in its ARN: give it in the context when a policy tests it.
	derive('aws:RequestedRegion', resourceFields[3] || 'us-east-1');
	return context;
}

const _lowerKeys = new Map<string, string>();

/** A derived key's lower-cased form, folded once per run rather than once per scenario. */
function _lowerKey(key: string): string {
	let lower = _lowerKeys.get(key);
	if (lower === undefined) {
		lower = key.toLowerCase();
		_lowerKeys.set(key, lower);
	}
	return lower;
}

/** `aws:PrincipalType` per principal kind; absent for services and providers. */
const _PRINCIPAL_TYPES: Partial<Record<RequestPrincipal['kind'], string>> = {
	user: 'User',
	role: 'AssumedRole',
	session: 'AssumedRole',
	federated: 'FederatedUser',
	root: 'Account',
	anonymous: 'Anonymous',
};

/** The principal-derived keys of §3.2's table, undefined where the key is absent for this kind. */
function _principalKeys(principal: RequestPrincipal): [string, ContextScalar | undefined][] {
	const { kind, account, partition } = principal;
	const arn = principal.arn ?? principal.text;
	const signed =
		kind === 'user' ||
		kind === 'role' ||
		kind === 'session' ||
		kind === 'root' ||
		kind === 'federated';
	let principalArn: string | undefined;
	if (kind === 'session') {
		// A session's aws:PrincipalArn is its role's ARN; the role's path is unknown here.
		principalArn = `arn:${partition ?? 'aws'}:iam::${account ?? ''}:role/${principal.roleName ?? ''}`;
	} else if (signed) {
		principalArn = arn;
	}
	let userId: string | undefined;
	if (kind === 'root') userId = account;
	else if (kind === 'federated') userId = `${account ?? ''}:${principal.name ?? ''}`;
	else if (kind === 'anonymous') userId = 'anonymous';
	return [
		['aws:PrincipalArn', principalArn],
		['aws:PrincipalAccount', kind === 'anonymous' ? 'anonymous' : signed ? account : undefined],
		['aws:PrincipalType', _PRINCIPAL_TYPES[kind]],
		['aws:username', kind === 'user' ? principal.name : undefined],
		['aws:userid', userId],
		['aws:PrincipalIsAWSService', kind === 'service' ? true : signed ? false : undefined],
		['aws:PrincipalServiceName', kind === 'service' ? principal.text : undefined],
	];
}

/**
 * `aws:CurrentTime` and `aws:EpochTime` name one instant: when the scenario
 * sets one, the other follows from it; when it sets neither, both are `now`.
 * Both are given to the second, as AWS gives them.
 */
function _deriveTime(
	context: Map<string, ContextEntry>,
	now: Date,
	derive: (key: string, raw: ContextScalar | undefined) => void,
): void {
	const current = _single(context.get('aws:currenttime'));
	const epoch = _single(context.get('aws:epochtime'));
	let ms = now.getTime();
	if (current !== undefined) ms = parseDate(current);
	else if (epoch !== undefined) ms = parseDecimal(epoch) * 1000;
	if (!Number.isFinite(ms)) return;
	const seconds = Math.floor(ms / 1000);
	derive('aws:CurrentTime', _isoSeconds(seconds));
	derive('aws:EpochTime', seconds);
}

// A run uses one instant for every scenario: format it once.
let _lastSeconds = NaN;
let _lastIso = '';

/** `2024-06-01T00:00:00Z` for epoch seconds. */
function _isoSeconds(seconds: number): string {
	if (seconds !== _lastSeconds) {
		_lastIso = new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
		_lastSeconds = seconds;
	}
	return _lastIso;
}

/** The one value of a single-valued entry. */
function _single(entry: ContextEntry | undefined): string | undefined {
	return entry !== undefined && !entry.multi ? entry.values[0] : undefined;
}

/**
 * A context scalar as the canonical string string operators compare: `true`,
 * `10`, `0.5`. The parser keeps a number as a number only when `String` writes
 * it back as written (a decimal, never exponent form), else as its text.
 */
function _canonical(value: ContextScalar): string {
	return String(value);
}
