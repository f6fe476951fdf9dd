/**
 * Reading `Date…` operator values (spec §3.4): an integer of epoch seconds, or
 * the W3C profile of ISO 8601 — `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
 * `YYYY-MM-DDThh:mm`, `…:ss`, `…:ss.s`, each time optionally followed by `Z`
 * or `±hh:mm`. Date-only and zone-less values are UTC. A hand-written scanner:
 * evaluation reads context dates on every request, so no regex, no allocation.
 */

const _DAY_MS = 86_400_000;

/**
 * The instant `text` names, in milliseconds since the epoch; NaN when it is
 * not a date. Choice: four digits alone are a year (`2024`), not epoch seconds.
 */
export function parseDate(text: string): number {
	const n = text.length;
	if (n === 0) return NaN;
	if (n !== 4 && _isInteger(text)) return Number(text) * 1000;
	const year = _digits(text, 0, 4);
	if (year < 0) return NaN;
	let month = 1;
	let day = 1;
	let time = 0;
	let at = 4;
	if (at < n) {
		month = text.charCodeAt(at) === 45 /* - */ ? _digits(text, at + 1, 2) : -1;
		if (month < 1 || month > 12) return NaN;
		at += 3;
	}
	if (at < n) {
		day = text.charCodeAt(at) === 45 /* - */ ? _digits(text, at + 1, 2) : -1;
		if (day < 1 || day > _daysInMonth(year, month)) return NaN;
		at += 3;
	}
	if (at < n) {
		if (at !== 10 || text.charCodeAt(at) !== 84 /* T */) return NaN;
		const hour = _digits(text, at + 1, 2);
		const minute = text.charCodeAt(at + 3) === 58 /* : */ ? _digits(text, at + 4, 2) : -1;
		if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
		time = (hour * 60 + minute) * 60_000;
		at += 6;
		if (at < n && text.charCodeAt(at) === 58 /* : */) {
			const second = _digits(text, at + 1, 2);
			if (second < 0 || second > 59) return NaN;
			time += second * 1000;
			at += 3;
			if (at < n && text.charCodeAt(at) === 46 /* . */) {
				const start = ++at;
				while (at < n && _isDigit(text.charCodeAt(at))) at++;
				if (at === start) return NaN;
				// Milliseconds from the first three fraction digits; finer digits are dropped.
				let ms = 0;
				for (let i = 0; i < 3; i++) {
					ms = ms * 10 + (start + i < at ? text.charCodeAt(start + i) - 48 : 0);
				}
				time += ms;
			}
		}
		const zone = _zoneOffset(text, at);
		if (Number.isNaN(zone)) return NaN;
		time -= zone;
	}
	return _daysFromCivil(year, month, day) * _DAY_MS + time;
}

/** Offset of the zone designator starting at `at` (to the end), in ms; 0 when there is none. */
function _zoneOffset(text: string, at: number): number {
	const rest = text.length - at;
	if (rest === 0) return 0;
	const sign = text.charCodeAt(at);
	if (rest === 1 && sign === 90 /* Z */) return 0;
	if (rest !== 6 || (sign !== 43 /* + */ && sign !== 45) /* - */) return NaN;
	const hours = _digits(text, at + 1, 2);
	const minutes = text.charCodeAt(at + 3) === 58 /* : */ ? _digits(text, at + 4, 2) : -1;
	if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return NaN;
	return (sign === 45 ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** `-?digits`, the epoch-seconds form. */
function _isInteger(text: string): boolean {
	const start = text.charCodeAt(0) === 45 /* - */ ? 1 : 0;
	if (start === text.length) return false;
	for (let i = start; i < text.length; i++) if (!_isDigit(text.charCodeAt(i))) return false;
	return true;
}

/** The number written by `count` digits at `at`; -1 when they are not all digits. */
function _digits(text: string, at: number, count: number): number {
	if (at + count > text.length) return -1;
	let value = 0;
	for (let i = at; i < at + count; i++) {
		const code = text.charCodeAt(i);
		if (!_isDigit(code)) return -1;
		value = value * 10 + code - 48;
	}
	return value;
}

function _isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

function _daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date. Arithmetic rather than
 * `Date.UTC`, which maps years 0–99 to 1900–1999.
 */
function _daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const dayOfEra =
		yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
}
