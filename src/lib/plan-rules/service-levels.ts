/**
 * Service-level rules (plan section 4): every support channel has targets for
 * every tier, resolution is never shorter than first response, and a higher
 * priority is never slower than a lower one on the same channel and tier.
 */
import { computeMinutes } from '../duration.ts';
import { formatDuration } from '../format.ts';
import type { CheckedContent, Problem } from '#src/schemas/check.ts';
import { priorities, type Target } from '#src/schemas/service-levels.ts';
import { DATA, fileOf, readPlanData } from '#src/schemas/plan-data-files.ts';
import { describeUnknown, findDuplicates } from '../check-messages.ts';
import type { PlanRule } from './rule.ts';

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
function checkServiceLevels(content: CheckedContent): Problem[] {
	const { serviceLevels, tiers, channels } = readPlanData(content);
	if (!serviceLevels) return [];
	const file = fileOf('serviceLevels');
	const problems: Problem[] = [];
	const tierIds = new Set((tiers ?? []).map((t) => t.id));
	const channelIds = new Set((channels ?? []).map((c) => c.id));
	const keyOf = (level: { tier: string; channel: string }) => `${level.tier}/${level.channel}`;
	const covered = new Set(serviceLevels.levels.map(keyOf));
	const repeated = new Set(findDuplicates(serviceLevels.levels, keyOf).map((d) => d.index));
	serviceLevels.levels.forEach((level, i) => {
		const at = `levels[${i}]`;
		const where = `tier "${level.tier}", channel "${level.channel}"`;
		if (tiers && !tierIds.has(level.tier)) {
			problems.push({ file, field: `${at}.tier`, message: describeUnknown('tier', level.tier, tierIds, { addTo: fileOf('tiers') }) });
		}
		if (channels && !channelIds.has(level.channel)) {
			problems.push({ file, field: `${at}.channel`, message: describeUnknown('channel', level.channel, channelIds, { addTo: fileOf('channels') }) });
		}
		if (repeated.has(i)) {
			problems.push({ file, field: `${at}`, message: `${where} is listed twice: merge the two entries' targets into one` });
		}
		for (const { key, index } of findDuplicates(level.targets, (target) => target.priority)) {
			problems.push({ file, field: `${at}.targets[${index}].priority`, message: `${where}: priority "${key}" is listed twice; keep one row per priority` });
		}
		level.targets.forEach((target, j) => {
			const field = `${at}.targets[${j}]`;
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

export const serviceLevelsRule: PlanRule = {
	id: 'service-levels',
	summary:
		'Every support channel has targets for every tier; resolution is never shorter than first response; a higher priority is never slower than a lower one.',
	why: 'A gap in the table leaves an agent guessing, and a high-priority ticket promised a slower answer than a normal one is a promise nobody can explain to a customer.',
	reads: [`${DATA}/service-levels.yaml (levels)`, `${DATA}/tiers.yaml`, `${DATA}/channels.yaml (support)`],
	check: checkServiceLevels,
};
