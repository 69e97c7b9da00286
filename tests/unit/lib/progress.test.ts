import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	computeChecksum,
	computePathStatus,
	createEmptyProgress,
	formatStoredProgress,
	markModuleComplete,
	mergeProgress,
	parseProgressFile,
	parseStoredProgress,
	recordCheckResult,
	recordScenarioEnding,
	serializeProgress,
	type Progress,
} from '../../../src/lib/progress.ts';

const exportedAt = new Date('2026-11-20T10:00:00Z');

/** A learner who passed one check at 67% then 100%, finished the module, and played one scenario twice. */
function sampleProgress(): Progress {
	let p = createEmptyProgress();
	p = recordCheckResult(p, 'replying-to-a-problem', { percent: 67, passed: true });
	p = recordCheckResult(p, 'replying-to-a-problem', { percent: 100, passed: true });
	p = markModuleComplete(p, 'replying-to-a-problem', '2026-11-18');
	p = recordScenarioEnding(p, 'angry-escalation', 'calm-handover');
	p = recordScenarioEnding(p, 'angry-escalation', 'customer-leaves');
	return p;
}

const id = fc.constantFrom('a', 'b', 'c', 'd');
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`);
const moduleProgress = fc.record(
	{ completedOn: day, bestPercent: fc.integer({ min: 0, max: 100 }), passed: fc.boolean(), attempts: fc.nat({ max: 20 }) },
	{ requiredKeys: ['passed', 'attempts'] },
);
const progress: fc.Arbitrary<Progress> = fc.record({
	modules: fc.dictionary(id, moduleProgress),
	scenarios: fc.dictionary(id, fc.record({ endings: fc.uniqueArray(fc.constantFrom('x', 'y', 'z')).map((e) => [...e].sort()) })),
});
/** Same content regardless of key order, so merge results can be compared. */
const canonical = (p: Progress) => JSON.parse(serializeProgress(p, exportedAt)).progress;

describe('recording progress', () => {
	it('keeps the best score, counts attempts and remembers a pass', () => {
		const p = recordCheckResult(recordCheckResult(createEmptyProgress(), 'm', { percent: 100, passed: true }), 'm', { percent: 33, passed: false });
		expect(p.modules.m).toEqual({ bestPercent: 100, passed: true, attempts: 2 });
	});

	it('keeps the first completion day when a module is marked complete again', () => {
		const p = markModuleComplete(markModuleComplete(createEmptyProgress(), 'm', '2026-11-02'), 'm', '2026-11-09');
		expect(p.modules.m.completedOn).toBe('2026-11-02');
	});

	it('never changes the progress it is given', () => {
		const before = sampleProgress();
		const frozen = structuredClone(before);
		recordCheckResult(before, 'replying-to-a-problem', { percent: 0, passed: false });
		recordScenarioEnding(before, 'angry-escalation', 'other');
		expect(before).toEqual(frozen);
	});
});

describe('path status', () => {
	it('is complete on the day the last module was finished', () => {
		let p = markModuleComplete(createEmptyProgress(), 'a', '2026-11-03');
		p = markModuleComplete(p, 'b', '2026-11-10');
		expect(computePathStatus(['a', 'b'], p)).toEqual({ completed: 2, total: 2, complete: true, completedOn: '2026-11-10' });
		expect(computePathStatus(['a', 'b', 'c'], p)).toEqual({ completed: 2, total: 3, complete: false });
	});

	it('does not count a passed check as a completed module', () => {
		const p = recordCheckResult(createEmptyProgress(), 'a', { percent: 100, passed: true });
		expect(computePathStatus(['a'], p).complete).toBe(false);
	});
});

describe('export and import', () => {
	it('reads back exactly what it wrote', () => {
		const text = serializeProgress(sampleProgress(), exportedAt);
		expect(parseProgressFile(text)).toEqual({ ok: true, progress: sampleProgress(), exportedAt: '2026-11-20T10:00:00.000Z' });
	});

	it('round-trips any progress', () => {
		fc.assert(fc.property(progress, (p) => {
			const result = parseProgressFile(serializeProgress(p, exportedAt));
			expect(result.ok && canonical(result.progress)).toEqual(canonical(p));
		}));
	});

	const file = () => JSON.parse(serializeProgress(sampleProgress(), exportedAt));
	const tamperedScore = () => {
		const f = file();
		f.progress.modules['replying-to-a-problem'].bestPercent = 90;
		return JSON.stringify(f);
	};

	it.each([
		['a file that is not JSON', 'hello', 'This file was not imported: it is not a progress file (it is not valid JSON).'],
		['some other JSON file', '{"name":"report"}', 'This file was not imported: it is not a playbook progress file.'],
		['a file edited by hand', tamperedScore(), 'This file was not imported: its contents were changed after it was exported (the checksum does not match).'],
		['a file from a newer playbook', JSON.stringify({ ...file(), version: 2 }), 'This file was not imported: it was made by a newer version of the playbook (format 2; this one reads format 1).'],
		[
			'a file with a score over 100',
			(() => {
				const f = file();
				f.progress.modules['replying-to-a-problem'].bestPercent = 130;
				return JSON.stringify(f);
			})(),
			'This file was not imported: it is damaged or incomplete (progress.modules.replying-to-a-problem.bestPercent:',
		],
		['a file with an extra field', JSON.stringify({ ...file(), admin: true }), 'This file was not imported: it is damaged or incomplete ('],
		['a huge file', 'x'.repeat(300_000), 'This file was not imported: it is too large to be a progress file.'],
	])('refuses %s with a clear message', (_name, text, expected) => {
		const result = parseProgressFile(text);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.message.startsWith(expected)).toBe(true);
			expect(result.message.endsWith('Your progress has not changed.')).toBe(true);
		}
	});

	it('uses a checksum that changes when one character changes', () => {
		expect(computeChecksum('{"a":1}')).not.toBe(computeChecksum('{"a":2}'));
		expect(computeChecksum('')).toBe('811c9dc5');
	});
});

describe('stored progress', () => {
	it('reads what it stored', () => {
		expect(parseStoredProgress(formatStoredProgress(sampleProgress()))).toEqual(sampleProgress());
	});

	it.each([null, '', 'not json', '{"format":"playbook-training-progress","version":1,"progress":{"modules":{"m":{"bestPercent":"high"}}}}'])(
		'treats unreadable storage %j as no progress',
		(text) => {
			expect(parseStoredProgress(text)).toEqual(createEmptyProgress());
		},
	);
});

describe('merging', () => {
	it('keeps the earliest completion, the best score and every ending', () => {
		const mine: Progress = { modules: { m: { completedOn: '2026-11-09', bestPercent: 67, passed: true, attempts: 1 } }, scenarios: { s: { endings: ['x'] } } };
		const theirs: Progress = { modules: { m: { completedOn: '2026-11-04', bestPercent: 33, passed: false, attempts: 3 } }, scenarios: { s: { endings: ['y'] } } };
		expect(mergeProgress(mine, theirs)).toEqual({
			modules: { m: { completedOn: '2026-11-04', bestPercent: 67, passed: true, attempts: 3 } },
			scenarios: { s: { endings: ['x', 'y'] } },
		});
	});

	it('is commutative', () => {
		fc.assert(fc.property(progress, progress, (a, b) => {
			expect(canonical(mergeProgress(a, b))).toEqual(canonical(mergeProgress(b, a)));
		}));
	});

	it('is associative', () => {
		fc.assert(
			fc.property(progress, progress, progress, (a, b, c) => {
				expect(canonical(mergeProgress(mergeProgress(a, b), c))).toEqual(canonical(mergeProgress(a, mergeProgress(b, c))));
			}),
		);
	});

	it('is idempotent: importing the same file twice changes nothing', () => {
		fc.assert(fc.property(progress, progress, (a, b) => {
			expect(canonical(mergeProgress(mergeProgress(a, b), b))).toEqual(canonical(mergeProgress(a, b)));
		}));
	});

	it('never loses a completed module', () => {
		fc.assert(
			fc.property(progress, progress, (a, b) => {
				const merged = mergeProgress(a, b);
				for (const [m, state] of Object.entries(a.modules)) if (state.completedOn) expect(merged.modules[m].completedOn! <= state.completedOn).toBe(true);
			}),
		);
	});
});
