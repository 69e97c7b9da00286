/**
 * `npm run check:changes [-- --base <ref>]`: fails a pull request that changes
 * what a page says without a change note for staff (the rule and its
 * exceptions are in src/lib/change-note-check.ts). Compares HEAD with where it
 * branched from the base (default: the pull request's base branch on CI,
 * origin/main elsewhere). Run by .github/workflows/checks.yml on pull requests.
 */
import { execFileSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { checkChangeNotes, formatChangeNoteReport, type ChangedFile, type ChangeNoteFinding, type NoteInChange } from '../src/lib/change-note-check.ts';
import { CHANGES_DIR } from '../src/lib/change-notes.ts';
import { dataPagesSchema, type DataPage } from '../src/schemas/data-pages.ts';

const DATA_PAGES = 'src/content/data/data-pages.yaml';

function git(root: string, args: string[]): string {
	return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 64 * 1024 * 1024,
	});
}

/** A file's text at a commit, or undefined when it does not exist there. */
function readAt(root: string, commit: string, path: string): string | undefined {
	try {
		return git(root, ['show', `${commit}:${path}`]);
	} catch {
		return undefined;
	}
}

const statuses: Record<string, ChangedFile['status']> = { A: 'added', M: 'modified', D: 'deleted', T: 'modified' };

/** Every file changed between the merge base with `base` and HEAD. */
export function listChangedFiles(root: string, base: string): { files: ChangedFile[]; mergeBase: string } {
	let mergeBase: string;
	try {
		mergeBase = git(root, ['merge-base', base, 'HEAD']).trim();
	} catch {
		throw new Error(`Cannot compare with "${base}": fetch it (actions/checkout needs fetch-depth: 0) or name the base branch with --base <branch>.`);
	}
	const output = git(root, ['diff', '--name-status', '--no-renames', mergeBase, 'HEAD']);
	const files = output
		.split('\n')
		.filter(Boolean)
		.flatMap((line) => {
			const [code, path] = line.split('\t');
			const status = statuses[code?.[0] ?? ''];
			if (!status || !path) return [];
			const file: ChangedFile = { path, status };
			if (status === 'modified' && path.startsWith('src/content/docs/')) {
				file.before = readAt(root, mergeBase, path);
				file.after = readAt(root, 'HEAD', path);
			}
			return [file];
		});
	return { files, mergeBase };
}

function readNote(root: string, path: string): NoteInChange {
	try {
		const data = parseYaml(readAt(root, 'HEAD', path) ?? '') as { pages?: unknown } | null;
		const pages = Array.isArray(data?.pages) ? data.pages.filter((p): p is string => typeof p === 'string') : [];
		return { file: path, pages };
	} catch {
		return { file: path, pages: [] };
	}
}

function readDataPages(root: string): DataPage[] {
	const result = dataPagesSchema.safeParse(parseYaml(readAt(root, 'HEAD', DATA_PAGES) ?? '[]'));
	// An invalid map is reported by the content check; here it only means data changes name no page.
	return result.success ? result.data : [];
}

/** Runs the check on the repository at `root` against `base`. */
export function checkChangeNotesInRepo(root: string, base: string): ChangeNoteFinding {
	const { files } = listChangedFiles(root, base);
	const notes = files
		.filter((f) => f.status !== 'deleted' && f.path.startsWith(`${CHANGES_DIR}/`) && /\.ya?ml$/.test(f.path))
		.map((f) => readNote(root, f.path));
	return checkChangeNotes(files, notes, readDataPages(root));
}

function readBase(argv: string[]): string {
	const i = argv.indexOf('--base');
	if (i >= 0 && argv[i + 1]) return argv[i + 1];
	return process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : 'origin/main';
}

if (import.meta.url === `file://${process.argv[1]}`) {
	try {
		const finding = checkChangeNotesInRepo(process.cwd(), readBase(process.argv));
		const report = formatChangeNoteReport(finding, new Date().toISOString().slice(0, 10));
		if (finding.ok) console.log(report);
		else {
			console.error(report);
			process.exit(1);
		}
	} catch (error) {
		console.error((error as Error).message);
		process.exit(2);
	}
}
