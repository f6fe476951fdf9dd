/**
 * "Copy as Terraform": the role as HCL for the AWS provider: an
 * `aws_iam_role` with its trust policy, an `aws_iam_role_policy` per inline
 * policy, an `aws_iam_role_policy_attachment` per managed one, the
 * permissions boundary (an `aws_iam_policy` when written inline), and the
 * `aws_iam_instance_profile` when EC2 may assume the role.
 */
import type { ManagedPolicyCatalog } from '../evaluator/index.ts';
import { brokenRolePanes } from './broken-role-panes.ts';
import { needsInstanceProfile } from './instance-profile.ts';
import type { RoleDocument } from './types.ts';

/**
 * The configuration as HCL text. Policies are written as `jsonencode(...)`
 * of the policy's JSON (JSON is valid HCL expression syntax) with `${` and
 * `%{` escaped, so policy variables such as `${aws:username}` reach AWS as
 * written. A pane holding invalid JSON gives a comment naming it instead.
 */
export function exportTerraform(doc: RoleDocument, managed?: ManagedPolicyCatalog): string {
	const broken = brokenRolePanes(doc);
	if (broken.length > 0) return `# cannot export yet: fix the JSON in ${broken.join(', ')}\n`;
	const id = terraformName(doc.roleName);
	const role = `aws_iam_role.${id}`;
	const blocks: string[] = [];
	const boundary = doc.permissionsBoundary;
	let boundaryRef: string | undefined;
	if (boundary?.kind === 'managed') boundaryRef = _string(boundary.arn);
	else if (boundary !== undefined) {
		blocks.push(
			_block('aws_iam_policy', `${id}_boundary`, [
				['name', _string(boundary.name ?? `${doc.roleName}Boundary`)],
				['policy', _policy(boundary.text)],
			]),
		);
		boundaryRef = `aws_iam_policy.${id}_boundary.arn`;
	}
	blocks.push(
		_block('aws_iam_role', id, [
			['name', _string(doc.roleName)],
			['assume_role_policy', _policy(doc.trustPolicy)],
			...(boundaryRef ? [['permissions_boundary', boundaryRef] as const] : []),
		]),
	);
	doc.permissionPolicies.forEach((policy, i) => {
		if (policy.kind === 'managed') {
			const known = managed === undefined || managed.get(policy.arn) !== undefined;
			blocks.push(
				(known
					? ''
					: `# note: ${policy.arn} is not an AWS managed policy the playground knows; create it first if it is yours\n`) +
					_block('aws_iam_role_policy_attachment', `${id}_${i + 1}`, [
						['role', `${role}.name`],
						['policy_arn', _string(policy.arn)],
					]),
			);
		} else {
			const name = policy.name ?? `${doc.roleName}Policy${i + 1}`;
			blocks.push(
				_block('aws_iam_role_policy', `${id}_${terraformName(name)}`, [
					['name', _string(name)],
					['role', `${role}.id`],
					['policy', _policy(policy.text)],
				]),
			);
		}
	});
	if (needsInstanceProfile(doc)) {
		blocks.push(
			_block('aws_iam_instance_profile', id, [
				['name', _string(doc.roleName)],
				['role', `${role}.name`],
			]),
		);
	}
	const header = `# role ${doc.roleName} (account ${doc.account}), exported from the IAM Roles Lab playground\n`;
	return header + blocks.join('\n');
}

/** A Terraform resource name from a role or policy name: letters, digits, `_` and `-`, not starting with a digit. */
export function terraformName(name: string): string {
	const id = name.replace(/[^A-Za-z0-9_-]/g, '_').toLowerCase();
	return /^[a-z_]/.test(id) ? id : `_${id}`;
}

function _block(
	type: string,
	name: string,
	attributes: readonly (readonly [string, string])[],
): string {
	const width = Math.max(...attributes.map(([key]) => key.length));
	const lines = attributes.map(([key, value]) => `  ${key.padEnd(width)} = ${value}`);
	return `resource "${type}" "${name}" {\n${lines.join('\n')}\n}\n`;
}

/** An HCL string: JSON's escapes, plus HCL's for template sequences. */
function _string(text: string): string {
	return _escapeTemplates(JSON.stringify(text));
}

/** `jsonencode(<the policy as JSON>)`, indented as an attribute value. */
function _policy(text: string): string {
	const json = JSON.stringify(JSON.parse(text), null, 2).replaceAll('\n', '\n  ');
	return `jsonencode(${_escapeTemplates(json)})`;
}

/** `${` and `%{` start templates in HCL strings: doubling the sigil writes them literally. */
function _escapeTemplates(text: string): string {
	// Function replacements: in a replacement string `$$` would mean one `$`.
	return text.replaceAll('${', () => '$${').replaceAll('%{', () => '%%{');
}
