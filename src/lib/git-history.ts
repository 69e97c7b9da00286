/**
 * Change history from git, read once per build: which commits touched which
 * content files (src/lib/change-notes.ts uses it to date change notes and link
 * the commit behind each). `parseGitLog` is pure; `loadGitHistory`
 * is the one place that runs git (a single `git log --name-only` for the whole
 * repository, never one call per page) and it never throws: without git, or in
 * a shallow clone, it says why history is missing or partial instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** One commit and the files it changed (paths relative to the project root). */
export interface Commit {
	hash: string;
	/** When the change landed on the branch (committer date). */
	date: Date;
	subject: string;
	files: string[];
}

export interface GitHistory {
	/** Commits newest first. */
	commits: Commit[];
	/** True when git answered at all. */
	available: boolean;
	/** True when the clone is shallow, so older changes are missing. */
	partial: boolean;
	/** Why history is missing or partial, in words for readers; undefined when complete. */
	note?: string;
}

// ASCII record and unit separators: they cannot appear in subjects or paths.
const RECORD = '\x1e';
const UNIT = '\x1f';
/** The `--format` that `parseGitLog` reads: hash, committer date (ISO), subject. */
export const LOG_FORMAT = '%x1e%H%x1f%cI%x1f%s';

/** Parses `git log --name-only --format=LOG_FORMAT` output. Malformed records are skipped. */
export function parseGitLog(output: string): Commit[] {
	return output
		.split(RECORD)
		.filter((record) => record.trim() !== '')
		.flatMap((record) => {
			const [header, ...rest] = record.split('\n');
			const [hash, iso, ...subjectParts] = header.split(UNIT);
			const date = new Date(iso ?? '');
			if (!/^[0-9a-f]{7,64}$/.test(hash ?? '') || Number.isNaN(date.getTime())) return [];
			const files = rest.map((line) => line.trim()).filter(Boolean);
			return [{ hash, date, subject: subjectParts.join(UNIT).trim(), files }];
		});
}

/** The repository's web page for a commit (GitHub, GitLab and Gitea share this shape). */
export function formatCommitUrl(repositoryUrl: string, hash: string): string {
	return `${repositoryUrl.replace(/\/+$/, '')}/commit/${hash}`;
}

export const NO_GIT_NOTE = 'Change history is not available in this copy of the playbook (it was built without its git history).';
export const PARTIAL_NOTE = 'Only recent changes are listed: this copy of the playbook was built from a shallow clone without its full git history.';

function runGit(root: string, args: string[]): string {
	return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
		maxBuffer: 64 * 1024 * 1024,
	});
}

/**
 * Reads the history of `paths` (relative to `root`) with one `git log`.
 * In a shallow clone the oldest commit we have looks as if it added every
 * file, so shallow boundary commits are dropped rather than misreported.
 */
export function loadGitHistory(root: string, paths: string[] = ['.'], maxCount = 5000): GitHistory {
	let output: string;
	let shallowHashes = new Set<string>();
	try {
		output = runGit(root, ['log', '--no-merges', '--relative', '--name-only', `--max-count=${maxCount}`, `--format=${LOG_FORMAT}`, '--', ...paths]);
		const shallowFile = runGit(root, ['rev-parse', '--path-format=absolute', '--git-path', 'shallow']).trim();
		if (existsSync(shallowFile)) shallowHashes = new Set(readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean));
	} catch {
		return { commits: [], available: false, partial: false, note: NO_GIT_NOTE };
	}
	const commits = parseGitLog(output).filter((c) => !shallowHashes.has(c.hash));
	const partial = shallowHashes.size > 0;
	return { commits, available: true, partial, note: partial ? PARTIAL_NOTE : undefined };
}

const cache = new Map<string, GitHistory>();

/** `loadGitHistory` once per root and path list for the whole build. */
export function loadGitHistoryCached(root: string, paths: string[] = ['.']): GitHistory {
	const key = `${root}\0${paths.join('\0')}`;
	let history = cache.get(key);
	if (!history) {
		history = loadGitHistory(root, paths);
		cache.set(key, history);
	}
	return history;
}

/** What the site's history covers: pages and the data they render. */
export const CONTENT_PATHS = ['src/content'];
