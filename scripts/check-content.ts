/**
 * Reads every page and data file and runs the content check (src/schemas/check.ts).
 * Used three ways: as an Astro integration that stops the build before anything
 * renders, by `npm run check:content` for a quick answer, and by tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { AstroIntegration } from 'astro';
import { checkContent, findOverduePages, formatOverdue, formatProblems, type RawContent, type RawFile } from '../src/schemas/check.ts';

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

function parseYamlText(text: string): { data: unknown; parseError?: string } {
	try {
		return { data: parseYaml(text, { prettyErrors: true }) };
	} catch (error) {
		return { data: undefined, parseError: (error as Error).message.split('\n')[0] };
	}
}

export function readContent(root: string): RawContent {
	const pages: RawFile[] = listFiles(join(root, DOCS), /\.mdx?$/).map((path) => {
		const file = toPosix(relative(root, path));
		return { file, ...readFrontmatter(readFileSync(path, 'utf8')) };
	});
	const data = new Map<string, RawFile>();
	for (const path of listFiles(join(root, DATA), /\.ya?ml$/)) {
		const file = toPosix(relative(root, path));
		data.set(toPosix(relative(join(root, DATA), path)), { file, ...parseYamlText(readFileSync(path, 'utf8')) });
	}
	const changes: RawFile[] = listFiles(join(root, CHANGES), /\.ya?ml$/).map((path) => ({
		file: toPosix(relative(root, path)),
		...parseYamlText(readFileSync(path, 'utf8')),
	}));
	return { pages, data, changes };
}

export function runContentCheck(root: string, today = new Date()) {
	const { content, problems } = checkContent(readContent(root));
	return { content, problems, overdue: findOverduePages(content.pages, today) };
}

/** Astro integration: fails `astro build`/`astro dev` with the full list of problems. */
export function contentCheck(): AstroIntegration {
	return {
		name: 'playbook:content-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
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
		},
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { problems, overdue } = runContentCheck(process.cwd());
	if (overdue.length > 0) console.warn(`Past their review date:\n${formatOverdue(overdue)}\n`);
	if (problems.length > 0) {
		console.error(formatProblems(problems));
		process.exit(1);
	}
	console.log('Content check passed.');
}
