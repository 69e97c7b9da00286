/**
 * The trainer's cohort view: many trainees' exported progress files read
 * side by side, read-only. Each file is checked exactly as an import is
 * (src/lib/progress.ts), but nothing is merged or stored: the trainer's own
 * progress is never touched, and nothing leaves the browser.
 *
 * Pure: the island hands in file names and texts, the path's modules,
 * scenarios and cohort plan, and the day; it gets back the table, who is
 * behind, per-question results and CSV text.
 */
import Papa from 'papaparse';
import { parseProgressFile, type ModuleProgress, type Progress } from './progress.ts';

/** What the view needs to know about one module of the path. */
export interface CohortModule {
	id: string;
	title: string;
	questions: { id: string; prompt: string; options: { id: string; text: string; correct: boolean }[] }[];
}

/** What the view needs to know about one scenario. */
export interface CohortScenario {
	id: string;
	title: string;
	endings: { id: string; title: string; outcome: 'good' | 'mixed' | 'poor' }[];
}

/** The path being run: modules in order, its scenarios, and the day each module is due (from the cohort schedule). */
export interface CohortCatalog {
	pathTitle: string;
	modules: CohortModule[];
	scenarios: CohortScenario[];
	/** Module id → the cohort day (first day = 1) it is due by the end of. Modules not scheduled are never overdue. */
	dueDays: Record<string, number>;
}

export interface Trainee {
	/** The file name without `.json`: trainers ask trainees to name their export after themselves. */
	name: string;
	fileName: string;
	exportedAt: string;
	progress: Progress;
}

export interface RejectedFile {
	fileName: string;
	/** What is wrong, in the trainer's words, naming the file. */
	message: string;
}

/** A file the trainer dropped in. */
export interface CohortFile {
	name: string;
	text: string;
}

/**
 * Reads every file on its own: one bad file is listed with its reason and
 * the others still load. A file whose content is already loaded (the same
 * export dropped twice) is listed too, so nobody is counted twice.
 */
export function loadCohortFiles(
	files: readonly CohortFile[],
	options: { knownModuleIds?: Iterable<string>; now?: Date } = {},
): {
	trainees: Trainee[];
	rejected: RejectedFile[];
} {
	const trainees: Trainee[] = [];
	const rejected: RejectedFile[] = [];
	const seen = new Map<string, string>();
	for (const file of files) {
		const result = parseProgressFile(file.text, options);
		if (!result.ok) {
			rejected.push({ fileName: file.name, message: `${file.name} was not loaded: ${describeRefusal(result.message)}` });
			continue;
		}
		const key = file.text.trim();
		const twin = seen.get(key);
		if (twin !== undefined) {
			rejected.push({ fileName: file.name, message: `${file.name} was not loaded: it is the same export as ${twin}, which is already in the table.` });
			continue;
		}
		seen.set(key, file.name);
		trainees.push({ name: nameTrainee(file.name, trainees), fileName: file.name, exportedAt: result.exportedAt, progress: result.progress });
	}
	return { trainees, rejected };
}

/**
 * The import's refusal, reworded for a trainer: the learner-facing frame
 * ("This file was not imported: … Your progress has not changed.") is about
 * the learner's own browser, which a trainer's cohort view never touches.
 */
function describeRefusal(message: string): string {
	return message
		.replace(/^This file was not imported:\s*/, '')
		.replace(/\s*Your progress has not changed\.\s*$/, '')
		.replace(/Choose the \.json file you exported from a My progress page\./, 'Ask the trainee for the .json file exported from their My progress page.');
}

function nameTrainee(fileName: string, already: readonly Trainee[]): string {
	const base = fileName.replace(/\.json$/i, '').trim() || fileName;
	let name = base;
	for (let n = 2; already.some((t) => t.name === name); n++) name = `${base} (${n})`;
	return name;
}

/** Whole days from `from` to `to` (YYYY-MM-DD each), counted on the calendar, not in hours. */
export function countDaysBetween(from: string, to: string): number {
	const day = (text: string) => {
		const [y, m, d] = text.split('-').map(Number);
		return Date.UTC(y, m - 1, d) / 86_400_000;
	};
	return Math.round(day(to) - day(from));
}

/** The module ids a trainee should have completed by `today`, for a cohort that started on `start` (day 1), and has not. */
export function findOverdueModules(catalog: CohortCatalog, progress: Progress, start: string, today: string): string[] {
	const dayOfCohort = countDaysBetween(start, today) + 1;
	return catalog.modules
		.filter((m) => catalog.dueDays[m.id] !== undefined && dayOfCohort > catalog.dueDays[m.id])
		.filter((m) => !Object.hasOwn(progress.modules, m.id) || !progress.modules[m.id].completedOn)
		.map((m) => m.id);
}

export interface ModuleCell {
	moduleId: string;
	/** Best knowledge-check score, percent; absent before any attempt. */
	bestPercent?: number;
	attempts: number;
	passed: boolean;
	completedOn?: string;
	overdue: boolean;
}

export interface ScenarioCell {
	scenarioId: string;
	/** Endings reached, best outcome first. */
	endings: { id: string; title: string; outcome: 'good' | 'mixed' | 'poor' }[];
}

export interface CohortRow {
	trainee: Trainee;
	modules: ModuleCell[];
	scenarios: ScenarioCell[];
	/** Titles of modules past their due day and not complete; empty when on plan (or when no start day was given). */
	behind: string[];
}

const outcomeRank = { good: 0, mixed: 1, poor: 2 } as const;

/** One row per trainee: each module and scenario of the path, and what they are behind on. */
export function buildCohortTable(catalog: CohortCatalog, trainees: readonly Trainee[], plan?: { start: string; today: string }): CohortRow[] {
	return trainees.map((trainee) => {
		const { progress } = trainee;
		const overdue = new Set(plan ? findOverdueModules(catalog, progress, plan.start, plan.today) : []);
		const modules = catalog.modules.map((m): ModuleCell => {
			const state: ModuleProgress | undefined = Object.hasOwn(progress.modules, m.id) ? progress.modules[m.id] : undefined;
			return {
				moduleId: m.id,
				...(state?.bestPercent !== undefined ? { bestPercent: state.bestPercent } : {}),
				attempts: state?.attempts ?? 0,
				passed: state?.passed ?? false,
				...(state?.completedOn ? { completedOn: state.completedOn } : {}),
				overdue: overdue.has(m.id),
			};
		});
		const scenarios = catalog.scenarios.map((s): ScenarioCell => {
			const reached = new Set(Object.hasOwn(progress.scenarios, s.id) ? progress.scenarios[s.id].endings : []);
			return { scenarioId: s.id, endings: s.endings.filter((e) => reached.has(e.id)).sort((a, b) => outcomeRank[a.outcome] - outcomeRank[b.outcome]) };
		});
		return { trainee, modules, scenarios, behind: catalog.modules.filter((m) => overdue.has(m.id)).map((m) => m.title) };
	});
}

/** The answers a trainee gave on their first attempt at a module's check, by question id; absent in older files. */
export type FirstAnswers = Record<string, readonly string[]>;

export interface ItemResult {
	moduleId: string;
	questionId: string;
	prompt: string;
	/** Trainees whose file holds an answer to this question. */
	answered: number;
	/** Of those, how many picked exactly the right options. */
	right: number;
	/** right / answered, 0 to 1; absent when nobody answered. */
	shareRight?: number;
	/** The wrong option picked most often (ties: the one written first), with how many picked it. */
	topWrong?: { optionId: string; text: string; count: number };
}

/**
 * How the cohort did on each question, from first attempts (later attempts
 * follow the feedback, so they say less about the question). `answersOf`
 * reads a trainee's first-attempt answers for a module, so this works
 * whatever shape the progress record keeps them in.
 */
export function summarizeItems(
	catalog: CohortCatalog,
	trainees: readonly Trainee[],
	answersOf: (progress: Progress, moduleId: string) => FirstAnswers | undefined,
): ItemResult[] {
	return catalog.modules.flatMap((m) =>
		m.questions.map((q): ItemResult => {
			let answered = 0;
			let right = 0;
			const wrongCounts = new Map<string, number>();
			const correct = new Set(q.options.filter((o) => o.correct).map((o) => o.id));
			for (const trainee of trainees) {
				const answers = answersOf(trainee.progress, m.id);
				const picked = answers && Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
				if (!picked) continue;
				answered++;
				const set = new Set(picked);
				if (set.size === correct.size && [...set].every((id) => correct.has(id))) right++;
				for (const id of set) if (!correct.has(id) && q.options.some((o) => o.id === id)) wrongCounts.set(id, (wrongCounts.get(id) ?? 0) + 1);
			}
			let topWrong: ItemResult['topWrong'];
			for (const option of q.options) {
				const count = wrongCounts.get(option.id) ?? 0;
				if (count > 0 && (!topWrong || count > topWrong.count)) topWrong = { optionId: option.id, text: option.text, count };
			}
			return {
				moduleId: m.id,
				questionId: q.id,
				prompt: q.prompt,
				answered,
				right,
				...(answered > 0 ? { shareRight: right / answered } : {}),
				...(topWrong ? { topWrong } : {}),
			};
		}),
	);
}

/** "83%" from 0.8333; whole percent, as everywhere else in training. */
export function formatShare(share: number): string {
	return `${Math.round(share * 100)}%`;
}

/** What a scenario cell says: the endings reached, best first, or "Not played". */
export function describeScenarioCell(cell: ScenarioCell): string {
	return cell.endings.length ? cell.endings.map((e) => `${e.title} (${e.outcome})`).join('; ') : 'Not played';
}

/**
 * The table as CSV, one line per trainee and module or scenario, for a
 * spreadsheet. Cells that a spreadsheet would run as a formula (a file named
 * "=cmd…") are escaped by papaparse's escapeFormulae (OWASP "CSV Injection").
 */
export function formatCohortCsv(catalog: CohortCatalog, rows: readonly CohortRow[]): string {
	const data: (string | number)[][] = [];
	for (const row of rows) {
		row.modules.forEach((cell, i) => {
			data.push([
				row.trainee.name,
				'Module',
				catalog.modules[i].title,
				cell.bestPercent ?? '',
				cell.attempts,
				cell.passed ? 'yes' : 'no',
				cell.completedOn ?? '',
				'',
				cell.overdue ? 'yes' : 'no',
			]);
		});
		row.scenarios.forEach((cell, i) => {
			data.push([row.trainee.name, 'Scenario', catalog.scenarios[i].title, '', '', '', '', cell.endings.length ? describeScenarioCell(cell) : '', '']);
		});
	}
	return Papa.unparse(
		{ fields: ['Trainee', 'Kind', 'Title', 'Best score (%)', 'Attempts', 'Passed', 'Completed on', 'Scenario endings', 'Behind plan'], data },
		{ escapeFormulae: true, newline: '\r\n' },
	);
}

/** Per-question results as CSV. */
export function formatItemsCsv(catalog: CohortCatalog, items: readonly ItemResult[]): string {
	const title = new Map(catalog.modules.map((m) => [m.id, m.title]));
	return Papa.unparse(
		{
			fields: ['Module', 'Question', 'Answered', 'Right', 'Share right (%)', 'Most chosen wrong answer', 'Chosen by'],
			data: items.map((item) => [
				title.get(item.moduleId) ?? item.moduleId,
				item.prompt,
				item.answered,
				item.right,
				item.shareRight === undefined ? '' : Math.round(item.shareRight * 100),
				item.topWrong?.text ?? '',
				item.topWrong?.count ?? '',
			]),
		},
		{ escapeFormulae: true, newline: '\r\n' },
	);
}
