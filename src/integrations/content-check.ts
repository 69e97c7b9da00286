/**
 * The content check (src/schemas/check.ts) over the files on disk: reads every
 * page, data file and change note and checks them. Used three ways: as an Astro
 * integration that stops the build before anything renders, by
 * `npm run check:content` (scripts/check-content.ts, which also compiles every
 * page's text), and by tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { AstroIntegration } from 'astro';
import { checkContent, findOverduePages, formatOverdue, formatProblems, type RawContent, type RawFile } from '../schemas/check.ts';
import { parseDataFile } from '../schemas/data-file-cache.ts';

const DOCS = 'src/content/docs';
const DATA = 'src/content/data';
const CHANGES = 'src/content/changes';

function listFiles(dir: string, pattern: RegExp): string[] {
	let entries: string[];
	try {
		entries = readdirSync(dir);
	} catch {
		return [];
	}
	return entries.flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return listFiles(path, pattern);
		// Files starting with "_" are drafts and partials that Starlight does not publish.
		return pattern.test(name) && !name.startsWith('_') ? [path] : [];
	});
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Splits `---\n yaml \n---` off the top of an MDX file. */
export function readFrontmatter(source: string): { data: unknown; parseError?: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(source);
	if (!match) return { data: undefined, parseError: 'the file must start with frontmatter between two "---" lines' };
	return parseYamlText(match[1]);
}

/** The page with its frontmatter blanked out line for line, so line numbers in prose problems match the file. */
export function blankFrontmatter(source: string): string {
	return source.replace(/^---\r?\n[\s\S]*?\r?\n---[^\S\n]*/, (frontmatter) => frontmatter.replace(/[^\n]/g, ''));
}

function parseYamlText(text: string): { data: unknown; parseError?: string } {
	try {
		return { data: parseYaml(text, { prettyErrors: true }) };
	} catch (error) {
		return { data: undefined, parseError: (error as Error).message.split('\n')[0] };
	}
}

/**
 * Extra pages read as if they were in the docs folder: `from` (a folder under
 * the project root) appears at `to` under src/content/docs. Tests use it to
 * check broken fixtures among the real pages without copying the project.
 */
export interface PageOverlay {
	from: string;
	to: string;
}

function readPages(root: string, dir: string, docsPrefix?: string): RawFile[] {
	return listFiles(join(root, dir), /\.mdx?$/).map((path) => {
		const file = toPosix(relative(root, path));
		const text = readFileSync(path, 'utf8');
		const docsPath = docsPrefix === undefined ? undefined : `${docsPrefix}/${toPosix(relative(join(root, dir), path))}`;
		return { file, text, ...(docsPath ? { docsPath } : {}), ...readFrontmatter(text), body: blankFrontmatter(text) };
	});
}

export function readContent(root: string, overlays: PageOverlay[] = []): RawContent {
	const pages: RawFile[] = [...readPages(root, DOCS), ...overlays.flatMap((o) => readPages(root, o.from, o.to))];
	const data = new Map<string, RawFile>();
	for (const path of listFiles(join(root, DATA), /\.ya?ml$/)) {
		const file = toPosix(relative(root, path));
		// Parsed through the cache the content collections' loaders share, so a build parses each data file once.
		data.set(toPosix(relative(join(root, DATA), path)), { file, ...parseDataFile(file, readFileSync(path, 'utf8')) });
	}
	const changes: RawFile[] = listFiles(join(root, CHANGES), /\.ya?ml$/).map((path) => ({
		file: toPosix(relative(root, path)),
		...parseYamlText(readFileSync(path, 'utf8')),
	}));
	return { pages, data, changes };
}

export function runContentCheck(root: string, today = new Date(), overlays: PageOverlay[] = []) {
	const raw = readContent(root, overlays);
	const { content, problems } = checkContent(raw);
	return { raw, content, problems, overdue: findOverduePages(content.pages, today) };
}

/** Set while the CLI resolves the Astro config, so the integration only hands over the Markdown pipeline. */
export const PIPELINE_ENV = 'PLAYBOOK_CONTENT_CHECK';
const PIPELINE_KEY = Symbol.for('playbook.content-check.markdown-pipeline');

/** What the integration hands the CLI: Astro's resolved Markdown options (every integration's plugins added) and srcDir. */
export interface HandedOverPipeline {
	markdown: unknown;
	srcDir: URL;
}

/**
 * Called from the `astro:config:done` hook while `npm run check:content` resolves the config
 * (scripts/check-mdx.ts); a global, because Astro gives the CLI no other way back out.
 */
function handOverPipeline(config: HandedOverPipeline) {
	(globalThis as Record<symbol, unknown>)[PIPELINE_KEY] = { markdown: config.markdown, srcDir: config.srcDir } satisfies HandedOverPipeline;
}

/** The pipeline the integration handed over, once the config has been resolved with PIPELINE_ENV set. */
export function takeHandedOverPipeline(): HandedOverPipeline | undefined {
	return (globalThis as Record<symbol, HandedOverPipeline | undefined>)[PIPELINE_KEY];
}

/** Astro integration: fails `astro build`/`astro dev` with the full list of problems. */
export function contentCheck(): AstroIntegration {
	return {
		name: 'playbook:content-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				// The CLI check loads this config itself to compile pages; it runs the check already.
				if (process.env[PIPELINE_ENV] === 'running') return;
				const root = decodeURIComponent(config.root.pathname);
				const { problems, overdue } = runContentCheck(root);
				if (problems.length > 0) {
					const error = new Error(formatProblems(problems));
					error.name = 'ContentCheckError';
					// Astro prints the stack under the message; it only hides the list.
					error.stack = error.message;
					throw error;
				}
				if (overdue.length > 0) {
					logger.warn(`${overdue.length} page(s) are past their review date (see Contribute → Content health):\n${formatOverdue(overdue)}`);
				}
			},
			'astro:config:done': ({ config }) => {
				// Every integration has added its Markdown plugins by now: hand the pipeline to the CLI check.
				if (process.env[PIPELINE_ENV] === 'running') handOverPipeline(config);
			},
		},
	};
}
