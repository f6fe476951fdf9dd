import { describe, expect, it } from 'vitest';
import { compileIpBlock } from './ip-block.ts';
import { parseIpv4 } from './ipv4.ts';

describe('parseIpv4', () => {
	it.each([
		['0.0.0.0', 0],
		['203.0.113.7', 0xcb007107],
		['255.255.255.255', 0xffffffff],
	])('reads %s', (text, value) => {
		expect(parseIpv4(text)).toBe(value);
	});

	it.each([
		[''],
		['1.2.3'],
		['1.2.3.4.5'],
		['256.0.0.1'],
		['01.2.3.4'],
		['1..3.4'],
		['1.2.3.4.'],
		['1.2.3.1000'],
		['a.b.c.d'],
		['::1'],
	])('rejects %j', (text) => {
		expect(parseIpv4(text)).toBe(-1);
	});
});

describe('compileIpBlock', () => {
	it.each([
		['203.0.113.0/24', '203.0.113.0/24', false, false],
		['203.0.113.7', '203.0.113.7/32', false, false],
		['203.0.113.7/24', '203.0.113.0/24', true, false],
		['0.0.0.0/0', '0.0.0.0/0', false, false],
		['10.0.0.0/7', '10.0.0.0/7', false, false],
		['10.20.0.0/16', '10.20.0.0/16', false, true],
		['172.31.0.0/16', '172.31.0.0/16', false, true],
		['172.32.0.0/16', '172.32.0.0/16', false, false],
		['192.168.0.0/16', '192.168.0.0/16', false, true],
		['2001:db8::/32', '2001:db8::/32', false, false],
		['2001:db8::1', '2001:db8::1/128', false, false],
		['2001:db8::1/64', '2001:db8::/64', true, false],
		['fc00::/7', 'fc00::/7', false, true],
		['::/0', '::/0', false, false],
	])('compiles %s as %s (host bits %s, private %s)', (text, canonical, hostBits, isPrivate) => {
		expect(compileIpBlock(text)).toMatchObject({ canonical, hostBits, private: isPrivate });
	});

	it.each([
		['10.0.0.0/33'],
		['::/129'],
		['10.0.0.0/'],
		['10.0.0.0/08'],
		['10.0.0.0/x'],
		['10.0.0.0/1000'],
		['host'],
		['10.0.0/8'],
	])('rejects %j', (text) => {
		expect(compileIpBlock(text)).toBeUndefined();
	});
});
