/**
 * Read `aws iam get-account-authorization-details` outputs into principals
 * with compiled policies. Tolerant: a part that cannot be read gives a message
 * naming its place (`RoleDetailList[3].AssumeRolePolicyDocument is not a
 * policy: …`) and everything else is still read.
 */
import { formatJsonPath, parsePolicy } from '../evaluator/index.ts';
import type { ManagedPolicyCatalog, PolicyRole } from '../evaluator/index.ts';
import { policyText } from './policy-text.ts';
import type {
	AccountFile,
	AccountModel,
	ExplorerGroup,
	ExplorerManagedPolicy,
	ExplorerMessage,
	ExplorerPrincipal,
	PolicyUse,
} from './types.ts';

/** Options of {@link readAccounts}. */
export interface ReadOptions {
	/** Supplies AWS managed policies the files do not hold. */
	readonly managedPolicies?: ManagedPolicyCatalog;
}

type Json = Record<string, unknown>;

const _ARN = /^arn:([\w-]+):iam::(\d{12}):(user|role|group|policy)(\/(?:[^/]+\/)*)?([^/]+)$/;
const _AWS_MANAGED = /^arn:[\w-]+:iam::aws:policy\//;

/** The session name the explorer gives role sessions it asks about. */
export const SESSION_NAME = 'explorer';

/** Read every file; files that are not account details give a message and add nothing. */
export function readAccounts(
	files: readonly AccountFile[],
	options: ReadOptions = {},
): AccountModel {
	const reader = new _Reader(options.managedPolicies);
	files.forEach((file, index) => reader.file(file, index));
	return reader.model();
}

class _Reader {
	private readonly messages: ExplorerMessage[] = [];
	private readonly principals: ExplorerPrincipal[] = [];
	private readonly groups = new Map<string, ExplorerGroup>();
	private readonly policies = new Map<string, ExplorerManagedPolicy>();
	private readonly accounts = new Set<string>();
	private readonly seen = new Set<string>();
	/** Compiled documents by role, name and text: a group's or managed policy's is compiled once. */
	private readonly compiled = new Map<string, PolicyUse | null>();
	private fileName = '';

	private readonly catalog: ManagedPolicyCatalog | undefined;

	constructor(catalog: ManagedPolicyCatalog | undefined) {
		this.catalog = catalog;
	}

	model(): AccountModel {
		return {
			principals: this.principals,
			groups: [...this.groups.values()],
			policies: [...this.policies.values()],
			accounts: [...this.accounts].sort(),
			messages: this.messages,
		};
	}

	file(file: AccountFile, index: number): void {
		this.fileName = file.name;
		let root: unknown;
		try {
			root = JSON.parse(file.text);
		} catch (error) {
			this.problem('', `is not JSON: ${(error as Error).message}`);
			return;
		}
		const lists = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'];
		if (!_isObject(root) || !lists.some((key) => key in root)) {
			this.problem(
				'',
				'is not the output of `aws iam get-account-authorization-details`: it has none of `UserDetailList`, `GroupDetailList`, `RoleDetailList`, `Policies`',
			);
			return;
		}
		// Customer managed policies and groups first: users and roles refer to them.
		this.list(root, 'Policies', (item, place) => this.managedPolicy(item, place));
		this.list(root, 'GroupDetailList', (item, place) => this.group(item, place));
		this.list(root, 'UserDetailList', (item, place) => this.user(item, place, index));
		this.list(root, 'RoleDetailList', (item, place) => this.role(item, place, index));
	}

	private list(root: Json, key: string, read: (item: Json, place: string) => void): void {
		const value = root[key];
		if (value === undefined) return;
		if (!Array.isArray(value)) {
			this.problem(key, 'is not a list');
			return;
		}
		value.forEach((item, i) => {
			const place = `${key}[${i}]`;
			if (_isObject(item)) read(item, place);
			else this.problem(place, 'is not an object');
		});
	}

	private entity(item: Json, place: string, kind: string): RegExpExecArray | undefined {
		const arn = item.Arn;
		const match = typeof arn === 'string' ? _ARN.exec(arn) : null;
		if (match === null || match[3] !== kind) {
			this.problem(
				`${place}.Arn`,
				typeof arn === 'string'
					? `is not an IAM ${kind} ARN (\`${arn}\`); this ${kind} is skipped`
					: `is missing; this ${kind} is skipped`,
			);
			return undefined;
		}
		if (this.seen.has(arn as string)) {
			this.warn(`${place}.Arn`, `repeats \`${arn}\`; the first one is kept`);
			return undefined;
		}
		this.seen.add(arn as string);
		this.accounts.add(match[2]!);
		return match;
	}

	private managedPolicy(item: Json, place: string): void {
		const arn = item.Arn;
		if (typeof arn !== 'string' || !(_ARN.test(arn) || _AWS_MANAGED.test(arn))) {
			this.problem(`${place}.Arn`, 'is missing or not a policy ARN; this policy is skipped');
			return;
		}
		const versions = Array.isArray(item.PolicyVersionList) ? item.PolicyVersionList : [];
		const index = versions.findIndex((v) => _isObject(v) && v.IsDefaultVersion === true);
		if (index < 0) {
			this.problem(
				`${place}.PolicyVersionList`,
				'has no default version (`IsDefaultVersion: true`); this policy is skipped',
			);
			return;
		}
		const docPlace = `${place}.PolicyVersionList[${index}].Document`;
		const use = this.compile(
			(versions[index] as Json).Document,
			docPlace,
			'identity',
			arn,
			_AWS_MANAGED.test(arn) ? 'awsManaged' : 'managed',
			{ arn },
		);
		if (use === undefined) return;
		const name = typeof item.PolicyName === 'string' ? item.PolicyName : arn.split('/').pop()!;
		this.policies.set(arn, { arn, name, account: arn.split(':')[4] ?? '', use });
	}

	private group(item: Json, place: string): void {
		const match = this.entity(item, place, 'group');
		if (match === undefined) return;
		const name = match[5]!;
		const policies = [
			...this.inline(item, 'GroupPolicyList', place, (n) => `${name}/${n}`, 'group', name),
			...this.attached(item, place),
		];
		this.groups.set(match[0], { arn: match[0], name, account: match[2]!, policies });
	}

	private user(item: Json, place: string, file: number): void {
		const match = this.entity(item, place, 'user');
		if (match === undefined) return;
		const [arn, , account = '', , path = '/', name = ''] = match;
		const groups: string[] = [];
		const groupPolicies: PolicyUse[] = [];
		const list = Array.isArray(item.GroupList) ? item.GroupList : [];
		list.forEach((groupName, i) => {
			const group = [...this.groups.values()].find(
				(g) => g.name === groupName && g.account === account,
			);
			if (group === undefined) {
				this.warn(
					`${place}.GroupList[${i}]`,
					`names group \`${String(groupName)}\`, which is not in \`GroupDetailList\`; its policies are not counted`,
				);
				return;
			}
			groups.push(group.arn);
			groupPolicies.push(...group.policies);
		});
		const identity = [
			...this.inline(item, 'UserPolicyList', place, (n) => n, 'inline'),
			...groupPolicies,
			...this.attached(item, place),
		];
		const boundary = this.boundary(item, place);
		this.principals.push({
			arn,
			kind: 'user',
			name,
			path,
			account,
			file,
			caller: arn,
			identity: _unique(identity),
			...(boundary ? { boundary } : {}),
			groups,
			...(typeof item.CreateDate === 'string' ? { createDate: item.CreateDate } : {}),
			serviceLinked: false,
		});
	}

	private role(item: Json, place: string, file: number): void {
		const match = this.entity(item, place, 'role');
		if (match === undefined) return;
		const [arn, partition, account = '', , path = '/', name = ''] = match;
		const trust = this.compile(
			item.AssumeRolePolicyDocument,
			`${place}.AssumeRolePolicyDocument`,
			'trust',
			'trust policy',
			'inline',
		);
		if (trust === undefined) {
			this.warn(place, 'is kept without a trust policy: nobody can assume it');
		}
		const identity = [
			...this.inline(item, 'RolePolicyList', place, (n) => n, 'inline'),
			...this.attached(item, place),
		];
		const boundary = this.boundary(item, place);
		const lastUsed = _isObject(item.RoleLastUsed)
			? typeof item.RoleLastUsed.LastUsedDate === 'string'
				? item.RoleLastUsed.LastUsedDate
				: null
			: undefined;
		this.principals.push({
			arn,
			kind: 'role',
			name,
			path,
			account,
			file,
			caller: `arn:${partition}:sts::${account}:assumed-role/${name}/${SESSION_NAME}`,
			identity: _unique(identity),
			...(boundary ? { boundary } : {}),
			groups: [],
			...(trust ? { trust } : {}),
			...(lastUsed === undefined ? {} : { lastUsed }),
			...(typeof item.CreateDate === 'string' ? { createDate: item.CreateDate } : {}),
			serviceLinked: path.startsWith('/aws-service-role/'),
		});
	}

	private inline(
		item: Json,
		key: string,
		place: string,
		nameOf: (policyName: string) => string,
		origin: 'inline' | 'group',
		group?: string,
	): PolicyUse[] {
		const list = item[key];
		if (list === undefined) return [];
		if (!Array.isArray(list)) {
			this.problem(`${place}.${key}`, 'is not a list of policies');
			return [];
		}
		const uses: PolicyUse[] = [];
		list.forEach((entry, i) => {
			const at = `${place}.${key}[${i}]`;
			if (!_isObject(entry) || typeof entry.PolicyName !== 'string') {
				this.problem(at, 'is not `{ "PolicyName", "PolicyDocument" }`; this policy is skipped');
				return;
			}
			const use = this.compile(
				entry.PolicyDocument,
				`${at}.PolicyDocument`,
				'identity',
				nameOf(entry.PolicyName),
				origin,
				group === undefined ? {} : { group },
			);
			if (use) uses.push(use);
		});
		return uses;
	}

	private attached(item: Json, place: string): PolicyUse[] {
		const list = item.AttachedManagedPolicies;
		if (list === undefined) return [];
		if (!Array.isArray(list)) {
			this.problem(`${place}.AttachedManagedPolicies`, 'is not a list');
			return [];
		}
		const uses: PolicyUse[] = [];
		list.forEach((entry, i) => {
			const at = `${place}.AttachedManagedPolicies[${i}]`;
			const arn = _isObject(entry) ? entry.PolicyArn : undefined;
			const use = typeof arn === 'string' ? this.managedUse(arn, 'identity', at) : undefined;
			if (typeof arn !== 'string') this.problem(at, 'is not `{ "PolicyArn" }`; it is not counted');
			if (use) uses.push(use);
		});
		return uses;
	}

	private boundary(item: Json, place: string): PolicyUse | undefined {
		const boundary = item.PermissionsBoundary;
		if (boundary === undefined) return undefined;
		const arn = _isObject(boundary) ? boundary.PermissionsBoundaryArn : undefined;
		const at = `${place}.PermissionsBoundary`;
		if (typeof arn !== 'string') {
			this.problem(at, 'is not `{ "PermissionsBoundaryArn" }`; the boundary is ignored');
			return undefined;
		}
		return this.managedUse(arn, 'permissionsBoundary', at);
	}

	/** A managed policy used as `role`: from the file's `Policies`, else (AWS managed) the catalog. */
	private managedUse(arn: string, role: PolicyRole, place: string): PolicyUse | undefined {
		const listed = this.policies.get(arn);
		const text = listed?.use.text ?? (_AWS_MANAGED.test(arn) ? this.catalog?.get(arn) : undefined);
		if (text === undefined) {
			this.problem(
				place,
				_AWS_MANAGED.test(arn)
					? `names AWS managed policy \`${arn}\`, which is not in the catalog; it is not counted`
					: `names policy \`${arn}\`, which is not in \`Policies\` (was the file made with a \`--filter\`?); it is not counted`,
			);
			return undefined;
		}
		const origin = _AWS_MANAGED.test(arn) ? 'awsManaged' : 'managed';
		// A catalog policy is referred to by ARN in scenarios, not copied into them.
		return this.compile(text, place, role, arn, origin, { arn }, listed !== undefined);
	}

	private compile(
		document: unknown,
		place: string,
		role: PolicyRole,
		name: string,
		origin: PolicyUse['origin'],
		extra: { arn?: string; group?: string } = {},
		keepText = true,
	): PolicyUse | undefined {
		const read = policyText(document);
		if ('problem' in read) {
			this.problem(place, `is not a policy: ${read.problem}`);
			return undefined;
		}
		const key = `${role}\u0000${name}\u0000${keepText}\u0000${read.text}`;
		const cached = this.compiled.get(key);
		if (cached !== undefined) return cached ?? undefined;
		const parsed = parsePolicy(read.text, role, { name });
		if (parsed.policy === undefined) {
			const first = parsed.errors[0]!;
			const inside = first.path.length > 0 ? ` (at ${formatJsonPath(first.path)})` : '';
			this.problem(place, `is not a policy: ${first.message}${inside}`);
			this.compiled.set(key, null);
			return undefined;
		}
		const use: PolicyUse = {
			name,
			origin,
			...extra,
			...(keepText ? { text: read.text } : {}),
			policy: parsed.policy,
		};
		this.compiled.set(key, use);
		return use;
	}

	private problem(place: string, message: string): void {
		this.messages.push({ severity: 'error', file: this.fileName, place, message });
	}

	private warn(place: string, message: string): void {
		this.messages.push({ severity: 'warning', file: this.fileName, place, message });
	}
}

function _isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A policy attached twice (directly and through a group) counts once. */
function _unique(uses: PolicyUse[]): PolicyUse[] {
	return [...new Set(uses)];
}

/** The text of a message as one line: `file: place message`. */
export function formatMessage(message: ExplorerMessage): string {
	return `${message.file}: ${message.place === '' ? 'the file' : message.place} ${message.message}`;
}
