/**
 * Training progress: pure functions to record, merge, export and import it.
 * The browser keeps it in localStorage (src/components/training/progress-store.ts);
 * nothing is ever sent anywhere. Every function returns a new value and never
 * changes its input, so a refused import cannot touch existing progress.
 */
import { z } from 'zod';
import { PROGRESS_FORMAT, PROGRESS_VERSION, progressFileSchema, progressSchema, type ModuleProgress, type Progress } from '../schemas/progress.ts';

export type { Progress, ModuleProgress };

/** Progress files are small; anything much bigger is not one of ours. */
export const MAX_PROGRESS_FILE_BYTES = 200_000;

export function createEmptyProgress(): Progress {
	return { modules: {}, scenarios: {} };
}

const emptyModule = (): ModuleProgress => ({ passed: false, attempts: 0 });

/** Records one submitted knowledge check: keeps the best score and whether it was ever passed. */
export function recordCheckResult(progress: Progress, moduleId: string, result: { percent: number; passed: boolean }): Progress {
	const before = progress.modules[moduleId] ?? emptyModule();
	const percent = Math.max(0, Math.min(100, Math.round(result.percent)));
	const after: ModuleProgress = {
		...before,
		bestPercent: Math.max(before.bestPercent ?? 0, percent),
		passed: before.passed || result.passed,
		attempts: before.attempts + 1,
	};
	return { ...progress, modules: { ...progress.modules, [moduleId]: after } };
}

/** Marks a module complete on a day (YYYY-MM-DD); the first completion day is kept. */
export function markModuleComplete(progress: Progress, moduleId: string, day: string): Progress {
	const before = progress.modules[moduleId] ?? emptyModule();
	if (before.completedOn) return progress;
	return { ...progress, modules: { ...progress.modules, [moduleId]: { ...before, completedOn: day } } };
}

/** Records that a scenario was played to an ending. */
export function recordScenarioEnding(progress: Progress, scenarioId: string, endingId: string): Progress {
	const endings = new Set(progress.scenarios[scenarioId]?.endings ?? []);
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
	return merged;
}

/**
 * Combines two records so nothing either holds is lost: the earliest
 * completion day, the best score, every ending reached. Commutative,
 * associative and idempotent, so imports can happen in any order, any number of times.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
	const modules: Progress['modules'] = {};
	for (const id of [...new Set([...Object.keys(a.modules), ...Object.keys(b.modules)])].sort()) {
		modules[id] = mergeModule(a.modules[id], b.modules[id]);
	}
	const scenarios: Progress['scenarios'] = {};
	for (const id of [...new Set([...Object.keys(a.scenarios), ...Object.keys(b.scenarios)])].sort()) {
		const endings = new Set([...(a.scenarios[id]?.endings ?? []), ...(b.scenarios[id]?.endings ?? [])]);
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

export type ParseResult = { ok: true; progress: Progress; exportedAt: string } | { ok: false; message: string };

function describeIssue(issue: z.core.$ZodIssue): string {
	const where = issue.path.map(String).join('.');
	return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * Reads an exported progress file. Refuses, with a message a learner can act
 * on, anything that is not a complete, unedited progress file of a version
 * this playbook understands.
 */
export function parseProgressFile(text: string): ParseResult {
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
	const parsed = progressFileSchema.safeParse(data);
	if (!parsed.success) {
		return refuse(`it is damaged or incomplete (${describeIssue(parsed.error.issues[0])}).`);
	}
	if (computeChecksum(formatCanonicalJson(parsed.data.progress)) !== parsed.data.checksum) {
		return refuse('its contents were changed after it was exported (the checksum does not match). Export it again from the original browser.');
	}
	return { ok: true, progress: parsed.data.progress, exportedAt: parsed.data.exportedAt };
}

/** The text kept in localStorage: the same versioned envelope, without checksum or export time. */
export function formatStoredProgress(progress: Progress): string {
	return JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, progress });
}

/** Reads what localStorage holds; anything unreadable counts as no progress rather than breaking the page. */
export function parseStoredProgress(text: string | null | undefined): Progress {
	if (!text) return createEmptyProgress();
	try {
		const data = JSON.parse(text) as { format?: unknown; version?: unknown; progress?: unknown };
		if (data?.format !== PROGRESS_FORMAT || data.version !== PROGRESS_VERSION) return createEmptyProgress();
		const parsed = progressSchema.safeParse(data.progress);
		return parsed.success ? parsed.data : createEmptyProgress();
	} catch {
		return createEmptyProgress();
	}
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
	const days = moduleIds.map((id) => progress.modules[id]?.completedOn).filter((d): d is string => d !== undefined);
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
