/** IPv4 addresses in the strict dotted-quad form AWS logs them in. */

/** A strict four-part decimal IPv4 address as an unsigned 32-bit number; -1 when it is not one. */
export function parseIpv4(text: string): number {
	let value = 0;
	let part = 0;
	let digits = 0;
	let parts = 0;
	for (let i = 0; i <= text.length; i++) {
		const code = i < text.length ? text.charCodeAt(i) : 46; /* a final `.` closes the last part */
		if (code === 46 /* . */) {
			if (digits === 0 || part > 255 || ++parts > 4) return -1;
			value = value * 256 + part;
			part = 0;
			digits = 0;
		} else if (code >= 48 && code <= 57) {
			// No leading zeros: `010` reads as octal in some parsers and decimal in others.
			if (digits === 1 && part === 0) return -1;
			part = part * 10 + code - 48;
			if (++digits > 3) return -1;
		} else {
			return -1;
		}
	}
	return parts === 4 ? value : -1;
}
