/**
 * The health calculator's state: the signal settings and one account's values
 * as typed, what a link set, and everything read from them (configuration,
 * errors, score, link). Reading the text is src/lib/health-signal-rows.ts;
 * this hook holds it and keeps the address bar in step.
 */
import { useMemo, useState } from 'react';
import { computeHealth, defaultHealthConfig } from '#src/lib/metrics/health.ts';
import { RESERVED_SIGNAL_IDS } from '#src/lib/calculator-rules.ts';
import {
	createSignalRow,
	readPreviousScore,
	readRows,
	readSignalValues,
	renameRow,
	toRows,
	type SignalRow,
	type SignalSettings,
} from '#src/lib/health-signal-rows.ts';
import { copyWithKey, createKeyedRecord } from '#src/lib/keyed-record.ts';
import { parseHealthParams, parseSignalParams, serializeHealthParams } from '#src/lib/url-state.ts';
import type { HealthConfig, HealthPreset } from '#src/schemas/calculators.ts';
import { useInitialSearch, useUrlMirror } from '../shared/url-state-hooks.ts';

export function useHealthState(preset: HealthPreset | undefined, syncUrl: boolean) {
	const presetConfig: HealthConfig = (preset?.config as HealthConfig | undefined) ?? defaultHealthConfig;
	const bands = presetConfig.bands ?? defaultHealthConfig.bands;
	const [rows, setRows] = useState<SignalRow[]>(() => toRows(presetConfig));
	// Keys of rows added later: past every key in use, so a key never names two rows.
	const [nextKey, setNextKey] = useState(presetConfig.signals.length);
	// Keyed by signal ids, which readers type and links carry ("constructor" included): records without a prototype.
	const [valueText, setValueText] = useState<Record<string, string>>(() =>
		createKeyedRecord(presetConfig.signals.map((s) => [s.id, preset?.values?.[s.id] !== undefined ? String(preset.values[s.id]) : ''])),
	);
	const [previousText, setPreviousText] = useState('');
	const [notices, setNotices] = useState<Record<string, string>>(() => createKeyedRecord());
	const [configNotice, setConfigNotice] = useState('');
	const [ready, setReady] = useState(false);
	// The address mirrors the calculator only once the reader has changed something.
	const [touched, setTouched] = useState(false);
	const [linkSet, setLinkSet] = useState(false);

	useInitialSearch((params) => {
		const fromLink = parseSignalParams(params, bands);
		const config = fromLink.config ?? presetConfig;
		if (fromLink.config) {
			setRows(toRows(fromLink.config));
			setNextKey(fromLink.config.signals.length);
		}
		if (fromLink.message) setConfigNotice(fromLink.message);
		const parsed = parseHealthParams(params, config);
		const anyValue = config.signals.some((s) => params.has(s.id)) || params.has('previous');
		if (anyValue || fromLink.config) {
			setLinkSet(true);
			// The link replaces the example: each field shows what it gave, usable or not (the field then says what is wrong).
			setValueText(createKeyedRecord(config.signals.map((s) => [s.id, (params.get(s.id) ?? '').trim().slice(0, 40)])));
			setPreviousText((params.get('previous') ?? '').trim().slice(0, 40));
		}
		setNotices(parsed.messages);
		setReady(true);
	});

	const { config, rowErrors, general } = useMemo(() => readRows(rows, bands), [rows, bands]);
	const { values, valueErrors } = useMemo(() => readSignalValues(rows, valueText), [rows, valueText]);
	const { previous, error: previousError } = readPreviousScore(previousText);
	const result = config && Object.keys(valueErrors).length === 0 ? computeHealth(config, values, previous) : null;

	const query = useMemo(() => (config ? serializeHealthParams(values, previous, config, presetConfig) : ''), [config, values, previous, presetConfig]);
	const owned = useMemo(() => {
		const ids = new Set([...rows.map((r) => r.id), ...presetConfig.signals.map((s) => s.id), ...RESERVED_SIGNAL_IDS]);
		return (name: string) => ids.has(name);
	}, [rows, presetConfig]);
	useUrlMirror(query, owned, syncUrl && touched && config !== null, ready);

	/** Every edit goes through here: the first one ends the worked example and lets the address follow. */
	const editRows = (update: (rows: SignalRow[]) => SignalRow[]) => {
		setTouched(true);
		setRows(update);
	};
	const actions = {
		setValue: (id: string, value: string) => {
			setTouched(true);
			setValueText((t) => copyWithKey(t, id, value));
			setNotices((n) => copyWithKey(n, id, ''));
		},
		setPrevious: (value: string) => {
			setTouched(true);
			setPreviousText(value);
			setNotices((n) => copyWithKey(n, 'previous', ''));
		},
		updateRow: (key: number, patch: Partial<SignalSettings>) => editRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r))),
		renameRow: (key: number, name: string) => editRows((rs) => renameRow(rs, key, name)),
		addSignal: () => {
			editRows((rs) => [...rs, createSignalRow(nextKey, new Set(rs.map((r) => r.id)))]);
			setNextKey((k) => k + 1);
		},
		removeSignal: (key: number) => editRows((rs) => rs.filter((r) => r.key !== key)),
		resetSignals: () => {
			editRows(() => toRows(presetConfig));
			setNextKey(presetConfig.signals.length);
			setConfigNotice('');
		},
	};

	return {
		bands,
		rows,
		valueText,
		previousText,
		notices,
		configNotice,
		config,
		rowErrors,
		general,
		valueErrors,
		previousError,
		result,
		query,
		owned,
		/** Showing the page's worked example: nothing typed yet and no link set the figures. */
		showingExample: !touched && !linkSet,
		actions,
	};
}
