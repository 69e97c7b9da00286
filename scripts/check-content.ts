/**
 * Reads every page and data file and runs the content check (src/schemas/check.ts).
 * Used three ways: as an Astro integration that stops the build before anything
 * renders, by `npm run check:content` for a quick answer, and by tests.
 *
 * `npm run check:content` also compiles every page's text with the site's MDX
 * pipeline (scripts/check-mdx.ts): syntax, components, images, links and
 * anchors. The build leaves that to its own compile and the browser tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { AstroIntegration } from 'astro';
import { checkContent, findOverduePages, formatOverdue, formatPageAddress, formatProblems, pageIdFromPath, type Problem, type RawContent, type RawFile } from '../src/schemas/check.ts';
import { checkPagesText, handOverPipeline, loadMdxCompiler, PIPELINE_ENV } from './check-mdx.ts';
import { parseDataFile } from '../src/schemas/data-file-cache.ts';

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

/**
 * Everything `npm run check:content` checks: frontmatter and data, then every
 * page's text compiled with the site's MDX pipeline. One list, so an author
 * fixes everything in one pass.
 */
export async function runFullContentCheck(root: string, { today = new Date(), overlays = [] as PageOverlay[] } = {}) {
	const { raw, content, problems, overdue } = runContentCheck(root, today, overlays);
	const compiler = await loadMdxCompiler(root);
	const sources = raw.pages
		.filter((page) => page.text !== undefined)
		.map((page) => {
			const docsPath = page.docsPath ?? page.file.slice(DOCS.length + 1);
			const frontmatter = page.data && typeof page.data === 'object' ? (page.data as Record<string, unknown>) : {};
			return { file: page.file, address: formatPageAddress(pageIdFromPath(docsPath)), text: page.text!, frontmatter };
		});
	const textProblems = await checkPagesText(root, sources, content, compiler);
	const all: Problem[] = [...problems, ...textProblems];
	// One file's problems together, fields first then lines in order: the order an author fixes them in.
	all.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
	return { content, problems: all, overdue };
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

/** `npm run check:content`: the whole check, every problem at once, and how long it took. */
async function main() {
	const started = performance.now();
	const { problems, overdue } = await runFullContentCheck(process.cwd());
	// For people reading the output; nothing asserts it (timings belong to `npm run bench`).
	const took = `(${((performance.now() - started) / 1000).toFixed(1)} s)`;
	if (overdue.length > 0) console.warn(`Past their review date:\n${formatOverdue(overdue)}\n`);
	if (problems.length > 0) {
		console.error(`${formatProblems(problems)}\n${took}`);
		process.exit(1);
	}
	console.log(`Content check passed: frontmatter, data, and every page's text, links and anchors ${took}.`);
}

// Not a top-level await: resolving the Astro config imports this very module
// (astro.config.mjs uses contentCheck()), which must finish loading first.
if (import.meta.url === `file://${process.argv[1]}`) {
	main().catch((error: unknown) => {
		console.error(error);
		process.exit(1);
	});
}
