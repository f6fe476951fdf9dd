/**
 * "Try it in the playground" for a managed policy: the URL fragment for
 * `/playground/` holding the playground's default role document with the
 * policy attached (by ARN) in place of its permission policies, and hop 2
 * asking about one action the policy grants. Encoded by the editor core's own
 * share-link encoder, so the playground opens it exactly.
 */
import { defaultDocument } from '../../../playground/editor/default-document.ts';
import { encodeShareLink } from '../../../playground/editor/share-link.ts';
import type { RoleDocument } from '../../../playground/editor/types.ts';

/**
 * The fragment (`#s=1.…`) for the default role with the managed policy `arn`
 * attached, asking whether its session may call `action` on `*`. Throws when
 * the editor core cannot encode the document (a bug, not a reader's mistake).
 */
export function policyPlaygroundHash(arn: string, action: string): string {
	const base = defaultDocument();
	const doc: RoleDocument = {
		...base,
		permissionPolicies: [{ kind: 'managed', arn }],
		session: { ...base.session, action, resource: '*' },
	};
	const link = encodeShareLink(doc);
	if (!link.ok) {
		throw new Error(`cannot make the playground link for \`${arn}\`: ${link.message}`);
	}
	return link.hash;
}
