import { describe, expect, it } from 'vitest';
import { createNodeCatalog } from '../catalog/node-catalog.ts';
import { runCli } from './main.ts';
import type { CliIo } from './main.ts';

const A = '111122223333';
const catalog = createNodeCatalog();
const trust = {
	name: 'EC2 may assume DemoRoleForEC2',
	request: {
		principal: 'ec2.amazonaws.com',
		action: 'sts:AssumeRole',
		resource: `arn:aws:iam::${A}:role/DemoRoleForEC2`,
		context: { 'aws:SourceAccount': A },
	},
	resourcePolicy: {
		Version: '2012-10-17',
		Statement: [
			{
				Sid: 'TrustEC2',
				Effect: 'Allow',
				Principal: { Service: 'ec2.amazonaws.com' },
				Action: 'sts:AssumeRole',
				Condition: { StringEquals: { 'aws:SourceAccount': A } },
			},
		],
	},
};
const readOnly = {
	request: { principal: `arn:aws:iam::${A}:user/alice`, action: 'iam:CreateUser', resource: '*' },
	identityPolicies: [{ arn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' }],
};

/** Run the command over in-memory files; capture what it prints. */
function run(argv: string[], files: Record<string, string> = {}, stdin = '') {
	let stdout = '';
	let stderr = '';
	const io: CliIo = {
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text),
		readFile: (path) => {
			if (!(path in files)) throw new Error(`ENOENT: no such file '${path}'`);
			return files[path]!;
		},
		readStdin: () => stdin,
		managedPolicies: () => catalog.managedPolicies,
		services: () => catalog.services,
		version: '9.9.9',
	};
	const code = runCli(argv, io);
	return { code, stdout, stderr };
}

describe('iam-eval', () => {
	it('prints one result as JSON and exits 0', () => {
		const { code, stdout, stderr } = run(['s.json'], { 's.json': JSON.stringify(trust, null, 2) });
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(JSON.parse(stdout)).toMatchObject({
			decision: 'allowed',
			decisiveStatements: [
				{
					policyType: 'resource',
					policyName: 'trust policy',
					statementIndex: 0,
					sid: 'TrustEC2',
					effect: 'Allow',
				},
			],
		});
	});

	it('exits 0 for a denied request too, and resolves managed policies from the catalog', () => {
		const { code, stdout } = run(['-'], {}, JSON.stringify(readOnly));
		expect(code).toBe(0);
		expect(JSON.parse(stdout).decision).toBe('implicitDeny');
	});

	it('evaluates an array in order, keeps an error entry in an invalid scenario’s place, and exits 2', () => {
		const text = JSON.stringify(
			[trust, { request: { principal: 'bob', action: 's3:GetObject', resource: '*' } }, readOnly],
			null,
			2,
		);
		const { code, stdout, stderr } = run(['many.json'], { 'many.json': text });
		expect(code).toBe(2);
		const out = JSON.parse(stdout);
		expect(out).toHaveLength(3);
		expect(out[0].decision).toBe('allowed');
		expect(out[1].error).toMatchObject({
			message: 'E20: `bob` is not a principal',
			path: '[1].request.principal',
		});
		// Line and column point at the offending text itself.
		const { line, column } = out[1].error;
		expect(text.split('\n')[line - 1]!.slice(column - 1)).toMatch(/^"bob"/);
		expect(out[2].decision).toBe('implicitDeny');
		expect(stderr.split('\n')[0]).toBe(
			`many.json:${line}:${column}: scenario 1, at request.principal: error E20: \`bob\` is not a principal`,
		);
	});

	it('reports malformed JSON with line and column and exits 2', () => {
		const { code, stdout, stderr } = run(['bad.json'], {
			'bad.json': '{\n  "request": {\n    "principal": }\n}',
		});
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/^bad\.json:3:18: at .*: error E01: /);
	});

	it('reports a policy that breaks the grammar with its path', () => {
		const broken = structuredClone(trust);
		(broken.resourcePolicy.Statement[0] as Record<string, unknown>).Effect = 'allow';
		const { code, stderr } = run(['-'], {}, JSON.stringify(broken, null, 2));
		expect(code).toBe(2);
		expect(stderr).toContain('at resourcePolicy.Statement[0].Effect: error E07:');
	});

	it('explains in sentences with --explain', () => {
		const { code, stdout } = run(['--explain', 's.json'], { 's.json': JSON.stringify(trust) });
		expect(code).toBe(0);
		expect(stdout.split('\n')[0]).toBe(
			'`ec2.amazonaws.com` calling `sts:AssumeRole` on `arn:aws:iam::111122223333:role/DemoRoleForEC2` is allowed',
		);
		expect(stdout).toContain('Allow statement 1 (Sid `TrustEC2`) of the trust policy applies');
	});

	it('prints every gate and statement with --full', () => {
		const { stdout } = run(['--full', '--compact', 's.json'], { 's.json': JSON.stringify(trust) });
		const result = JSON.parse(stdout);
		expect(result.steps.map((s: { gate: string }) => s.gate)).toContain('grant');
		expect(result.policies[0].statements[0].applies).toBe(true);
		expect(stdout.trim().split('\n')).toHaveLength(1);
	});

	it('adds the catalog-backed warnings with --lint', () => {
		const typo = {
			request: { principal: `arn:aws:iam::${A}:user/alice`, action: 's3:GetObject', resource: '*' },
			identityPolicies: [
				{
					Version: '2012-10-17',
					Statement: { Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' },
				},
			],
		};
		const plain = JSON.parse(run(['-'], {}, JSON.stringify(typo)).stdout);
		const linted = JSON.parse(run(['--lint', '-'], {}, JSON.stringify(typo)).stdout);
		expect(plain.warnings.map((w: { code: string }) => w.code)).not.toContain('W31');
		expect(linted.warnings).toContainEqual(
			expect.objectContaining({ code: 'W31', help: 'did you mean `s3:GetObject`?' }),
		);
	});

	it('reads a file whose name starts with `-` after `--`, options before it still counting', () => {
		const files = { '-x.json': JSON.stringify(trust) };
		const { code, stdout } = run(['--compact', '--', '-x.json'], files);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).decision).toBe('allowed');
		expect(run(['-x.json'], files).stderr.split('\n')[0]).toBe(
			'iam-eval: unknown option `-x.json`',
		);
	});

	it.each([
		[['--help'], 0, /^usage: iam-eval/],
		[['--version'], 0, /^iam-eval 9\.9\.9\n$/],
	])('%j prints to standard output', (argv, code, pattern) => {
		const result = run(argv);
		expect(result.code).toBe(code);
		expect(result.stdout).toMatch(pattern);
	});

	it.each([
		[['--nope', 'x.json'], 'iam-eval: unknown option `--nope`'],
		[[], 'iam-eval: no input: give a FILE, or - for standard input'],
		[['a.json', 'b.json'], 'iam-eval: one input at a time (got `a.json` and `b.json`)'],
		[['missing.json'], "iam-eval: cannot read missing.json: ENOENT: no such file 'missing.json'"],
		[
			['--', '--explain', 's.json'],
			'iam-eval: one input at a time (got `--explain` and `s.json`); options go before `--`, e.g. `iam-eval --explain -- FILE`',
		],
	])('%j is a usage error with exit 2', (argv, message) => {
		const result = run(argv);
		expect(result.code).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(message);
	});
});
