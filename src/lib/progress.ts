/**
 * Training progress: pure functions to record, merge, export, import, store
 * and migrate it. Nothing is ever sent anywhere. Every function returns a new
 * value and never changes its input, so a refused import cannot touch
 * existing progress.
 *
 * The public API, in the order a page uses it:
 * - `loadStoredProgress(storage, options)` reads what the browser holds,
 *   forgivingly: every valid entry is kept, anything it cannot read is listed
 *   in `problems` (reader wording; `describeSetAside` words the notice) and
 *   the original record is copied to a set-aside key before anything can
 *   write over it.
 * - `readStoredProgress(text, options)` is the pure part of that read, and
 *   `migrateProgressRecord(data)` the explicit, tested step from each older
 *   format version to the current one (PROGRESS_MIGRATIONS).
 * - `saveStoredProgress(storage, progress)` writes, checks it reads back and
 *   says whether it worked (`{ ok: false, reason: 'full' }` when storage is
 *   full); show `describeSaveFailure(result)` and offer the export.
 * - `parseProgressFile(text, options)` validates an exported file (strict:
 *   checksum, real calendar days not after now, unknown module ids left out
 *   and listed); `describeImport` words the result; `serializeProgress`
 *   writes the file.
 * The browser glue (localStorage, change events, React hook) is
 * src/components/training/progress-store.ts.
 */
import { z } from 'zod';
import { formatNumber } from './format.ts';
import {
	isCalendarDay,
	moduleProgressSchema,
	PROGRESS_FORMAT,
	PROGRESS_VERSION,
	progressFileSchema,
	progressSchema,
	scenarioProgressSchema,
	type FirstAttempt,
	type ModuleProgress,
	type Progress,
} from '../schemas/progress.ts';

export type { Progress, ModuleProgress };
export { isCalendarDay };

/** Progress files are small; anything much bigger is not one of ours. */
export const MAX_PROGRESS_FILE_BYTES = 200_000;

export function createEmptyProgress(): Progress {
	return { modules: {}, scenarios: {} };
}

const emptyModule = (): ModuleProgress => ({ passed: false, attempts: 0 });

/**
 * An entry only if the record holds it itself: ids come from files and
 * storage, and `modules.constructor` on a plain object is Object's constructor.
 */
function getOwn<T>(record: Record<string, T>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Records one submitted knowledge check: keeps the best score and whether it
 * was ever passed, and the first attempt's answers (option ids by question
 * id) when given with the day.
 */
export function recordCheckResult(
	progress: Progress,
	moduleId: string,
	result: { percent: number; passed: boolean; answers?: Readonly<Record<string, readonly string[]>>; day?: string },
): Progress {
	const before = getOwn(progress.modules, moduleId) ?? emptyModule();
	const percent = Math.max(0, Math.min(100, Math.round(result.percent)));
	const after: ModuleProgress = {
		...before,
		bestPercent: Math.max(before.bestPercent ?? 0, percent),
		passed: before.passed || result.passed,
		attempts: before.attempts + 1,
	};
	if (!before.firstAttempt && before.attempts === 0 && result.answers && result.day) {
		after.firstAttempt = { on: result.day, answers: Object.fromEntries(Object.entries(result.answers).map(([q, ids]) => [q, [...new Set(ids)].sort()])) };
	}
	return { ...progress, modules: { ...progress.modules, [moduleId]: after } };
}

/** Marks a module complete on a day (YYYY-MM-DD); the first completion day is kept. */
export function markModuleComplete(progress: Progress, moduleId: string, day: string): Progress {
	const before = getOwn(progress.modules, moduleId) ?? emptyModule();
	if (before.completedOn) return progress;
	return { ...progress, modules: { ...progress.modules, [moduleId]: { ...before, completedOn: day } } };
}

/** Records that a scenario was played to an ending. */
export function recordScenarioEnding(progress: Progress, scenarioId: string, endingId: string): Progress {
	const endings = new Set(getOwn(progress.scenarios, scenarioId)?.endings ?? []);
	endings.add(endingId);
	return { ...progress, scenarios: { ...progress.scenarios, [scenarioId]: { endings: [...endings].sort() } } };
}

function mergeModule(a: ModuleProgress | undefined, b: ModuleProgress | undefined): ModuleProgress {
	if (!a) return b as ModuleProgress;
	if (!b) return a;
	const merged: ModuleProgress = {
		passed: a.passed || b.passed,
		// Max, not sum: importing the same file twice must not inflate the count.
		attempts: Math.max(a.attempts, b.attempts),
	};
	const completed = [a.completedOn, b.completedOn].filter((d): d is string => d !== undefined).sort()[0];
	if (completed) merged.completedOn = completed;
	if (a.bestPercent !== undefined || b.bestPercent !== undefined) merged.bestPercent = Math.max(a.bestPercent ?? 0, b.bestPercent ?? 0);
	const first = pickFirstAttempt(a.firstAttempt, b.firstAttempt);
	if (first) merged.firstAttempt = first;
	return merged;
}

/** The earlier first attempt; on the same day, the one whose canonical text sorts first, so merging stays commutative. */
function pickFirstAttempt(a: FirstAttempt | undefined, b: FirstAttempt | undefined): FirstAttempt | undefined {
	if (!a || !b) return a ?? b;
	if (a.on !== b.on) return a.on < b.on ? a : b;
	return formatCanonicalJson(a) <= formatCanonicalJson(b) ? a : b;
}

/** A module's first-attempt answers (question id → option ids), for the cohort view; undefined when the record has none. */
export function readFirstAnswers(progress: Progress, moduleId: string): Readonly<Record<string, readonly string[]>> | undefined {
	return getOwn(progress.modules, moduleId)?.firstAttempt?.answers;
}

/**
 * Combines two records so nothing either holds is lost: the earliest
 * completion day, the best score, every ending reached. Commutative,
 * associative and idempotent, so imports can happen in any order, any number of times.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
	const modules: Progress['modules'] = {};
	for (const id of [...new Set([...Object.keys(a.modules), ...Object.keys(b.modules)])].sort()) {
		modules[id] = mergeModule(getOwn(a.modules, id), getOwn(b.modules, id));
	}
	const scenarios: Progress['scenarios'] = {};
	for (const id of [...new Set([...Object.keys(a.scenarios), ...Object.keys(b.scenarios)])].sort()) {
		const endings = new Set([...(getOwn(a.scenarios, id)?.endings ?? []), ...(getOwn(b.scenarios, id)?.endings ?? [])]);
		scenarios[id] = { endings: [...endings].sort() };
	}
	return { modules, scenarios };
}

/** JSON with object keys sorted, so equal progress always gives the same text (and checksum). */
export function formatCanonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(formatCanonicalJson).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${formatCanonicalJson(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

/**
 * FNV-1a, 32 bits, as 8 hex digits. Not security: it only tells a file that
 * was edited by hand (or damaged) from one the playbook wrote.
 */
export function computeChecksum(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/** The text of an exported progress file. */
export function serializeProgress(progress: Progress, exportedAt: Date): string {
	const clean = progressSchema.parse(progress);
	const file = {
		format: PROGRESS_FORMAT,
		version: PROGRESS_VERSION,
		exportedAt: exportedAt.toISOString(),
		checksum: computeChecksum(formatCanonicalJson(clean)),
		progress: clean,
	};
	return `${JSON.stringify(file, null, 2)}\n`;
}

/** Longest learner name a certificate prints; longer text is cut, so the certificate keeps its layout. */
export const MAX_LEARNER_NAME_LENGTH = 80;

/** The name as printed on a certificate: spaces collapsed, trimmed, at most MAX_LEARNER_NAME_LENGTH characters. */
export function normalizeLearnerName(text: string): string {
	return [...text.replace(/\s+/g, ' ').trim()].slice(0, MAX_LEARNER_NAME_LENGTH).join('').trim();
}

/**
 * The latest calendar day anywhere on Earth at `now` (UTC+14 is the furthest
 * ahead), so a module completed "today" in Kiribati is not "in the future"
 * for a trainer in Hawaii, while a day after that is.
 */
export function computeLatestDay(now: Date): string {
	return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** Options shared by reading stored progress and importing a file. */
export interface ProgressReadOptions {
	/** Module ids this playbook has; progress for any other id is left out and counted. Omit to keep every id. */
	knownModuleIds?: Iterable<string>;
	/** The moment of reading; completion days after it are refused. Defaults to now. */
	now?: Date;
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;

export type ParseResult =
	| {
			ok: true;
			progress: Progress;
			exportedAt: string;
			/** Module ids in the file that this playbook does not have; they were left out of `progress`. */
			droppedModuleIds: string[];
	  }
	| { ok: false; message: string };

function describeIssue(issue: z.core.$ZodIssue): string {
	const where = issue.path.map(String).join('.');
	return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * Reads an exported progress file. Refuses, with a message a learner can act
 * on, anything that is not a complete, unedited progress file of a version
 * this playbook understands, or that holds a completion day after the moment
 * of import. Progress for modules this playbook does not have is left out
 * and listed in `droppedModuleIds`.
 */
export function parseProgressFile(text: string, options: ProgressReadOptions = {}): ParseResult {
	const refuse = (reason: string): ParseResult => ({ ok: false, message: `This file was not imported: ${reason} Your progress has not changed.` });
	if (text.length > MAX_PROGRESS_FILE_BYTES) return refuse('it is too large to be a progress file.');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return refuse('it is not a progress file (it is not valid JSON). Choose the .json file you exported from a My progress page.');
	}
	if (data === null || typeof data !== 'object' || (data as { format?: unknown }).format !== PROGRESS_FORMAT) {
		return refuse('it is not a playbook progress file. Choose the .json file you exported from a My progress page.');
	}
	const version = (data as { version?: unknown }).version;
	if (typeof version === 'number' && version > PROGRESS_VERSION) {
		return refuse(`it was made by a newer version of the playbook (format ${version}; this one reads format ${PROGRESS_VERSION}).`);
	}
	// Files from older versions are brought up to date the way stored records are (PROGRESS_MIGRATIONS); the checksum covers only `progress`, which the steps since version 1 leave alone.
	const migrated = migrateProgressRecord(data);
	const parsed = progressFileSchema.safeParse(migrated.ok ? migrated.record : data);
	if (!parsed.success) {
		return refuse(`it is damaged or incomplete (${describeIssue(parsed.error.issues[0])}).`);
	}
	if (computeChecksum(formatCanonicalJson(parsed.data.progress)) !== parsed.data.checksum) {
		return refuse('its contents were changed after it was exported (the checksum does not match). Export it again from the original browser.');
	}
	const latest = computeLatestDay(options.now ?? new Date());
	const exportedDay = new Date(parsed.data.exportedAt);
	if (Number.isNaN(exportedDay.getTime()) || exportedDay.toISOString().slice(0, 10) > latest) {
		return refuse(`its export date (${parsed.data.exportedAt}) is not a real moment before now. Export it again from the original browser.`);
	}
	for (const [id, state] of Object.entries(parsed.data.progress.modules)) {
		if (state.completedOn && state.completedOn > latest) {
			return refuse(`it says module "${id}" was completed on ${state.completedOn}, which is after today. Export it again from the original browser.`);
		}
	}
	const known = options.knownModuleIds ? new Set(options.knownModuleIds) : undefined;
	const droppedModuleIds = known
		? Object.keys(parsed.data.progress.modules)
				.filter((id) => !known.has(id))
				.sort()
		: [];
	const progress = droppedModuleIds.length
		? { ...parsed.data.progress, modules: Object.fromEntries(Object.entries(parsed.data.progress.modules).filter(([id]) => known!.has(id))) }
		: parsed.data.progress;
	return { ok: true, progress, exportedAt: parsed.data.exportedAt, droppedModuleIds };
}

/** What an import tells the learner once the merged progress has been saved. */
export function describeImport(fileName: string, result: Extract<ParseResult, { ok: true }>): string {
	const completed = Object.values(result.progress.modules).filter((m) => m.completedOn).length;
	const dropped = result.droppedModuleIds.length;
	return (
		`Imported ${fileName}: ${plural(completed, 'completed module')} merged with the progress already in this browser.` +
		(dropped
			? ` ${plural(dropped, 'module')} in the file ${dropped === 1 ? 'is' : 'are'} not part of this playbook and ${dropped === 1 ? 'was' : 'were'} left out.`
			: '')
	);
}

// ---------------------------------------------------------------------------
// Stored progress: versions, migrations and the forgiving read

/** One step from a format version to the next. */
export interface ProgressMigration {
	/** The version this step reads; it writes `from + 1`. */
	from: number;
	/** Why the shape changed, for whoever adds the next step. */
	why: string;
	migrate(record: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Every change of the stored shape, oldest first, one tested step each. To
 * change the shape: bump PROGRESS_VERSION in src/schemas/progress.ts and add
 * the step from the previous version here, with a test that an old record
 * reads the same after it.
 */
export const PROGRESS_MIGRATIONS: readonly ProgressMigration[] = [
	{
		from: 0,
		why: 'Version 0 is a bare progress object ({ modules, scenarios }) with no envelope naming its format, as copied out of an exported file by hand; version 1 wraps it.',
		migrate: (bare) => ({ format: PROGRESS_FORMAT, version: 1, progress: bare }),
	},
	{
		from: 1,
		why: "Version 2 lets each module keep its first attempt's answers (firstAttempt) for the trainer's per-question results; a version-1 record has none, so it reads unchanged. The version moves so that a version-1 playbook refuses a version-2 record clearly instead of dropping the answers.",
		migrate: (record) => ({ ...record, version: 2 }),
	},
];

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

export type MigrationResult =
	| {
			ok: true;
			/** The record in the current version's envelope (progress not yet validated). */
			record: Record<string, unknown>;
			/** The version the record was written in. */
			fromVersion: number;
	  }
	| { ok: false; reason: string };

/**
 * Brings a stored record to the current version by applying each step in
 * PROGRESS_MIGRATIONS in turn. A record from a newer playbook is returned
 * unchanged with its version, for the caller to read as best it can.
 */
export function migrateProgressRecord(data: unknown): MigrationResult {
	if (!isPlainObject(data)) return { ok: false, reason: 'it is not a progress record' };
	let record = data;
	let version: number;
	if (!Object.hasOwn(record, 'format') && (Object.hasOwn(record, 'modules') || Object.hasOwn(record, 'scenarios'))) version = 0;
	else if (record.format !== PROGRESS_FORMAT) return { ok: false, reason: 'it is not playbook training progress' };
	else if (typeof record.version === 'number' && Number.isInteger(record.version) && record.version >= 1) version = record.version;
	else return { ok: false, reason: 'it has no format version' };
	const fromVersion = version;
	while (version < PROGRESS_VERSION) {
		const step = PROGRESS_MIGRATIONS.find((m) => m.from === version);
		if (!step) return { ok: false, reason: `there is no way to read format ${version}` };
		record = step.migrate(record);
		version = step.from + 1;
	}
	return { ok: true, record, fromVersion };
}

/** What reading stored progress found. */
export interface StoredProgressRead {
	/** Every entry that could be read. */
	progress: Progress;
	/** Each thing that could not be read, in the learner's words; empty when all was read. */
	problems: string[];
	/**
	 * False when the record held anything `progress` does not carry (or came
	 * from a newer playbook): keep a copy of it before writing over it.
	 */
	understood: boolean;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

function readModuleEntry(id: string, value: unknown, latest: string, problems: string[]): ModuleProgress | undefined {
	const name = `module ${quote(id)}`;
	if (!isPlainObject(value)) {
		problems.push(`${name}: its record is not readable`);
		return undefined;
	}
	const entry = emptyModule();
	let kept = 0;
	for (const [key, field] of Object.entries(value)) {
		const fieldSchema = Object.hasOwn(moduleProgressSchema.shape, key) ? moduleProgressSchema.shape[key as keyof ModuleProgress] : undefined;
		const parsed = fieldSchema?.safeParse(field);
		if (!parsed?.success) {
			problems.push(fieldSchema ? `${name}: ${key} ${quote(String(JSON.stringify(field)))} is not valid` : `${name}: unknown detail ${quote(key)}`);
		} else if (key === 'completedOn' && typeof parsed.data === 'string' && parsed.data > latest) {
			problems.push(`${name}: completion date ${parsed.data} is after today`);
		} else {
			(entry as Record<string, unknown>)[key] = parsed.data;
			kept++;
		}
	}
	// An entry with nothing readable left says nothing; the record's copy keeps what it held.
	return kept > 0 ? entry : undefined;
}

function readScenarioEntry(id: string, value: unknown, problems: string[]): Progress['scenarios'][string] | undefined {
	const parsed = scenarioProgressSchema.safeParse(value);
	if (parsed.success) return parsed.data;
	const endings =
		isPlainObject(value) && Array.isArray(value.endings) ? value.endings.filter((e): e is string => typeof e === 'string' && idPattern.test(e)) : [];
	problems.push(`scenario ${quote(id)}: part of its record is not readable`);
	return endings.length ? { endings: [...new Set(endings)].sort() } : undefined;
}

/**
 * Reads the text the browser stored, keeping every entry it can: a record
 * from another version, with an extra field, an unknown module id or one
 * damaged entry still yields all its good entries. Never throws.
 */
export function readStoredProgress(text: string | null | undefined, options: ProgressReadOptions = {}): StoredProgressRead {
	const progress = createEmptyProgress();
	if (!text) return { progress, problems: [], understood: true };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { progress, problems: ['the saved progress is not readable at all'], understood: false };
	}
	const migrated = migrateProgressRecord(data);
	if (!migrated.ok) return { progress, problems: [`the saved progress is not readable: ${migrated.reason}`], understood: false };
	const problems: string[] = [];
	const { record, fromVersion } = migrated;
	if (fromVersion > PROGRESS_VERSION)
		problems.push(`it was saved by a newer version of the playbook (format ${fromVersion}; this one reads format ${PROGRESS_VERSION})`);
	for (const key of Object.keys(record)) if (!['format', 'version', 'progress'].includes(key)) problems.push(`unknown detail ${quote(key)}`);
	const body = record.progress;
	if (!isPlainObject(body)) {
		problems.push('the saved progress holds no modules or scenarios');
		return { progress, problems, understood: false };
	}
	for (const key of Object.keys(body)) if (key !== 'modules' && key !== 'scenarios') problems.push(`unknown detail ${quote(key)}`);
	const known = options.knownModuleIds ? new Set(options.knownModuleIds) : undefined;
	const latest = computeLatestDay(options.now ?? new Date());
	const modules = body.modules ?? {};
	const scenarios = body.scenarios ?? {};
	if (!isPlainObject(modules)) problems.push('the list of modules is not readable');
	else
		for (const [id, value] of Object.entries(modules)) {
			if (!idPattern.test(id)) problems.push(`module ${quote(id)}: not a module id`);
			else if (known && !known.has(id)) problems.push(`module ${quote(id)}: not part of this playbook`);
			else {
				const entry = readModuleEntry(id, value, latest, problems);
				if (entry) progress.modules[id] = entry;
			}
		}
	if (!isPlainObject(scenarios)) problems.push('the list of scenarios is not readable');
	else
		for (const [id, value] of Object.entries(scenarios)) {
			if (!idPattern.test(id)) problems.push(`scenario ${quote(id)}: not a scenario id`);
			else {
				const entry = readScenarioEntry(id, value, problems);
				if (entry) progress.scenarios[id] = entry;
			}
		}
	return { progress, problems, understood: problems.length === 0 };
}

/** Reads stored text, keeping what it can (see readStoredProgress). */
export function parseStoredProgress(text: string | null | undefined, options: ProgressReadOptions = {}): Progress {
	return readStoredProgress(text, options).progress;
}

/** The text kept in storage: the same versioned envelope as a file, without checksum or export time. */
export function formatStoredProgress(progress: Progress): string {
	return JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, progress });
}

// ---------------------------------------------------------------------------
// Storage: load and save with a result

/** The part of the browser's Storage used here; tests pass a Map-backed one. */
export interface ProgressStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

/** Storage key of the progress record; versioned inside the value, not in the key. */
export const PROGRESS_STORAGE_KEY = 'playbook.training.progress';
/** A record that was not fully understood is copied to this prefix plus its checksum before anything writes over it. */
export const SET_ASIDE_KEY_PREFIX = 'playbook.training.progress.set-aside.';

export const formatSetAsideKey = (text: string) => `${SET_ASIDE_KEY_PREFIX}${computeChecksum(text)}`;

export interface LoadedProgress extends StoredProgressRead {
	/** Where the original record was copied, when it was not fully understood and the copy succeeded. */
	setAsideKey?: string;
}

function keepCopy(storage: ProgressStorage, text: string): string | undefined {
	const key = formatSetAsideKey(text);
	try {
		if (storage.getItem(key) !== text) storage.setItem(key, text);
		return storage.getItem(key) === text ? key : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Reads progress from storage forgivingly and, when the record was not fully
 * understood, copies the original text under a set-aside key first, so no
 * later save can lose it. A storage that cannot be read counts as empty.
 */
export function loadStoredProgress(storage: ProgressStorage | null, options: ProgressReadOptions = {}): LoadedProgress {
	let text: string | null;
	try {
		text = storage?.getItem(PROGRESS_STORAGE_KEY) ?? null;
	} catch {
		text = null;
	}
	const read = readStoredProgress(text, options);
	if (read.understood || !storage || !text) return read;
	const setAsideKey = keepCopy(storage, text);
	return setAsideKey ? { ...read, setAsideKey } : read;
}

/** Whether a save worked; when it did not, why, so the page can say so and offer the export. */
export type SaveResult =
	| { ok: true }
	| {
			ok: false;
			/** full: over the storage quota; unavailable: the browser does not allow storage; unreadable-kept: a record it could not read could not be copied aside, so it was left alone. */
			reason: 'full' | 'unavailable' | 'unreadable-kept';
	  };

/** True for the error browsers throw when storage is over its quota (names differ by engine). */
export function isQuotaError(error: unknown): boolean {
	if (!isPlainObject(error) && !(error instanceof Error)) return false;
	const { name, code } = error as { name?: unknown; code?: unknown };
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * Writes progress and checks it reads back. Never writes over a record it
 * did not understand unless a copy of it is kept under a set-aside key.
 */
export function saveStoredProgress(storage: ProgressStorage | null, progress: Progress): SaveResult {
	if (!storage) return { ok: false, reason: 'unavailable' };
	const text = formatStoredProgress(progress);
	try {
		const before = storage.getItem(PROGRESS_STORAGE_KEY);
		if (before && !readStoredProgress(before).understood && !keepCopy(storage, before)) return { ok: false, reason: 'unreadable-kept' };
		storage.setItem(PROGRESS_STORAGE_KEY, text);
		return storage.getItem(PROGRESS_STORAGE_KEY) === text ? { ok: true } : { ok: false, reason: 'unavailable' };
	} catch (error) {
		return { ok: false, reason: isQuotaError(error) ? 'full' : 'unavailable' };
	}
}

/** What to tell the learner when a save failed; pages follow it with the export button. */
export function describeSaveFailure(result: Extract<SaveResult, { ok: false }>): string {
	const start = 'Your progress could not be saved in this browser';
	const why = {
		full: 'because its storage is full. Free some space (for example, clear data this browser keeps for other sites) and try again',
		unavailable: 'because the browser does not allow this site to keep data (a private window or a strict setting can do this)',
		'unreadable-kept': 'because the progress already saved here could not be read or copied aside, and it is left untouched rather than lost',
	}[result.reason];
	return `${start} ${why}. Export your progress to a file now so nothing is lost.`;
}

/** What to tell the learner when stored progress was read only in part. */
export function describeSetAside(read: LoadedProgress): string {
	const shown = read.problems.slice(0, 5);
	const more = read.problems.length - shown.length;
	const kept = read.setAsideKey
		? 'A copy of the original is kept unchanged in this browser.'
		: 'The original could not be copied, so it is left unchanged and nothing new can be saved over it; export your progress to keep it.';
	return `Some of the progress saved in this browser could not be read, so it was set aside; everything else is shown here. ${kept} Not read: ${shown.join('; ')}${more > 0 ? `; and ${plural(more, 'more item')}` : ''}.`;
}

export interface PathStatus {
	/** Modules in the path marked complete. */
	completed: number;
	total: number;
	/** True when every module in the path is complete. */
	complete: boolean;
	/** The day the last module was completed: the path's completion date. */
	completedOn?: string;
}

/** How far a learner is through a path, given its module ids in order. */
export function computePathStatus(moduleIds: readonly string[], progress: Progress): PathStatus {
	const days = moduleIds.map((id) => getOwn(progress.modules, id)?.completedOn).filter((d): d is string => d !== undefined);
	const complete = moduleIds.length > 0 && days.length === moduleIds.length;
	return {
		completed: days.length,
		total: moduleIds.length,
		complete,
		...(complete ? { completedOn: [...days].sort().at(-1) } : {}),
	};
}

/** YYYY-MM-DD for a moment, in the learner's own calendar (local time). */
export function formatLocalDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
