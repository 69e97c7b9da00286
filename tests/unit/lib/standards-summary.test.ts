/** One-line answers on the standards index, worked out from the plan's data. */
import { describe, expect, it } from 'vitest';
import { findFastestFirstResponse, summarizeEscalation, summarizeNames, summarizeTouchpoints, summarizeUrgentResponse } from '#src/lib/standards-summary.ts';

const d = (amount: number, unit: 'minute' | 'hour' | 'day') => ({ amount, unit });
const target = (priority: string, firstResponse: ReturnType<typeof d>, clock: 'business' | 'calendar' = 'business') => ({
	priority,
	firstResponse,
	resolution: d(1, 'day'),
	clock,
});
const levels = [
	{ tier: 'strategic', channel: 'phone', targets: [target('urgent', d(15, 'minute'), 'calendar')] },
	{ tier: 'strategic', channel: 'chat', targets: [target('urgent', d(2, 'minute'))] },
	{ tier: 'core', channel: 'email', targets: [target('urgent', d(1, 'hour'), 'calendar'), target('high', d(4, 'hour'))] },
	{ tier: 'core', channel: 'portal', targets: [target('high', d(2, 'hour'))] },
];
const tiers = [
	{ id: 'strategic', name: 'Strategic' },
	{ id: 'core', name: 'Core' },
];

describe('findFastestFirstResponse', () => {
	it('picks the quickest channel for the priority in the tier', () => {
		expect(findFastestFirstResponse(levels, 'strategic', 'urgent')).toMatchObject({ channel: 'chat', duration: d(2, 'minute') });
	});
	it('finds nothing when no channel of the tier takes the priority', () => {
		expect(findFastestFirstResponse(levels, 'core', 'low')).toBeUndefined();
	});
});

describe('summarizeUrgentResponse', () => {
	it('gives each tier its fastest urgent first response with the channel', () => {
		expect(summarizeUrgentResponse(levels, tiers, (id) => id.toUpperCase())).toBe(
			'Urgent first response: Strategic 2 minutes (chat), Core 1 calendar hour (email).',
		);
	});
	it('says nothing rather than an empty sentence when no tier takes urgent tickets', () => {
		expect(summarizeUrgentResponse([], tiers, (id) => id)).toBe('');
	});
});

describe('the other standards', () => {
	it('names the escalation levels with their thresholds for an urgent issue', () => {
		const after = (urgent: ReturnType<typeof d>, high: ReturnType<typeof d>) => [
			{ priority: 'urgent', after: urgent, clock: 'calendar' as const },
			{ priority: 'high', after: high, clock: 'business' as const },
		];
		expect(
			summarizeEscalation([
				{ name: 'Issue owner', thresholds: after(d(0, 'minute'), d(0, 'minute')) },
				{ name: 'Team lead', thresholds: after(d(1, 'hour'), d(4, 'hour')) },
				{ name: 'Head of support', thresholds: after(d(4, 'hour'), d(1, 'day')) },
			]),
		).toBe('3 levels for an urgent issue: issue owner first, then team lead after 1 calendar hour and head of support after 4 calendar hours.');
	});
	it('counts touchpoints and those in onboarding', () => {
		expect(summarizeTouchpoints([{ stage: 'onboarding' }, { stage: 'renewal' }, { stage: 'onboarding' }])).toBe(
			'3 proactive contacts from signing to renewal, 2 of them in onboarding.',
		);
	});
	it('lists names as written, abbreviations included', () => {
		expect(summarizeNames('Measuring', ['NPS', 'CSAT', 'Customer effort score'])).toBe('Measuring NPS, CSAT and Customer effort score.');
	});
});
