/**
 * Before exporting a role: which of its panes (trust, permission policies,
 * boundary, session policy) do not hold valid JSON yet.
 */
import { documentPanes } from './document-panes.ts';
import type { RoleDocument } from './types.ts';

/** "the <title> pane" for each role pane whose text is not JSON, in display order. */
export function brokenRolePanes(doc: RoleDocument): string[] {
	return documentPanes(doc)
		.filter((p) => !p.readOnly && ['trust', 'permission', 'boundary', 'session'].includes(p.kind))
		.filter((p) => {
			try {
				JSON.parse(p.text);
				return false;
			} catch {
				return true;
			}
		})
		.map((p) => `the ${p.title} pane`);
}
