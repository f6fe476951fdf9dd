/**
 * The catalog-backed layer of the evaluator: Access Analyzer-style warnings
 * and action expansion. It is a separate entry from `../index.ts` because it
 * is only useful once service data is loaded, so a browser loads it with the
 * catalog rather than with the core.
 */
export { catalogWarnings } from './catalog-checks.ts';
export type { CatalogWarningsOptions } from './catalog-checks.ts';
export { scenarioCatalogWarnings } from './scenario-warnings.ts';
export { CATALOG_CODES } from './codes.ts';
/** "Did you mean": the catalog name closest to a typo. */
export { closestName } from './suggest.ts';
/** The edit distance behind every "did you mean" (case slips cost ½). */
export { editDistance } from '../diagnostics.ts';
/** Every action of the loaded services that an action pattern covers. */
export { expandActionPattern } from '../catalog/expand-actions.ts';
export type { ExpandedAction } from '../catalog/expand-actions.ts';
/** The catalog file name of a managed policy ARN. */
export { managedPolicyFile } from '../catalog/managed-policy-file.ts';
