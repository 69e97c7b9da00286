/**
 * Escalation rules (plan section 6): levels in order with owners who exist,
 * a threshold for every priority that grows level by level, and no level meant
 * for breaches reached before that priority's resolution target is at risk.
 */
import { computeMinutes, type Clock, type Duration } from '../duration.ts';
import { formatDuration } from '../format.ts';
import type { Problem } from '#src/schemas/check.ts';
import { priorities, type Priority } from '#src/schemas/service-levels.ts';
import { DATA, fileOf, readPlanData } from '#src/schemas/plan-data-files.ts';
import { describeUnknown } from '../check-messages.ts';
import type { PlanRule } from './rule.ts';

/**
 * A resolution target is "at risk" once this share of it has passed: the point
 * where a support lead would pull in help. A level meant for breaches (the
 * executive) must not come earlier than this for the slowest target of its
 * priority, or tickets that are on track reach the VP.
 */
export const AT_RISK_SHARE = 0.75;

const minutes = (d: Duration, clock: Clock) => computeMinutes(d, clock);

export const escalationLevelsRule: PlanRule = {
	id: 'escalation-levels',
	summary:
		'Escalation levels are numbered 1, 2, 3… in order, each has an owner who exists, each sets a threshold for every priority, and thresholds grow level by level.',
	why: 'An issue must climb the path one step at a time with a named person at each step; a level that comes sooner than the one below it skips a person.',
	reads: [`${DATA}/escalation.yaml (levels: level, owner, thresholds)`, `${DATA}/owners.yaml`],
	check(content) {
		const { escalation } = readPlanData(content);
		if (!escalation) return [];
		const file = fileOf('escalation');
		const problems: Problem[] = [];
		const owners = new Set(content.owners.map((o) => o.id));
		escalation.levels.forEach((level, i) => {
			const at = `levels[${i}]`;
			if (level.level !== i + 1) {
				problems.push({
					file,
					field: `${at}.level`,
					message: `entry ${i + 1} is numbered level ${level.level}: list levels in order and number them 1, 2, 3, 4 without gaps`,
				});
			}
			if (!owners.has(level.owner)) {
				problems.push({
					file,
					field: `${at}.owner`,
					message: `level ${level.level}: ${describeUnknown('owner', level.owner, owners, { addTo: `${DATA}/owners.yaml` })}`,
				});
			}
			for (const priority of priorities) {
				const rows = level.thresholds.filter((t) => t.priority === priority);
				if (rows.length !== 1) {
					problems.push({
						file,
						field: `${at}.thresholds`,
						message: `level ${level.level}: priority "${priority}" has ${rows.length} thresholds; list exactly one { priority: ${priority}, after, clock } per priority`,
					});
				}
			}
			if (i === 0) return;
			const previous = escalation.levels[i - 1];
			level.thresholds.forEach((t, j) => {
				const before = previous.thresholds.find((p) => p.priority === t.priority);
				if (before && minutes(t.after, t.clock) <= minutes(before.after, before.clock)) {
					problems.push({
						file,
						field: `${at}.thresholds[${j}].after`,
						message: `level ${level.level}, ${t.priority}: threshold (${formatDuration(t.after, t.clock)}) must be longer than level ${previous.level}'s (${formatDuration(before.after, before.clock)}); thresholds increase by level`,
					});
				}
			});
		});
		return problems;
	},
};

/** The slowest resolution target of each priority across every tier and channel, with where it is. */
function findSlowestResolution(levels: NonNullable<ReturnType<typeof readPlanData>['serviceLevels']>['levels']) {
	const slowest = new Map<Priority, { minutes: number; text: string; where: string }>();
	for (const level of levels) {
		for (const target of level.targets) {
			const m = minutes(target.resolution, target.clock);
			const current = slowest.get(target.priority);
			if (!current || m > current.minutes) {
				slowest.set(target.priority, { minutes: m, text: formatDuration(target.resolution, target.clock), where: `${level.tier}/${level.channel}` });
			}
		}
	}
	return slowest;
}

export const escalationBreachRule: PlanRule = {
	id: 'escalation-breach-levels',
	summary: `A level meant for breaches (breach: true) is never reached before ${AT_RISK_SHARE * 100}% of that priority's slowest resolution target has passed.`,
	why: 'If a low-priority email reaches the VP a week before its own target, either the target or the path is wrong, and staff stop trusting both.',
	reads: [`${DATA}/escalation.yaml (levels: breach, thresholds)`, `${DATA}/service-levels.yaml (levels: targets.resolution, clock)`],
	check(content) {
		const { escalation, serviceLevels } = readPlanData(content);
		if (!escalation || !serviceLevels) return [];
		const file = fileOf('escalation');
		const slowest = findSlowestResolution(serviceLevels.levels);
		const problems: Problem[] = [];
		escalation.levels.forEach((level, i) => {
			if (!level.breach) return;
			level.thresholds.forEach((t, j) => {
				const target = slowest.get(t.priority);
				if (!target) return;
				const atRisk = target.minutes * AT_RISK_SHARE;
				if (minutes(t.after, t.clock) < atRisk) {
					problems.push({
						file,
						field: `levels[${i}].thresholds[${j}].after`,
						message: `level ${level.level} (${level.name}) is for breaches, but ${t.priority} tickets reach it after ${formatDuration(t.after, t.clock)}, before ${AT_RISK_SHARE * 100}% of the ${t.priority} resolution target in ${DATA}/service-levels.yaml (${target.text}, ${target.where}) has passed; lengthen this threshold, shorten that resolution target, or set breach: false on the level`,
					});
				}
			});
		});
		return problems;
	},
};

export const urgentClockRule: PlanRule = {
	id: 'urgent-one-clock',
	summary:
		'Urgent work runs on one clock on every channel and tier and in the escalation path, and every priority whose targets run around the clock also gets updates around the clock.',
	why: 'An outage does not wait for Monday: if one channel counts urgent time in business hours, or updates are promised "every 4 business hours", a weekend outage gets no answer and no update.',
	reads: [`${DATA}/service-levels.yaml (targets: priority, clock)`, `${DATA}/escalation.yaml (thresholds, updates)`],
	check(content) {
		const { serviceLevels, escalation } = readPlanData(content);
		if (!serviceLevels) return [];
		const problems: Problem[] = [];
		const slFile = fileOf('serviceLevels');
		const clockOf = new Map<Priority, Clock>();
		// Urgent: the first urgent target sets the clock; calendar is expected, since urgent work is around the clock.
		serviceLevels.levels.forEach((level, i) =>
			level.targets.forEach((target, j) => {
				if (target.priority !== 'urgent') return;
				if (target.clock !== 'calendar') {
					problems.push({
						file: slFile,
						field: `levels[${i}].targets[${j}].clock`,
						message: `tier "${level.tier}", channel "${level.channel}": urgent runs on ${target.clock} time here but urgent work has one clock, calendar (around the clock), on every channel; set clock: calendar, and route out-of-hours urgent contacts on this channel to one that is staffed`,
					});
				}
			}),
		);
		for (const level of serviceLevels.levels) {
			for (const target of level.targets) if (target.clock === 'calendar' || !clockOf.has(target.priority)) clockOf.set(target.priority, target.clock);
		}
		if (!escalation) return problems;
		const file = fileOf('escalation');
		escalation.levels.forEach((level, i) =>
			level.thresholds.forEach((t, j) => {
				if (t.priority === 'urgent' && t.clock !== 'calendar') {
					problems.push({
						file,
						field: `levels[${i}].thresholds[${j}].clock`,
						message: `level ${level.level}: the urgent threshold runs on ${t.clock} time, but urgent targets in ${DATA}/service-levels.yaml run on calendar time; set clock: calendar`,
					});
				}
			}),
		);
		for (const priority of priorities) {
			const index = escalation.updates.findIndex((u) => u.priority === priority);
			if (index === -1) {
				problems.push({
					file,
					field: 'updates',
					message: `no update rhythm for ${priority} tickets: add { priority: ${priority}, every, clock } so the customer knows when they will hear from us`,
				});
				continue;
			}
			const update = escalation.updates[index];
			if (clockOf.get(priority) === 'calendar' && update.clock !== 'calendar') {
				problems.push({
					file,
					field: `updates[${index}].clock`,
					message: `${priority} tickets run on calendar time in ${DATA}/service-levels.yaml, but their updates are every ${formatDuration(update.every, update.clock)}, which gives a weekend or overnight issue no update at all; set clock: calendar`,
				});
			}
		}
		return problems;
	},
};
