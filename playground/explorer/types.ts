/**
 * The public shapes of the account explorer: the account files going in, the
 * model read from them (principals with their policies) and the analysis
 * coming out (edges, paths to administrator access, findings).
 */
import type { Decision, DecisiveStatement, Policy } from '../evaluator/index.ts';

/** One `aws iam get-account-authorization-details` output, as text. */
export interface AccountFile {
	/** Shown in messages: a file name, or `pasted text`. */
	readonly name: string;
	readonly text: string;
}

/** A problem with the input: where (file and place in it) and what. Never thrown. */
export interface ExplorerMessage {
	readonly severity: 'error' | 'warning';
	readonly file: string;
	/** A path into the file, e.g. `RoleDetailList[3].AssumeRolePolicyDocument`. */
	readonly place: string;
	/** Lower case, user input in backticks, no final period. */
	readonly message: string;
}

/** Where a policy of a principal comes from. */
export type PolicyOrigin = 'inline' | 'group' | 'managed' | 'awsManaged';

/** One policy that applies to a principal, compiled once and shared. */
export interface PolicyUse {
	/**
	 * The name the evaluator reports (`policyName`): the policy's name for an
	 * inline policy, `Group/Name` for a group's inline policy, the ARN for a
	 * managed policy. Unique among one principal's policies.
	 */
	readonly name: string;
	readonly origin: PolicyOrigin;
	/** For `group`: the group's name. */
	readonly group?: string;
	/** For managed policies: the policy ARN. */
	readonly arn?: string;
	/** The document as JSON text; absent for an AWS managed policy the catalog supplies. */
	readonly text?: string;
	readonly policy: Policy;
}

/** A user, or a role as the sessions of it (role chaining). */
export interface ExplorerPrincipal {
	readonly arn: string;
	readonly kind: 'user' | 'role';
	readonly name: string;
	readonly path: string;
	readonly account: string;
	/** The file it was read from (index into the files given). */
	readonly file: number;
	/** Who sends the requests: the user ARN, or a session of the role `…:assumed-role/<name>/explorer`. */
	readonly caller: string;
	/** Identity policies: inline, then group policies, then attached managed policies. */
	readonly identity: readonly PolicyUse[];
	readonly boundary?: PolicyUse;
	/** Users: the ARNs of the groups they belong to. */
	readonly groups: readonly string[];
	/** Roles: the trust policy. */
	readonly trust?: PolicyUse;
	/** Roles: `RoleLastUsed.LastUsedDate`, or null when the file says it was never used. */
	readonly lastUsed?: string | null;
	readonly createDate?: string;
	/** Roles under `/aws-service-role/`: created and assumed by a service only. */
	readonly serviceLinked: boolean;
}

/** An IAM group of the file (not a principal: its policies count for its members). */
export interface ExplorerGroup {
	readonly arn: string;
	readonly name: string;
	readonly account: string;
	readonly policies: readonly PolicyUse[];
}

/** A customer managed policy of the file. */
export interface ExplorerManagedPolicy {
	readonly arn: string;
	readonly name: string;
	readonly account: string;
	readonly use: PolicyUse;
}

/** What the files hold, read and compiled. */
export interface AccountModel {
	readonly principals: readonly ExplorerPrincipal[];
	readonly groups: readonly ExplorerGroup[];
	readonly policies: readonly ExplorerManagedPolicy[];
	/** Account IDs found in the files. */
	readonly accounts: readonly string[];
	readonly messages: readonly ExplorerMessage[];
}

/** A decisive statement, with the principal (or role trust) whose policy holds it. */
export interface EdgeStatement extends DecisiveStatement {
	/** The ARN of the principal whose policy it is (the role, for a trust policy). */
	readonly owner: string;
}

/** Allowed outright, allowed only for some request context the file does not fix, or not at all. */
export type Outcome = 'allowed' | 'conditional' | 'denied';

/**
 * One request the explorer asked the evaluator: the unit an answer is made of
 * and the unit that opens in the playground.
 */
export interface Question {
	/** The principal whose identity policies apply, or absent for a caller outside the files. */
	readonly subject?: string;
	/** The request principal: a caller ARN, a service, a provider, an account root. */
	readonly principal: string;
	readonly action: string;
	readonly resource: string;
	readonly context?: Readonly<Record<string, string>>;
	/** The role whose trust policy is the resource policy (for `sts:AssumeRole*`). */
	readonly trustOf?: string;
	/**
	 * Set for a caller of another account outside the files: its own policies
	 * are unknown, so they are taken to allow the request ({@link OUTSIDE_CALLER_POLICY}).
	 */
	readonly callerPolicyAssumed?: boolean;
	readonly outcome: Outcome;
	/** The evaluator's decision with no more context than the question gives. */
	readonly decision: Decision;
	readonly statements: readonly EdgeStatement[];
}

/**
 * How an edge moves power: `access` = `from` can act as `to`; `modify` =
 * `from` can raise `to`'s permissions; `self` = `from` can raise its own.
 */
export type EdgeKind = 'access' | 'modify' | 'self';

/** One edge of the graph, every part of it a verdict of the evaluator. */
export interface ExplorerEdge {
	readonly from: string;
	readonly to: string;
	/** `sts:AssumeRole`, `iam:PassRole`, or the escalation action. */
	readonly via: string;
	readonly kind: EdgeKind;
	/** For `iam:PassRole`: the service the role is passed to. */
	readonly service?: string;
	/** The ARN acted on when it is not `to` (a group, a managed policy). */
	readonly resource?: string;
	/** True when some part holds only for request context the file does not fix. */
	readonly conditional: boolean;
	readonly statements: readonly EdgeStatement[];
	readonly questions: readonly Question[];
}

/** A principal outside the files that a role's trust policy lets in. */
export interface ExternalTrust {
	readonly role: string;
	/** As written in the trust policy: an account, a service, a provider, `*`. */
	readonly principal: string;
	readonly kind: 'account' | 'user' | 'role' | 'service' | 'federated' | 'wildcard';
	readonly question: Question;
	/** Condition keys of the granting statements, as written. */
	readonly conditionKeys: readonly string[];
}

/** The shortest way a principal reaches administrator access. */
export interface AdminPath {
	readonly principal: string;
	/** Empty when the principal is an administrator itself. */
	readonly steps: readonly ExplorerEdge[];
	readonly conditional: boolean;
}

/** A risk worth a look, with the page that explains it. */
export interface Finding {
	readonly code:
		| 'crossAccountTrustWithoutCondition'
		| 'publicTrust'
		| 'serviceTrustWithoutSource'
		| 'passRoleOnAnyRole'
		| 'roleNobodyCanAssume'
		| 'unusedRole'
		| 'administrator'
		| 'escalationPath';
	readonly severity: 'high' | 'medium' | 'low' | 'info';
	/** The principal (or role) it is about. */
	readonly subject: string;
	/** One sentence, plain text. */
	readonly message: string;
	/** Root-relative site path of the page that explains it. */
	readonly learnMore: string;
	readonly statements?: readonly EdgeStatement[];
	readonly question?: Question;
}

/** Everything the explorer found. */
export interface Analysis {
	readonly model: AccountModel;
	readonly edges: readonly ExplorerEdge[];
	readonly external: readonly ExternalTrust[];
	/** ARNs of the administrator-equivalent principals, with the probes that showed it. */
	readonly administrators: ReadonlyMap<string, Question>;
	/** Per principal ARN: the shortest path to administrator access, when there is one. */
	readonly adminPaths: ReadonlyMap<string, AdminPath>;
	readonly findings: readonly Finding[];
	/** How many evaluations the analysis ran. */
	readonly evaluations: number;
}

/** Reports how far the analysis is, from 0 to 1, with the phase's name. */
export type ProgressReporter = (done: number, phase: string) => void;
