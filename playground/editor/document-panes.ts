/**
 * The editor panes of a document, in display order: trust policy, permission
 * policies, boundary, session policy, the caller's policies, SCP and RCP levels.
 */
import type { ManagedPolicyCatalog, PolicyRole } from '../evaluator/index.ts';
import type { Pane, PaneKind, PolicySource, RoleDocument } from './types.ts';

/** How `parsePolicy` reads each kind of pane. */
const _ROLES: Readonly<Record<PaneKind, PolicyRole>> = {
	trust: 'trust',
	permission: 'identity',
	boundary: 'permissionsBoundary',
	session: 'session',
	caller: 'identity',
	scp: 'scp',
	rcp: 'rcp',
};

/**
 * Every pane of `doc`. Managed policies show the catalog's text when
 * `managed` holds it, `''` otherwise (load it, then ask again).
 */
export function documentPanes(doc: RoleDocument, managed?: ManagedPolicyCatalog): Pane[] {
	const panes: Pane[] = [
		{
			id: 'trust',
			kind: 'trust',
			title: 'trust policy',
			text: doc.trustPolicy,
			readOnly: false,
			role: 'trust',
		},
	];
	const add = (id: string, kind: PaneKind, fallback: string, source: PolicySource): void => {
		const role = _ROLES[kind];
		if (source.kind === 'inline') {
			panes.push({
				id,
				kind,
				title: source.name ?? fallback,
				text: source.text,
				readOnly: false,
				role,
			});
		} else {
			const title = `${source.arn.slice(source.arn.lastIndexOf('/') + 1)} (managed)`;
			const text = managed?.get(source.arn) ?? '';
			panes.push({ id, kind, title, text, readOnly: true, arn: source.arn, role });
		}
	};
	doc.permissionPolicies.forEach((p, i) =>
		add(`permission/${i}`, 'permission', `policy ${i + 1}`, p),
	);
	if (doc.permissionsBoundary)
		add('boundary', 'boundary', 'permissions boundary', doc.permissionsBoundary);
	if (doc.sessionPolicy) add('session', 'session', 'session policy', doc.sessionPolicy);
	doc.caller.policies.forEach((p, i) => add(`caller/${i}`, 'caller', `caller policy ${i + 1}`, p));
	for (const kind of ['scp', 'rcp'] as const) {
		const levels = kind === 'scp' ? doc.serviceControlPolicies : doc.resourceControlPolicies;
		levels?.forEach((level, l) =>
			level.policies.forEach((p, i) =>
				add(`${kind}/${l}/${i}`, kind, `${kind.toUpperCase()} ${level.name} ${i + 1}`, p),
			),
		);
	}
	return panes;
}
