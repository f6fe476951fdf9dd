/**
 * The codes of the catalog-backed warnings (W30+), in the spirit of IAM Access
 * Analyzer's policy checks. Kept apart from `diagnostics.ts` (the grammar's
 * codes) so the two tables can grow independently; `diagnostics.ts` may merge
 * this table into its own.
 */
import type { Diagnostic, JsonPath, Span } from '../types.ts';

/** Code → what it means. All are warnings: the policy is evaluated as written. */
export const CATALOG_CODES = {
	W30: 'unknown service prefix',
	W31: 'unknown action',
	W32: 'action pattern that matches no action of its service',
	W33: 'resource ARN that fits no resource type of the statement’s actions',
	W34: 'condition key that none of the statement’s actions supports',
	W35: '`Allow` with `NotAction` or `NotResource`',
	W36: '`iam:PassRole` allowed on every role',
	W37: 'redundant statement',
	W38: 'unknown global condition key',
	W39: 'action that a role trust policy cannot allow',
} as const;

/** A catalog warning code. */
export type CatalogCode = keyof typeof CATALOG_CODES;

/** Build a catalog warning; `help` is left out when undefined. */
export function catalogWarning(
	code: CatalogCode,
	message: string,
	span: Span,
	path: JsonPath,
	help?: string,
): Diagnostic {
	const d = { code, severity: 'warning' as const, message, span, path };
	return help === undefined ? d : { ...d, help };
}
