import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ID_PATTERN, RESERVED_SIGNAL_IDS } from '#src/lib/calculator-rules.ts';
import {
	createSignalRow,
	describeSignalRow,
	makeId,
	readPreviousScore,
	readRows,
	readSignalValues,
	renameRow,
	toRows,
	type SignalRow,
} from '#src/lib/health-signal-rows.ts';
import { defaultHealthConfig } from '#src/lib/metrics/health.ts';
import type { HealthConfig } from '#src/schemas/calculators.ts';

const bands = defaultHealthConfig.bands;

/** A valid row to vary one field of. */
const row = (patch: Partial<SignalRow> = {}): SignalRow => ({
	key: 0,
	id: 'usage',
	name: 'Weekly logins',
	weight: '40',
	direction: 'higher-is-better',
	poor: '1',
	good: '5',
	critical: '',
	...patch,
});

describe('signal rows from a configuration', () => {
	it('writes each setting as text, keys the rows 0, 1, 2 … and leaves critical empty when there is none', () => {
		const config: HealthConfig = {
			signals: [
				{ id: 'usage', name: 'Weekly logins', weight: 40, direction: 'higher-is-better', poor: 1, good: 5, critical: 0 },
				{ id: 'tickets', name: 'Open tickets', weight: 20, direction: 'lower-is-better', poor: 8, good: 0 },
			],
			bands,
		};
		expect(toRows(config)).toEqual([
			{ key: 0, id: 'usage', name: 'Weekly logins', weight: '40', direction: 'higher-is-better', poor: '1', good: '5', critical: '0' },
			{ key: 1, id: 'tickets', name: 'Open tickets', weight: '20', direction: 'lower-is-better', poor: '8', good: '0', critical: '' },
		]);
	});

	it('reads the rows of a configuration back as that configuration', () => {
		expect(readRows(toRows(defaultHealthConfig), bands)).toEqual({ config: { signals: defaultHealthConfig.signals, bands }, rowErrors: {}, general: [] });
	});
});

describe('a new signal’s id', () => {
	it.each([
		['Logins per week', [], 'loginsPerWeek'],
		['  NPS  score ', [], 'npsScore'],
		['2024 renewals', [], 's2024Renewals'],
		['', [], 'signal'],
		['!!!', [], 'signal'],
		['Überweisungen', [], 'berweisungen'],
		['Usage', ['usage'], 'usage2'],
		['Usage', ['usage', 'usage2'], 'usage3'],
		['Previous', [], 'previous2'],
		['sig', [], 'sig2'],
		['Constructor', [], 'constructor'],
	])('makes %j (taken: %j) into %s', (name, taken, id) => {
		expect(makeId(name, new Set(taken))).toBe(id);
	});

	it('is always a valid id, unused and not reserved for the link format', () => {
		fc.assert(
			fc.property(fc.string(), fc.uniqueArray(fc.oneof(fc.constantFrom('signal', 'signal2', 'usage', 'newSignal'), fc.string())), (name, taken) => {
				const id = makeId(name, new Set(taken));
				expect(id).toMatch(ID_PATTERN);
				expect(taken).not.toContain(id);
				expect(RESERVED_SIGNAL_IDS).not.toContain(id);
			}),
		);
	});

	it('is new for every signal added, however many are added', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 30 }), (count) => {
				let rows: SignalRow[] = [];
				for (let key = 0; key < count; key++) rows = [...rows, createSignalRow(key, new Set(rows.map((r) => r.id)))];
				expect(new Set(rows.map((r) => r.id)).size).toBe(count);
				expect(readRows(rows, bands).general).toEqual([]);
			}),
		);
	});
});

describe('renaming a signal', () => {
	it('gives a signal added on this page an id from its new name', () => {
		const rows = [row(), createSignalRow(1, new Set(['usage']))];
		expect(renameRow(rows, 1, 'Seats used')[1]).toMatchObject({ name: 'Seats used', id: 'seatsUsed', fresh: true });
	});

	it('never gives it the id of another signal', () => {
		const rows = [row(), createSignalRow(1, new Set(['usage']))];
		expect(renameRow(rows, 1, 'Usage')[1].id).toBe('usage2');
	});

	it('keeps the id of a signal the page or a link set (files and links use it)', () => {
		expect(renameRow([row()], 0, 'Daily logins')).toEqual([row({ name: 'Daily logins' })]);
	});
});

describe('reading the signal settings', () => {
	it('asks for a signal when there is none', () => {
		expect(readRows([], bands)).toEqual({
			config: null,
			rowErrors: {},
			general: ['Add at least one signal (three or more leading indicators are recommended).'],
		});
	});

	it.each([
		['a weight that is not a number', { weight: 'lots' }, 'Signal "Weekly logins": weight must be a number from 0 to 1000'],
		['a weight above 1000', { weight: '1001' }, 'Signal "Weekly logins": weight must be a number from 0 to 1000'],
		['no name', { name: '  ' }, 'A signal needs a name'],
		['good equal to poor', { good: '1' }, 'Signal "Weekly logins": good and poor thresholds must differ'],
		[
			'good below poor when higher is better',
			{ good: '0' },
			'Signal "Weekly logins" is higher-is-better, so its good threshold (0) must be above its poor threshold (1)',
		],
		['a critical value that is not a number', { critical: 'x' }, 'Signal "Weekly logins": the critical value must be a number or left empty'],
	])('names the row with %s', (_, patch, message) => {
		const read = readRows([row(), row({ key: 7, id: 'other', ...patch })], bands);
		expect(read.config).toBeNull();
		expect(read.rowErrors).toEqual({ 7: [message] });
	});

	it.each([
		['the same id twice', [row(), row({ key: 1 })], 'signal id "usage" is used twice: give each signal its own id'],
		['an id the link format uses', [row({ id: 'previous' })], 'signal id "previous" is reserved for the link format: choose another id'],
		['no weight above 0', [row({ weight: '0' }), row({ key: 1, id: 'other', weight: '0' })], 'at least one signal needs a weight above 0'],
	])('names a problem of the whole set: %s', (_, rows, message) => {
		const read = readRows(rows, bands);
		expect(read.config).toBeNull();
		expect(read.general).toContain(message);
	});

	it('reads numbers as people type them and keeps a critical value only when one is given', () => {
		const read = readRows(
			[row({ weight: '1,000', poor: '1.5', good: '5%' }), row({ key: 1, id: 'tickets', direction: 'lower-is-better', poor: '8', good: '0', critical: '12' })],
			bands,
		);
		expect(read.config?.signals).toEqual([
			{ id: 'usage', name: 'Weekly logins', weight: 1000, direction: 'higher-is-better', poor: 1.5, good: 5 },
			{ id: 'tickets', name: 'Weekly logins', weight: 40, direction: 'lower-is-better', poor: 8, good: 0, critical: 12 },
		]);
	});
});

describe("one account's values", () => {
	const rows = [row(), row({ key: 1, id: 'constructor', name: 'Seats' }), row({ key: 2, id: 'nameless', name: '' })];

	it.each([
		['', null, undefined],
		['  ', null, undefined],
		['45', 45, undefined],
		['1,234', 1234, undefined],
		['2.5%', 2.5, undefined],
		['lots', null, 'Weekly logins must be a number, or left empty if you have no data'],
	])('reads %j as %j', (text, value, error) => {
		const read = readSignalValues(rows, { usage: text });
		expect(read.values.usage).toBe(value);
		expect(read.valueErrors.usage).toBe(error);
	});

	it('takes a signal with no value as missing data, whatever its id', () => {
		const read = readSignalValues(rows, {});
		expect({ ...read.values }).toEqual({ usage: null, constructor: null, nameless: null });
		expect(Object.keys(read.valueErrors)).toEqual([]);
	});

	it('names a signal without a name "This signal"', () => {
		expect(readSignalValues(rows, { nameless: 'x' }).valueErrors.nameless).toBe('This signal must be a number, or left empty if you have no data');
	});
});

describe('the previous score', () => {
	it.each([
		['', null, ''],
		['   ', null, ''],
		['0', 0, ''],
		['72.5', 72.5, ''],
		['100', 100, ''],
		['101', null, 'Previous score must be a number from 0 to 100, or left empty'],
		['-1', null, 'Previous score must be a number from 0 to 100, or left empty'],
		['high', null, 'Previous score must be a number from 0 to 100, or left empty'],
	])('reads %j as %j', (text, previous, error) => {
		expect(readPreviousScore(text)).toEqual({ previous, error });
	});
});

describe('the help under a value', () => {
	it.each([
		[row(), 'Higher is better: 1 scores 0, 5 scores 100.'],
		[row({ critical: '0' }), 'Higher is better: 1 scores 0, 5 scores 100; 0 or lower forces red.'],
		[row({ direction: 'lower-is-better', poor: '8', good: '0', critical: '12' }), 'Lower is better: 8 scores 0, 0 scores 100; 12 or higher forces red.'],
	])('describes %o', (r, help) => {
		expect(describeSignalRow(r)).toBe(help);
	});
});
