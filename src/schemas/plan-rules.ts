/**
 * The improvement plan's own rules, checked at build time across the plan's data
 * files (registered in check.ts `crossChecks`). Each problem names the file, the
 * entry and the fix. The rules come from the playbook itself:
 * /plan/kpis-and-reviews/, /plan/segmentation-and-tiers/,
 * /plan/service-standards/ and /plan/escalation/.
 */
import { computeMinutes } from '../lib/duration.ts';
import type { CheckedContent, CrossCheck, Problem } from './check.ts';
import type { Channel } from './channels.ts';
import type { Escalation } from './escalation.ts';
import type { FeedbackTouchpoint } from './feedback.ts';
import type { GlossaryTerm } from './glossary.ts';
import type { Kpi } from './kpis.ts';
import { priorities, type ServiceLevels, type Target } from './service-levels.ts';
import type { Template } from './templates.ts';
import type { Tier } from './tiers.ts';
import type { Touchpoint } from './touchpoints.ts';
import { formatDuration } from '../lib/format.ts';

const DATA = 'src/content/data';

/** Where each plan data file lives under src/content/data (the keys of CheckedContent.data). */
export const planFiles = {
	channels: 'channels.yaml',
	tiers: 'tiers.yaml',
	serviceLevels: 'service-levels.yaml',
	escalation: 'escalation.yaml',
	touchpoints: 'touchpoints.yaml',
	feedback: 'feedback.yaml',
	kpis: 'kpis.yaml',
	templates: 'templates.yaml',
	glossary: 'glossary.yaml',
} as const;

/** The plan says one north star and "at most four supporting indicators". */
export const MAX_SUPPORTING_KPIS = 4;
/** The plan says two to four tiers: one tier is no segmentation, five is more than a team can staff distinctly. */
export const MIN_TIERS = 2;
export const MAX_TIERS = 4;
/**
 * A realistic 12-month improvement is about 15–25% (plan section 9, a commonly
 * cited rule of thumb); beyond this a target must name the intervention.
 */
export const MAX_UNJUSTIFIED_IMPROVEMENT = 0.25;

interface PlanData {
	channels?: Channel[];
	tiers?: Tier[];
	serviceLevels?: ServiceLevels;
	escalation?: Escalation;
	touchpoints?: Touchpoint[];
	feedback?: FeedbackTouchpoint[];
	kpis?: Kpi[];
	templates?: Template[];
	glossary?: GlossaryTerm[];
}

/** The plan files that validated on their own (a file that failed its schema is absent, already reported). */
function loadPlanData(content: CheckedContent): PlanData {
	const data: Record<string, unknown> = {};
	for (const [key, file] of Object.entries(planFiles)) data[key] = content.data.get(file);
	return data as PlanData;
}

const fileOf = (key: keyof typeof planFiles) => `${DATA}/${planFiles[key]}`;
const quoteList = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ');

/** "unknown tier "x": use one of ..." with where to add one. */
function unknownId(kind: string, id: string, known: Set<string>, where: string): string {
	return `unknown ${kind} "${id}": use one of ${quoteList(known)}, or add it to ${where}`;
}

/** How much better `to` is than `from` as a fraction of |from|, in the KPI's direction. */
export function computeImprovement(kpi: Pick<Kpi, 'direction'>, from: number, to: number): number {
	const gain = kpi.direction === 'higher' ? to - from : from - to;
	if (from === 0) return gain === 0 ? 0 : gain > 0 ? Infinity : -Infinity;
	return gain / Math.abs(from);
}

/** One north star, at most four supporting, targets moving the KPI's way, ambitious targets justified. */
export function checkKpiRules(content: CheckedContent): Problem[] {
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
}

/** Two to four tiers with unique ids and accountable owners that exist. */
export function checkTierRules(content: CheckedContent): Problem[] {
	const { tiers } = loadPlanData(content);
	if (!tiers) return [];
	const file = fileOf('tiers');
	const problems: Problem[] = [];
	if (tiers.length < MIN_TIERS || tiers.length > MAX_TIERS) {
		problems.push({
			file,
			field: '',
			message: `${tiers.length} tier${tiers.length === 1 ? '' : 's'} defined: the plan needs ${MIN_TIERS} to ${MAX_TIERS} tiers (revenue quartiles are a fast start); ${tiers.length < MIN_TIERS ? 'split customers into at least two' : 'merge tiers until there are at most four'}`,
		});
	}
	const owners = new Set(content.owners.map((o) => o.id));
	const seen = new Set<string>();
	tiers.forEach((tier, i) => {
		if (seen.has(tier.id)) problems.push({ file, field: `[${i}].id`, message: `tier id "${tier.id}" is used twice: give each tier its own id` });
		seen.add(tier.id);
		if (!owners.has(tier.owner)) {
			problems.push({ file, field: `[${i}].owner`, message: `tier "${tier.id}": ${unknownId('owner', tier.owner, owners, `${DATA}/owners.yaml`)}` });
		}
	});
	return problems;
}

const minutesOf = (target: Target, key: 'firstResponse' | 'resolution') => computeMinutes(target[key], target.clock);
const describe = (target: Target, key: 'firstResponse' | 'resolution') => formatDuration(target[key], target.clock);

/**
 * Service levels: tiers and channels exist, every support channel has targets
 * for every tier, resolution never shorter than first response, and a higher
 * priority never slower than a lower one on the same channel and tier.
 * Targets on different clocks are compared by nominal length (a business day
 * counts as eight hours): a calendar-clock target is never slower in practice
 * than a business-clock target of the same nominal length.
 */
export function checkServiceLevelRules(content: CheckedContent): Problem[] {
	const { serviceLevels, tiers, channels } = loadPlanData(content);
	if (!serviceLevels) return [];
	const file = fileOf('serviceLevels');
	const problems: Problem[] = [];
	const tierIds = new Set((tiers ?? []).map((t) => t.id));
	const channelIds = new Set((channels ?? []).map((c) => c.id));
	const covered = new Set<string>();
	serviceLevels.levels.forEach((level, i) => {
		const at = `levels[${i}]`;
		const where = `tier "${level.tier}", channel "${level.channel}"`;
		if (tiers && !tierIds.has(level.tier)) {
			problems.push({ file, field: `${at}.tier`, message: unknownId('tier', level.tier, tierIds, `${DATA}/tiers.yaml`) });
		}
		if (channels && !channelIds.has(level.channel)) {
			problems.push({ file, field: `${at}.channel`, message: unknownId('channel', level.channel, channelIds, `${DATA}/channels.yaml`) });
		}
		const key = `${level.tier}/${level.channel}`;
		if (covered.has(key)) {
			problems.push({ file, field: `${at}`, message: `${where} is listed twice: merge the two entries' targets into one` });
		}
		covered.add(key);
		const seenPriorities = new Set<string>();
		level.targets.forEach((target, j) => {
			const field = `${at}.targets[${j}]`;
			if (seenPriorities.has(target.priority)) {
				problems.push({ file, field: `${field}.priority`, message: `${where}: priority "${target.priority}" is listed twice; keep one row per priority` });
			}
			seenPriorities.add(target.priority);
			if (minutesOf(target, 'resolution') < minutesOf(target, 'firstResponse')) {
				problems.push({
					file,
					field: `${field}.resolution`,
					message: `${where}, ${target.priority}: resolution (${describe(target, 'resolution')}) is shorter than first response (${describe(target, 'firstResponse')}); make resolution at least as long as first response`,
				});
			}
		});
		// Every pair of priorities on this tier and channel, higher priority first.
		const sorted = [...level.targets].sort((a, b) => priorities.indexOf(a.priority) - priorities.indexOf(b.priority));
		for (let a = 0; a < sorted.length; a++) {
			for (let b = a + 1; b < sorted.length; b++) {
				const higher = sorted[a];
				const lower = sorted[b];
				if (higher.priority === lower.priority) continue;
				for (const key of ['firstResponse', 'resolution'] as const) {
					if (minutesOf(higher, key) > minutesOf(lower, key)) {
						const j = level.targets.indexOf(higher);
						problems.push({
							file,
							field: `${at}.targets[${j}].${key}`,
							message: `${where}: ${higher.priority} ${key} (${describe(higher, key)}) is slower than ${lower.priority} (${describe(lower, key)}); a higher priority must never get a slower target, so shorten the ${higher.priority} target or lengthen the ${lower.priority} one`,
						});
					}
				}
			}
		}
	});
	if (tiers && channels) {
		for (const channel of channels.filter((c) => c.support)) {
			for (const tier of tiers) {
				if (!covered.has(`${tier.id}/${channel.id}`)) {
					problems.push({
						file,
						field: 'levels',
						message: `tier "${tier.id}" has no targets for support channel "${channel.id}": add a { tier: ${tier.id}, channel: ${channel.id}, targets: [...] } entry, or set support: false on the channel in ${DATA}/channels.yaml`,
					});
				}
			}
		}
	}
	return problems;
}

/** Levels numbered 1, 2, 3... in order, thresholds increasing by level, owners that exist. */
export function checkEscalationRules(content: CheckedContent): Problem[] {
	const { escalation } = loadPlanData(content);
	if (!escalation) return [];
	const file = fileOf('escalation');
	const problems: Problem[] = [];
	const owners = new Set(content.owners.map((o) => o.id));
	escalation.levels.forEach((level, i) => {
		const at = `levels[${i}]`;
		if (level.level !== i + 1) {
			problems.push({ file, field: `${at}.level`, message: `entry ${i + 1} is numbered level ${level.level}: list levels in order and number them 1, 2, 3, 4 without gaps` });
		}
		if (!owners.has(level.owner)) {
			problems.push({ file, field: `${at}.owner`, message: `level ${level.level}: ${unknownId('owner', level.owner, owners, `${DATA}/owners.yaml`)}` });
		}
		if (i > 0) {
			const previous = escalation.levels[i - 1];
			if (computeMinutes(level.threshold, level.clock) <= computeMinutes(previous.threshold, previous.clock)) {
				problems.push({
					file,
					field: `${at}.threshold`,
					message: `level ${level.level}: threshold (${formatDuration(level.threshold, level.clock)}) must be longer than level ${previous.level}'s (${formatDuration(previous.threshold, previous.clock)}); thresholds increase by level`,
				});
			}
		}
	});
	return problems;
}

/** Every tier, owner, template, channel, KPI and glossary term that data refers to exists; ids are unique. */
export function checkPlanReferences(content: CheckedContent): Problem[] {
	const { tiers, channels, templates, touchpoints, feedback, kpis, glossary } = loadPlanData(content);
	const problems: Problem[] = [];
	const owners = new Set(content.owners.map((o) => o.id));
	const tierIds = new Set((tiers ?? []).map((t) => t.id));
	const channelIds = new Set((channels ?? []).map((c) => c.id));
	const templateIds = new Set((templates ?? []).map((t) => t.id));
	const kpiIds = new Set((kpis ?? []).map((k) => k.id));
	const glossaryIds = new Set((glossary ?? []).map((g) => g.id));
	const ownersFile = `${DATA}/owners.yaml`;

	const checkOwner = (file: string, field: string, what: string, id: string) => {
		if (!owners.has(id)) problems.push({ file, field, message: `${what}: ${unknownId('owner', id, owners, ownersFile)}` });
	};
	const checkUnique = (file: string, list: { id: string }[], kind: string) => {
		const seen = new Set<string>();
		list.forEach((item, i) => {
			if (seen.has(item.id)) problems.push({ file, field: `[${i}].id`, message: `${kind} id "${item.id}" is used twice: give each ${kind} its own id` });
			seen.add(item.id);
		});
	};

	if (touchpoints) {
		const file = fileOf('touchpoints');
		checkUnique(file, touchpoints, 'touchpoint');
		touchpoints.forEach((tp, i) => {
			const what = `touchpoint "${tp.id}"`;
			checkOwner(file, `[${i}].owner`, what, tp.owner);
			if (channels && !channelIds.has(tp.channel)) {
				problems.push({ file, field: `[${i}].channel`, message: `${what}: ${unknownId('channel', tp.channel, channelIds, `${DATA}/channels.yaml`)}` });
			}
			if (tp.template && templates && !templateIds.has(tp.template)) {
				problems.push({ file, field: `[${i}].template`, message: `${what}: ${unknownId('template', tp.template, templateIds, `${DATA}/templates.yaml`)}` });
			}
			tp.tiers.forEach((tier, j) => {
				if (tiers && !tierIds.has(tier)) {
					problems.push({ file, field: `[${i}].tiers[${j}]`, message: `${what}: ${unknownId('tier', tier, tierIds, `${DATA}/tiers.yaml`)}` });
				}
			});
		});
	}
	if (feedback) {
		const file = fileOf('feedback');
		checkUnique(file, feedback, 'feedback touchpoint');
		feedback.forEach((fb, i) => {
			checkOwner(file, `[${i}].owner`, `feedback touchpoint "${fb.id}"`, fb.owner);
			if (fb.kpi && kpis && !kpiIds.has(fb.kpi)) {
				problems.push({ file, field: `[${i}].kpi`, message: `feedback touchpoint "${fb.id}": ${unknownId('KPI', fb.kpi, kpiIds, `${DATA}/kpis.yaml`)}` });
			}
		});
	}
	if (kpis) {
		const file = fileOf('kpis');
		checkUnique(file, kpis, 'KPI');
		kpis.forEach((kpi, i) => checkOwner(file, `[${i}].owner`, `KPI "${kpi.id}"`, kpi.owner));
	}
	if (templates) {
		const file = fileOf('templates');
		checkUnique(file, templates, 'template');
		templates.forEach((t, i) => {
			checkOwner(file, `[${i}].owner`, `template "${t.id}"`, t.owner);
			if (t.channel && channels && !channelIds.has(t.channel)) {
				problems.push({ file, field: `[${i}].channel`, message: `template "${t.id}": ${unknownId('channel', t.channel, channelIds, `${DATA}/channels.yaml`)}` });
			}
		});
	}
	if (channels) checkUnique(fileOf('channels'), channels, 'channel');
	if (glossary) {
		const file = fileOf('glossary');
		checkUnique(file, glossary, 'glossary term');
		const phrases = new Map<string, string>();
		glossary.forEach((term, i) => {
			term.seeAlso.forEach((id, j) => {
				if (!glossaryIds.has(id)) {
					problems.push({ file, field: `[${i}].seeAlso[${j}]`, message: `term "${term.id}": ${unknownId('glossary term', id, glossaryIds, file)}` });
				}
			});
			// Auto-linking needs each wording to point at one term only.
			for (const phrase of [term.term, ...term.aliases, ...(term.abbreviation ? [term.abbreviation] : [])]) {
				const key = phrase.toLowerCase();
				const other = phrases.get(key);
				if (other && other !== term.id) {
					problems.push({ file, field: `[${i}]`, message: `term "${term.id}": "${phrase}" is also a wording of "${other}"; remove it from one of them so links are unambiguous` });
				}
				phrases.set(key, term.id);
			}
		});
	}
	return problems;
}

export const planRules: CrossCheck[] = [checkKpiRules, checkTierRules, checkServiceLevelRules, checkEscalationRules, checkPlanReferences];
