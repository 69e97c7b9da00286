/**
 * Numbers in prose: a target, duration or percentage typed into a page when
 * the same fact lives in the plan's data goes stale the day the data changes.
 * Pages render such facts with <Value …/> instead. Cited statistics and worked
 * examples that only look like plan facts are allowed in PROSE_ALLOW_LIST.
 *
 * The rule starts from the data, not from a word list: every duration, target
 * and percentage the data holds becomes a fact keyed the way prose says it
 * ("48 hour"), and the prose is read for durations in digits or in words
 * ("two days", "three to four weeks", "a few weeks") and for frequencies
 * ("once a month"). A duration in words is the same fact as one in digits.
 * Some facts are a topic rather than a number (how long a first draft takes,
 * how often a customer may be surveyed): on a line about that topic any
 * duration or frequency, whatever its amount, is a typed copy of the fact, so
 * "a few weeks" for a draft fails although plan.yaml says hours.
 *
 * Reads: every page's prose, and service-levels.yaml, escalation.yaml,
 * feedback.yaml, kpis.yaml and plan.yaml for the facts.
 */
import type { Problem } from '#src/schemas/check.ts';
import type { Duration } from '../duration.ts';
import { DATA, readPlanData } from '#src/schemas/plan-data-files.ts';
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
	{ page: 'src/content/docs/plan/common-mistakes.mdx', text: 'promised a one-hour reply', why: 'example of a broken promise, not a Tidewater target' },
	{ page: 'src/content/docs/plan/touchpoints.mdx', text: 'ten days', why: 'rule of thumb for the first visible win, labelled as such on the page' },
	{
		page: 'src/content/docs/reference/small-business.mdx',
		text: 'within two working hours',
		why: 'example standards for a five-person business, not Tidewater’s',
	},
	{ page: 'src/content/docs/reference/small-business.mdx', text: 'within two days', why: 'example follow-up rule for a five-person business, not Tidewater’s' },
];

const UNIT_WORDS: Record<string, string> = {
	minute: 'minute',
	minutes: 'minute',
	hour: 'hour',
	hours: 'hour',
	day: 'day',
	days: 'day',
	week: 'week',
	weeks: 'week',
	month: 'month',
	months: 'month',
	year: 'year',
	years: 'year',
};
/**
 * Amounts written in words. Only the words a duration uses; "a"/"an" and the
 * vague quantities say "some amount", which only a topic fact can match (a
 * plain "a day" is too common to be read as a one-day target).
 */
const NUMBER_WORDS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	fifteen: 15,
	eighteen: 18,
	twenty: 20,
	'twenty-four': 24,
	thirty: 30,
	'thirty-six': 36,
	forty: 40,
	'forty-eight': 48,
	sixty: 60,
	ninety: 90,
};
const VAGUE_AMOUNTS = ['a few', 'a couple of', 'a couple', 'several', 'some', 'many', 'a', 'an'];
const AMOUNT_WORD = `(?:${[...Object.keys(NUMBER_WORDS), ...VAGUE_AMOUNTS].sort((a, b) => b.length - a.length).join('|')})`;
const AMOUNT = `(?:\\d+(?:\\.\\d+)?|${AMOUNT_WORD})`;
/** A duration in words, alone or as a range: "two days", "three to four weeks", "a few weeks", "4 to 6 weeks". */
const WORD_DURATION = new RegExp(
	`(?<![\\w.$−-])(${AMOUNT_WORD})(?:\\s*(?:to|or|–|-)\\s*(${AMOUNT}))?(?:-|\\s+)(?:(?:business|calendar|working)\\s+)?(minutes?|hours?|days?|weeks?|months?|years?)\\b`,
	'gi',
);
/**
 * Words that make a duration a promise ("reply within two days"). A duration
 * in words repeats a target only in such a sentence: "three days of silence"
 * or "book thirty minutes" are not service levels.
 */
const PROMISE =
	/\b(?:within|reply|replies|respond|response|resolved?|resolution|answer(?:ed)?|hear back|get back|call (?:\w+ )*back|escalat\w*|update[sd]?)\b/i;
/** Where a sentence ends: a stop, perhaps inside bold or quotes, then a space. */
const SENTENCE_END = /[.?!;][*_"”’')]*\s+/g;
/** A frequency: "once a month", "twice in a week", "three times a year", "every two weeks". */
const FREQUENCY = new RegExp(
	`\\b(?:(?:once|twice|${AMOUNT} times)\\s+(?:a|an|per|each|every|in\\s+a|in\\s+any)\\s+(?:day|week|month|quarter|year)|every\\s+(?:${AMOUNT}\\s+)?(?:days?|weeks?|months?|quarters?|years?))\\b`,
	'gi',
);
const DURATION = /(?<![\w.$−-])(\d+(?:\.\d+)?)(?:-|\s+)(?:(?:business|calendar|working)\s+)?(minutes?|hours?|days?|weeks?|months?)\b/gi;
const PERCENT = /(?<![\w.$−-])(\d+(?:\.\d+)?)\s*(?:%|\s+percent\b)/gi;
/** A survey cap typed in words ("one survey a month", "twice in a week"). */
const SURVEY_CAP =
	/\b(?:(?:one|a single|\d+)\s+surveys?\s+(?:a|per|each|in any|every)\s+(?:week|month|quarter|\d+\s+days)|(?:asked|surveyed)\s+twice\s+in\s+a\s+(?:week|month))\b/gi;

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
 * A fact that is a topic: on a line matching `topic`, any duration (or, with
 * frequency, any "once a month") restates it, whatever the amount.
 */
export interface TopicFact {
	where: string;
	topic: RegExp;
	/** Durations restate it ("a few weeks" for the draft). */
	duration?: boolean;
	/** Frequencies restate it ("once a month" for the survey cap). */
	frequency?: boolean;
	/** The <Value …/> that renders it. */
	render: string;
}

/** The plan-wide topics in plan.yaml that pages state in words. */
export function collectTopicFacts(data: ReturnType<typeof readPlanData>): TopicFact[] {
	if (!data.plan) return [];
	return [
		{
			where: `${DATA}/plan.yaml (draftHours)`,
			topic: /\b(?:first )?drafts?\b|\bdrafting\b|\bwrit(?:e|es|ing) (?:the|a|your|our) (?:first |whole )?plan\b/i,
			duration: true,
			render: '<Value plan="draftHours" />',
		},
		{
			where: `${DATA}/plan.yaml (surveys)`,
			topic: /\bsurvey/i,
			frequency: true,
			render: '<Value plan="surveys" /> (or, for one survey’s own rhythm, <Value feedback="…" field="frequency" />)',
		},
		{ where: `${DATA}/plan.yaml (ignoredAfterMonths)`, topic: /\bignored\b/i, duration: true, render: '<Value plan="ignoredAfterMonths" />' },
	];
}

/** The amount a word or digits stand for, or undefined for a vague one ("a few"). */
export function parseAmount(text: string): number | undefined {
	const word = text.toLowerCase().replace(/\s+/g, ' ');
	if (/^\d/.test(word)) return Number(word);
	return NUMBER_WORDS[word];
}

/**
 * Every duration and percentage the plan's data holds, keyed as prose would
 * say them ("48 hour", "84%"). Facts that are common numbers ("30 days") carry
 * a context, so "due within 30 days" on a page about reviews is not mistaken
 * for the survey cap.
 */
export function collectDataFacts(data: ReturnType<typeof readPlanData>): Map<string, DataFact[]> {
	const facts = new Map<string, DataFact[]>();
	const add = (key: string, where: string, context?: RegExp) => facts.set(key, [...(facts.get(key) ?? []), { where, context }]);
	data.serviceLevels?.levels.forEach((l) =>
		l.targets.forEach((t) => {
			add(durationKey(t.firstResponse), `${DATA}/service-levels.yaml (${l.tier}/${l.channel} ${t.priority} firstResponse)`);
			add(durationKey(t.resolution), `${DATA}/service-levels.yaml (${l.tier}/${l.channel} ${t.priority} resolution)`);
		}),
	);
	data.escalation?.levels.forEach((l) =>
		l.thresholds.forEach((t) => t.after.amount > 0 && add(durationKey(t.after), `${DATA}/escalation.yaml (level ${l.level} ${t.priority} threshold)`)),
	);
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
	summary:
		'No page types a target, duration or percentage that the plan’s data already holds; pages show it with the Value component, so changing the data changes every page.',
	why: 'A promise like "within 48 hours" typed into three pages stays wrong on two of them the day the data changes.',
	reads: [
		'src/content/docs/**/*.mdx (prose)',
		`${DATA}/service-levels.yaml`,
		`${DATA}/escalation.yaml`,
		`${DATA}/feedback.yaml`,
		`${DATA}/touchpoints.yaml`,
		`${DATA}/kpis.yaml`,
		`${DATA}/plan.yaml`,
	],
	check(content) {
		const data = readPlanData(content);
		const facts = collectDataFacts(data);
		const topics = collectTopicFacts(data);
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
				const line = lineAt(offset);
				return facts.get(key)?.find((f) => !f.context || f.context.test(line))?.where;
			};
			const lineAt = (offset: number) => lines[findLine(prose, offset) - 1] ?? '';
			/** The sentence around an offset: a topic or a promise counts only there, not anywhere in a long paragraph. */
			const sentenceAt = (offset: number) => {
				const lineStart = prose.lastIndexOf('\n', offset - 1) + 1;
				const lineEnd = prose.indexOf('\n', offset);
				const line = prose.slice(lineStart, lineEnd < 0 ? prose.length : lineEnd);
				let start = 0;
				for (const end of line.matchAll(SENTENCE_END)) {
					const next = (end.index ?? 0) + end[0].length;
					if (lineStart + next > offset) return line.slice(start, next);
					start = next;
				}
				return line.slice(start);
			};
			const topicOf = (offset: number, kind: 'duration' | 'frequency') => topics.find((t) => t[kind] && t.topic.test(sentenceAt(offset)));
			const typedDuration = (text: string, where: string, render = '<Value …/> (see the comment at the top of src/components/content/Value.astro)') =>
				`"${text}" is typed into the prose, but the same fact lives in ${where}: render it with ${render}, or, if it is a cited statistic or an example, add it to PROSE_ALLOW_LIST in src/lib/plan-rules/prose-numbers.ts with the reason`;
			/** Reports a duration once: the exact fact it repeats, else the topic its line is about. */
			const checkDuration = (offset: number, text: string, amounts: (number | undefined)[], unit: string, inWords = false) => {
				for (const amount of inWords && !PROMISE.test(sentenceAt(offset)) ? [] : amounts) {
					const where = amount === undefined ? undefined : findFact(keyOf(amount, unit), offset);
					if (where) return report(offset, typedDuration(text, where));
				}
				const topic = topicOf(offset, 'duration');
				if (topic) report(offset, typedDuration(text, topic.where, topic.render));
			};
			const seen = new Set<number>();
			for (const m of prose.matchAll(DURATION)) {
				seen.add((m.index ?? 0) + m[0].length);
				checkDuration(m.index ?? 0, m[0].trim(), [Number(m[1])], m[2]);
			}
			for (const m of prose.matchAll(WORD_DURATION)) {
				if (seen.has((m.index ?? 0) + m[0].length)) continue;
				checkDuration(m.index ?? 0, m[0].trim(), [parseAmount(m[1]), m[2] === undefined ? undefined : parseAmount(m[2])], m[3], true);
			}
			const capped = new Set<number>();
			for (const m of prose.matchAll(SURVEY_CAP)) capped.add(findLine(prose, m.index ?? 0));
			for (const m of prose.matchAll(FREQUENCY)) {
				const topic = topicOf(m.index ?? 0, 'frequency');
				if (topic && !capped.has(findLine(prose, m.index ?? 0))) {
					report(
						m.index ?? 0,
						`"${m[0]}" states how often in words on a line about ${topic.where.replace(/^.*\((.*)\)$/, '$1')}, which lives in ${topic.where}: write ${topic.render} instead, so every page states the same rule`,
					);
				}
			}
			for (const m of prose.matchAll(PERCENT)) {
				const where = findFact(`${Number(m[1])}%`, m.index ?? 0);
				if (where)
					report(
						m.index ?? 0,
						`"${m[0].trim()}" is typed into the prose, but the same figure lives in ${where}: render it with <Value kpi="…" field="…" />, or, if it is a cited statistic or an example, add it to PROSE_ALLOW_LIST in src/lib/plan-rules/prose-numbers.ts with the reason`,
					);
			}
			for (const m of prose.matchAll(SURVEY_CAP)) {
				report(
					m.index ?? 0,
					`"${m[0]}" states the survey cap in words, but it lives in ${DATA}/plan.yaml (surveys): write <Value plan="surveys" /> instead, so every page states the same cap`,
				);
			}
		}
		return problems;
	},
};
