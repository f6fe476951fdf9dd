/**
 * "Can pass role R to a service that will run with it": `iam:PassRole` on R
 * (with `iam:PassedToService` set to the service), the service's launch
 * action(s), and R's trust policy letting the service in. All three are the
 * evaluator's verdicts; the edge is conditional when any of them is.
 */
import { askAs, isAdministrator } from './account-index.ts';
import type { AccountIndex } from './account-index.ts';
import { allowScope, inScope, isEmptyScope, principalVariables } from './prefilter.ts';
import type { ExplorerEdge, ExplorerPrincipal, ExternalTrust, Question } from './types.ts';

/** A service that runs code with a role it is handed, and what it takes to hand it one. */
export interface HandOffService {
	readonly service: string;
	/** The launch action(s), all needed, each with its resource in account `a`. */
	readonly launch: readonly (readonly [string, (a: string) => string])[];
}

/** The hand-off services modelled (region `us-east-1` stands for any). */
export const HAND_OFF_SERVICES: readonly HandOffService[] = [
	{
		service: 'ec2.amazonaws.com',
		launch: [
			['ec2:RunInstances', (a) => `arn:aws:ec2:us-east-1:${a}:instance/i-0123456789abcdef0`],
		],
	},
	{
		service: 'lambda.amazonaws.com',
		launch: [
			['lambda:CreateFunction', (a) => `arn:aws:lambda:us-east-1:${a}:function:explorer-probe`],
		],
	},
	{
		service: 'cloudformation.amazonaws.com',
		launch: [
			[
				'cloudformation:CreateStack',
				(a) => `arn:aws:cloudformation:us-east-1:${a}:stack/explorer-probe/1`,
			],
		],
	},
	{
		service: 'ecs-tasks.amazonaws.com',
		launch: [
			['ecs:RegisterTaskDefinition', () => '*'],
			['ecs:RunTask', (a) => `arn:aws:ecs:us-east-1:${a}:task-definition/explorer-probe:1`],
		],
	},
	{
		service: 'glue.amazonaws.com',
		launch: [['glue:CreateJob', (a) => `arn:aws:glue:us-east-1:${a}:job/explorer-probe`]],
	},
	{
		service: 'codebuild.amazonaws.com',
		launch: [
			['codebuild:CreateProject', (a) => `arn:aws:codebuild:us-east-1:${a}:project/explorer-probe`],
			['codebuild:StartBuild', (a) => `arn:aws:codebuild:us-east-1:${a}:project/explorer-probe`],
		],
	},
	{
		service: 'sagemaker.amazonaws.com',
		launch: [
			[
				'sagemaker:CreateNotebookInstance',
				(a) => `arn:aws:sagemaker:us-east-1:${a}:notebook-instance/explorer-probe`,
			],
		],
	},
	{
		service: 'states.amazonaws.com',
		launch: [
			[
				'states:CreateStateMachine',
				(a) => `arn:aws:states:us-east-1:${a}:stateMachine:explorer-probe`,
			],
		],
	},
];

const _BY_SERVICE = new Map(HAND_OFF_SERVICES.map((s) => [s.service, s]));
const _PASS = ['iam:passrole'];

/** PassRole edges, from the outside trusts already worked out (`external`). */
export function passRoleEdges(
	index: AccountIndex,
	external: readonly ExternalTrust[],
	progress: (done: number) => void,
): ExplorerEdge[] {
	// Roles a hand-off service may assume, with that verdict.
	const targets: { role: ExplorerPrincipal; service: HandOffService; trust: Question }[] = [];
	for (const e of external) {
		const service = e.kind === 'service' ? _BY_SERVICE.get(e.principal) : undefined;
		const role = index.rolesByArn.get(e.role.toLowerCase());
		if (service && role && !role.serviceLinked && e.question.outcome !== 'denied') {
			targets.push({ role, service, trust: e.question });
		}
	}
	const edges: ExplorerEdge[] = [];
	if (targets.length === 0) return edges;
	index.principals.forEach((p, i) => {
		if (i % 256 === 0) progress(i / index.principals.length);
		if (isAdministrator(index, p)) return;
		const scope = allowScope(p.identity, _PASS, principalVariables(p));
		if (isEmptyScope(scope)) return;
		const launches = new Map<HandOffService, Question[] | null>();
		for (const { role, service, trust } of targets) {
			if (role === p || role.account !== p.account || !inScope(scope, role.arn)) continue;
			let launch = launches.get(service);
			if (launch === undefined) {
				const asked = service.launch.map(([action, resource]) =>
					askAs(index, p, { action, resource: resource(p.account) }),
				);
				launch = asked.some((q) => q.outcome === 'denied') ? null : asked;
				launches.set(service, launch);
			}
			if (launch === null) continue;
			const pass = askAs(index, p, {
				action: 'iam:PassRole',
				resource: role.arn,
				context: { 'iam:PassedToService': service.service },
			});
			if (pass.outcome === 'denied') continue;
			const questions = [pass, ...launch, trust];
			edges.push({
				from: p.arn,
				to: role.arn,
				via: 'iam:PassRole',
				kind: 'access',
				service: service.service,
				conditional: questions.some((q) => q.outcome === 'conditional'),
				statements: questions.flatMap((q) => q.statements),
				questions,
			});
		}
	});
	return edges;
}
