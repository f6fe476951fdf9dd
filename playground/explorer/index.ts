/**
 * The account explorer: who can become whom in an AWS account, from the
 * output of `aws iam get-account-authorization-details`, every answer a
 * verdict of the project's evaluator. Pure TypeScript (no DOM, no Node), so
 * the same analysis runs in the page's worker and in `iam-eval explore`.
 */
export { analyzeAccounts } from './analyze.ts';
export type { AnalyzeOptions } from './analyze.ts';
export { formatMessage, readAccounts, SESSION_NAME } from './read-account.ts';
export { ADMIN_PROBES } from './administrators.ts';
export { ESCALATION_ACTIONS } from './escalation-edges.ts';
export type { EscalationAction } from './escalation-edges.ts';
export { HAND_OFF_SERVICES } from './passrole-edges.ts';
export type { HandOffService } from './passrole-edges.ts';
export { FINDING_PAGES } from './findings.ts';
export { OUTSIDE_CALLER_POLICY, OUTSIDE_CALLER_POLICY_NAME } from './trust-edges.ts';
export type * from './types.ts';
