/**
 * The shape of a calculator definition. Each calculator declares its inputs
 * and outputs once, in its own module beside this one (nps.ts, churn.ts,
 * clv.ts, health-score.ts); everything else is derived from that declaration:
 *
 * - link parameters and the messages about them (src/lib/url-state.ts),
 * - the zod schemas for presets and industry files (src/schemas/calculators.ts),
 * - the keys a preset may set and the labels industry pages show,
 * - the accessible names of results that benchmarks compare with,
 * - the "Link parameters" table on each calculator page.
 *
 * Adding an input is one entry in one `inputs` list. Plain data, no zod, no
 * DOM: the islands import these modules and stay small.
 */

/**
 * Largest count of customers, accounts or survey responses an input accepts: a
 * billion, more than any real customer base, so a typo (an extra six zeros)
 * is caught instead of producing a result nobody meant, and sums stay exact.
 */
export const MAX_COUNT = 1e9;
/**
 * Largest amount of money an input accepts: a trillion in the organization's
 * currency. Results built from it (a lifetime value, a payback) stay short
 * enough to read on a phone.
 */
export const MAX_AMOUNT = 1e12;

/** What a number means; decides the input hint, whole-number rule, unit label and formatting. */
export type InputUnit = 'count' | 'currency' | 'percent' | 'months' | 'years' | 'number' | 'points';

export interface InputSpec {
	/** URL parameter, input id suffix and preset key, e.g. "arpa". A public name: never rename one. */
	id: string;
	/** Visible label, also used in every message about the field. */
	label: string;
	/** What the number is. Counts and months are whole numbers. */
	unit: InputUnit;
	/** Smallest allowed value (inclusive). */
	min: number;
	/** Largest allowed value (inclusive): every input has a documented range. */
	max: number;
	/** Value of a required input on a fresh page (the worked example), or what an empty optional input counts as. */
	default: number;
	/** When true the field may stay empty (it then counts as its default, usually "none"). */
	optional?: boolean;
	/** An optional input's value in the worked example on a fresh page, when it is not empty there. */
	example?: number;
	/** One short line of help under the input. */
	help?: string;
	/** Input step for the keyboard's arrow keys; by unit when absent. */
	step?: number;
	/** Which part of the calculator the input belongs to, when it has several (e.g. churn "revenue"). */
	group?: string;
}

/** Output formats; each maps to one function in the formatting module. */
export type OutputFormat = 'score' | 'percent' | 'money' | 'months' | 'ratio' | 'count' | 'points' | 'text';

export interface OutputSpec {
	/** The result's accessible name: the visible name of its `<output>`; benchmarks and tests find it by this. */
	name: string;
	/** How the value is written. */
	format: OutputFormat;
	/** True when an industry benchmark may compare against this result. */
	benchmark?: boolean;
}

export interface CalculatorDefinition<Id extends string = string, OutputId extends string = string> {
	/** URL segment under /tools/. */
	id: Id;
	/** The calculator's name as pages title it. */
	name: string;
	/** Inputs in display order. */
	inputs: readonly InputSpec[];
	/** Results by id. */
	outputs: Readonly<Record<OutputId, OutputSpec>>;
	/** Query parameters the calculator owns besides its numeric inputs, documented on its page. */
	extraParams?: readonly ExtraParam[];
}

/** A non-numeric link parameter (churn's `basis`, health's `sig`). */
export interface ExtraParam {
	/** The parameter name. */
	id: string;
	/** What it means, for the page's "Link parameters" table. */
	meaning: string;
	/** An example `name=value`. */
	example: string;
}

/** Whether the unit only takes whole numbers (people, accounts, months). */
export function isWholeUnit(unit: InputUnit): boolean {
	return unit === 'count' || unit === 'months';
}

/** How a value is written, appended to messages so the reader can fix it. */
export function describeUnit(unit: InputUnit): string {
	switch (unit) {
		case 'count':
			return 'a whole number, 0 or more';
		case 'currency':
			return 'an amount, 0 or more';
		case 'percent':
			return 'a percent, e.g. 2.5 for 2.5%';
		case 'months':
			return 'whole months';
		case 'years':
			return 'years, e.g. 2.5';
		case 'points':
			return 'points, e.g. 5';
		case 'number':
			return 'a number';
	}
}

/** Short unit shown after an input ("%", "months"); none for counts and money (the label says it). */
export function formatUnitSuffix(unit: InputUnit): string | undefined {
	return { percent: '%', months: 'months', years: 'years', points: 'points' }[unit as string];
}

/** Ids of the inputs, optionally only one group's. */
export function listInputIds(inputs: readonly InputSpec[], group?: string): string[] {
	return inputs.filter((i) => group === undefined || i.group === group).map((i) => i.id);
}

/**
 * Inputs with a preset's labels applied (unknown keys are ignored here; the
 * checks report them). A preset's values are where the fields start, not what
 * an empty field means, so they are not applied here.
 */
export function applyPresetLabels(inputs: readonly InputSpec[], labels: Record<string, string> = {}): InputSpec[] {
	return inputs.map((input) => ({ ...input, label: labels[input.id] ?? input.label }));
}

/** Accessible names of a definition's outputs that benchmarks may compare with. */
export function listBenchmarkOutputs(definition: CalculatorDefinition): string[] {
	return Object.values<OutputSpec>(definition.outputs)
		.filter((o) => o.benchmark)
		.map((o) => o.name);
}
