/**
 * Every calculator with industry variants, by URL segment under /tools/. The
 * list of ids, the names pages show and the results benchmarks may compare
 * with all come from the definitions.
 */
import { churnCalculator } from './churn.ts';
import { clvCalculator } from './clv.ts';
import { healthScoreCalculator } from './health-score.ts';
import { listBenchmarkOutputs, type CalculatorDefinition, type InputSpec } from './inputs.ts';
import { npsCalculator } from './nps.ts';

export const calculators = {
	nps: npsCalculator,
	churn: churnCalculator,
	clv: clvCalculator,
	'health-score': healthScoreCalculator,
} as const satisfies Record<string, CalculatorDefinition>;

export type CalculatorId = keyof typeof calculators;
export const calculatorIds = Object.keys(calculators) as [CalculatorId, ...CalculatorId[]];

/** Calculator names as the tool pages title them. */
export const calculatorNames = Object.fromEntries(calculatorIds.map((id) => [id, calculators[id].name])) as Record<CalculatorId, string>;

/** Results a benchmark may compare with, per calculator. */
export const benchmarkOutputsByCalculator = Object.fromEntries(calculatorIds.map((id) => [id, listBenchmarkOutputs(calculators[id])])) as Record<
	CalculatorId,
	string[]
>;

/** Every benchmarkable result name, for the industry schema's enum. */
export const benchmarkOutputs = [...new Set(Object.values(benchmarkOutputsByCalculator).flat())] as [string, ...string[]];

/** The fixed inputs of one calculator (CLV models add their own: see clv-models.ts). */
export function listCalculatorInputs(id: CalculatorId): readonly InputSpec[] {
	return calculators[id].inputs;
}
