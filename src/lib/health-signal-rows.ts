/**
 * The health calculator's signal settings and one account's values as the
 * reader types them: text in, a checked configuration and numbers out, with
 * a message for each field that is wrong. The rules are those of
 * src/lib/calculator-rules.ts (the same ones healthConfigSchema applies to a
 * preset), so a signal the editor accepts is one a page could have set.
 */
import { checkHealthSignals, checkSignalFields, RESERVED_SIGNAL_IDS } from './calculator-rules.ts';
import { createKeyedRecord, getOwnValue } from './keyed-record.ts';
import { parseNumberText } from './url-state.ts';
import type { HealthConfig, HealthSignal } from '../schemas/calculators.ts';

/** One signal in the editor: its settings as typed. */
export interface SignalRow {
	/** Stable across renames and removals (React key and error-message id). */
	key: number;
	/** CSV column header and URL parameter name. */
	id: string;
	name: string;
	weight: string;
	direction: HealthSignal['direction'];
	/** Value that scores 0 points. */
	poor: string;
	/** Value that scores 100 points. */
	good: string;
	/** Value at or beyond which the account is red; empty for none. */
	critical: string;
	/** Added on this page: its id follows its name until the page is reloaded. */
	fresh?: boolean;
}

/** The settings of a row the reader edits in place (a rename goes through renameRow, which may change the id). */
export type SignalSettings = Pick<SignalRow, 'weight' | 'direction' | 'poor' | 'good' | 'critical'>;

/** The editor's rows for a configuration, keyed 0, 1, 2, … */
export function toRows(config: HealthConfig): SignalRow[] {
	return config.signals.map((s, i) => ({
		key: i,
		id: s.id,
		name: s.name,
		weight: String(s.weight),
		direction: s.direction,
		poor: String(s.poor),
		good: String(s.good),
		critical: s.critical === undefined ? '' : String(s.critical),
	}));
}

/**
 * A new signal's id from its name: "Logins per week" → "loginsPerWeek". It
 * fits ID_PATTERN (a lowercase letter, then letters and digits), is none of
 * `taken` and none of the names the link format reserves, so a new signal
 * never breaks the configuration it joins.
 */
export function makeId(name: string, taken: ReadonlySet<string>): string {
	const words = name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
	let base = words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('') || 'signal';
	if (!/^[a-z]/.test(base)) base = `s${base}`;
	let id = base;
	for (let n = 2; taken.has(id) || RESERVED_SIGNAL_IDS.includes(id); n++) id = `${base}${n}`;
	return id;
}

/** The row "Add a signal" appends: a neutral signal the reader then names and tunes. */
export function createSignalRow(key: number, taken: ReadonlySet<string>): SignalRow {
	const name = 'New signal';
	return { key, id: makeId(name, taken), name, weight: '10', direction: 'higher-is-better', poor: '0', good: '100', critical: '', fresh: true };
}

/** The rows with one renamed: a signal added on this page takes an id from its new name, any other keeps its id (links and files use it). */
export function renameRow(rows: readonly SignalRow[], key: number, name: string): SignalRow[] {
	return rows.map((r) => {
		if (r.key !== key) return r;
		if (!r.fresh) return { ...r, name };
		const taken = new Set(rows.filter((x) => x.key !== key).map((x) => x.id));
		return { ...r, name, id: makeId(name, taken) };
	});
}

/** A typed number, or NaN (which the signal rules then name) when it is not one. */
function readNumber(text: string): number {
	const p = parseNumberText(text);
	return p.ok ? p.value : Number.NaN;
}

/**
 * The configuration the rows describe, or null with the reasons: problems of
 * one signal under its row's key, problems of the set as a whole in `general`.
 */
export function readRows(
	rows: readonly SignalRow[],
	bands: HealthConfig['bands'],
): { config: HealthConfig | null; rowErrors: Record<number, string[]>; general: string[] } {
	const rowErrors: Record<number, string[]> = {};
	const signals: HealthSignal[] = rows.map((r) => ({
		id: r.id,
		name: r.name.trim(),
		weight: readNumber(r.weight),
		direction: r.direction,
		poor: readNumber(r.poor),
		good: readNumber(r.good),
		...(r.critical.trim() !== '' ? { critical: readNumber(r.critical) } : {}),
	}));
	signals.forEach((s, i) => {
		const issues = checkSignalFields(s);
		if (issues.length) rowErrors[rows[i].key] = issues.map((x) => x.message);
	});
	const general =
		rows.length === 0 ? ['Add at least one signal (three or more leading indicators are recommended).'] : checkHealthSignals(signals).map((x) => x.message);
	const ok = Object.keys(rowErrors).length === 0 && general.length === 0;
	return { config: ok ? { signals, bands } : null, rowErrors, general };
}

/**
 * One account's values, by signal id. Empty is missing data (allowed: the
 * score leaves the signal out); anything else must be a number. Keyed by ids
 * readers type, so the records have no prototype ("constructor" is a key).
 */
export function readSignalValues(
	rows: readonly SignalRow[],
	valueText: Readonly<Record<string, string>>,
): { values: Record<string, number | null>; valueErrors: Record<string, string> } {
	const values = createKeyedRecord<number | null>();
	const valueErrors = createKeyedRecord<string>();
	for (const r of rows) {
		const p = parseNumberText(getOwnValue(valueText, r.id) ?? '');
		values[r.id] = p.ok ? p.value : null;
		if (!p.ok && p.reason !== 'empty') valueErrors[r.id] = `${r.name || 'This signal'} must be a number, or left empty if you have no data`;
	}
	return { values, valueErrors };
}

/** The previous score for the trend: empty is none, else a number from 0 to 100. */
export function readPreviousScore(text: string): { previous: number | null; error: string } {
	if (text.trim() === '') return { previous: null, error: '' };
	const p = parseNumberText(text);
	if (p.ok && p.value >= 0 && p.value <= 100) return { previous: p.value, error: '' };
	return { previous: null, error: 'Previous score must be a number from 0 to 100, or left empty' };
}

/** The help line under a signal's value: its direction, its thresholds and what makes it critical. */
export function describeSignalRow(r: SignalRow): string {
	const higher = r.direction === 'higher-is-better';
	const critical = r.critical.trim() ? `; ${r.critical} or ${higher ? 'lower' : 'higher'} forces red` : '';
	return `${higher ? 'Higher is better' : 'Lower is better'}: ${r.poor} scores 0, ${r.good} scores 100${critical}.`;
}
