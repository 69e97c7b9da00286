/**
 * The pieces every content check words the same way: a list of ids to choose
 * from, "unknown X: use one of …" (with "did you mean" for a likely slip), an
 * id used twice, and a number outside its bounds. One place, so a reader sees
 * one style of message whichever rule speaks.
 */
import type { Problem } from '../schemas/check.ts';
import { findNearestName } from './nearest-name.ts';

/** What a list with nothing in it reads as, so "use one of" never trails off. */
export const NONE_DEFINED = '(none defined yet)';

/** `"a", "b", "c"` (in the given order), or "(none defined yet)". */
export function quoteIds(ids: Iterable<unknown>): string {
	const quoted = [...ids].map((id) => `"${String(id)}"`);
	return quoted.length > 0 ? quoted.join(', ') : NONE_DEFINED;
}

/** What the message says besides the list of known values. */
export interface UnknownFix {
	/** The file a new value would be added to: `, or add it to src/content/data/tiers.yaml`. */
	addTo?: string;
	/** Any other alternative to picking a known value: `, or add this person to …`. */
	orElse?: string;
	/** Where the known values come from, in brackets after the list: `ids in src/content/data/kpis.yaml`. */
	source?: string;
}

/**
 * `unknown tier "gold": use one of "key", "standard", or add it to …`, with
 * ` (did you mean "strategic"?)` after a name when a known one is a likely
 * slip (src/lib/nearest-name.ts).
 */
export function describeUnknown(kind: string, value: unknown, known: Iterable<unknown>, { addTo, orElse, source }: UnknownFix = {}): string {
	const knownList = [...known].map(String);
	// Names get a guess; numbers do not (level 7 is no slip of level 1).
	const nearest = /[a-z]/i.test(String(value)) ? findNearestName(String(value), knownList) : undefined;
	const hint = nearest === undefined ? '' : ` (did you mean "${nearest}"?)`;
	const alternative = orElse ?? (addTo === undefined ? undefined : `add it to ${addTo}`);
	return `unknown ${kind} "${String(value)}"${hint}: use one of ${quoteIds(knownList)}${source ? ` (${source})` : ''}${alternative ? `, or ${alternative}` : ''}`;
}

/** An item whose key was already used by an earlier item. */
export interface Duplicate {
	/** The repeated key. */
	key: string;
	/** Index of the repeat. */
	index: number;
	/** Index of the item that used the key first. */
	first: number;
}

/** Every repeat of a key after its first use, in list order. */
export function findDuplicates<T>(items: readonly T[], keyOf: (item: T) => string): Duplicate[] {
	const firstAt = new Map<string, number>();
	const duplicates: Duplicate[] = [];
	items.forEach((item, index) => {
		const key = keyOf(item);
		const first = firstAt.get(key);
		if (first === undefined) firstAt.set(key, index);
		else duplicates.push({ key, index, first });
	});
	return duplicates;
}

/** One problem per repeated id: `tier id "key" is used twice: give each tier its own id`, at `[i].id`. */
export function checkUniqueIds(
	file: string,
	items: readonly { id: string }[],
	kind: string,
	{ each = `each ${kind} its own id`, fieldOf = (index: number) => `[${index}].id` }: { each?: string; fieldOf?: (index: number) => string } = {},
): Problem[] {
	return findDuplicates(items, (item) => item.id).map(({ key, index }) => ({
		file,
		field: fieldOf(index),
		message: `${kind} id "${key}" is used twice: give ${each}`,
	}));
}

/** Inclusive limits; either may be left open. */
export interface Bounds {
	min?: number;
	max?: number;
}

/** Where a number falls against its bounds: undefined when inside, else which side (a non-number counts as neither inside nor out: `not-finite`). */
export function checkBounds(value: number, { min, max }: Bounds): 'below' | 'above' | 'not-finite' | undefined {
	if (!Number.isFinite(value)) return 'not-finite';
	if (min !== undefined && value < min) return 'below';
	if (max !== undefined && value > max) return 'above';
	return undefined;
}

/** The bounds in words: `from 2 to 4`, `at least 70`, `at most 4`, or `any number`. */
export function describeBounds({ min, max }: Bounds): string {
	if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}` : `from ${min} to ${max}`;
	if (min !== undefined) return `at least ${min}`;
	if (max !== undefined) return `at most ${max}`;
	return 'any number';
}
