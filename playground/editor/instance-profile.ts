/**
 * EC2 hands a role to an instance through an instance profile: when the
 * trust policy lets `ec2.amazonaws.com` assume the role, the exports create
 * one of the role's name and put the role in it (the console does this
 * silently; the CLI, CloudFormation and Terraform must say it).
 */
import type { RoleDocument } from './types.ts';

/** Whether an Allow statement of the trust policy names the EC2 service (text that is not JSON: no). */
export function needsInstanceProfile(doc: RoleDocument): boolean {
	let policy: unknown;
	try {
		policy = JSON.parse(doc.trustPolicy);
	} catch {
		return false;
	}
	const statements = (policy as { Statement?: unknown } | null)?.Statement;
	return [statements].flat().some((s) => {
		const statement = s as { Effect?: unknown; Principal?: { Service?: unknown } } | null;
		return (
			statement?.Effect === 'Allow' &&
			[statement.Principal?.Service].flat().includes('ec2.amazonaws.com')
		);
	});
}
