/**
 * Seeded shuffling for knowledge checks and scenarios. Each attempt gets a
 * seed; the same seed always gives the same order (so a test, or a trainer
 * showing the group one attempt, can fix it with `?seed=`), and the next
 * attempt's seed gives another order, so a learner cannot pass by
 * remembering "the first option is right".
 */

/**
 * A 32-bit seed from any text: FNV-1a, as in src/lib/progress.ts, so
 * `seed:question-id` style keys give well-spread, reproducible seeds.
 * http://www.isthe.com/chongo/tech/comp/fnv/
 */
export function hashSeed(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/**
 * mulberry32 (Tommy Ettinger, public domain): a tiny 32-bit generator whose
 * numbers are evenly spread enough for ordering a handful of options.
 * Returns a function giving numbers in [0, 1).
 */
export function createRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A new array with the items in a seeded order (Fisher–Yates, Knuth vol. 2, 3.4.2). Never changes `items`. */
export function shuffleWithSeed<T>(items: readonly T[], seed: number): T[] {
	const out = [...items];
	const random = createRandom(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** `count` items picked in a seeded way, in the order they were authored (a question bank draw). */
export function drawWithSeed<T>(items: readonly T[], count: number, seed: number): T[] {
	if (count >= items.length) return [...items];
	const picked = new Set(
		shuffleWithSeed(
			items.map((_, i) => i),
			seed,
		).slice(0, Math.max(0, count)),
	);
	return items.filter((_, i) => picked.has(i));
}

/** The seed of attempt `attempt` (0, 1, 2…) from a base seed: each retry differs, and all follow from one number. */
export function deriveAttemptSeed(baseSeed: number, attempt: number): number {
	return hashSeed(`${baseSeed >>> 0}:${attempt}`);
}

/** The seed for one part of an attempt (a question, a scenario step), so each part is shuffled on its own. */
export function derivePartSeed(attemptSeed: number, partId: string): number {
	return hashSeed(`${attemptSeed >>> 0}:${partId}`);
}

/** A seed written in a page address (`?seed=42`): a whole number from 0 to 4294967295, else null. */
export function parseSeed(text: string | null | undefined): number | null {
	if (!text || !/^\d{1,10}$/.test(text)) return null;
	const n = Number(text);
	return n <= 0xffffffff ? n : null;
}
