/**
 * Tier rules (plan section 2): two to four tiers with owners that exist, sizes
 * that fit the segmentation method the plan states, and a contact rhythm per
 * tier that the touchpoint timeline actually holds.
 */
import type { Problem } from '../../schemas/check.ts';
import { formatCadence } from '../format.ts';
import { DATA, describeUnknownId, fileOf, loadPlanData } from './plan-data.ts';
import type { PlanRule } from './rule.ts';

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
				problems.push({ file, field: `[${i}].owner`, message: `tier "${tier.id}": ${describeUnknownId('owner', tier.owner, owners, `${DATA}/owners.yaml`)}` });
			}
		});
		return problems;
	},
};

export const tierSizesRule: PlanRule = {
	id: 'tier-sizes',
	summary: 'Tier sizes fit the segmentation method the plan states: the tiers cover the four revenue quartiles exactly once, equal-account quarters hold about the same number of accounts, and equal-revenue quarters get more accounts as accounts get smaller.',
	why: 'When the stated method and the real tier sizes disagree, a leader cannot tell which one to staff for, and accounts are moved between tiers by guesswork.',
	reads: [`${DATA}/tiers.yaml (accounts, quartiles)`, `${DATA}/plan.yaml (segmentation.method)`],
	check(content) {
		const { tiers, plan } = loadPlanData(content);
		if (!tiers || tiers.length === 0) return [];
		const file = fileOf('tiers');
		const problems: Problem[] = [];
		const quartiles = tiers.reduce((sum, t) => sum + t.quartiles, 0);
		if (quartiles !== 4) {
			problems.push({ file, field: 'quartiles', message: `the tiers cover ${quartiles} revenue quartiles in total: set each tier's quartiles so they add up to 4 (every account falls in exactly one quartile)` });
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

export const tierContactRhythmRule: PlanRule = {
	id: 'tier-contact-rhythm',
	summary: "Every tier has a contact rhythm, its contact frequency starts with that rhythm, and the touchpoint timeline holds a recurring touchpoint for the tier at that rhythm.",
	why: 'A rhythm that is only written on the tiers page never reaches the calendar of the person who has to make the call.',
	reads: [`${DATA}/tiers.yaml (contactCadence, contactFrequency)`, `${DATA}/touchpoints.yaml (trigger, tiers)`],
	check(content) {
		const { tiers, touchpoints } = loadPlanData(content);
		if (!tiers) return [];
		const file = fileOf('tiers');
		const problems: Problem[] = [];
		tiers.forEach((tier, i) => {
			const words = formatCadence(tier.contactCadence);
			if (!tier.contactFrequency.toLowerCase().startsWith(words)) {
				problems.push({ file, field: `[${i}].contactFrequency`, message: `tier "${tier.id}": contactFrequency "${tier.contactFrequency}" must start with "${words}" (contactCadence: ${tier.contactCadence}); change one so they agree` });
			}
			if (!touchpoints) return;
			const found = touchpoints.some((t) => t.trigger.type === 'recurring' && t.trigger.every === tier.contactCadence && (t.tiers.length === 0 || t.tiers.includes(tier.id)));
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
