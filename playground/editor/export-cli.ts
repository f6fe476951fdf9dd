/**
 * "Copy as AWS CLI": the commands that create the document's role with
 * AWS CLI v2 (`aws iam create-role`, `put-role-permissions-boundary`,
 * `attach-role-policy`, `put-role-policy`, and for a role EC2 assumes
 * `create-instance-profile` and `add-role-to-instance-profile`), one per
 * line, shell-quoted.
 */
import type { ManagedPolicyCatalog } from '../evaluator/index.ts';
import { brokenRolePanes } from './broken-role-panes.ts';
import { needsInstanceProfile } from './instance-profile.ts';
import { shellQuote } from './shell-quote.ts';
import type { PolicySource, RoleDocument } from './types.ts';

/**
 * The commands as text for a POSIX shell. Organization policies and the
 * request are not part of a role and are left out; the session policy is
 * shown as a commented `aws sts assume-role`. When `managed` is given,
 * managed ARNs it does not hold get a warning comment. A pane holding
 * invalid JSON makes the text a single comment saying which.
 */
export function exportCli(doc: RoleDocument, managed?: ManagedPolicyCatalog): string {
	const broken = brokenRolePanes(doc);
	if (broken.length > 0) return `# cannot export yet: fix the JSON in ${broken.join(', ')}\n`;
	const role = shellQuote(doc.roleName);
	const lines = [
		`# role ${doc.roleName} (account ${doc.account}), exported from the IAM Roles Lab playground`,
		`aws iam create-role --role-name ${role} --assume-role-policy-document ${_json(doc.trustPolicy)}`,
	];
	const boundary = doc.permissionsBoundary;
	if (boundary?.kind === 'managed') {
		lines.push(..._unknown(boundary.arn, managed));
		lines.push(
			`aws iam put-role-permissions-boundary --role-name ${role} --permissions-boundary ${shellQuote(boundary.arn)}`,
		);
	} else if (boundary !== undefined) {
		// A boundary must be a managed policy: create a customer managed one first.
		const name = boundary.name ?? `${doc.roleName}Boundary`;
		const arn = `arn:aws:iam::${doc.account}:policy/${name}`;
		lines.push(
			`aws iam create-policy --policy-name ${shellQuote(name)} --policy-document ${_json(boundary.text)}`,
			`aws iam put-role-permissions-boundary --role-name ${role} --permissions-boundary ${shellQuote(arn)}`,
		);
	}
	doc.permissionPolicies.forEach((policy, i) => {
		if (policy.kind === 'managed') {
			lines.push(..._unknown(policy.arn, managed));
			lines.push(
				`aws iam attach-role-policy --role-name ${role} --policy-arn ${shellQuote(policy.arn)}`,
			);
		} else {
			const name = shellQuote(policy.name ?? `${doc.roleName}Policy${i + 1}`);
			lines.push(
				`aws iam put-role-policy --role-name ${role} --policy-name ${name} --policy-document ${_json(policy.text)}`,
			);
		}
	});
	if (needsInstanceProfile(doc)) {
		lines.push(
			'# EC2 gives the role to an instance through an instance profile:',
			`aws iam create-instance-profile --instance-profile-name ${role}`,
			`aws iam add-role-to-instance-profile --instance-profile-name ${role} --role-name ${role}`,
		);
	}
	if (doc.sessionPolicy !== undefined) lines.push(..._sessionPolicy(doc, doc.sessionPolicy));
	return lines.join('\n') + '\n';
}

function _sessionPolicy(doc: RoleDocument, policy: PolicySource): string[] {
	const arn = shellQuote(`arn:aws:iam::${doc.account}:role/${doc.roleName}`);
	const session = shellQuote(doc.session.sessionName);
	const option =
		policy.kind === 'managed'
			? `--policy-arns arn=${shellQuote(policy.arn)}`
			: `--policy ${_json(policy.text)}`;
	return [
		'# the session policy is passed by whoever assumes the role:',
		`# aws sts assume-role --role-arn ${arn} --role-session-name ${session} ${option}`,
	];
}

/** A policy text as one compact, shell-quoted JSON argument. */
function _json(text: string): string {
	return shellQuote(JSON.stringify(JSON.parse(text)));
}

function _unknown(arn: string, managed: ManagedPolicyCatalog | undefined): string[] {
	if (managed === undefined || managed.get(arn) !== undefined) return [];
	return [
		`# note: ${arn} is not an AWS managed policy the playground knows; create it first if it is yours`,
	];
}
