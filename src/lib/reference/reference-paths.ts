/**
 * Root-relative URLs of the generated reference (without the deploy base;
 * pass them through `withBase` when printing them).
 */
import { actionAnchor, conditionKeyAnchor } from './anchors.ts';

/** `/reference/services/` */
export const SERVICES_PATH = '/reference/services/';
/** `/reference/managed-policies/` */
export const MANAGED_POLICIES_PATH = '/reference/managed-policies/';

/** The hand-written page on the global `aws:` condition keys (no generated entries). */
export const GLOBAL_CONDITION_KEYS_PATH = '/reference/global-condition-keys/';

/** `iam` → `/reference/services/iam/`. */
export function servicePath(prefix: string): string {
	return `${SERVICES_PATH}${prefix.toLowerCase()}/`;
}

/** `iam`, `PassRole` → `/reference/services/iam/#passrole`. */
export function actionPath(prefix: string, action: string): string {
	return `${servicePath(prefix)}#${actionAnchor(action)}`;
}

/** `iam`, `iam:PassedToService` → `/reference/services/iam/#key-iam-passedtoservice`. */
export function conditionKeyPath(prefix: string, key: string): string {
	return `${servicePath(prefix)}#${conditionKeyAnchor(key)}`;
}

/** `AWSLambdaBasicExecutionRole` → `/reference/managed-policies/AWSLambdaBasicExecutionRole/`. */
export function managedPolicyPath(name: string): string {
	return `${MANAGED_POLICIES_PATH}${encodeURIComponent(name)}/`;
}
