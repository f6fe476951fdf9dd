import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import { account, allow, arn, doc, trusts } from '../explorer/test-accounts.ts';
import { runCli } from './main.ts';

const catalog = createNodeCatalog();
const exampleCorp = readFileSync(new URL('../explorer/example-corp.json', import.meta.url), 'utf8');

/** Run the command over in-memory files; capture what it prints. */
function run(argv: string[], files: Record<string, string>) {
	let stdout = '';
	let stderr = '';
	const code = runCli(argv, {
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text),
		readFile: (path) => {
			const text = files[path];
			if (text === undefined) throw new Error('ENOENT: no such file or directory');
			return text;
		},
		readStdin: () => '',
		managedPolicies: () => catalog.managedPolicies,
		services: () => catalog.services,
		version: 'test',
	});
	return { code, stdout, stderr };
}

const small = account({
	users: [{ name: 'ann', policies: [doc(allow(['iam:PassRole', 'ec2:RunInstances']))] }],
	roles: [{ name: 'Web', trust: trusts({ Service: 'ec2.amazonaws.com' }) }],
}).text;

describe('iam-eval explore', { timeout: 120_000 }, () => {
	it('prints principals, edges (with service, conditional, statements) and findings with --json', () => {
		const { code, stdout, stderr } = run(['explore', '--json', 'a.json'], { 'a.json': small });
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const out = JSON.parse(stdout);
		expect(out.principals).toEqual([
			{ arn: arn('user', 'ann'), kind: 'user', administrator: false },
			{ arn: arn('role', 'Web'), kind: 'role', administrator: false },
		]);
		expect(out.edges).toEqual([
			{
				from: arn('user', 'ann'),
				to: arn('role', 'Web'),
				via: 'iam:PassRole',
				kind: 'access',
				service: 'ec2.amazonaws.com',
				conditional: false,
				statements: [
					{
						owner: arn('user', 'ann'),
						policyType: 'identity',
						policyName: 'p0',
						statementIndex: 0,
						effect: 'Allow',
					},
					{
						owner: arn('user', 'ann'),
						policyType: 'identity',
						policyName: 'p0',
						statementIndex: 0,
						effect: 'Allow',
					},
					{
						owner: arn('role', 'Web'),
						policyType: 'resource',
						policyName: 'trust policy',
						statementIndex: 0,
						effect: 'Allow',
					},
				],
			},
		]);
		expect(out.findings.map((f: { code: string }) => f.code)).toEqual(['passRoleOnAnyRole']);
	});

	it('prints a readable report of Example Corp', () => {
		const { code, stdout } = run(['explore', 'example-corp.json'], {
			'example-corp.json': exampleCorp,
		});
		expect(code).toBe(0);
		expect(stdout).toContain('## Shortest paths to administrator access');
		expect(stdout).toContain(
			'  111122223333:user/contractors/mallory\n    iam:PassRole (ec2.amazonaws.com) → 111122223333:role/BuildServerRole\n    iam:PutRolePolicy → 111122223333:role/BuildServerRole\n',
		);
		expect(stdout).toContain(
			'  111122223333:role/VendorAuditRole: arn:aws:iam::444455556666:root (conditional: sts:ExternalId)',
		);
	});

	it('reports the places it cannot read, still analyses the rest, and exits 2', () => {
		const bad = account({
			roles: [
				{ name: 'Bad', trust: '%7B%E0%A4%A' },
				{ name: 'Good', trust: trusts({ Service: 'ec2.amazonaws.com' }) },
			],
		}).text;
		const { code, stdout, stderr } = run(['explore', '--json', 'bad.json'], { 'bad.json': bad });
		expect(code).toBe(2);
		expect(stderr).toBe(
			'error: bad.json: RoleDetailList[0].AssumeRolePolicyDocument is not a policy: it is a URL-encoded string that does not decode\n' +
				'warning: bad.json: RoleDetailList[0] is kept without a trust policy: nobody can assume it\n',
		);
		expect(JSON.parse(stdout).principals).toHaveLength(2);
	});

	it.each([
		{
			argv: ['explore'],
			message: 'iam-eval explore: no input: give one or more FILEs, or - for standard input',
		},
		{ argv: ['explore', '--dot', 'a.json'], message: 'iam-eval explore: unknown option `--dot`' },
		{
			argv: ['explore', 'missing.json'],
			message: 'iam-eval explore: cannot read missing.json: ENOENT: no such file or directory',
		},
	])('exits 2 on a bad command line: $argv', ({ argv, message }) => {
		const { code, stderr } = run(argv, {});
		expect(code).toBe(2);
		expect(stderr.split('\n')[0]).toBe(message);
	});
});
