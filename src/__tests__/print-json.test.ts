import { describe, expect, it } from 'vitest';
import { pathKey, printJson } from '../lib/print-json.ts';

const trust = {
	Version: '2012-10-17',
	Statement: [
		{
			Sid: 'A',
			Effect: 'Allow',
			Principal: { Service: 'ec2.amazonaws.com' },
			Action: 'sts:AssumeRole',
		},
		{
			Effect: 'Deny',
			Principal: '*',
			Action: '*',
			Condition: { Bool: { 'aws:SecureTransport': false } },
		},
	],
};

describe('printJson', () => {
	it.each([
		['a policy', trust],
		['empty containers', { a: [], b: {}, c: [[]] }],
		['scalars', [1, 'two', true, null, 3.5]],
		['a lone string', 'x'],
	])('prints %s exactly as JSON.stringify with two spaces', (_what, value) => {
		expect(printJson(value).text).toBe(JSON.stringify(value, null, 2));
	});

	it('gives the 1-based line range each tracked statement occupies', () => {
		const printed = printJson(trust, [
			['Statement', 0],
			['Statement', 1],
		]);
		const lines = printed.text.split('\n');
		const first = printed.lines.get(pathKey(['Statement', 0]));
		const second = printed.lines.get(pathKey(['Statement', 1]));
		expect(first).toEqual({ start: 4, end: 11 });
		expect(lines[first!.start - 1]?.trim()).toBe('{');
		expect(lines[first!.end - 1]?.trim()).toBe('},');
		expect(lines[second!.start - 1]?.trim()).toBe('{');
		expect(lines[second!.end - 1]?.trim()).toBe('}');
		expect(lines[second!.end]?.trim()).toBe(']');
	});

	it('tracks a lone statement object', () => {
		const printed = printJson({ Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }, [
			['Statement'],
		]);
		expect(printed.lines.get(pathKey(['Statement']))).toEqual({ start: 2, end: 6 });
	});

	it('leaves out a path that is not in the value', () => {
		expect(printJson(trust, [['Statement', 7]]).lines.size).toBe(0);
	});
});
