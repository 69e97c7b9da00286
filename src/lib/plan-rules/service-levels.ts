/**
 * Service-level rules (plan section 4): every support channel has targets for
 * every tier, resolution is never shorter than first response, and a higher
 * priority is never slower than a lower one on the same channel and tier.
 */
import { computeMinutes } from '../duration.ts';
import { formatDuration } from '../format.ts';
import type { CheckedContent, Problem } from '../../schemas/check.ts';
import { priorities, type Target } from '../../schemas/service-levels.ts';
import { DATA, describeUnknownId, fileOf, loadPlanData } from './plan-data.ts';
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
			problems.push({ file, field: `${at}.tier`, message: describeUnknownId('tier', level.tier, tierIds, `${DATA}/tiers.yaml`) });
		}
		if (channels && !channelIds.has(level.channel)) {
			problems.push({ file, field: `${at}.channel`, message: describeUnknownId('channel', level.channel, channelIds, `${DATA}/channels.yaml`) });
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

export const serviceLevelsRule: PlanRule = {
	id: 'service-levels',
	summary: 'Every support channel has targets for every tier; resolution is never shorter than first response; a higher priority is never slower than a lower one.',
	why: 'A gap in the table leaves an agent guessing, and a high-priority ticket promised a slower answer than a normal one is a promise nobody can explain to a customer.',
	reads: [`${DATA}/service-levels.yaml (levels)`, `${DATA}/tiers.yaml`, `${DATA}/channels.yaml (support)`],
	check: checkServiceLevels,
};
