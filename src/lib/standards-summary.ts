/**
 * One-line answers for the standards index (/standards/): the figure a reader
 * most often opens each standard for, worked out from the plan's data so the
 * index never disagrees with the page behind it.
 */
import { computeMinutes, type Clock, type Duration } from './duration.ts';
import { formatDuration, formatList } from './format.ts';

export interface TargetLike {
	priority: string;
	firstResponse: Duration;
	resolution: Duration;
	clock: Clock;
}
export interface ServiceLevelLike {
	tier: string;
	channel: string;
	targets: TargetLike[];
}

/**
 * The quickest first response promised for a priority in a tier, across its
 * channels (what a customer gets on the fastest channel), or undefined when no
 * channel of the tier takes that priority.
 */
export function findFastestFirstResponse(levels: readonly ServiceLevelLike[], tier: string, priority: string) {
	let best: { duration: Duration; clock: Clock; channel: string } | undefined;
	for (const level of levels) {
		if (level.tier !== tier) continue;
		for (const target of level.targets) {
			if (target.priority !== priority) continue;
			if (!best || computeMinutes(target.firstResponse, target.clock) < computeMinutes(best.duration, best.clock)) {
				best = { duration: target.firstResponse, clock: target.clock, channel: level.channel };
			}
		}
	}
	return best;
}

/** "Urgent first response: Strategic 2 minutes (chat), Growth 5 minutes (chat), Core 15 minutes (chat)." */
export function summarizeUrgentResponse(
	levels: readonly ServiceLevelLike[],
	tiers: readonly { id: string; name: string }[],
	channelName: (id: string) => string,
): string {
	const parts = tiers.flatMap((tier) => {
		const fastest = findFastestFirstResponse(levels, tier.id, 'urgent');
		return fastest ? [`${tier.name} ${formatDuration(fastest.duration, fastest.clock)} (${channelName(fastest.channel).toLowerCase()})`] : [];
	});
	return parts.length > 0 ? `Urgent first response: ${parts.join(', ')}.` : '';
}

/** "4 levels for an urgent issue: issue owner first, then team lead after 1 calendar hour, …" */
export function summarizeEscalation(
	levels: readonly { name: string; thresholds: readonly { priority: string; after: Duration; clock: Clock }[] }[],
	priority = 'urgent',
): string {
	if (levels.length === 0) return '';
	const [first, ...rest] = levels;
	const steps = rest.map((l) => {
		const threshold = l.thresholds.find((t) => t.priority === priority);
		return threshold ? `${l.name.toLowerCase()} after ${formatDuration(threshold.after, threshold.clock)}` : l.name.toLowerCase();
	});
	return `${levels.length} levels for an ${priority} issue: ${first.name.toLowerCase()} first, then ${formatList(steps)}.`;
}

/** "12 proactive contacts, 5 of them in onboarding." */
export function summarizeTouchpoints(touchpoints: readonly { stage: string }[], stageName = 'onboarding'): string {
	if (touchpoints.length === 0) return '';
	const inStage = touchpoints.filter((t) => t.stage === stageName).length;
	const plural = touchpoints.length === 1 ? 'contact' : 'contacts';
	return `${touchpoints.length} proactive ${plural} from signing to renewal, ${inStage} of them in ${stageName}.`;
}

/** "Copyable wording: Promise and expectations, Kickoff email and Apology and update." (names kept as written: some are abbreviations). */
export function summarizeNames(lead: string, names: readonly string[]): string {
	return names.length === 0 ? '' : `${lead} ${formatList([...names])}.`;
}
