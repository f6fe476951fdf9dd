/**
 * Resource entries against the resource types of the statement's actions
 * (W33), and `iam:PassRole` allowed on every role (W36).
 */
import type { ServiceCatalog } from '../catalog/types.ts';
import { matchGlob } from '../match/wildcard.ts';
import type { Policy, Statement } from '../model.ts';
import type { Diagnostic } from '../types.ts';
import { arnFitsFormat } from './arn-fits.ts';
import type { ResolvedActions } from './check-actions.ts';
import { catalogWarning } from './codes.ts';
import { elementPath, listQuoted, resourceName } from './element-path.ts';

/**
 * Prefixes that more than one page of the Service Authorization Reference uses
 * (Elastic Load Balancing v1 and v2, API Gateway v1 and v2, SES v1 and v2,
 * Lex v1 and v2, Kinesis Analytics v1 and v2).
 */
const _SHARED_PREFIXES: ReadonlySet<string> = new Set([
	'elasticloadbalancing',
	'apigateway',
	'ses',
	'lex',
	'kinesisanalytics',
]);

/**
 * W33: a Resource ARN that fits none of the resource types of the statement's
 * actions. Only when every action is known and each acts on some resource
 * type (an action without resource types takes only `*`, so any ARN there
 * may be meant for the other actions).
 */
export function checkResourceTypes(
	policy: Policy,
	statement: Statement,
	resolved: ResolvedActions,
	services: ServiceCatalog,
	out: Diagnostic[],
): void {
	const resource = statement.resource;
	if (resource === undefined || resource.not || !resolved.complete) return;
	const formats = new Set<string>();
	for (const { service, action } of resolved.actions) {
		if (action.resourceTypes.length === 0) return;
		const types = services.service(service)?.resourceTypes ?? {};
		// Several reference pages share these prefixes and the data keeps one
		// page's resource types per action: accept any type of the service.
		const names = _SHARED_PREFIXES.has(service)
			? Object.keys(types)
			: action.resourceTypes.map((r) => r.name);
		for (const name of names) {
			const format = types[name]?.arn;
			if (format === undefined) return; // data gap: do not guess
			// A few types list alternative formats: `arn:…/apis/${ApiId}/…, arn:…/restapis/…`.
			for (const one of format.split(', ')) formats.add(one);
		}
	}
	const names = [...new Set(resolved.actions.map((a) => `${a.service}:${a.action.name}`))];
	resource.patterns.forEach((pattern, i) => {
		if (pattern.any || pattern.short) return;
		// Compare with the formats of the pattern's own service first: that is where a fit is.
		const service = pattern.text.split(':', 3)[2] ?? '';
		const ordered = [...formats].sort(
			(a, b) => Number(!a.includes(`:${service}:`)) - Number(!b.includes(`:${service}:`)),
		);
		for (const format of ordered) if (arnFitsFormat(pattern.text, format)) return;
		out.push(
			catalogWarning(
				'W33',
				`\`${pattern.text}\` fits no resource type of ${listQuoted(names)}`,
				pattern.span,
				elementPath(policy, statement, resource, resourceName(statement), i),
				`${names.length === 1 ? 'it acts' : 'they act'} on ${listQuoted([...formats])}`,
			),
		);
	});
}

/**
 * W36: an identity policy that allows `iam:PassRole` (by name or wildcard) on
 * `Resource: "*"` lets the principal hand any role to any service.
 */
export function checkPassRole(policy: Policy, statement: Statement, out: Diagnostic[]): void {
	const resource = statement.resource;
	if (policy.type !== 'identity' || statement.effect !== 'Allow') return;
	if (resource === undefined || resource.not) return;
	const covering = statement.action.patterns.find(
		(p) => p.any || (matchGlob(p.service, 'iam') && matchGlob(p.name, 'passrole')),
	);
	const covers = statement.action.not ? covering === undefined : covering !== undefined;
	if (!covers) return;
	const i = resource.patterns.findIndex((p) => p.any);
	const star = resource.patterns[i];
	if (star === undefined) return;
	const how = statement.action.not
		? '`NotAction`'
		: covering?.text === 'iam:PassRole'
			? 'this statement'
			: `\`${covering?.text}\``;
	out.push(
		catalogWarning(
			'W36',
			`${how} allows \`iam:PassRole\` on every role: the principal can give any role to a service`,
			star.span,
			elementPath(policy, statement, resource, 'Resource', i),
			statement.conditions.some((c) => c.keyLower === 'iam:passedtoservice')
				? 'name the roles it may pass in `Resource`'
				: 'name the roles it may pass in `Resource`, and limit the services with an `iam:PassedToService` condition',
		),
	);
}
