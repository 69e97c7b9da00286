/**
 * KPI rules (plan section 9): one north star, at most four supporting KPIs,
 * targets that move the KPI's way, ambitious targets justified, baselines with
 * a stated period, and at least one KPI in people's goals (plan section 8).
 */
import type { Problem } from '../../schemas/check.ts';
import type { Kpi } from '../../schemas/kpis.ts';
import { formatIsoDate } from '../../schemas/page.ts';
import { DATA, fileOf, loadPlanData, quoteList } from './plan-data.ts';
import type { PlanRule } from './rule.ts';

/** The plan says one north star and "at most four supporting indicators". */
export const MAX_SUPPORTING_KPIS = 4;
/**
 * A realistic 12-month improvement is about 15–25% (plan section 9, a commonly
 * cited rule of thumb); beyond this a target must name the intervention.
 */
export const MAX_UNJUSTIFIED_IMPROVEMENT = 0.25;

/** How much better `to` is than `from` as a fraction of |from|, in the KPI's direction. */
export function computeImprovement(kpi: Pick<Kpi, 'direction'>, from: number, to: number): number {
	const gain = kpi.direction === 'higher' ? to - from : from - to;
	if (from === 0) return gain === 0 ? 0 : gain > 0 ? Infinity : -Infinity;
	return gain / Math.abs(from);
}

export const kpiCountRule: PlanRule = {
	id: 'kpi-count',
	summary: 'The plan steers by exactly one north-star metric and at most four supporting KPIs.',
	why: 'With two north stars nobody knows which one wins a trade-off, and with too many KPIs none of them gets attention.',
	reads: [`${DATA}/kpis.yaml (northStar)`],
	check(content) {
		const { kpis } = loadPlanData(content);
		if (!kpis) return [];
		const file = fileOf('kpis');
		const problems: Problem[] = [];
		const northStars = kpis.filter((k) => k.northStar);
		if (northStars.length !== 1) {
			problems.push({
				file,
				field: '',
				message:
					northStars.length === 0
						? 'no KPI is the north star: set northStar: true on the one metric the plan steers by (usually NPS or net revenue retention)'
						: `${northStars.length} KPIs are marked northStar (${quoteList(northStars.map((k) => k.id))}): keep northStar: true on exactly one and make the others supporting`,
			});
		}
		const supporting = kpis.length - northStars.length;
		if (supporting > MAX_SUPPORTING_KPIS) {
			problems.push({
				file,
				field: '',
				message: `${supporting} supporting KPIs: the plan allows at most ${MAX_SUPPORTING_KPIS} besides the north star; drop or merge ${supporting - MAX_SUPPORTING_KPIS}`,
			});
		}
		return problems;
	},
};

export const kpiTargetsRule: PlanRule = {
	id: 'kpi-targets',
	summary: 'Every KPI target moves the right way from its baseline, and a 12-month target more than 25% better than the baseline names the intervention that makes it realistic.',
	why: 'A target that goes backwards, or a big jump with no plan behind it, is a target people stop believing in.',
	reads: [`${DATA}/kpis.yaml (baseline, target90, target12, direction, justification)`],
	check(content) {
		const { kpis } = loadPlanData(content);
		if (!kpis) return [];
		const file = fileOf('kpis');
		const problems: Problem[] = [];
		const better = (k: Kpi) => (k.direction === 'higher' ? 'higher' : 'lower');
		kpis.forEach((kpi, i) => {
			const where = `KPI "${kpi.id}"`;
			if (computeImprovement(kpi, kpi.baseline, kpi.target90) <= 0) {
				problems.push({
					file,
					field: `[${i}].target90`,
					message: `${where}: the 90-day target (${kpi.target90}) must be ${better(kpi)} than the baseline (${kpi.baseline}) because direction is ${kpi.direction}; fix the target or the direction`,
				});
			}
			if (computeImprovement(kpi, kpi.target90, kpi.target12) < 0) {
				problems.push({
					file,
					field: `[${i}].target12`,
					message: `${where}: the 12-month target (${kpi.target12}) must not be ${kpi.direction === 'higher' ? 'lower' : 'higher'} than the 90-day target (${kpi.target90}); targets only move in the KPI's direction`,
				});
			}
			const improvement = computeImprovement(kpi, kpi.baseline, kpi.target12);
			if (improvement > MAX_UNJUSTIFIED_IMPROVEMENT && !kpi.justification) {
				const pct = Number.isFinite(improvement) ? `${Math.round(improvement * 100)}%` : 'infinitely (the baseline is 0)';
				problems.push({
					file,
					field: `[${i}].justification`,
					message: `${where}: the 12-month target (${kpi.target12}) is ${pct} better than the baseline (${kpi.baseline}), more than the ${MAX_UNJUSTIFIED_IMPROVEMENT * 100}% a year usually allows: add justification naming the intervention that makes it realistic, or lower the target`,
				});
			}
		});
		return problems;
	},
};

export const kpiBaselinePeriodsRule: PlanRule = {
	id: 'kpi-baseline-periods',
	summary: 'Every KPI baseline states the period it was measured over, and what the current-state page says about those periods is true of the data.',
	why: 'A baseline without a period cannot be compared with next quarter, and a page claiming every baseline covers the same period misleads whoever sets the targets.',
	reads: [`${DATA}/kpis.yaml (baselinePeriod)`, `${DATA}/plan.yaml (baselinePeriods)`],
	check(content) {
		const { kpis, plan } = loadPlanData(content);
		if (!kpis) return [];
		const file = fileOf('kpis');
		const problems: Problem[] = [];
		const day = (d: Date) => formatIsoDate(d);
		kpis.forEach((kpi, i) => {
			if (kpi.baselinePeriod.to.getTime() < kpi.baselinePeriod.from.getTime()) {
				problems.push({ file, field: `[${i}].baselinePeriod`, message: `KPI "${kpi.id}": the baseline period ends (${day(kpi.baselinePeriod.to)}) before it starts (${day(kpi.baselinePeriod.from)}); swap from and to` });
			}
		});
		if (!plan || kpis.length < 2) return problems;
		const [first] = kpis;
		const claim = plan.baselinePeriods;
		kpis.forEach((kpi, i) => {
			const sameEnd = kpi.baselinePeriod.to.getTime() === first.baselinePeriod.to.getTime();
			const sameStart = kpi.baselinePeriod.from.getTime() === first.baselinePeriod.from.getTime();
			if ((claim === 'same-period' && !(sameEnd && sameStart)) || (claim === 'same-end' && !sameEnd)) {
				const wanted = claim === 'same-period' ? `${day(first.baselinePeriod.from)} to ${day(first.baselinePeriod.to)}` : `a period ending ${day(first.baselinePeriod.to)}`;
				problems.push({
					file,
					field: `[${i}].baselinePeriod`,
					message: `KPI "${kpi.id}": its baseline covers ${day(kpi.baselinePeriod.from)} to ${day(kpi.baselinePeriod.to)}, but ${DATA}/plan.yaml baselinePeriods: ${claim} tells readers every baseline covers ${wanted} (like "${first.id}"); re-measure the baseline over that period, or set baselinePeriods to ${claim === 'same-period' ? '"same-end" or ' : ''}"stated-per-kpi" in ${DATA}/plan.yaml`,
				});
			}
		});
		return problems;
	},
};

export const kpiInGoalsRule: PlanRule = {
	id: 'kpi-in-goals',
	summary: "At least one plan KPI is part of someone's goals, and the pages say whose from the KPI data.",
	why: 'People prioritize what they are measured on; a plan whose numbers are in nobody’s goals loses to everything else.',
	reads: [`${DATA}/kpis.yaml (inGoals)`],
	check(content) {
		const { kpis } = loadPlanData(content);
		if (!kpis || kpis.some((k) => k.inGoals.length > 0)) return [];
		return [{ file: fileOf('kpis'), field: 'inGoals', message: 'no KPI lists inGoals: add inGoals (the teams or roles whose goals include it) to at least one KPI the team can influence' }];
	},
};
