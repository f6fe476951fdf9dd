/**
 * IP blocks for `IpAddress` / `NotIpAddress` (spec §3.4). Policy values are
 * CIDR blocks, compiled once (a bare address is `/32` or `/128`, host bits are
 * masked off); the context value is one address. IPv4 never matches IPv6.
 * IPv4, the common case, is scanned by hand without allocating; IPv6 is in
 * `ipv6.ts`.
 */
import { parseIpv4 } from './ipv4.ts';
import { formatIpv6, parseIpv6 } from './ipv6.ts';
import type { CompiledValue } from '../model.ts';

/** A compiled block and what is odd about it (both are W19). */
export interface IpBlock {
	readonly value: Extract<CompiledValue, { kind: 'ipv4' | 'ipv6' }>;
	/** The address had bits set below the prefix; they were cleared. */
	readonly hostBits: boolean;
	/** The whole block lies in a private (RFC 1918) or unique-local (fc00::/7) range. */
	readonly private: boolean;
	/** The block as compiled, e.g. `10.0.0.0/8`. */
	readonly canonical: string;
}

/** Compile a CIDR block or bare address; undefined when it is neither. */
export function compileIpBlock(text: string): IpBlock | undefined {
	const slash = text.indexOf('/');
	const address = slash < 0 ? text : text.slice(0, slash);
	const v4 = parseIpv4(address);
	const v6 = v4 < 0 ? parseIpv6(address) : undefined;
	if (v4 < 0 && v6 === undefined) return undefined;
	const max = v6 === undefined ? 32 : 128;
	const prefix = slash < 0 ? max : _prefix(text.slice(slash + 1), max);
	if (prefix < 0) return undefined;
	if (v6 === undefined) {
		const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
		const network = (v4 & mask) >>> 0;
		const isPrivate =
			(prefix >= 8 && network >>> 24 === 10) ||
			(prefix >= 12 && network >>> 20 === 0xac1) ||
			(prefix >= 16 && network >>> 16 === 0xc0a8);
		const octets = [
			network >>> 24,
			(network >>> 16) & 0xff,
			(network >>> 8) & 0xff,
			network & 0xff,
		];
		return {
			value: { kind: 'ipv4', network, mask },
			hostBits: network !== v4,
			private: isPrivate,
			canonical: `${octets.join('.')}/${prefix}`,
		};
	}
	const bytes = v6.map((byte, i) => byte & _maskByte(prefix, i));
	return {
		value: { kind: 'ipv6', bytes, prefix },
		hostBits: bytes.some((byte, i) => byte !== v6[i]),
		private: prefix >= 7 && ((bytes[0] as number) & 0xfe) === 0xfc,
		canonical: `${formatIpv6(bytes)}/${prefix}`,
	};
}

/** Do the 16 address bytes lie in the IPv6 block? */
export function ipv6InBlock(
	block: Extract<CompiledValue, { kind: 'ipv6' }>,
	bytes: readonly number[],
): boolean {
	for (let i = 0; i < 16; i++) {
		if (((bytes[i] as number) & _maskByte(block.prefix, i)) !== block.bytes[i]) return false;
	}
	return true;
}

/** The mask of byte `i` under a prefix length. */
function _maskByte(prefix: number, i: number): number {
	const bits = Math.max(0, Math.min(8, prefix - i * 8));
	return (0xff00 >> bits) & 0xff;
}

/** A prefix length `0`…`max` written in decimal; -1 otherwise. */
function _prefix(text: string, max: number): number {
	if (text.length === 0 || text.length > 3) return -1;
	let value = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 48 || code > 57) return -1;
		value = value * 10 + code - 48;
	}
	return value <= max && (text.length === 1 || text.charCodeAt(0) !== 48) ? value : -1;
}
