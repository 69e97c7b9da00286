/**
 * Tier rules (plan section 2): two to four tiers with owners that exist, sizes
 * that fit the segmentation method the plan states, and a contact rhythm per
 * tier that the touchpoint timeline actually holds.
 */
import type { Problem } from '#src/schemas/check.ts';
import { formatCadence } from '../format.ts';
import { DATA, fileOf, readPlanData } from '#src/schemas/plan-data-files.ts';
import { checkBounds, checkUniqueIds, describeUnknown } from '../check-messages.ts';
import { isClosedRecord, quoteSentence, readSentences } from './prose-claims.ts';
import type { PlanRule } from './rule.ts';
import type { Tier } from '#src/schemas/tiers.ts';
import type { Touchpoint } from '#src/schemas/touchpoints.ts';

/** The plan says two to four tiers: one tier is no segmentation, five is more than a team can staff distinctly. */
export const MIN_TIERS = 2;
export const MAX_TIERS = 4;
/** Equal-account quarters differ by at most this share of a quarter (accounts move between revisits). */
export const EQUAL_ACCOUNTS_TOLERANCE = 0.2;

export const tierCountRule: PlanRule = {
	id: 'tier-count',
	summary: 'There are two to four tiers, each with its own id and an accountable owner who exists.',
	why: 'One tier is one service model for everyone; five or more is more than a team can staff distinctly.',
	reads: [`${DATA}/tiers.yaml (id, owner)`, `${DATA}/owners.yaml`],
	check(content) {
		const { tiers } = readPlanData(content);
		if (!tiers) return [];
		const file = fileOf('tiers');
		const problems: Problem[] = [];
		const outside = checkBounds(tiers.length, { min: MIN_TIERS, max: MAX_TIERS });
		if (outside) {
			problems.push({
				file,
				field: '',
				message: `${tiers.length} tier${tiers.length === 1 ? '' : 's'} defined: the plan needs ${MIN_TIERS} to ${MAX_TIERS} tiers (revenue quartiles are a fast start); ${outside === 'below' ? 'split customers into at least two' : 'merge tiers until there are at most four'}`,
			});
		}
		problems.push(...checkUniqueIds(file, tiers, 'tier'));
		const owners = new Set(content.owners.map((o) => o.id));
		tiers.forEach((tier, i) => {
			if (!owners.has(tier.owner)) {
				problems.push({
					file,
					field: `[${i}].owner`,
					message: `tier "${tier.id}": ${describeUnknown('owner', tier.owner, owners, { addTo: `${DATA}/owners.yaml` })}`,
				});
			}
		});
		return problems;
	},
};

export const tierSizesRule: PlanRule = {
	id: 'tier-sizes',
	summary:
		'Tier sizes fit the segmentation method the plan states: the tiers cover the four revenue quartiles exactly once, equal-account quarters hold about the same number of accounts, and equal-revenue quarters get more accounts as accounts get smaller.',
	why: 'When the stated method and the real tier sizes disagree, a leader cannot tell which one to staff for, and accounts are moved between tiers by guesswork.',
	reads: [`${DATA}/tiers.yaml (accounts, quartiles)`, `${DATA}/plan.yaml (segmentation.method)`],
	check(content) {
		const { tiers, plan } = readPlanData(content);
		if (!tiers || tiers.length === 0) return [];
		const file = fileOf('tiers');
		const problems: Problem[] = [];
		const quartiles = tiers.reduce((sum, t) => sum + t.quartiles, 0);
		if (quartiles !== 4) {
			problems.push({
				file,
				field: 'quartiles',
				message: `the tiers cover ${quartiles} revenue quartiles in total: set each tier's quartiles so they add up to 4 (every account falls in exactly one quartile)`,
			});
			return problems;
		}
		if (!plan) return problems;
		const method = plan.segmentation.method;
		const perQuartile = tiers.map((t) => t.accounts / t.quartiles);
		if (method === 'equal-accounts') {
			const expected = tiers.reduce((sum, t) => sum + t.accounts, 0) / 4;
			tiers.forEach((tier, i) => {
				if (Math.abs(perQuartile[i] - expected) > expected * EQUAL_ACCOUNTS_TOLERANCE) {
					problems.push({
						file,
						field: `[${i}].accounts`,
						message: `tier "${tier.id}": ${tier.accounts} accounts over ${tier.quartiles} quartile${tier.quartiles === 1 ? '' : 's'}, but ${DATA}/plan.yaml segmentation.method is equal-accounts, which puts about ${Math.round(expected * tier.quartiles)} accounts here; update accounts after the quarterly revisit, or set segmentation.method to equal-revenue if the tiers split revenue rather than accounts`,
					});
				}
			});
		} else {
			for (let i = 1; i < tiers.length; i++) {
				if (perQuartile[i] <= perQuartile[i - 1]) {
					problems.push({
						file,
						field: `[${i}].accounts`,
						message: `tier "${tiers[i].id}" holds fewer accounts per revenue quartile (${Math.round(perQuartile[i])}) than "${tiers[i - 1].id}" above it (${Math.round(perQuartile[i - 1])}), yet ${DATA}/plan.yaml segmentation.method is equal-revenue, where smaller accounts need more of them to make up a quarter of revenue; list tiers highest-touch (largest accounts) first and check accounts and quartiles`,
					});
				}
			}
		}
		return problems;
	},
};

/** The recurring touchpoint that carries a tier's contact rhythm (one for every tier, or one naming it). */
function findRhythmTouchpoint(touchpoints: readonly Touchpoint[], tier: Tier): Touchpoint | undefined {
	return touchpoints.find(
		(t) => t.trigger.type === 'recurring' && t.trigger.every === tier.contactCadence && (t.tiers.length === 0 || t.tiers.includes(tier.id)),
	);
}

export const tierContactRhythmRule: PlanRule = {
	id: 'tier-contact-rhythm',
	summary:
		'Every tier has a contact rhythm, its contact frequency starts with that rhythm, and the touchpoint timeline holds a recurring touchpoint for the tier at that rhythm.',
	why: 'A rhythm that is only written on the tiers page never reaches the calendar of the person who has to make the call.',
	reads: [`${DATA}/tiers.yaml (contactCadence, contactFrequency)`, `${DATA}/touchpoints.yaml (trigger, tiers)`],
	check(content) {
		const { tiers, touchpoints } = readPlanData(content);
		if (!tiers) return [];
		const file = fileOf('tiers');
		const problems: Problem[] = [];
		tiers.forEach((tier, i) => {
			const words = formatCadence(tier.contactCadence);
			if (!tier.contactFrequency.toLowerCase().startsWith(words)) {
				problems.push({
					file,
					field: `[${i}].contactFrequency`,
					message: `tier "${tier.id}": contactFrequency "${tier.contactFrequency}" must start with "${words}" (contactCadence: ${tier.contactCadence}); change one so they agree`,
				});
			}
			if (!touchpoints) return;
			const found = findRhythmTouchpoint(touchpoints, tier) !== undefined;
			if (!found) {
				problems.push({
					file,
					field: `[${i}].contactCadence`,
					message: `tier "${tier.id}" is contacted ${words}, but ${DATA}/touchpoints.yaml has no touchpoint with trigger { type: recurring, every: ${tier.contactCadence} } for it: add one with tiers: [${tier.id}], so the rhythm shows in the touchpoint timeline`,
				});
			}
		});
		return problems;
	},
};

/** Words that say how a contact is made, by channel id (channels.yaml); "call" is the phone. */
const CHANNEL_WORDS: Record<string, RegExp> = {
	phone: /\b(?:phone|calls?|called|calling)\b/i,
	email: /\be-?mails?\b/i,
	chat: /\bchat\b/i,
	video: /\bvideo\b/i,
	'in-app': /\bin-app\b/i,
};
const AUTOMATED = /\bautomat(?:ed|ic|ically)\b/i;
const NO_CONTACT = /\b(?:no (?:proactive |scheduled |regular )?contact|not contacted|never contacted|none)\b/i;
/** A sentence that describes a tier's standing contact: how it is made ... */
const CONTACT_MODE =
	/\b(?:automat(?:ed|ic|ically)|personal(?:ized)? (?:calls?|notes?|emails?)|(?:check-in |phone |scheduled |personal )?calls?|called|no (?:proactive |scheduled |regular )?contact|not contacted|never (?:contacted|called)|check-ins?)\b/i;
/** ... and that it is the standing rhythm, not a one-off such as a kickoff call. */
const CONTACT_RHYTHM =
	/\b(?:every (?:two weeks|week|month|quarter|year)|each (?:week|month|quarter|year)|quarterly|monthly|yearly|weekly|twice a year|once a (?:month|quarter|year)|scheduled|standing|check-ins?|no (?:proactive |scheduled |regular )?contact|never (?:contacted|called))\b/i;

/**
 * How a tier is contacted is one fact: the mode and channel of the tier's
 * recurring touchpoint (touchpoints.yaml). Issue 12 found core contact
 * described three ways (automated, human calls, absent), so the tier's own
 * words (tiers.yaml contactFrequency) must agree with that touchpoint: they
 * say "automated" exactly when it is automated, name no channel but its
 * channel, and never say there is no contact. Pages describe a tier's standing
 * contact only by rendering the data (<Value tier="…" field="contactFrequency" />,
 * <Value touchpoint="…" field="purpose" />, the tier table or the timeline);
 * a sentence that names a tier and describes its standing contact in words
 * ("Core accounts get a check-in call every quarter") fails. Closed proposals
 * are history and are skipped (prose-claims.ts).
 *
 * Reads: tiers.yaml (name, contactCadence, contactFrequency), touchpoints.yaml
 * (trigger, mode, channel, tiers) and every page's prose.
 */
export const tierContactModeRule: PlanRule = {
	id: 'tier-contact-mode',
	summary:
		'Each tier’s contact is described one way: the tier’s own words agree with its recurring touchpoint (automated or by a person, and on which channel), and pages show that contact from the data instead of describing it themselves.',
	why: 'When one page says core customers get an automated note, another a quarterly call and a third nothing at all, staff promise customers contact that never comes.',
	reads: [
		`${DATA}/tiers.yaml (name, contactCadence, contactFrequency)`,
		`${DATA}/touchpoints.yaml (trigger, mode, channel, tiers)`,
		'src/content/docs/**/*.mdx (prose, description, proposal problem)',
	],
	check(content) {
		const { tiers, touchpoints } = readPlanData(content);
		if (!tiers) return [];
		const file = fileOf('tiers');
		const problems: Problem[] = [];
		tiers.forEach((tier, i) => {
			const touchpoint = touchpoints && findRhythmTouchpoint(touchpoints, tier);
			if (!touchpoint) return; // tier-contact-rhythm reports a missing rhythm
			const index = touchpoints.indexOf(touchpoint);
			const words = tier.contactFrequency;
			const field = `[${i}].contactFrequency`;
			const source = `${DATA}/touchpoints.yaml [${index}] "${touchpoint.id}"`;
			if (NO_CONTACT.test(words)) {
				problems.push({
					file,
					field,
					message: `tier "${tier.id}": contactFrequency "${words}" says there is no contact, but ${source} contacts the tier ${formatCadence(tier.contactCadence)}: describe that contact, or remove the touchpoint and change contactCadence`,
				});
			}
			if (touchpoint.mode === 'automated' && !AUTOMATED.test(words)) {
				problems.push({
					file,
					field,
					message: `tier "${tier.id}": contactFrequency "${words}" does not say the contact is automated, but ${source} has mode: automated: add "automated" to contactFrequency, or set the touchpoint's mode to human if a person makes it`,
				});
			}
			if (touchpoint.mode === 'human' && AUTOMATED.test(words)) {
				problems.push({
					file,
					field,
					message: `tier "${tier.id}": contactFrequency "${words}" says automated, but ${source} has mode: human: remove "automated" from contactFrequency, or set the touchpoint's mode to automated`,
				});
			}
			const others = Object.entries(CHANNEL_WORDS).filter(
				([id, pattern]) => id !== touchpoint.channel && pattern.test(words) && !CHANNEL_WORDS[touchpoint.channel]?.test(words),
			);
			if (others.length > 0) {
				problems.push({
					file,
					field,
					message: `tier "${tier.id}": contactFrequency "${words}" names the ${others.map(([id]) => id).join(' and ')} channel, but ${source} is on channel ${touchpoint.channel}: make the words and the touchpoint's channel agree`,
				});
			}
		});
		const named = tiers.map((tier) => ({ tier, pattern: new RegExp(`\\b${tier.name}\\s+(?:tier|accounts?|customers?|stores?)\\b`, 'i') }));
		for (const page of content.pages) {
			if (isClosedRecord(page)) continue;
			for (const sentence of readSentences(page)) {
				if (!CONTACT_MODE.test(sentence.text) || !CONTACT_RHYTHM.test(sentence.text)) continue;
				for (const { tier } of named.filter((n) => n.pattern.test(sentence.text))) {
					const rhythm = touchpoints && findRhythmTouchpoint(touchpoints, tier);
					problems.push({
						file: page.file,
						field: sentence.field,
						message: `"${quoteSentence(sentence.text)}" describes how ${tier.name} accounts are contacted in words, but that lives in ${DATA}/tiers.yaml (${tier.id} contactFrequency)${rhythm ? ` and ${DATA}/touchpoints.yaml ("${rhythm.id}")` : ''}: show it with <Value tier="${tier.id}" field="contactFrequency" />${rhythm ? ` or <Value touchpoint="${rhythm.id}" field="purpose" />` : ''}, so every page describes it one way`,
					});
				}
			}
		}
		return problems;
	},
};
