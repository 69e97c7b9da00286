/**
 * `npm run check:content`: the content check (src/integrations/content-check.ts,
 * which the build also runs) and, on top, every page's text compiled with the
 * site's MDX pipeline (scripts/check-mdx.ts): syntax, components, images, links
 * and anchors. The build leaves that to its own compile and the browser tests.
 */
import { formatOverdue, formatPageAddress, formatProblems, pageIdFromPath, type Problem } from '../src/schemas/check.ts';
import { runContentCheck, type PageOverlay } from '../src/integrations/content-check.ts';
import { checkPagesText, loadMdxCompiler } from './check-mdx.ts';

const DOCS = 'src/content/docs';

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

// Only when run as a command: tests import runFullContentCheck.
if (import.meta.url === `file://${process.argv[1]}`) {
	main().catch((error: unknown) => {
		console.error(error);
		process.exit(1);
	});
}
