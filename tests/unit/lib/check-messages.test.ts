/** The pieces every content check words the same way (src/lib/check-messages.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkBounds, checkUniqueIds, describeBounds, describeUnknown, findDuplicates, quoteIds, type Bounds } from '#src/lib/check-messages.ts';

describe('quoteIds', () => {
	it.each<[string, Iterable<unknown>, string]>([
		['quotes each id, in the order given', ['strategic', 'growth', 'core'], '"strategic", "growth", "core"'],
		['reads any iterable, a Set or map keys included', new Set(['nps', 'csat']), '"nps", "csat"'],
		['writes numbers as text', [1, 2, 3], '"1", "2", "3"'],
		['says so when there is nothing to choose from', [], '(none defined yet)'],
	])('%s', (_, ids, expected) => {
		expect(quoteIds(ids)).toBe(expected);
	});
});

describe('describeUnknown', () => {
	it.each<[string, Parameters<typeof describeUnknown>, string]>([
		['lists the known values', ['tier', 'gold', ['key', 'standard']], 'unknown tier "gold": use one of "key", "standard"'],
		[
			'says where to add a new one',
			['tier', 'gold', ['key', 'standard'], { addTo: 'src/content/data/tiers.yaml' }],
			'unknown tier "gold": use one of "key", "standard", or add it to src/content/data/tiers.yaml',
		],
		[
			'takes any other way out in its own words',
			['owner', 'jdoe', ['maria-lopez'], { orElse: 'add this person to src/content/data/owners.yaml' }],
			'unknown owner "jdoe": use one of "maria-lopez", or add this person to src/content/data/owners.yaml',
		],
		[
			'names where the known values come from',
			['industry', 'mining', ['saas'], { source: 'files in src/content/data/industries/' }],
			'unknown industry "mining": use one of "saas" (files in src/content/data/industries/)',
		],
		[
			'suggests the known value a slip most likely meant',
			['tier', 'strategc', ['strategic', 'growth', 'core'], { addTo: 'src/content/data/tiers.yaml' }],
			'unknown tier "strategc" (did you mean "strategic"?): use one of "strategic", "growth", "core", or add it to src/content/data/tiers.yaml',
		],
		[
			'does not guess when nothing is close',
			['tier', 'platinum', ['strategic', 'growth', 'core']],
			'unknown tier "platinum": use one of "strategic", "growth", "core"',
		],
		['says when there is nothing to choose from yet', ['scenario', 'lost-call', []], 'unknown scenario "lost-call": use one of (none defined yet)'],
		[
			'writes numbers as text, and does not guess at them (7 is no slip of 1)',
			['escalation level', 7, [1, 2, 3, 4]],
			'unknown escalation level "7": use one of "1", "2", "3", "4"',
		],
	])('%s', (_, args, expected) => {
		expect(describeUnknown(...args)).toBe(expected);
	});

	it('always names the value and lists every known one', () => {
		fc.assert(
			fc.property(fc.string(), fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/)), (value, known) => {
				const message = describeUnknown('thing', value, known);
				expect(message.startsWith(`unknown thing "${value}"`)).toBe(true);
				for (const id of known) expect(message).toContain(`"${id}"`);
			}),
		);
	});
});

describe('findDuplicates', () => {
	it.each<[string, string[], { key: string; index: number; first: number }[]]>([
		['finds nothing in a list of distinct keys', ['a', 'b', 'c'], []],
		['reports each repeat with where the key was first used', ['a', 'b', 'a'], [{ key: 'a', index: 2, first: 0 }]],
		[
			'reports every repeat of a key used three times',
			['a', 'a', 'a'],
			[
				{ key: 'a', index: 1, first: 0 },
				{ key: 'a', index: 2, first: 0 },
			],
		],
		[
			'keeps list order across keys',
			['b', 'a', 'b', 'a'],
			[
				{ key: 'b', index: 2, first: 0 },
				{ key: 'a', index: 3, first: 1 },
			],
		],
		['finds nothing in an empty list', [], []],
	])('%s', (_, keys, expected) => {
		expect(findDuplicates(keys, (k) => k)).toEqual(expected);
	});

	it('reports exactly the items beyond the number of distinct keys', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd')), (keys) => {
				expect(findDuplicates(keys, (k) => k)).toHaveLength(keys.length - new Set(keys).size);
			}),
		);
	});
});

describe('checkUniqueIds', () => {
	it('names the file, the field of the repeat and the fix', () => {
		expect(checkUniqueIds('src/content/data/tiers.yaml', [{ id: 'key' }, { id: 'standard' }, { id: 'key' }], 'tier')).toEqual([
			{ file: 'src/content/data/tiers.yaml', field: '[2].id', message: 'tier id "key" is used twice: give each tier its own id' },
		]);
	});

	it('takes the fix in the file’s own words and a field of its own', () => {
		const problems = checkUniqueIds('x.yaml', [{ id: 'ana' }, { id: 'ana' }], 'owner', { each: 'each person their own id', fieldOf: (i) => `owners[${i}].id` });
		expect(problems).toEqual([{ file: 'x.yaml', field: 'owners[1].id', message: 'owner id "ana" is used twice: give each person their own id' }]);
	});
});

describe('checkBounds and describeBounds', () => {
	it.each<[number, Bounds, ReturnType<typeof checkBounds>, string]>([
		[3, { min: 2, max: 4 }, undefined, 'from 2 to 4'],
		[2, { min: 2, max: 4 }, undefined, 'from 2 to 4'],
		[4, { min: 2, max: 4 }, undefined, 'from 2 to 4'],
		[1, { min: 2, max: 4 }, 'below', 'from 2 to 4'],
		[5, { min: 2, max: 4 }, 'above', 'from 2 to 4'],
		[69, { min: 70 }, 'below', 'at least 70'],
		[1000, { min: 70 }, undefined, 'at least 70'],
		[5, { max: 4 }, 'above', 'at most 4'],
		[-3, { max: 4 }, undefined, 'at most 4'],
		[3, { min: 3, max: 3 }, undefined, 'exactly 3'],
		[7, {}, undefined, 'any number'],
		[Number.NaN, { min: 0 }, 'not-finite', 'at least 0'],
		[Number.POSITIVE_INFINITY, {}, 'not-finite', 'any number'],
	])('%s against %j is %s (%s)', (value, bounds, expected, words) => {
		expect(checkBounds(value, bounds)).toBe(expected);
		expect(describeBounds(bounds)).toBe(words);
	});

	it('never calls a number both inside and outside', () => {
		fc.assert(
			fc.property(fc.integer(), fc.integer(), fc.integer(), (value, a, b) => {
				const [min, max] = a <= b ? [a, b] : [b, a];
				expect(checkBounds(value, { min, max }) === undefined).toBe(value >= min && value <= max);
			}),
		);
	});
});
