/**
 * The content check: validates every page's frontmatter and every data file
 * with the schemas in this folder, then the rules that span files (does the
 * owner exist? is the industry known?). It is pure: callers hand it parsed
 * content, it returns every problem at once so an author fixes them in one pass.
 *
 * Why not rely on Astro's collection validation alone? Astro stops at the first
 * bad entry, and a dangling `reference()` or an unreadable data file is only
 * logged, so the site would build with holes in it.
 */
import type { z } from 'zod';
import { slug } from 'github-slugger';
import { organizationSchema, type Organization } from './organization.ts';
import { ownersSchema, type Owner } from './owners.ts';
import { industrySchema, type Industry } from './industry.ts';
import { formatIsoDate } from '../lib/format.ts';
import { pageSchema, type PageFrontmatter } from './page.ts';
import { planDataFileSpecs } from './plan-data-files.ts';
import { planRules } from '../lib/plan-rules/index.ts';
import { checkUniqueIds, describeUnknown, quoteIds } from '../lib/check-messages.ts';
import { checkIndustries } from './industry-check.ts';
import { moduleSchema, pathsSchema } from './training.ts';
import { scenarioSchema } from './scenario.ts';
import { checkTrainingReferences } from './training-check.ts';
import { buildDocsPageShapeSchema } from './docs-page.ts';
import { findUnknownKeys } from './unknown-keys.ts';
import { searchSynonymsSchema } from './search-synonyms.ts';
import { changeNoteSchema, type ChangeNote } from './change.ts';
import { dataPagesSchema } from './data-pages.ts';
import { checkChangeNoteReferences, checkDataPages } from './change-check.ts';

/** One thing wrong, located precisely enough to fix without searching. */
export interface Problem {
	/** Path from the project root, e.g. src/content/docs/plan/index.mdx. */
	file: string;
	/** Dotted field path, e.g. `owner` or `kpis[2].target90`; empty for the whole file. */
	field: string;
	/** What is wrong and how to fix it. */
	message: string;
	/** Line in the file (1-based), for problems in a page's text rather than a field. */
	line?: number;
	/** Column on that line (1-based), when known. */
	column?: number;
}

/** A file read from disk: its path and parsed YAML (or the parse error). */
export interface RawFile {
	file: string;
	data: unknown;
	/** Set when the YAML itself could not be parsed. */
	parseError?: string;
	/** Pages: path under the docs folder that decides the address, when `file` is not under it (test fixtures). */
	docsPath?: string;
	/** Pages: the whole source, for compiling the text. */
	text?: string;
	/** A page's text with its frontmatter blanked (lines kept, so line numbers match the file), for the rules that read prose (src/lib/plan-rules/). */
	body?: string;
}

export interface RawContent {
	pages: RawFile[];
	/** Data files keyed by path relative to src/content/data (e.g. `owners.yaml`, `industries/saas.yaml`). */
	data: Map<string, RawFile>;
	/** Change notes (src/content/changes/*.yaml); absent in fixtures that have none. */
	changes?: RawFile[];
}

export interface Page {
	file: string;
	/** The page's route id, e.g. `plan/current-state` (index pages: `plan`). */
	id: string;
	frontmatter: PageFrontmatter;
	/** The page's MDX with its frontmatter blanked (absent when not read). */
	body?: string;
}

/** Everything that validated, for the cross-file rules and for reports. */
export interface CheckedContent {
	pages: Page[];
	owners: Owner[];
	organization?: Organization;
	industries: Map<string, Industry>;
	data: Map<string, unknown>;
	/** Change notes that validated, with their files (none when the content has no notes). */
	changes?: { file: string; note: ChangeNote }[];
}

/**
 * A data file (or a folder of them, one entry each) and the schema it must
 * match. Later features register their files here; nothing else needs to change.
 */
export interface DataFileSpec {
	/** Path under src/content/data: a file (`owners.yaml`) or a folder (`industries/`). */
	path: string;
	schema: z.ZodType;
	/** Required files fail the check when absent; optional ones are skipped. */
	required: boolean;
}

/** The files every playbook has, whatever else it adds. */
export const coreDataFileSpecs: DataFileSpec[] = [
	{ path: 'organization.yaml', schema: organizationSchema, required: true },
	{ path: 'owners.yaml', schema: ownersSchema, required: true },
	{ path: 'industries/', schema: industrySchema, required: true },
];

export const dataFileSpecs: DataFileSpec[] = [
	...coreDataFileSpecs,
	// The plan's data files (tiers, service levels, escalation, KPIs, ...): plan-data-files.ts.
	...planDataFileSpecs,
	// Training (src/schemas/training.ts, scenario.ts); optional so a playbook can ship without courses.
	{ path: 'training/paths.yaml', schema: pathsSchema, required: false },
	{ path: 'training/modules/', schema: moduleSchema, required: false },
	{ path: 'training/scenarios/', schema: scenarioSchema, required: false },
	// Search synonyms (src/schemas/search-synonyms.ts); optional: search works without them.
	{ path: 'search-synonyms.yaml', schema: searchSynonymsSchema, required: false },
	// Which page renders each data file (CODEOWNERS and change notes): data-pages.ts.
	{ path: 'data-pages.yaml', schema: dataPagesSchema, required: false },
];

/** A rule that looks across files once every file on its own is valid. */
export type CrossCheck = (content: CheckedContent) => Problem[];

/** Rules over the core files: page owners and industries, the organization's default industry. */
export const coreCrossChecks: CrossCheck[] = [checkPageReferences, checkOrganizationReferences, checkUniqueOwners];

export const crossChecks: CrossCheck[] = [
	...coreCrossChecks,
	// The plan's own rules (one north star, tiers, targets, escalation): src/lib/plan-rules/.
	...planRules.map((rule) => rule.check),
	// Proposals' references to pages, KPIs, owners and successors: proposal.ts.
	checkProposalReferences,
	// Industry files: presets valid for their calculators, benchmarks, owners: industry-check.ts.
	checkIndustries,
	// Modules, paths and scenarios point at modules, scenarios and playbook pages that exist.
	checkTrainingReferences,
	// Each plan section number 1–9 belongs to exactly one page.
	checkPlanSections,
	// Change notes name real pages and proposals; every data file has a page: change-check.ts.
	checkChangeNoteReferences,
	checkDataPages,
];

/** Turns zod's issues into problems for one file. */
export function toProblems(file: string, error: z.ZodError): Problem[] {
	return error.issues.map((issue) => ({
		file,
		field: formatPath(issue.path),
		message: issue.message,
	}));
}

/** `kpis[2].target90` from ['kpis', 2, 'target90']. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

/**
 * Route id from a docs path: `plan/current-state.mdx` → `plan/current-state`,
 * `plan/index.mdx` → `plan`. Each folder and file name is slugged with
 * github-slugger, as Astro's glob loader does, so `Escalation.mdx` and
 * `escalation.md` both land on `escalation`.
 */
export function pageIdFromPath(relativePath: string): string {
	const withoutExt = relativePath.replace(/\.mdx?$/, '');
	const id = withoutExt
		.split('/')
		.map((segment) => slug(segment))
		.join('/');
	return id.replace(/(^|\/)index$/, '');
}

/** The address a page id is published at: `plan/escalation` → `/plan/escalation/`, `` → `/`. */
export function formatPageAddress(id: string): string {
	return id === '' ? '/' : `/${id}/`;
}

let docsPageShape: z.ZodType | undefined;

/** Frontmatter keys that neither Starlight nor the playbook knows, with the likely intended key. */
export function checkFrontmatterKeys(file: string, data: unknown): Problem[] {
	docsPageShape ??= buildDocsPageShapeSchema();
	return findUnknownKeys(docsPageShape, data).map(({ path, known, suggestion }) => {
		const key = String(path[path.length - 1]);
		const fix = suggestion ? `did you mean "${suggestion}"? Rename it` : `remove it, or use one of ${quoteIds(known)}`;
		return { file, field: formatPath(path), message: `unknown field "${key}": ${fix} (unknown fields are ignored, so the page would not say what you meant)` };
	});
}

/**
 * Two files that publish the same address: `x.md` beside `x.mdx`, or names
 * that differ only in letter case (which also clash on macOS and Windows
 * checkouts). Only one of them would be published, silently.
 */
export function checkDuplicateAddresses(files: { file: string; docsPath: string }[]): Problem[] {
	const byId = new Map<string, string[]>();
	for (const { file, docsPath } of files) {
		const id = pageIdFromPath(docsPath);
		byId.set(id, [...(byId.get(id) ?? []), file]);
	}
	const problems: Problem[] = [];
	for (const [id, group] of byId) {
		if (group.length < 2) continue;
		for (const file of group) {
			const others = group.filter((f) => f !== file).join(' and ');
			problems.push({
				file,
				field: '(file)',
				message: `this file and ${others} are both published at ${formatPageAddress(id)}, so one would silently replace the other: keep one file and delete or rename the other`,
			});
		}
	}
	return problems;
}

/** Which data files a spec covers. */
function filesFor(spec: DataFileSpec, data: Map<string, RawFile>): [string, RawFile][] {
	if (spec.path.endsWith('/')) {
		return [...data.entries()].filter(([key]) => key.startsWith(spec.path) && !key.slice(spec.path.length).includes('/'));
	}
	const file = data.get(spec.path);
	return file ? [[spec.path, file]] : [];
}

/**
 * Validates everything and returns the valid content plus every problem found.
 * `docsRoot` and `dataRoot` only shape the file names in messages.
 */
export function checkContent(
	raw: RawContent,
	{ dataRoot = 'src/content/data', docsRoot = 'src/content/docs', specs = dataFileSpecs, rules = crossChecks } = {},
): { content: CheckedContent; problems: Problem[] } {
	const problems: Problem[] = [];
	const content: CheckedContent = { pages: [], owners: [], industries: new Map(), data: new Map(), changes: [] };

	for (const spec of specs) {
		const files = filesFor(spec, raw.data);
		if (files.length === 0 && spec.required) {
			problems.push({
				file: `${dataRoot}/${spec.path}`,
				field: '',
				message: spec.path.endsWith('/') ? 'this folder must contain at least one .yaml file' : 'this data file is missing: create it',
			});
		}
		for (const [key, rawFile] of files) {
			if (rawFile.parseError) {
				problems.push({ file: rawFile.file, field: '', message: `the YAML could not be read: ${rawFile.parseError}` });
				continue;
			}
			const result = spec.schema.safeParse(rawFile.data);
			if (!result.success) {
				problems.push(...toProblems(rawFile.file, result.error));
				continue;
			}
			content.data.set(key, result.data);
		}
	}

	content.owners = (content.data.get('owners.yaml') as Owner[] | undefined) ?? [];
	content.organization = content.data.get('organization.yaml') as Organization | undefined;
	for (const [key, value] of content.data) {
		if (key.startsWith('industries/')) content.industries.set(key.slice('industries/'.length).replace(/\.ya?ml$/, ''), value as Industry);
	}

	const docsPathOf = (page: RawFile) => page.docsPath ?? (page.file.startsWith(`${docsRoot}/`) ? page.file.slice(docsRoot.length + 1) : page.file);
	problems.push(...checkDuplicateAddresses(raw.pages.map((p) => ({ file: p.file, docsPath: docsPathOf(p) }))));
	for (const rawPage of raw.pages) {
		if (rawPage.parseError) {
			problems.push({ file: rawPage.file, field: '(frontmatter)', message: `the frontmatter could not be read: ${rawPage.parseError}` });
			continue;
		}
		problems.push(...checkFrontmatterKeys(rawPage.file, rawPage.data));
		const result = pageSchema.safeParse(rawPage.data ?? {});
		if (!result.success) {
			problems.push(...toProblems(rawPage.file, result.error));
			continue;
		}
		content.pages.push({ file: rawPage.file, id: pageIdFromPath(docsPathOf(rawPage)), frontmatter: result.data, body: rawPage.body ?? '' });
	}

	for (const rawNote of raw.changes ?? []) {
		if (rawNote.parseError) {
			problems.push({ file: rawNote.file, field: '', message: `the YAML could not be read: ${rawNote.parseError}` });
			continue;
		}
		const result = changeNoteSchema.safeParse(rawNote.data);
		if (result.success) content.changes?.push({ file: rawNote.file, note: result.data });
		else problems.push(...toProblems(rawNote.file, result.error));
	}

	for (const rule of rules) problems.push(...rule(content));
	// One file's problems together, files in path order: the order an author fixes them in.
	problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	return { content, problems };
}

/** The plan has nine sections: each number from 1 to 9 belongs to exactly one plan-section page. */
export const PLAN_SECTION_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export function checkPlanSections(content: CheckedContent): Problem[] {
	const problems: Problem[] = [];
	const bySection = new Map<number, Page[]>();
	for (const page of content.pages) {
		const { kind, section } = page.frontmatter;
		if (kind !== 'plan-section' || section === undefined) continue;
		bySection.set(section, [...(bySection.get(section) ?? []), page]);
	}
	const missing = PLAN_SECTION_NUMBERS.filter((n) => !bySection.has(n));
	const missingText = missing.length === 1 ? `section ${missing[0]} has` : `sections ${missing.join(', ')} have`;
	const freeNumbers = missing.length > 0 ? `; ${missingText} no page yet` : '';
	for (const [section, pages] of bySection) {
		if (pages.length < 2) continue;
		for (const page of pages) {
			const others = pages
				.filter((p) => p !== page)
				.map((p) => p.file)
				.join(' and ');
			problems.push({
				file: page.file,
				field: 'section',
				message: `section ${section} is also used by ${others}: each plan section number belongs to one page, so give one of them its own number${freeNumbers}`,
			});
		}
	}
	// Duplicates already name the free numbers; say it once more only when nothing else does.
	if (missing.length > 0 && ![...bySection.values()].some((pages) => pages.length > 1)) {
		problems.push({
			file: 'src/content/docs/plan/',
			field: 'section',
			message: `${missingText} no page: the plan has nine sections, numbered 1 to 9; set section: on the plan-section page that covers it, or add that page`,
		});
	}
	return problems;
}

/** Every page's owner and industries exist. */
export function checkPageReferences(content: CheckedContent): Problem[] {
	const problems: Problem[] = [];
	const ownerIds = new Set(content.owners.map((o) => o.id));
	// When owners.yaml itself is invalid its problems are already reported;
	// flagging every page's owner as unknown too would bury them.
	const ownersLoaded = content.data.has('owners.yaml');
	for (const page of content.pages) {
		const { owner, industries } = page.frontmatter;
		if (ownersLoaded && !ownerIds.has(owner)) {
			problems.push({
				file: page.file,
				field: 'owner',
				message: describeUnknown('owner', owner, ownerIds, { orElse: 'add this person to src/content/data/owners.yaml' }),
			});
		}
		(industries ?? []).forEach((industry, i) => {
			if (!content.industries.has(industry)) {
				problems.push({
					file: page.file,
					field: `industries[${i}]`,
					message: describeUnknown('industry', industry, content.industries.keys(), { source: 'files in src/content/data/industries/' }),
				});
			}
		});
	}
	return problems;
}

function checkOrganizationReferences(content: CheckedContent): Problem[] {
	const org = content.organization;
	if (!org || content.industries.has(org.defaultIndustry)) return [];
	return [
		{
			file: 'src/content/data/organization.yaml',
			field: 'defaultIndustry',
			message: describeUnknown('industry', org.defaultIndustry, content.industries.keys(), { source: 'files in src/content/data/industries/' }),
		},
	];
}

function checkUniqueOwners(content: CheckedContent): Problem[] {
	return checkUniqueIds('src/content/data/owners.yaml', content.owners, 'owner', { each: 'each person their own id' });
}

/** Pages whose review date has passed, oldest first. */
export function findOverduePages(pages: Page[], today: Date): Page[] {
	return pages
		.filter((p) => p.frontmatter.status !== 'retired' && p.frontmatter.reviewBy.getTime() < today.getTime())
		.sort((a, b) => a.frontmatter.reviewBy.getTime() - b.frontmatter.reviewBy.getTime());
}

/** The report printed when the check fails: grouped by file, one line per field. */
export function formatProblems(problems: Problem[]): string {
	const byFile = new Map<string, Problem[]>();
	for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
	const lines = [`Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}.`];
	for (const [file, list] of byFile) {
		lines.push('', `  ${file}`);
		for (const p of list) lines.push(`    - ${formatLocation(p)}: ${p.message}`);
	}
	lines.push('', 'Each line names the field and how to fix it. The page-writing guide is in README.md ("Writing a page").');
	return lines.join('\n');
}

/** `line 12:5` for a problem in the text, else the field (`owner`, `(file)`). */
export function formatLocation(problem: Problem): string {
	if (problem.line === undefined) return problem.field || '(file)';
	return `line ${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
}

export function formatOverdue(pages: Page[]): string {
	return pages.map((p) => `  ${p.file}: review was due ${formatIsoDate(p.frontmatter.reviewBy)} (owner: ${p.frontmatter.owner})`).join('\n');
}

/**
 * Ids in a data file, whatever its shape: a list of `{ id }` entries, an object
 * holding such lists (`{ northStar: nps, kpis: [...] }`), or an object keyed by id.
 */
export function collectDataIds(data: unknown): Set<string> {
	const ids = new Set<string>();
	const fromList = (list: unknown[]) => {
		for (const item of list) {
			if (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') ids.add((item as { id: string }).id);
		}
	};
	if (Array.isArray(data)) fromList(data);
	else if (data && typeof data === 'object') {
		const values = Object.values(data as Record<string, unknown>);
		const lists = values.filter(Array.isArray);
		if (lists.length > 0) lists.forEach(fromList);
		else Object.entries(data as Record<string, unknown>).forEach(([key, value]) => value && typeof value === 'object' && ids.add(key));
	}
	return ids;
}

/**
 * A proposal's references exist: its author is an owner, each affected page is
 * a page, each affected KPI is in src/content/data/kpis.yaml (checked once that
 * file exists), and supersededBy names another proposal. A `proposal:` block
 * only belongs on kind: proposal pages in the proposals folder.
 */
export function checkProposalReferences(content: CheckedContent): Problem[] {
	const problems: Problem[] = [];
	const pages = new Map(content.pages.map((p) => [p.id, p]));
	const ownerIds = new Set(content.owners.map((o) => o.id));
	const kpiData = content.data.get('kpis.yaml') ?? content.data.get('kpis.yml');
	const kpiIds = kpiData === undefined ? undefined : collectDataIds(kpiData);
	for (const page of content.pages) {
		const { kind, proposal } = page.frontmatter;
		if (!proposal) continue;
		const problem = (field: string, message: string) => problems.push({ file: page.file, field: `proposal.${field}`, message });
		if (kind !== 'proposal') {
			problems.push({ file: page.file, field: 'kind', message: `only proposals carry a proposal: block: set kind: proposal, or remove the proposal: block` });
		} else if (!page.id.startsWith('proposals/')) {
			problems.push({ file: page.file, field: 'kind', message: 'proposal pages live in src/content/docs/proposals/: move the file there' });
		}
		if (!ownerIds.has(proposal.author)) {
			problem('author', describeUnknown('author', proposal.author, ownerIds, { orElse: 'add this person to src/content/data/owners.yaml' }));
		}
		proposal.affectedPages.forEach((id, i) => {
			if (id === page.id) problem(`affectedPages[${i}]`, 'a proposal cannot list itself: name the pages the change edits');
			else if (!pages.has(id)) {
				problem(
					`affectedPages[${i}]`,
					`unknown page "${id}": use the page's path under src/content/docs without ".mdx" (for example "plan/current-state"; an index page is its folder, for example "standards")`,
				);
			}
		});
		if (kpiIds) {
			proposal.affectedKpis.forEach((id, i) => {
				if (!kpiIds.has(id)) problem(`affectedKpis[${i}]`, describeUnknown('KPI', id, kpiIds, { source: 'ids in src/content/data/kpis.yaml' }));
			});
		}
		if (proposal.supersededBy !== undefined) {
			const successor = pages.get(proposal.supersededBy);
			if (!successor)
				problem(
					'supersededBy',
					`unknown page "${proposal.supersededBy}": use the page id of the proposal that replaced this one, for example "proposals/new-targets"`,
				);
			else if (successor.frontmatter.kind !== 'proposal')
				problem('supersededBy', `"${proposal.supersededBy}" is not a proposal: supersededBy must name another proposal page`);
			else if (successor.id === page.id) problem('supersededBy', 'a proposal cannot supersede itself');
		}
	}
	return problems;
}
