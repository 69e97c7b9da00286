/**
 * Calculator state in the URL query string. The parameter names are a public
 * interface (listed on each calculator page and used in shared links), so they
 * are defined here once and never renamed:
 *
 *   NPS     promoters, passives, detractors; comparison survey prev_promoters,
 *           prev_passives, prev_detractors; target (margin of error, points)
 *   Churn   start, added, lost, lostNew, months, basis (start | average);
 *           revenue mrr, expansion, contraction, churned
 *   CLV     arpa (per month), margin (%), churn (% per month), discount (% per
 *           year; absent or 0 = simple), horizon (months), cac; other models
 *           use their own field ids (orderValue, frequency, …); the model
 *           itself is fixed by the page (industry variants have their own)
 *   Health  one parameter per signal id (usage, lastContact, …), previous,
 *           and `sig` (repeated) when the signal set differs from the preset
 *
 * The names, labels and ranges come from each calculator's definition
 * (src/lib/calculators/); this module only reads and writes them.
 * Percentages are written as percents (2.5 means 2.5%). Parsing never throws
 * and never yields NaN: a missing or nonsense value leaves a message for that
 * field and the text the link gave, so the page can show what was given and
 * say what is wrong instead of computing with a value nobody entered.
 */
import type { HealthConfig, HealthSignal } from '../schemas/calculators.ts';
import { checkHealthSignals, checkSignalFields } from './calculator-rules.ts';
import { churnCalculator } from './calculators/churn.ts';
import { healthScoreCalculator } from './calculators/health-score.ts';
import { isWholeUnit, type InputSpec } from './calculators/inputs.ts';
import { npsCalculator } from './calculators/nps.ts';
import { formatQuantity } from './format.ts';
import { createKeyedRecord, getOwnValue } from './keyed-record.ts';

/** A numeric parameter as the parser sees it (derived from an InputSpec by toParamSpecs). */
export interface ParamSpec {
	/** Public parameter name. */
	name: string;
	/** Label used in messages (the input's visible label). */
	label: string;
	min?: number;
	max?: number;
	/** Whole numbers only. */
	int?: boolean;
	/** Value used when the parameter is missing or unreadable. */
	default: number;
	/** When true, a missing parameter is normal and gets no message. */
	optional?: boolean;
	/** An optional parameter's value on a fresh page (the worked example). */
	example?: number;
}

export type NumberText = { ok: true; value: number } | { ok: false; reason: 'empty' | 'not-a-number' };

/** Digits with an optional sign and decimals: read as is (15 digits keep full precision). */
const plainNumber = /^-?\d{1,15}(\.\d{1,15})?$/;

/**
 * Read a number as people type it: "1,234.5", " 12 ", "2.5%", "$450". Returns
 * a reason instead of NaN. Commas are accepted only as thousands separators.
 */
export function parseNumberText(text: string | null | undefined): NumberText {
	if (text === null || text === undefined) return { ok: false, reason: 'empty' };
	// Fast path for the plain numbers that make up nearly every imported cell:
	// a 100,000-row file has hundreds of thousands of them.
	if (plainNumber.test(text)) return { ok: true, value: Number(text) };
	let t = text
		.trim()
		.replace(/^[$€£¥]\s*/, '')
		.replace(/\s*%$/, '')
		.replace(/[\u00a0\u202f ]/g, '');
	if (t === '') return { ok: false, reason: 'empty' };
	if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return { ok: false, reason: 'not-a-number' };
	const value = Number(t);
	return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not-a-number' };
}

/** Why a value does not fit its spec, or null when it fits. */
export function checkParamValue(spec: ParamSpec, value: number): string | null {
	if (spec.int && !Number.isInteger(value)) return `${spec.label} must be a whole number`;
	if (spec.min !== undefined && value < spec.min)
		return spec.min === 0 ? `${spec.label} cannot be negative` : `${spec.label} must be at least ${formatQuantity(spec.min)}`;
	if (spec.max !== undefined && value > spec.max) return `${spec.label} must be at most ${formatQuantity(spec.max)}`;
	return null;
}

export interface ParsedParams {
	/** A usable value for every spec (the default where the link had none or nonsense). */
	values: Record<string, number>;
	/** Messages per parameter name about what the link contained. */
	messages: Record<string, string>;
	/** Names the link actually set to a usable value. */
	present: string[];
	/** The text the link gave per parameter it named (usable or not), trimmed and cut to 40 characters. */
	given: Record<string, string>;
}

function toSearchParams(search: string | URLSearchParams): URLSearchParams {
	return typeof search === 'string' ? new URLSearchParams(search.startsWith('?') ? search.slice(1) : search) : search;
}

/**
 * Parse numeric parameters. When the link sets none of them (a fresh visit),
 * defaults are used silently; when it sets some, each missing required one
 * gets a message, so a truncated link is noticed.
 */
export function parseParams(search: string | URLSearchParams, specs: readonly ParamSpec[]): ParsedParams {
	const params = toSearchParams(search);
	const values = createKeyedRecord<number>();
	const messages = createKeyedRecord<string>();
	const given = createKeyedRecord<string>();
	const present: string[] = [];
	const anySet = specs.some((s) => params.has(s.name));
	for (const spec of specs) {
		values[spec.name] = spec.default;
		const raw = params.get(spec.name);
		if (raw === null) {
			if (anySet && !spec.optional) messages[spec.name] = `The link did not include ${spec.name}: enter ${spec.label}.`;
			continue;
		}
		given[spec.name] = raw.trim().slice(0, 40);
		const parsed = parseNumberText(raw);
		if (!parsed.ok) {
			if (parsed.reason === 'empty' && spec.optional) continue;
			messages[spec.name] =
				parsed.reason === 'empty'
					? `The link left ${spec.name} empty: enter ${spec.label}.`
					: `The link's ${spec.name} ("${raw.slice(0, 40)}") is not a number.`;
			continue;
		}
		const problem = checkParamValue(spec, parsed.value);
		if (problem) {
			messages[spec.name] = `The link's ${spec.name} (${raw.slice(0, 40)}) is out of range: ${problem}.`;
			continue;
		}
		values[spec.name] = parsed.value;
		present.push(spec.name);
	}
	return { values, messages, present, given };
}

/** Shortest exact text for a number in a URL: 2.5 → "2.5", 1e-7 → "1e-7". */
function writeNumber(value: number): string {
	return String(value);
}

/**
 * Query string (without "?") for the given values, in spec order. Values that
 * are not finite numbers are left out rather than written as NaN. Optional
 * parameters at their default are omitted to keep links short.
 */
export function serializeParams(values: Record<string, number | null | undefined>, specs: readonly ParamSpec[], extra: [string, string][] = []): string {
	const params = new URLSearchParams();
	for (const spec of specs) {
		const v = getOwnValue(values, spec.name);
		if (typeof v !== 'number' || !Number.isFinite(v)) continue;
		if (spec.optional && v === spec.default) continue;
		params.set(spec.name, writeNumber(v));
	}
	for (const [k, v] of extra) params.append(k, v);
	return params.toString();
}

// ---------------------------------------------------------------- NPS

/** NPS link parameters, from the calculator's definition. */
export const npsParams: ParamSpec[] = toParamSpecs(npsCalculator.inputs);

// ---------------------------------------------------------------- Churn

/** Churn link parameters, from the calculator's definition. */
export const churnParams: ParamSpec[] = toParamSpecs(churnCalculator.inputs);

/** The churn denominator convention parameter (`basis=start|average`). */
export function parseChurnBasis(search: string | URLSearchParams, fallback: 'start' | 'average' = 'start'): { basis: 'start' | 'average'; message?: string } {
	const raw = toSearchParams(search).get('basis');
	if (raw === null) return { basis: fallback };
	if (raw === 'start' || raw === 'average') return { basis: raw };
	return { basis: fallback, message: `The link's basis ("${raw.slice(0, 40)}") must be "start" or "average"; using "${fallback}".` };
}

// ---------------------------------------------------------------- CLV

/** Parameter specs for inputs (a calculator's, a CLV model's fields plus the shared ones). */
export function toParamSpecs(inputs: readonly InputSpec[]): ParamSpec[] {
	return inputs.map((input) => ({
		name: input.id,
		label: input.label,
		min: input.min,
		max: input.max,
		int: isWholeUnit(input.unit),
		default: input.default,
		optional: input.optional ?? false,
		...(input.example !== undefined ? { example: input.example } : {}),
	}));
}

// ---------------------------------------------------------------- Health

const directionCodes: Record<HealthSignal['direction'], string> = { 'higher-is-better': 'up', 'lower-is-better': 'down' };

/** One signal as a `sig` parameter value: id~name~weight~up|down~poor~good[~critical]. */
export function serializeSignal(s: HealthSignal): string {
	const parts = [s.id, s.name.replace(/~/g, '-'), s.weight, directionCodes[s.direction], s.poor, s.good];
	if (s.critical !== undefined) parts.push(s.critical);
	return parts.join('~');
}

/**
 * The signal set from repeated `sig` parameters, or null when the link has
 * none (use the preset). An unreadable set gives a message and null.
 */
export function parseSignalParams(search: string | URLSearchParams, bands: HealthConfig['bands']): { config: HealthConfig | null; message?: string } {
	const raws = toSearchParams(search).getAll('sig');
	if (raws.length === 0) return { config: null };
	const signals: HealthSignal[] = raws.map((raw) => {
		const [id = '', name = '', weight, dir, poor, good, critical] = raw.split('~');
		const num = (t: string | undefined) => {
			const p = parseNumberText(t);
			return p.ok ? p.value : Number.NaN;
		};
		return {
			id,
			name,
			weight: num(weight),
			direction: (dir === 'up' ? 'higher-is-better' : dir === 'down' ? 'lower-is-better' : String(dir)) as HealthSignal['direction'],
			poor: num(poor),
			good: num(good),
			...(critical !== undefined && critical !== '' ? { critical: num(critical) } : {}),
		};
	});
	// The same rules as healthConfigSchema, without shipping zod to the browser.
	const issues = [...signals.flatMap((sig) => checkSignalFields(sig)), ...checkHealthSignals(signals)];
	if (issues.length > 0) {
		return { config: null, message: `The link's signal settings could not be read (${issues[0].message}); showing the page's signals.` };
	}
	return { config: { signals, bands } };
}

/** Param specs for health signal values (all optional: missing data is allowed) and `previous`. */
export function buildHealthParams(config: HealthConfig): ParamSpec[] {
	return [
		...config.signals.map((s) => ({ name: s.id, label: s.name, default: Number.NaN, optional: true })),
		// A missing previous score is no trend, not a zero one.
		...toParamSpecs(healthScoreCalculator.inputs).map((spec) => ({ ...spec, default: Number.NaN })),
	];
}

/**
 * Health values from the link: a number per signal id where given (missing
 * stays missing, which the score handles), plus `previous`.
 */
export function parseHealthParams(
	search: string | URLSearchParams,
	config: HealthConfig,
): { values: Record<string, number | null>; previous: number | null; messages: Record<string, string> } {
	const params = toSearchParams(search);
	const values = createKeyedRecord<number | null>();
	const messages = createKeyedRecord<string>();
	for (const spec of buildHealthParams(config)) {
		const raw = params.get(spec.name);
		let value: number | null = null;
		if (raw !== null && raw.trim() !== '') {
			const p = parseNumberText(raw);
			if (!p.ok) messages[spec.name] = `The link's ${spec.name} ("${raw.slice(0, 40)}") is not a number; ${spec.label} is left empty.`;
			else {
				const problem = checkParamValue(spec, p.value);
				if (problem) messages[spec.name] = `The link's ${spec.name} is out of range: ${problem}; left empty.`;
				else value = p.value;
			}
		}
		if (spec.name === 'previous') continue;
		values[spec.name] = value;
	}
	const prevRaw = params.get('previous');
	const prev = parseNumberText(prevRaw);
	const previous = prev.ok && prev.value >= 0 && prev.value <= 100 ? prev.value : null;
	return { values, previous, messages };
}

/** Health query string: signal values, previous, and `sig` entries when the config differs from the preset. */
export function serializeHealthParams(values: Record<string, number | null>, previous: number | null, config: HealthConfig, preset: HealthConfig): string {
	const params = new URLSearchParams();
	for (const s of config.signals) {
		const v = getOwnValue(values, s.id);
		if (typeof v === 'number' && Number.isFinite(v)) params.set(s.id, String(v));
	}
	if (previous !== null && Number.isFinite(previous)) params.set('previous', String(previous));
	const same = JSON.stringify(config.signals.map(serializeSignal)) === JSON.stringify(preset.signals.map(serializeSignal));
	if (!same) for (const s of config.signals) params.append('sig', serializeSignal(s));
	return params.toString();
}

/**
 * Values typed into a calculator's inputs: a number per field, or a message
 * per field saying what is wrong. Empty optional fields take their default;
 * empty required fields, non-numbers and out-of-range values are errors.
 */
export function readFieldValues(
	raw: Record<string, string | undefined>,
	specs: readonly ParamSpec[],
): { values: Record<string, number>; errors: Record<string, string> } {
	const values = createKeyedRecord<number>();
	const errors = createKeyedRecord<string>();
	for (const spec of specs) {
		const text = getOwnValue(raw, spec.name) ?? '';
		const parsed = parseNumberText(text);
		if (!parsed.ok) {
			if (parsed.reason === 'empty' && spec.optional) {
				values[spec.name] = spec.default;
				continue;
			}
			errors[spec.name] =
				parsed.reason === 'empty' ? `${spec.label} is required: enter a number` : `${spec.label} must be a number; "${text.trim().slice(0, 30)}" is not one`;
			continue;
		}
		const problem = checkParamValue(spec, parsed.value);
		if (problem) errors[spec.name] = problem;
		else values[spec.name] = parsed.value;
	}
	return { values, errors };
}
