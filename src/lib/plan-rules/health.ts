/**
 * Health score (plan section 7): the calculator's default signals and every
 * industry preset use at least the plan's minimum number of leading
 * indicators and none of the signals the plan keeps out on purpose.
 */
import type { Problem } from '#src/schemas/check.ts';
import { defaultHealthConfig } from '../metrics/health.ts';
import { DATA, fileOf, readPlanData } from '#src/schemas/plan-data-files.ts';
import type { PlanRule } from './rule.ts';

/** Where the calculator's default signal set lives (src/lib/metrics/health.ts). */
export const DEFAULT_HEALTH_FILE = 'src/lib/metrics/health.ts';

interface SignalSet {
	file: string;
	field: string;
	label: string;
	signals: readonly { id: string; name: string }[];
}

/** The default config and each industry's preset (industry files that passed their schema). */
function listSignalSets(content: Parameters<PlanRule['check']>[0], defaults: readonly { id: string; name: string }[]): SignalSet[] {
	const sets: SignalSet[] = [{ file: DEFAULT_HEALTH_FILE, field: 'defaultHealthConfig.signals', label: 'the health calculator’s default', signals: defaults }];
	for (const [id, industry] of content.industries) {
		const signals = (industry as { presets?: { health?: { config?: { signals?: { id: string; name: string }[] } } } }).presets?.health?.config?.signals;
		if (signals) sets.push({ file: `${DATA}/industries/${id}.yaml`, field: 'presets.health.config.signals', label: `the ${id} preset`, signals });
	}
	return sets;
}

/** The rule over any default signal set, so a test can plant a bad default without touching the real one. */
export function createHealthSignalsRule(defaults: readonly { id: string; name: string }[] = defaultHealthConfig.signals): PlanRule {
	return {
		id: 'health-signals',
		summary:
			'The health calculator’s default signals and every industry preset use at least the plan’s minimum number of leading indicators, and none of the signals the plan keeps out of the score.',
		why: 'If the plan says days to renewal stays out of the score but the calculator weights it, an account turns red because a date is close and its owner chases the wrong problem.',
		reads: [`${DATA}/plan.yaml (healthScore)`, `${DEFAULT_HEALTH_FILE} (defaultHealthConfig)`, `${DATA}/industries/*.yaml (presets.health.config.signals)`],
		check(content) {
			const { plan } = readPlanData(content);
			if (!plan) return [];
			const problems: Problem[] = [];
			for (const set of listSignalSets(content, defaults)) {
				if (set.signals.length < plan.healthScore.minSignals) {
					problems.push({
						file: set.file,
						field: set.field,
						message: `${set.label} uses ${set.signals.length} signals; ${fileOf('plan')} healthScore.minSignals asks for at least ${plan.healthScore.minSignals} leading indicators: add more`,
					});
				}
				set.signals.forEach((signal, i) => {
					const excluded = plan.healthScore.excluded.find((e) => e.ids.includes(signal.id));
					if (excluded) {
						problems.push({
							file: set.file,
							field: `${set.field}[${i}]`,
							message: `${set.label} weights "${signal.name}" (id ${signal.id}), which ${fileOf('plan')} healthScore.excluded keeps out of the score (${excluded.name}: ${excluded.why}); remove the signal and give its weight to the others, or take it off the excluded list`,
						});
					}
				});
			}
			return problems;
		},
	};
}

export const healthSignalsRule = createHealthSignalsRule();
