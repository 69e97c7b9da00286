import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	computeChecksum,
	computeLatestDay,
	describeImport,
	describeSaveFailure,
	describeSetAside,
	formatSetAsideKey,
	isCalendarDay,
	loadStoredProgress,
	MAX_LEARNER_NAME_LENGTH,
	migrateProgressRecord,
	normalizeLearnerName,
	PROGRESS_MIGRATIONS,
	PROGRESS_STORAGE_KEY,
	readFirstAnswers,
	readStoredProgress,
	saveStoredProgress,
	type ProgressStorage,
	computePathStatus,
	createEmptyProgress,
	formatCanonicalJson,
	formatStoredProgress,
	markModuleComplete,
	mergeProgress,
	parseProgressFile,
	recordCheckResult,
	recordScenarioEnding,
	serializeProgress,
	type Progress,
} from '#src/lib/progress.ts';
import { PROGRESS_VERSION } from '#src/schemas/progress.ts';

const exportedAt = new Date('2026-11-20T10:00:00Z');
/** The moment of import in these tests: a day after the export. */
const now = new Date('2026-11-30T09:00:00Z');

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
	{
		completedOn: day,
		bestPercent: fc.integer({ min: 0, max: 100 }),
		passed: fc.boolean(),
		attempts: fc.nat({ max: 20 }),
		firstAttempt: fc.record({
			on: day,
			answers: fc.dictionary(
				id,
				fc.uniqueArray(id).map((a) => [...a].sort()),
			),
		}),
	},
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

	it('keeps the answers of the first attempt only, by option id', () => {
		let p = recordCheckResult(createEmptyProgress(), 'm', { percent: 40, passed: false, answers: { q1: ['b', 'a', 'a'], q2: ['c'] }, day: '2026-11-18' });
		p = recordCheckResult(p, 'm', { percent: 100, passed: true, answers: { q1: ['a'], q2: ['d'] }, day: '2026-11-19' });
		expect(p.modules.m.firstAttempt).toEqual({ on: '2026-11-18', answers: { q1: ['a', 'b'], q2: ['c'] } });
		expect(readFirstAnswers(p, 'm')).toEqual({ q1: ['a', 'b'], q2: ['c'] });
		expect(readFirstAnswers(p, 'constructor')).toBeUndefined();
	});

	it('keeps the earlier first attempt when two records are merged', () => {
		const early = recordCheckResult(createEmptyProgress(), 'm', { percent: 40, passed: false, answers: { q1: ['b'] }, day: '2026-11-18' });
		const late = recordCheckResult(createEmptyProgress(), 'm', { percent: 100, passed: true, answers: { q1: ['a'] }, day: '2026-11-20' });
		expect(mergeProgress(late, early).modules.m.firstAttempt).toEqual({ on: '2026-11-18', answers: { q1: ['b'] } });
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
		expect(parseProgressFile(text, { now })).toEqual({ ok: true, progress: sampleProgress(), exportedAt: '2026-11-20T10:00:00.000Z', droppedModuleIds: [] });
	});

	it('round-trips any progress', () => {
		fc.assert(
			fc.property(progress, (p) => {
				const result = parseProgressFile(serializeProgress(p, exportedAt), { now });
				expect(result.ok && canonical(result.progress)).toEqual(canonical(p));
			}),
		);
	});

	const file = () => JSON.parse(serializeProgress(sampleProgress(), exportedAt));
	/** A file with a correct checksum, as a tester who knows the algorithm could craft. */
	const signed = (progress: Progress, at = exportedAt.toISOString()) =>
		JSON.stringify({ ...file(), exportedAt: at, progress, checksum: computeChecksum(formatCanonicalJson(progress)) });
	const withCompletion = (day: string) => {
		const p = sampleProgress();
		p.modules['replying-to-a-problem'].completedOn = day;
		return signed(p);
	};
	const tamperedScore = () => {
		const f = file();
		f.progress.modules['replying-to-a-problem'].bestPercent = 90;
		return JSON.stringify(f);
	};

	it.each([
		['a file that is not JSON', 'hello', 'This file was not imported: it is not a progress file (it is not valid JSON).'],
		['some other JSON file', '{"name":"report"}', 'This file was not imported: it is not a playbook progress file.'],
		['a file edited by hand', tamperedScore(), 'This file was not imported: its contents were changed after it was exported (the checksum does not match).'],
		[
			'a file from a newer playbook',
			JSON.stringify({ ...file(), version: 3 }),
			'This file was not imported: it was made by a newer version of the playbook (format 3; this one reads format 2).',
		],
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
		[
			'a file with an impossible date (31 February)',
			withCompletion('2026-02-31'),
			'This file was not imported: it is damaged or incomplete (progress.modules.replying-to-a-problem.completedOn: dates are real calendar days',
		],
		[
			'a file with day zero',
			withCompletion('0000-00-00'),
			'This file was not imported: it is damaged or incomplete (progress.modules.replying-to-a-problem.completedOn: dates are real calendar days',
		],
		[
			'a file with month 99',
			withCompletion('9999-99-99'),
			'This file was not imported: it is damaged or incomplete (progress.modules.replying-to-a-problem.completedOn: dates are real calendar days',
		],
		[
			'a file completed after the moment of import',
			withCompletion('2026-12-02'),
			'This file was not imported: it says module "replying-to-a-problem" was completed on 2026-12-02, which is after today.',
		],
		[
			'a file exported in the future',
			signed(sampleProgress(), '10007-06-07T00:00:00.000Z'),
			'This file was not imported: its export date (10007-06-07T00:00:00.000Z) is not a real moment before now.',
		],
	])('refuses %s with a clear message', (_name, text, expected) => {
		const result = parseProgressFile(text, { now });
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

/** A browser's storage in memory; `failOn` makes writes to matching keys throw like a full browser. */
function createStorage(initial: Record<string, string> = {}, failOn: (key: string) => boolean = () => false): ProgressStorage & { items: Map<string, string> } {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => {
			if (failOn(key)) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError', code: 22 });
			items.set(key, value);
		},
	};
}

const good = { completedOn: '2026-11-18', bestPercent: 100, passed: true, attempts: 2 };
const envelope = (progress: unknown, extra: Record<string, unknown> = {}) =>
	JSON.stringify({ format: 'playbook-training-progress', version: 1, progress, ...extra });
const known = ['replying-to-a-problem', 'first-reply', 'constructor-basics'];

describe('stored progress', () => {
	it('reads what it stored, completely', () => {
		expect(readStoredProgress(formatStoredProgress(sampleProgress()))).toEqual({ progress: sampleProgress(), problems: [], understood: true });
	});

	it.each([null, ''])('reads no saved progress (%j) as empty, with nothing to report', (text) => {
		expect(readStoredProgress(text)).toEqual({ progress: createEmptyProgress(), problems: [], understood: true });
	});

	it.each([
		[
			'a record from a newer playbook (version 3)',
			JSON.stringify({ format: 'playbook-training-progress', version: 3, progress: { modules: { 'first-reply': good } } }),
			'newer version of the playbook (format 3',
		],
		['an extra field in the record', envelope({ modules: { 'first-reply': good } }, { owner: 'sam' }), 'unknown detail “owner”'],
		['an extra field in a module', envelope({ modules: { 'first-reply': { ...good, mood: 'happy' } } }), 'module “first-reply”: unknown detail “mood”'],
		['an unknown module id', envelope({ modules: { 'first-reply': good, 'not-a-module': good } }), 'module “not-a-module”: not part of this playbook'],
		[
			'a damaged entry beside good ones',
			envelope({ modules: { 'first-reply': good, 'replying-to-a-problem': 'done' } }),
			'module “replying-to-a-problem”: its record is not readable',
		],
		[
			'an impossible completion date',
			envelope({ modules: { 'first-reply': good, 'replying-to-a-problem': { ...good, completedOn: '2026-02-31' } } }),
			'module “replying-to-a-problem”: completedOn “"2026-02-31"” is not valid',
		],
		[
			'a completion date after today',
			envelope({ modules: { 'first-reply': good, 'replying-to-a-problem': { ...good, completedOn: '2026-12-25' } } }),
			'completion date 2026-12-25 is after today',
		],
		[
			'a module id that is an Object property',
			envelope({ modules: { 'first-reply': good, constructor: good } }),
			'module “constructor”: not part of this playbook',
		],
	])('keeps every valid entry of %s and reports the rest', (_name, text, problem) => {
		const read = readStoredProgress(text, { knownModuleIds: known, now });
		expect(read.progress.modules['first-reply']).toEqual(good);
		expect(read.understood).toBe(false);
		expect(read.problems.join('\n')).toContain(problem);
	});

	it('keeps the readable details of a partly damaged module', () => {
		const read = readStoredProgress(envelope({ modules: { 'first-reply': { ...good, completedOn: '9999-99-99' } } }), { now });
		expect(read.progress.modules['first-reply']).toEqual({ bestPercent: 100, passed: true, attempts: 2 });
	});

	it.each(['not json', '[]', '42', '{"format":"someone-else","version":1}', '{"format":"playbook-training-progress"}'])(
		'reads %j, which holds nothing it understands, as empty and not understood',
		(text) => {
			const read = readStoredProgress(text);
			expect(read.progress).toEqual(createEmptyProgress());
			expect(read.understood).toBe(false);
			expect(read.problems).toHaveLength(1);
		},
	);

	it('keeps every valid entry whatever junk sits beside it', () => {
		const junk = fc.dictionary(
			fc.string({ maxLength: 12 }).filter((k) => !['a', 'b', 'c', 'd'].includes(k)),
			fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.record({ completedOn: fc.string(), attempts: fc.integer({ min: -5, max: -1 }) })),
		);
		fc.assert(
			fc.property(progress, junk, (p, extra) => {
				const read = readStoredProgress(envelope({ modules: { ...extra, ...p.modules }, scenarios: p.scenarios }), { now });
				for (const [m, state] of Object.entries(p.modules)) expect(read.progress.modules[m]).toEqual(state);
				expect(read.progress.scenarios).toEqual(p.scenarios);
			}),
		);
	});
});

describe('format versions', () => {
	it('reads a version 0 record (bare progress, no envelope) as the same progress', () => {
		const read = readStoredProgress(JSON.stringify(sampleProgress()));
		expect(read).toEqual({ progress: sampleProgress(), problems: [], understood: true });
	});

	it.each(PROGRESS_MIGRATIONS.map((m) => [m.from, m] as const))('steps from version %i to the next, keeping the format name', (from, step) => {
		const older = from === 0 ? { modules: {}, scenarios: {} } : { format: 'playbook-training-progress', version: from, progress: {} };
		expect(step.migrate(older)).toMatchObject({ format: 'playbook-training-progress', version: from + 1 });
	});

	it('leaves a current record as it is', () => {
		const record = JSON.parse(formatStoredProgress(sampleProgress()));
		expect(migrateProgressRecord(record)).toEqual({ ok: true, record, fromVersion: PROGRESS_VERSION });
	});

	it('reads a version 1 record, which kept no answers, as the same progress', () => {
		expect(readStoredProgress(envelope({ modules: { 'first-reply': good }, scenarios: {} }))).toEqual({
			progress: { modules: { 'first-reply': good }, scenarios: {} },
			problems: [],
			understood: true,
		});
	});

	it('imports a version 1 file exported before answers were kept', () => {
		const v1 = JSON.parse(serializeProgress(sampleProgress(), exportedAt));
		const result = parseProgressFile(JSON.stringify({ ...v1, version: 1 }), { now: new Date('2026-12-01T00:00:00Z') });
		expect(result.ok && result.progress).toEqual(sampleProgress());
	});

	it('says why a record cannot be migrated', () => {
		expect(migrateProgressRecord({ format: 'playbook-training-progress', version: 'one' })).toEqual({ ok: false, reason: 'it has no format version' });
		expect(migrateProgressRecord([1, 2])).toEqual({ ok: false, reason: 'it is not a progress record' });
	});
});

describe('saving and loading in browser storage', () => {
	it('saves, reads back and loads what it saved', () => {
		const storage = createStorage();
		expect(saveStoredProgress(storage, sampleProgress())).toEqual({ ok: true });
		expect(loadStoredProgress(storage)).toEqual({ progress: sampleProgress(), problems: [], understood: true });
	});

	it('copies a record it did not understand aside before anything writes over it', () => {
		const original = JSON.stringify({ format: 'playbook-training-progress', version: 3, progress: { modules: { 'first-reply': good } }, learner: 'Sam' });
		const storage = createStorage({ [PROGRESS_STORAGE_KEY]: original });
		const loaded = loadStoredProgress(storage, { now });
		expect(loaded.progress.modules['first-reply']).toEqual(good);
		expect(loaded.setAsideKey).toBe(formatSetAsideKey(original));
		expect(storage.items.get(formatSetAsideKey(original))).toBe(original);

		const next = markModuleComplete(loaded.progress, 'replying-to-a-problem', '2026-11-20');
		expect(saveStoredProgress(storage, next)).toEqual({ ok: true });
		expect(storage.items.get(formatSetAsideKey(original))).toBe(original);
		expect(loadStoredProgress(storage).progress).toEqual(next);
	});

	it('never writes over a record it did not understand when it cannot keep a copy', () => {
		const original = envelope({ modules: { 'first-reply': good } }, { owner: 'sam' });
		const storage = createStorage({ [PROGRESS_STORAGE_KEY]: original }, (key) => key !== PROGRESS_STORAGE_KEY);
		const loaded = loadStoredProgress(storage, { now });
		expect(loaded.setAsideKey).toBeUndefined();
		expect(describeSetAside(loaded)).toContain('The original could not be copied');
		expect(saveStoredProgress(storage, createEmptyProgress())).toEqual({ ok: false, reason: 'unreadable-kept' });
		expect(storage.items.get(PROGRESS_STORAGE_KEY)).toBe(original);
	});

	it('says the save failed when storage is full, and offers the export', () => {
		const storage = createStorage({}, () => true);
		const result = saveStoredProgress(storage, sampleProgress());
		expect(result).toEqual({ ok: false, reason: 'full' });
		expect(!result.ok && describeSaveFailure(result)).toBe(
			'Your progress could not be saved in this browser because its storage is full. Free some space (for example, clear data this browser keeps for other sites) and try again. Export your progress to a file now so nothing is lost.',
		);
	});

	it('says the save failed when the browser allows no storage at all', () => {
		expect(saveStoredProgress(null, sampleProgress())).toEqual({ ok: false, reason: 'unavailable' });
		expect(loadStoredProgress(null).progress).toEqual(createEmptyProgress());
	});

	it('says the save failed when what it wrote does not read back', () => {
		const storage: ProgressStorage = { getItem: () => null, setItem: () => undefined };
		expect(saveStoredProgress(storage, sampleProgress())).toEqual({ ok: false, reason: 'unavailable' });
	});

	it('tells the reader what was set aside, briefly', () => {
		const modules = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`gone-${i}`, good]));
		const loaded = loadStoredProgress(createStorage({ [PROGRESS_STORAGE_KEY]: envelope({ modules }) }), { knownModuleIds: known, now });
		expect(describeSetAside(loaded)).toBe(
			'Some of the progress saved in this browser could not be read, so it was set aside; everything else is shown here. A copy of the original is kept unchanged in this browser. Not read: module “gone-0”: not part of this playbook; module “gone-1”: not part of this playbook; module “gone-2”: not part of this playbook; module “gone-3”: not part of this playbook; module “gone-4”: not part of this playbook; and 3 more items.',
		);
	});
});

describe('dates and names', () => {
	it.each([
		['2026-11-18', true],
		['2028-02-29', true],
		['2026-02-29', false],
		['2026-02-31', false],
		['0000-00-00', false],
		['9999-99-99', false],
		['1999-12-31', false],
		['2026-1-5', false],
		['2026-11-18T00:00', false],
	])('%s is a calendar day: %s', (text, expected) => {
		expect(isCalendarDay(text)).toBe(expected);
	});

	it('counts a day as past once it has begun anywhere on Earth', () => {
		expect(computeLatestDay(new Date('2026-11-21T09:00:00Z'))).toBe('2026-11-21');
		expect(computeLatestDay(new Date('2026-11-21T10:00:00Z'))).toBe('2026-11-22');
	});

	it('bounds the name printed on a certificate and tidies its spaces', () => {
		expect(normalizeLearnerName('  Ana   María\tPérez ')).toBe('Ana María Pérez');
		expect([...normalizeLearnerName('é'.repeat(5000))]).toHaveLength(MAX_LEARNER_NAME_LENGTH);
	});
});

describe('importing progress for modules this playbook does not have', () => {
	it('leaves them out and counts them in the message', () => {
		let p = sampleProgress();
		for (let i = 0; i < 1500; i++) p = markModuleComplete(p, `unknown-${i}`, '2026-11-10');
		const text = serializeProgress(p, exportedAt);
		const result = parseProgressFile(text, { knownModuleIds: known, now });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(Object.keys(result.progress.modules)).toEqual(['replying-to-a-problem']);
		expect(result.droppedModuleIds).toHaveLength(1500);
		expect(describeImport('progress.json', result)).toBe(
			'Imported progress.json: 1 completed module merged with the progress already in this browser. 1,500 modules in the file are not part of this playbook and were left out.',
		);
	});
});

describe('merging', () => {
	it('keeps the earliest completion, the best score and every ending', () => {
		const mine: Progress = { modules: { m: { completedOn: '2026-11-09', bestPercent: 67, passed: true, attempts: 1 } }, scenarios: { s: { endings: ['x'] } } };
		const theirs: Progress = {
			modules: { m: { completedOn: '2026-11-04', bestPercent: 33, passed: false, attempts: 3 } },
			scenarios: { s: { endings: ['y'] } },
		};
		expect(mergeProgress(mine, theirs)).toEqual({
			modules: { m: { completedOn: '2026-11-04', bestPercent: 67, passed: true, attempts: 3 } },
			scenarios: { s: { endings: ['x', 'y'] } },
		});
	});

	it('is commutative', () => {
		fc.assert(
			fc.property(progress, progress, (a, b) => {
				expect(canonical(mergeProgress(a, b))).toEqual(canonical(mergeProgress(b, a)));
			}),
		);
	});

	it('is associative', () => {
		fc.assert(
			fc.property(progress, progress, progress, (a, b, c) => {
				expect(canonical(mergeProgress(mergeProgress(a, b), c))).toEqual(canonical(mergeProgress(a, mergeProgress(b, c))));
			}),
		);
	});

	it('is idempotent: importing the same file twice changes nothing', () => {
		fc.assert(
			fc.property(progress, progress, (a, b) => {
				expect(canonical(mergeProgress(mergeProgress(a, b), b))).toEqual(canonical(mergeProgress(a, b)));
			}),
		);
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
