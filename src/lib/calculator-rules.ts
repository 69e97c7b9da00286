/**
 * Rules that span several calculator inputs (lost cannot exceed start plus
 * added; a signal's good threshold must sit on the right side of its poor
 * one; …). They live here, free of zod, so the same rules run in two places
 * with one definition: the zod schemas in src/schemas/calculators.ts (build
 * time: presets, industry files) and the calculator islands in the browser,
 * which stay small by not shipping zod.
 */

import { formatQuantity as q } from './format.ts';

/** One broken rule: the field it belongs next to and what to do. */
export interface RuleIssue {
	path: (string | number)[];
	message: string;
}

/** Customer counts for a churn period. */
export function checkChurnCounts(v: { start: number; added: number; lost: number; lostNew?: number }): RuleIssue[] {
	const issues: RuleIssue[] = [];
	const lostNew = v.lostNew ?? 0;
	if (v.lost > v.start + v.added) {
		issues.push({
			path: ['lost'],
			message: `Customers lost (${q(v.lost)}) cannot exceed customers at start plus customers added (${q(v.start + v.added)}): churn over 100% is impossible`,
		});
	}
	if (lostNew > v.added)
		issues.push({ path: ['lostNew'], message: `Lost who joined this period (${q(lostNew)}) cannot exceed customers added (${q(v.added)})` });
	else if (lostNew > v.lost)
		issues.push({ path: ['lostNew'], message: `Lost who joined this period (${q(lostNew)}) cannot exceed customers lost (${q(v.lost)})` });
	if (v.lost <= v.start + v.added && v.lost - lostNew > v.start) {
		issues.push({
			path: ['lost'],
			message: `Customers lost from the starting base (${q(v.lost - lostNew)}) cannot exceed customers at start (${q(v.start)}): count joiners who left under "Lost who joined this period"`,
		});
	}
	if (v.start === 0) issues.push({ path: ['start'], message: 'Customers at start must be more than 0 to compute a churn rate' });
	return issues;
}

/** Recurring revenue movements for a period. */
export function checkRevenueMovements(v: { mrr: number; contraction: number; churned: number }): RuleIssue[] {
	const issues: RuleIssue[] = [];
	if (v.mrr === 0) issues.push({ path: ['mrr'], message: 'Starting recurring revenue must be more than 0' });
	else if (v.contraction + v.churned > v.mrr) {
		issues.push({
			path: ['churned'],
			message: `Contraction plus churned revenue (${q(v.contraction + v.churned)}) cannot exceed starting recurring revenue (${q(v.mrr)})`,
		});
	}
	return issues;
}

/** Pattern for signal and field ids (they become CSV headers and URL parameters). */
export const ID_PATTERN = /^[a-z][a-zA-Z0-9]*$/;

/** Parameter names a health signal id may not take (the link format uses them). */
export const RESERVED_SIGNAL_IDS = ['previous', 'sig'];

interface SignalLike {
	id: string;
	name: string;
	weight: number;
	direction: string;
	poor: number;
	good: number;
	critical?: number;
}

/** Thresholds of one signal against its direction. */
export function checkHealthSignal(s: SignalLike): RuleIssue[] {
	if (s.poor === s.good) return [{ path: ['good'], message: `Signal "${s.name}": good and poor thresholds must differ` }];
	if (s.direction === 'higher-is-better' && s.good < s.poor) {
		return [
			{
				path: ['good'],
				message: `Signal "${s.name}" is higher-is-better, so its good threshold (${q(s.good)}) must be above its poor threshold (${q(s.poor)})`,
			},
		];
	}
	if (s.direction === 'lower-is-better' && s.good > s.poor) {
		return [
			{
				path: ['good'],
				message: `Signal "${s.name}" is lower-is-better, so its good threshold (${q(s.good)}) must be below its poor threshold (${q(s.poor)})`,
			},
		];
	}
	return [];
}

/** The signal set as a whole: unique, unreserved ids and at least one weight above 0. */
export function checkHealthSignals(signals: readonly SignalLike[]): RuleIssue[] {
	const issues: RuleIssue[] = [];
	const seen = new Set<string>();
	signals.forEach((s, i) => {
		if (RESERVED_SIGNAL_IDS.includes(s.id))
			issues.push({ path: ['signals', i, 'id'], message: `signal id "${s.id}" is reserved for the link format: choose another id` });
		if (seen.has(s.id)) issues.push({ path: ['signals', i, 'id'], message: `signal id "${s.id}" is used twice: give each signal its own id` });
		seen.add(s.id);
	});
	if (signals.length > 0 && signals.every((s) => s.weight === 0)) issues.push({ path: ['signals'], message: 'at least one signal needs a weight above 0' });
	return issues;
}

/**
 * Every rule for one signal, including field types, for input that has not
 * been through zod (a link's `sig` parameter, the island's signal editor).
 */
export function checkSignalFields(s: SignalLike): RuleIssue[] {
	const issues: RuleIssue[] = [];
	const label = s.name?.trim() ? `Signal "${s.name}"` : 'A signal';
	if (!ID_PATTERN.test(s.id ?? '')) issues.push({ path: ['id'], message: `${label}: id must start with a lowercase letter and use letters and digits only` });
	if (!s.name?.trim()) issues.push({ path: ['name'], message: 'A signal needs a name' });
	if (!Number.isFinite(s.weight) || s.weight < 0 || s.weight > 1000)
		issues.push({ path: ['weight'], message: `${label}: weight must be a number from 0 to 1000` });
	if (s.direction !== 'higher-is-better' && s.direction !== 'lower-is-better')
		issues.push({ path: ['direction'], message: `${label}: direction must be higher-is-better or lower-is-better` });
	if (!Number.isFinite(s.poor)) issues.push({ path: ['poor'], message: `${label}: the poor threshold must be a number` });
	if (!Number.isFinite(s.good)) issues.push({ path: ['good'], message: `${label}: the good threshold must be a number` });
	if (s.critical !== undefined && !Number.isFinite(s.critical))
		issues.push({ path: ['critical'], message: `${label}: the critical value must be a number or left empty` });
	return issues.length > 0 ? issues : checkHealthSignal(s);
}
