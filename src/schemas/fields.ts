/**
 * Field builders shared by every schema. Each one carries an error message that
 * says what was expected and how to fix it, because these messages are what a
 * leader editing a page in the browser reads when a check fails.
 */
import { z } from 'zod';
import { quoteIds } from '../lib/check-messages.ts';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the parts form a real calendar date (rejects 2026-02-30). */
function isCalendarDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date written as YYYY-MM-DD. YAML parsers turn unquoted dates into
 * Date objects and leave quoted ones as strings, so both are accepted; the
 * output is always a Date at midnight UTC.
 */
export function dateField(name: string) {
	const hint = `write ${name} as YYYY-MM-DD, for example ${name}: 2026-03-01`;
	return z
		.union([z.date(), z.string()], {
			error: (issue) => (issue.input === undefined ? `${name} is required: ${hint}` : `${name} must be a date: ${hint}`),
		})
		.transform((value, ctx) => {
			if (value instanceof Date) {
				if (Number.isNaN(value.getTime())) {
					ctx.addIssue({ code: 'custom', message: `${name} is not a real date: ${hint}` });
					return z.NEVER;
				}
				return value;
			}
			const match = isoDate.exec(value.trim());
			if (!match) {
				ctx.addIssue({ code: 'custom', message: `${name} "${value}" is not in YYYY-MM-DD form: ${hint}` });
				return z.NEVER;
			}
			const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
			if (!isCalendarDate(year, month, day)) {
				ctx.addIssue({ code: 'custom', message: `${name} "${value}" is not a real calendar date: ${hint}` });
				return z.NEVER;
			}
			return new Date(Date.UTC(year, month - 1, day));
		});
}

/** A lowercase, hyphenated identifier such as `maria-lopez` or `saas`. */
export function idField(name: string) {
	return z.string({ error: (issue) => (issue.input === undefined ? `${name} is required` : `${name} must be text`) }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		message: `${name} must be lowercase letters, digits and single hyphens (for example "maria-lopez")`,
	});
}

/** Required, non-empty text. */
export function textField(name: string, hint = '') {
	const suffix = hint ? `: ${hint}` : '';
	return z
		.string({ error: (issue) => (issue.input === undefined ? `${name} is required${suffix}` : `${name} must be text${suffix}`) })
		.trim()
		.min(1, { message: `${name} must not be empty${suffix}` });
}

/** One value from a fixed list, with the list in the message. */
export function enumField<const T extends readonly [string, ...string[]]>(name: string, values: T) {
	const list = quoteIds(values);
	return z.enum(values, {
		error: (issue) =>
			issue.input === undefined ? `${name} is required: use one of ${list}` : `${name} "${String(issue.input)}" is not allowed: use one of ${list}`,
	});
}
