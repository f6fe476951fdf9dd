/**
 * The components MDX authors use, from one barrel:
 * `import { Scenario, EvaluationOrder } from '../../src/components/mdx.ts';`
 * Every diagram in `./diagrams/` is re-exported here by name (a test checks it).
 */
export { default as Scenario } from './Scenario.astro';
export { default as AbacTagMatchDiagram } from './diagrams/AbacTagMatchDiagram.astro';
export { default as AccountIdentitiesDiagram } from './diagrams/AccountIdentitiesDiagram.astro';
export { default as AssumeRoleFlowDiagram } from './diagrams/AssumeRoleFlowDiagram.astro';
export { default as ConfusedDeputyDiagram } from './diagrams/ConfusedDeputyDiagram.astro';
export { default as EvaluationOrder } from './diagrams/EvaluationOrder.astro';
export { default as InstanceProfileFlowDiagram } from './diagrams/InstanceProfileFlowDiagram.astro';
export { default as PassRoleHandoffDiagram } from './diagrams/PassRoleHandoffDiagram.astro';
export { default as PolicyStatementDiagram } from './diagrams/PolicyStatementDiagram.astro';
export { default as RevokeSessionsDiagram } from './diagrams/RevokeSessionsDiagram.astro';
export { default as RoleAnatomyDiagram } from './diagrams/RoleAnatomyDiagram.astro';
export { default as UnionVsIntersectionDiagram } from './diagrams/UnionVsIntersectionDiagram.astro';
export { default as WorkloadIdentityDiagram } from './diagrams/WorkloadIdentityDiagram.astro';
export { default as TryIt } from './embeds/TryIt.astro';
export { default as Exercise } from './embeds/Exercise.astro';
export { default as Predict } from './embeds/Predict.astro';
