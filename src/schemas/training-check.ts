/**
 * Cross-file rules for training data, registered in `crossChecks`
 * (src/schemas/check.ts). They run against the pages actually present, so
 * renaming or deleting a playbook page that a module teaches, or a scenario's
 * debrief links to, breaks the build instead of the course.
 */
import type { CheckedContent, Problem } from './check.ts';
import { MIN_PASS_PERCENT, MIN_QUESTIONS, type LearningPath, type TrainingModule } from './training.ts';
import type { Scenario } from './scenario.ts';
import { checkBounds, checkUniqueIds, describeBounds, describeUnknown, quoteIds } from '../lib/check-messages.ts';

const DATA = 'src/content/data';
const DOCS = 'src/content/docs';

/** Entries of a data folder (`training/modules/`) keyed by id (the file name). */
function entriesIn<T>(content: CheckedContent, folder: string): Map<string, { key: string; value: T }> {
	const found = new Map<string, { key: string; value: T }>();
	for (const [key, value] of content.data) {
		if (key.startsWith(folder) && !key.slice(folder.length).includes('/')) {
			found.set(key.slice(folder.length).replace(/\.ya?ml$/, ''), { key, value: value as T });
		}
	}
	return found;
}

/**
 * Rules that make a knowledge check assess: every learning objective tested,
 * enough questions that one lucky guess does not pass, a pass mark that
 * shows the material is known, and right answers not all written in one
 * place. `file` is the module's path, for the message.
 */
export function findAssessmentProblems(file: string, module: TrainingModule): Problem[] {
	const problems: Problem[] = [];
	const { check, objectives } = module;
	const add = (field: string, message: string) => problems.push({ file, field, message });

	if (checkBounds(check.passPercent, { min: MIN_PASS_PERCENT })) {
		add(
			'check.passPercent',
			`the pass mark is ${check.passPercent}%; it must be at least ${MIN_PASS_PERCENT}% so passing shows the material is known: set passPercent: ${MIN_PASS_PERCENT} or higher (or leave it out for ${MIN_PASS_PERCENT})`,
		);
	}
	const bank = check.questions.length;
	if (checkBounds(bank, { min: MIN_QUESTIONS })) {
		add(
			'check.questions',
			`the check has ${bank} question${bank === 1 ? '' : 's'}; it needs at least ${MIN_QUESTIONS}: add ${MIN_QUESTIONS - bank} more, each naming the objective it tests`,
		);
	}
	const askOutside = check.ask === undefined ? undefined : checkBounds(check.ask, { min: MIN_QUESTIONS, max: bank });
	if (askOutside === 'below') {
		add(
			'check.ask',
			`ask is ${check.ask}; each attempt must ask at least ${MIN_QUESTIONS} questions: set ask: ${MIN_QUESTIONS} or more, or leave it out to ask them all`,
		);
	} else if (askOutside === 'above') {
		add('check.ask', `ask is ${check.ask} but the bank has only ${bank} questions: lower ask, add questions, or leave ask out to ask them all`);
	}

	const assessed = new Set<number>();
	const objectiveNumbers = { min: 1, max: objectives.length };
	check.questions.forEach((q, i) => {
		if (checkBounds(q.objective, objectiveNumbers)) {
			add(
				`check.questions[${i}].objective`,
				`objective ${q.objective} does not exist; the module lists ${objectives.length}: use a number ${describeBounds(objectiveNumbers)}`,
			);
		} else assessed.add(q.objective);
	});
	objectives.forEach((objective, i) => {
		if (!assessed.has(i + 1)) {
			add(
				`objectives[${i}]`,
				`learning objective ${i + 1} ("${objective}") is not assessed by any question: add a question with objective: ${i + 1}, or remove the objective`,
			);
		}
	});

	// Where the right answers sit as written. Options are shown shuffled, but a
	// bank whose answers are always "the first one" gives itself away in the
	// file, in print and to anyone who sees it unshuffled.
	if (bank >= 2) {
		const positions = check.questions.map((q) => q.options.flatMap((o, i) => (o.correct ? [i + 1] : [])).join('+'));
		if (positions.every((p) => p === positions[0])) {
			add(
				'check.questions',
				`the right answer is written as option ${positions[0]} in every question: move the right answers to different places in the options lists`,
			);
		}
	}
	return problems;
}

export function checkTrainingReferences(content: CheckedContent): Problem[] {
	const problems: Problem[] = [];
	const pageIds = new Set(content.pages.map((p) => p.id));
	const modules = entriesIn<TrainingModule>(content, 'training/modules/');
	const scenarios = entriesIn<Scenario>(content, 'training/scenarios/');
	const paths = (content.data.get('training/paths.yaml') as LearningPath[] | undefined) ?? [];
	const pathsFile = `${DATA}/training/paths.yaml`;

	const missingPage = (file: string, field: string, page: string, what: string) =>
		problems.push({
			file,
			field,
			message: `${what} "${page}" does not exist (no src/content/docs/${page}.mdx or ${page}/index.mdx): fix the id, or restore the page if it was renamed`,
		});
	const needPage = (file: string, page: string, what: string) => {
		if (!pageIds.has(page)) {
			problems.push({ file, field: '', message: `${what} needs its page ${DOCS}/${page}.mdx: create it (frontmatter kind: training)` });
		}
	};

	for (const [id, { key, value: module }] of modules) {
		const file = `${DATA}/${key}`;
		module.teaches.forEach((page, i) => {
			if (!pageIds.has(page)) missingPage(file, `teaches[${i}]`, page, 'playbook page');
		});
		module.prerequisites.forEach((pre, i) => {
			if (pre === id) problems.push({ file, field: `prerequisites[${i}]`, message: 'a module cannot be its own prerequisite: remove it' });
			else if (!modules.has(pre)) problems.push({ file, field: `prerequisites[${i}]`, message: describeUnknown('module', pre, modules.keys()) });
		});
		module.scenarios.forEach((s, i) => {
			if (!scenarios.has(s)) problems.push({ file, field: `scenarios[${i}]`, message: describeUnknown('scenario', s, scenarios.keys()) });
		});
		problems.push(...findAssessmentProblems(file, module));
		needPage(file, `training/modules/${id}`, `module "${id}"`);
		if (paths.length > 0 && !paths.some((p) => p.modules.includes(id))) {
			problems.push({ file, field: '', message: `module "${id}" is in no learning path: add it to a path in ${pathsFile}, or delete it` });
		}
	}

	for (const [id, { key, value: scenario }] of scenarios) {
		const file = `${DATA}/${key}`;
		scenario.debrief.links.forEach((link, i) => {
			if (!pageIds.has(link.page)) missingPage(file, `debrief.links[${i}].page`, link.page, 'debrief page');
		});
		needPage(file, `training/scenarios/${id}`, `scenario "${id}"`);
	}

	for (const [industryId, industry] of content.industries) {
		(industry.scenarios ?? []).forEach((s, i) => {
			if (!scenarios.has(s)) {
				problems.push({ file: `${DATA}/industries/${industryId}.yaml`, field: `scenarios[${i}]`, message: describeUnknown('scenario', s, scenarios.keys()) });
			}
		});
	}

	problems.push(...checkUniqueIds(pathsFile, paths, 'path'));
	paths.forEach((path, p) => {
		path.modules.forEach((m, i) => {
			const module = modules.get(m)?.value;
			if (!module) {
				problems.push({ file: pathsFile, field: `[${p}].modules[${i}]`, message: describeUnknown('module', m, modules.keys()) });
				return;
			}
			for (const pre of module.prerequisites) {
				const at = path.modules.indexOf(pre);
				if (at > i) {
					problems.push({
						file: pathsFile,
						field: `[${p}].modules[${i}]`,
						message: `"${m}" comes before its prerequisite "${pre}": move "${pre}" earlier in the path`,
					});
				}
			}
		});
		path.cohort.schedule.forEach((session, s) => {
			const before = path.cohort.schedule[s - 1];
			if (before && session.day < before.day) {
				problems.push({
					file: pathsFile,
					field: `[${p}].cohort.schedule[${s}].day`,
					message: `day ${session.day} comes after a session on day ${before.day}: list sessions in the order they happen, or fix the day`,
				});
			}
			session.modules.forEach((m, i) => {
				if (!path.modules.includes(m)) {
					problems.push({
						file: pathsFile,
						field: `[${p}].cohort.schedule[${s}].modules[${i}]`,
						message: `module "${m}" is not in this path: use one of ${quoteIds(path.modules)}`,
					});
				}
			});
		});
		needPage(pathsFile, `training/paths/${path.id}`, `path "${path.id}"`);
		needPage(pathsFile, `training/progress/${path.id}`, `path "${path.id}" (its My progress page)`);
		// Trainees follow a path by its name: the progress page says which path it is, word for word.
		const progressPage = content.pages.find((page) => page.id === `training/progress/${path.id}`);
		const wanted = `My progress: ${path.title}`;
		if (progressPage && (progressPage.frontmatter as { title?: string }).title !== wanted) {
			problems.push({
				file: progressPage.file,
				field: 'title',
				message: `the My progress page of "${path.id}" must carry the path's own name: set title: "${wanted}"`,
			});
		}
	});
	return problems;
}
