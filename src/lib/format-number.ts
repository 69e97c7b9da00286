/**
 * Number formatting shared by the calculators, so a value reads the same in a
 * result, a table, a chart label and an exported file. Fixed to en-US
 * grouping (1,234.5) so shared links and screenshots match for everyone.
 * Never returns "NaN" or "Infinity": non-finite input gives the fallback.
 */
const LOCALE = 'en-US';

/** Dash shown instead of a number that does not exist. */
export const NO_VALUE = '—';

function fmt(value: number, min: number, max: number, extra: Intl.NumberFormatOptions = {}): string {
	return new Intl.NumberFormat(LOCALE, { minimumFractionDigits: min, maximumFractionDigits: max, ...extra }).format(value);
}

/** 1234.567 → "1,234.6" with `decimals` fixed digits. */
export function formatNumber(value: number | null | undefined, decimals = 1, fallback = NO_VALUE): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return fallback;
	// Avoid "-0.0".
	const rounded = Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value;
	return fmt(rounded, decimals, decimals);
}

/**
 * A number inside a sentence (bounds, rule messages), with no more decimals
 * than it has: 1000000 → "1,000,000", 2.5 → "2.5", 1e308 + 1e308 → the
 * fallback rather than "Infinity".
 */
export function formatQuantity(value: number | null | undefined, maxDecimals = 2, fallback = 'a number too large to show'): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return fallback;
	return fmt(value, 0, maxDecimals);
}

/** A whole count: 1234 → "1,234". */
export function formatCount(value: number | null | undefined, fallback = NO_VALUE): string {
	return formatNumber(value, 0, fallback);
}

/** A fraction as a percent: 0.0512 → "5.1%". */
export function formatPercent(fraction: number | null | undefined, decimals = 1, fallback = NO_VALUE): string {
	if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return fallback;
	return `${formatNumber(fraction * 100, decimals)}%`;
}

/** An amount of money, with the ISO currency when one is given: "24,000" or "$24,000". */
export function formatMoney(value: number | null | undefined, currency?: string, fallback = NO_VALUE): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return fallback;
	const decimals = Math.abs(value) < 100 ? 2 : 0;
	if (currency) {
		try {
			return fmt(value, decimals, decimals, { style: 'currency', currency });
		} catch {
			// Unknown currency code: fall through to a plain number.
		}
	}
	return formatNumber(value, decimals);
}

/** Signed number for changes and scores: 12 → "+12.0", -3 → "-3.0", 0 → "0.0". */
export function formatSigned(value: number | null | undefined, decimals = 1, fallback = NO_VALUE): string {
	const text = formatNumber(value, decimals, fallback);
	if (text === fallback) return text;
	return (value as number) > 0 && Number(text.replace(/,/g, '')) !== 0 ? `+${text}` : text;
}

/** Months with a unit: 13.9 → "13.9 months", 1 → "1.0 month". */
export function formatMonths(value: number | null | undefined, decimals = 1, fallback = NO_VALUE): string {
	const text = formatNumber(value, decimals, fallback);
	if (text === fallback) return text;
	return `${text} ${value === 1 ? 'month' : 'months'}`;
}

/**
 * What one period of a churn calculation is called: 1 → "month", 3 →
 * "quarter", 12 → "year", 6 → "6-month period"; anything that is not a whole
 * number of months from 1 to 120 (an empty or invalid field) → "period".
 */
export function formatPeriodName(months: number | null | undefined): string {
	if (typeof months !== 'number' || !Number.isInteger(months) || months < 1 || months > 120) return 'period';
	return months === 1 ? 'month' : months === 3 ? 'quarter' : months === 12 ? 'year' : `${months}-month period`;
}
