/**
 * KPI rules (plan section 9): one north star, at most four supporting KPIs,
 * targets that move the KPI's way, ambitious targets justified, baselines with
 * a stated period, and at least one KPI in people's goals (plan section 8).
 */
import type { Problem } from '#src/schemas/check.ts';
import type { Kpi } from '#src/schemas/kpis.ts';
import { formatIsoDate } from '../format.ts';
import { DATA, fileOf, readPlanData } from '#src/schemas/plan-data-files.ts';
import { checkBounds, quoteIds } from '../check-messages.ts';
import { isClosedRecord, quoteSentence, readSentences } from './prose-claims.ts';
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
		const { kpis } = readPlanData(content);
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
						: `${northStars.length} KPIs are marked northStar (${quoteIds(northStars.map((k) => k.id))}): keep northStar: true on exactly one and make the others supporting`,
			});
		}
		const supporting = kpis.length - northStars.length;
		if (checkBounds(supporting, { max: MAX_SUPPORTING_KPIS }) === 'above') {
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
	summary:
		'Every KPI target moves the right way from its baseline, and a 12-month target more than 25% better than the baseline names the intervention that makes it realistic.',
	why: 'A target that goes backwards, or a big jump with no plan behind it, is a target people stop believing in.',
	reads: [`${DATA}/kpis.yaml (baseline, target90, target12, direction, justification)`],
	check(content) {
		const { kpis } = readPlanData(content);
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
		const { kpis, plan } = readPlanData(content);
		if (!kpis) return [];
		const file = fileOf('kpis');
		const problems: Problem[] = [];
		const day = (d: Date) => formatIsoDate(d);
		kpis.forEach((kpi, i) => {
			if (kpi.baselinePeriod.to.getTime() < kpi.baselinePeriod.from.getTime()) {
				problems.push({
					file,
					field: `[${i}].baselinePeriod`,
					message: `KPI "${kpi.id}": the baseline period ends (${day(kpi.baselinePeriod.to)}) before it starts (${day(kpi.baselinePeriod.from)}); swap from and to`,
				});
			}
		});
		if (!plan || kpis.length < 2) return problems;
		const [first] = kpis;
		const claim = plan.baselinePeriods;
		kpis.forEach((kpi, i) => {
			const sameEnd = kpi.baselinePeriod.to.getTime() === first.baselinePeriod.to.getTime();
			const sameStart = kpi.baselinePeriod.from.getTime() === first.baselinePeriod.from.getTime();
			if ((claim === 'same-period' && !(sameEnd && sameStart)) || (claim === 'same-end' && !sameEnd)) {
				const wanted =
					claim === 'same-period' ? `${day(first.baselinePeriod.from)} to ${day(first.baselinePeriod.to)}` : `a period ending ${day(first.baselinePeriod.to)}`;
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
		const { kpis } = readPlanData(content);
		if (!kpis || kpis.some((k) => k.inGoals.length > 0)) return [];
		return [
			{
				file: fileOf('kpis'),
				field: 'inGoals',
				message: 'no KPI lists inGoals: add inGoals (the teams or roles whose goals include it) to at least one KPI the team can influence',
			},
		];
	},
};

/**
 * Words that make a sentence about goals a statement of who carries a KPI
 * today ("already include", "in no one's goals", "do not yet carry"), rather
 * than advice ("tie a KPI to goals") or a change a proposal asks for.
 */
const GOAL_STATUS =
	/\b(?:already|not yet|yet|today|currently|no one|nobody|none|anyone['’]s|in no\b|in the goals of|goals\s+(?:now\s+)?(?:includes?|contains?|covers?)|(?:do|does|did) not (?:yet )?(?:carry|include|have)|(?:carry|carries|include|includes)\b[^.]*\bgoals|(?:is|are|sits?)(?: not)? (?:yet )?(?:in|part of)\b[^.]*\bgoals)/i;
const GOALS = /\bgoals?\b/i;

/** A pattern that finds a KPI by its name (any case, hyphen or space) or its abbreviation (as written). */
function createKpiPattern(kpi: Kpi): RegExp {
	const name = kpi.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]+/g, '[-\\s]+');
	const abbreviation = kpi.abbreviation ? `|(?-i:${kpi.abbreviation})` : '';
	return new RegExp(`\\b(?:${name}${abbreviation})\\b`, 'i');
}

/**
 * Whose goals carry each KPI is one fact, kpis.yaml inGoals, and pages show
 * it with <KpiGoals /> (the training section, and the proposal about CSAT in
 * team goals). The goals contradiction in issue 12 was two pages typing that
 * fact in opposite words; checking typed claims against the data would need
 * the rule to understand each sentence, so the simpler, robust design is the
 * one the prose-number rule uses: a sentence that states in words whose goals
 * carry a KPI today fails whether or not it agrees with the data, and the
 * page renders the fact instead. An open proposal's sentences about goals
 * count even when they name no KPI ("in no support team's goals"), because
 * the proposal is about its affectedKpis. Closed decision records are history
 * and are skipped (prose-claims.ts).
 *
 * Reads: kpis.yaml (name, abbreviation, inGoals) and the prose and shown
 * frontmatter of every page.
 */
export const kpiGoalsInProseRule: PlanRule = {
	id: 'kpi-goals-in-prose',
	summary:
		'No page or proposal says in its own words whose goals include a KPI today; it shows the KPI list’s answer with the KpiGoals component, so the plan and a proposal cannot disagree about it.',
	why: 'When the plan says support goals already include CSAT and a proposal says nobody’s goals do, a leader cannot tell whether the proposal is needed.',
	reads: [`${DATA}/kpis.yaml (name, abbreviation, inGoals)`, 'src/content/docs/**/*.mdx (prose, description, proposal problem)'],
	check(content) {
		const { kpis } = readPlanData(content);
		if (!kpis) return [];
		const patterns = kpis.map((k) => ({ kpi: k, pattern: createKpiPattern(k) }));
		const today = (k: Kpi) => `${k.abbreviation ?? k.name}: ${k.inGoals.length > 0 ? k.inGoals.join(', ') : 'in no one’s goals'}`;
		const problems: Problem[] = [];
		for (const page of content.pages) {
			if (isClosedRecord(page)) continue;
			const proposalKpis = (page.frontmatter as { proposal?: { affectedKpis?: string[] } }).proposal?.affectedKpis ?? [];
			for (const sentence of readSentences(page)) {
				if (!GOALS.test(sentence.text) || !GOAL_STATUS.test(sentence.text)) continue;
				let named = patterns.filter((p) => p.pattern.test(sentence.text)).map((p) => p.kpi);
				if (named.length === 0) named = kpis.filter((k) => proposalKpis.includes(k.id));
				if (named.length === 0) continue;
				const ids = named.map((k) => `'${k.id}'`).join(', ');
				problems.push({
					file: page.file,
					field: sentence.field,
					message: `"${quoteSentence(sentence.text)}" says in words whose goals include ${named.map((k) => k.abbreviation ?? k.name).join(' and ')}, but that lives in ${DATA}/kpis.yaml inGoals (today ${named.map(today).join('; ')}): show it with <KpiGoals kpis={[${ids}]} /> and keep the prose to what should change, so this page and the plan cannot disagree`,
				});
			}
		}
		return problems;
	},
};
