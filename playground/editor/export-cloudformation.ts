/**
 * "Copy as CloudFormation": a template (JSON, which CloudFormation reads as
 * well as YAML) with one `AWS::IAM::Role` carrying the document's trust
 * policy, managed and inline permission policies and permissions boundary,
 * and an `AWS::IAM::InstanceProfile` holding it when EC2 may assume it.
 */
import type { ManagedPolicyCatalog } from '../evaluator/index.ts';
import { brokenRolePanes } from './broken-role-panes.ts';
import { needsInstanceProfile } from './instance-profile.ts';
import type { RoleDocument } from './types.ts';

/**
 * The template as JSON text. An inline boundary becomes an
 * `AWS::IAM::ManagedPolicy` the role refers to (a boundary must be a managed
 * policy). The session policy, organization policies and the request are not
 * part of a role and are left out. `managed` is accepted for symmetry with
 * `exportCli` and only used to name unknown ARNs in the description.
 * A pane holding invalid JSON gives a template-less message instead.
 */
export function exportCloudFormation(doc: RoleDocument, managed?: ManagedPolicyCatalog): string {
	const broken = brokenRolePanes(doc);
	if (broken.length > 0) return `cannot export yet: fix the JSON in ${broken.join(', ')}\n`;
	const logical = _logicalId(doc.roleName);
	const resources: Record<string, unknown> = {};
	const properties: Record<string, unknown> = {
		RoleName: doc.roleName,
		AssumeRolePolicyDocument: JSON.parse(doc.trustPolicy) as unknown,
	};
	const managedArns = doc.permissionPolicies.flatMap((p) => (p.kind === 'managed' ? [p.arn] : []));
	if (managedArns.length > 0) properties.ManagedPolicyArns = managedArns;
	const inline = doc.permissionPolicies.flatMap((p, i) =>
		p.kind === 'inline'
			? [
					{
						PolicyName: p.name ?? `${doc.roleName}Policy${i + 1}`,
						PolicyDocument: JSON.parse(p.text) as unknown,
					},
				]
			: [],
	);
	if (inline.length > 0) properties.Policies = inline;
	const boundary = doc.permissionsBoundary;
	if (boundary?.kind === 'managed') properties.PermissionsBoundary = boundary.arn;
	else if (boundary !== undefined) {
		resources[`${logical}Boundary`] = {
			Type: 'AWS::IAM::ManagedPolicy',
			Properties: {
				ManagedPolicyName: boundary.name ?? `${doc.roleName}Boundary`,
				PolicyDocument: JSON.parse(boundary.text) as unknown,
			},
		};
		properties.PermissionsBoundary = { Ref: `${logical}Boundary` };
	}
	resources[logical] = { Type: 'AWS::IAM::Role', Properties: properties };
	if (needsInstanceProfile(doc)) {
		resources[`${logical}InstanceProfile`] = {
			Type: 'AWS::IAM::InstanceProfile',
			Properties: { InstanceProfileName: doc.roleName, Roles: [{ Ref: logical }] },
		};
	}
	const unknown = [...managedArns, ...(boundary?.kind === 'managed' ? [boundary.arn] : [])].filter(
		(arn) => managed !== undefined && managed.get(arn) === undefined,
	);
	const note =
		unknown.length > 0
			? ` Not AWS managed policies the playground knows: ${unknown.join(', ')}.`
			: '';
	const template = {
		AWSTemplateFormatVersion: '2010-09-09',
		Description: `Role ${doc.roleName}, exported from the IAM Roles Lab playground.${note}`,
		Resources: resources,
	};
	return JSON.stringify(template, null, 2) + '\n';
}

/** A CloudFormation logical ID (alphanumeric) from a role name. */
function _logicalId(roleName: string): string {
	const id = roleName.replace(/[^A-Za-z0-9]/g, '');
	return /^[A-Za-z]/.test(id) ? id : `Role${id}`;
}
