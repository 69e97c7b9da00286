/**
 * Numbers in prose: a target, duration or percentage typed into a page when
 * the same fact lives in the plan's data goes stale the day the data changes.
 * Pages render such facts with <Value …/> instead. Cited statistics and worked
 * examples that only look like plan facts are allowed in PROSE_ALLOW_LIST.
 */
import type { Problem } from '../../schemas/check.ts';
import type { Duration } from '../duration.ts';
import { DATA, loadPlanData } from './plan-data.ts';
import type { PlanRule } from './rule.ts';
import { findLine } from './template-references.ts';

export interface AllowedNumber {
	/** Page path from the project root, or '*' for any page. */
	page: string;
	/** Text on the same line that marks the number as not a plan fact (quote the phrase around it). */
	text: string;
	/** Why it is not a plan fact: the cited source, or "example". */
	why: string;
}

/**
 * Numbers that look like plan facts but are not. Keep it short: anything that
 * is a Tidewater decision belongs in data and is rendered with <Value …/>.
 */
export const PROSE_ALLOW_LIST: AllowedNumber[] = [
	{ page: '*', text: '13%', why: 'Oxford University, Saïd Business School study on happy workers (cited statistic)' },
	{ page: '*', text: '25% to 95%', why: 'Bain & Company (Reichheld) on retention and profit (cited statistic)' },
	{ page: '*', text: '84% said', why: 'customer-expectations survey reported by Business News Daily (2023) (cited statistic)' },
	{ page: '*', text: '40%', why: 'commonly cited rule of thumb about unanswered detractors, labelled as unsourced' },
	{ page: '*', text: '60–80%', why: 'figure usually quoted for how much of a leaving decision is made before notice (rule of thumb)' },
	{ page: '*', text: '15–25%', why: 'the rule of thumb for a realistic 12-month improvement, stated as guidance' },
	{ page: '*', text: '20-minute', why: 'length of a lost-customer interview, guidance from the content brief' },
	{ page: '*', text: '20 minutes', why: 'length of a lost-customer interview, guidance from the content brief' },
];

const UNIT_WORDS: Record<string, string> = { minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month' };
const DURATION = /(?<![\w.$−-])(\d+(?:\.\d+)?)(?:-|\s+)(?:(?:business|calendar|working)\s+)?(minutes?|hours?|days?|weeks?|months?)\b/gi;
const PERCENT = /(?<![\w.$−-])(\d+(?:\.\d+)?)\s*(?:%|\s+percent\b)/gi;
/** A survey cap typed in words ("one survey a month", "twice in a week"). */
const SURVEY_CAP = /\b(?:(?:one|a single|\d+)\s+surveys?\s+(?:a|per|each|in any|every)\s+(?:week|month|quarter|\d+\s+days)|(?:asked|surveyed)\s+twice\s+in\s+a\s+(?:week|month))\b/gi;

const keyOf = (amount: number, unit: string) => `${amount} ${UNIT_WORDS[unit.toLowerCase()] ?? unit}`;
const durationKey = (d: Duration) => keyOf(d.amount, d.unit);

/**
 * Blanks out what is not prose (code, imports, component tags, link targets,
 * comments) with spaces, so offsets and line numbers stay true.
 */
export function maskNonProse(body: string): string {
	const blank = (m: string) => m.replace(/[^\n]/g, ' ');
	return body
		.replace(/```[\s\S]*?```/g, blank)
		.replace(/^(?:import|export)\s.*$/gm, blank)
		.replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, blank)
		.replace(/`[^`\n]*`/g, blank)
		.replace(/<\/?[A-Za-z][^<>]*>/g, blank)
		.replace(/\]\([^)\s]*\)/g, blank);
}

/** Where a fact lives, and words that must share its line for a typed number to be that fact (none: any line). */
export interface DataFact {
	where: string;
	context?: RegExp;
}

/**
 * Every duration and percentage the plan's data holds, keyed as prose would
 * say them ("48 hour", "84%"). Facts that are common numbers ("30 days") carry
 * a context, so "due within 30 days" on a page about reviews is not mistaken
 * for the survey cap.
 */
export function collectDataFacts(data: ReturnType<typeof loadPlanData>): Map<string, DataFact[]> {
	const facts = new Map<string, DataFact[]>();
	const add = (key: string, where: string, context?: RegExp) => facts.set(key, [...(facts.get(key) ?? []), { where, context }]);
	data.serviceLevels?.levels.forEach((l) =>
		l.targets.forEach((t) => {
			add(durationKey(t.firstResponse), `${DATA}/service-levels.yaml (${l.tier}/${l.channel} ${t.priority} firstResponse)`);
			add(durationKey(t.resolution), `${DATA}/service-levels.yaml (${l.tier}/${l.channel} ${t.priority} resolution)`);
		}),
	);
	data.escalation?.levels.forEach((l) => l.thresholds.forEach((t) => t.after.amount > 0 && add(durationKey(t.after), `${DATA}/escalation.yaml (level ${l.level} ${t.priority} threshold)`)));
	data.escalation?.updates.forEach((u) => add(durationKey(u.every), `${DATA}/escalation.yaml (${u.priority} updates)`));
	data.feedback?.forEach((f) => f.followUpWithin && add(durationKey(f.followUpWithin), `${DATA}/feedback.yaml (${f.id} followUpWithin)`));
	if (data.plan) {
		add(keyOf(data.plan.surveys.perDays, 'days'), `${DATA}/plan.yaml (surveys.perDays)`, /survey/i);
		add(keyOf(data.plan.draftHours.min, 'hours'), `${DATA}/plan.yaml (draftHours)`, /draft|write|writing/i);
		add(keyOf(data.plan.draftHours.max, 'hours'), `${DATA}/plan.yaml (draftHours)`, /draft|write|writing/i);
		add(keyOf(data.plan.ignoredAfterMonths, 'months'), `${DATA}/plan.yaml (ignoredAfterMonths)`, /ignor|review/i);
	}
	data.kpis?.forEach((k) => {
		if (k.unit !== 'percent') return;
		for (const field of ['baseline', 'target90', 'target12'] as const) add(`${k[field]}%`, `${DATA}/kpis.yaml (${k.id} ${field})`);
	});
	return facts;
}

function isAllowed(file: string, line: string): boolean {
	return PROSE_ALLOW_LIST.some((a) => (a.page === '*' || a.page === file) && line.includes(a.text));
}

export const proseNumbersRule: PlanRule = {
	id: 'prose-numbers',
	summary: 'No page types a target, duration or percentage that the plan’s data already holds; pages show it with the Value component, so changing the data changes every page.',
	why: 'A promise like "within 48 hours" typed into three pages stays wrong on two of them the day the data changes.',
	reads: ['src/content/docs/**/*.mdx (prose)', `${DATA}/service-levels.yaml`, `${DATA}/escalation.yaml`, `${DATA}/feedback.yaml`, `${DATA}/touchpoints.yaml`, `${DATA}/kpis.yaml`, `${DATA}/plan.yaml`],
	check(content) {
		const facts = collectDataFacts(loadPlanData(content));
		const problems: Problem[] = [];
		for (const page of content.pages) {
			const body = page.body ?? '';
			const prose = maskNonProse(body);
			const lines = body.split('\n');
			const report = (offset: number, message: string) => {
				const line = findLine(prose, offset);
				if (!isAllowed(page.file, lines[line - 1] ?? '')) problems.push({ file: page.file, field: `body (line ${line})`, message });
			};
			/** The data fact a typed number repeats, if any: one without context, or whose context is on the same line. */
			const findFact = (key: string, offset: number) => {
				const line = lines[findLine(prose, offset) - 1] ?? '';
				return facts.get(key)?.find((f) => !f.context || f.context.test(line))?.where;
			};
			for (const m of prose.matchAll(DURATION)) {
				const where = findFact(keyOf(Number(m[1]), m[2]), m.index ?? 0);
				if (where) report(m.index ?? 0, `"${m[0].trim()}" is typed into the prose, but the same fact lives in ${where}: render it with <Value …/> (see the comment at the top of src/components/content/Value.astro), or, if it is a cited statistic or an example, add it to PROSE_ALLOW_LIST in src/lib/plan-rules/prose-numbers.ts with the reason`);
			}
			for (const m of prose.matchAll(PERCENT)) {
				const where = findFact(`${Number(m[1])}%`, m.index ?? 0);
				if (where) report(m.index ?? 0, `"${m[0].trim()}" is typed into the prose, but the same figure lives in ${where}: render it with <Value kpi="…" field="…" />, or, if it is a cited statistic or an example, add it to PROSE_ALLOW_LIST in src/lib/plan-rules/prose-numbers.ts with the reason`);
			}
			for (const m of prose.matchAll(SURVEY_CAP)) {
				report(m.index ?? 0, `"${m[0]}" states the survey cap in words, but it lives in ${DATA}/plan.yaml (surveys): write <Value plan="surveys" /> instead, so every page states the same cap`);
			}
		}
		return problems;
	},
};
