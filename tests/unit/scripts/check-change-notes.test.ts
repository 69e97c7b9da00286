/**
 * The change-note check end to end, on a throwaway git repository: a main
 * branch with a page and the data it renders, then a branch per case.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkChangeNotesInRepo } from '../../../scripts/check-change-notes.ts';

const SCRIPT = resolve('scripts/check-change-notes.ts');
const PAGE = 'src/content/docs/standards/response-times.mdx';
const DATA = 'src/content/data/service-levels.yaml';
const page = (body: string, reviewed = '2026-11-01') =>
	`---\ntitle: Response times\nowner: daniel-okafor\nreviewed: ${reviewed}\nreviewBy: 2027-05-01\n---\n\n${body}\n`;

let root: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
function write(path: string, text: string) {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
}
function commit(message: string) {
	git('add', '-A');
	git('commit', '-q', '-m', message);
}

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'change-notes-'));
	git('init', '-q', '-b', 'main');
	git('config', 'user.email', 'test@example.com');
	git('config', 'user.name', 'Test');
	write(PAGE, page('Answer urgent chats within 30 minutes.'));
	write('src/content/docs/proposals/faster-chats.mdx', '---\ntitle: Faster chats\n---\n\nDraft.\n');
	write(DATA, 'chat:\n  urgent: 30\n');
	write('src/content/data/data-pages.yaml', '- data: service-levels.yaml\n  page: standards/response-times\n');
	write('src/components/Thing.astro', '<p>code</p>\n');
	commit('Initial content');
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeEach(() => {
	git('checkout', '-q', '-f', 'main');
	git('checkout', '-q', '-B', 'change');
}, 60_000);

const NOTE = 'src/content/changes/2026-12-01-faster-chats.yaml';
const note = (pages: string[], kind = 'changed') =>
	`date: 2026-12-01\nkind: ${kind}\nsummary: Urgent chats are answered within 15 minutes\nwhatToDo: Answer urgent chats within 15 minutes.\npages: [${pages.join(', ')}]\n`;

// Each case runs git several times (and two cases start Node): slow on a busy machine, never wrong.
describe('check-change-notes', { timeout: 60_000 }, () => {
	it('fails a page change without a change note', () => {
		write(PAGE, page('Answer urgent chats within 15 minutes.'));
		commit('Raise the chat target');
		const finding = checkChangeNotesInRepo(root, 'main');
		expect(finding.ok).toBe(false);
		expect(finding.meaningful).toEqual([{ path: PAGE, page: 'standards/response-times' }]);
	});

	it('fails a data change without a change note, naming the page that shows the data', () => {
		write(DATA, 'chat:\n  urgent: 15\n');
		commit('Raise the chat target');
		expect(checkChangeNotesInRepo(root, 'main').meaningful).toEqual([{ path: DATA, page: 'standards/response-times' }]);
	});

	it('passes a page change that adds a note listing the page', () => {
		write(PAGE, page('Answer urgent chats within 15 minutes.'));
		write(NOTE, note(['standards/response-times']));
		commit('Raise the chat target');
		expect(checkChangeNotesInRepo(root, 'main').ok).toBe(true);
	});

	it('fails when the note does not list the page whose data changed', () => {
		write(DATA, 'chat:\n  urgent: 15\n');
		write(NOTE, note(['plan/service-standards']));
		commit('Raise the chat target');
		const finding = checkChangeNotesInRepo(root, 'main');
		expect(finding.ok).toBe(false);
		expect(finding.unlisted).toEqual([{ path: DATA, page: 'standards/response-times' }]);
	});

	it('passes a typo-only change marked with a typo note', () => {
		write(PAGE, page('Answer urgent chats within 30 minutes!'));
		write(NOTE, 'date: 2026-12-01\nkind: typo\nsummary: Spelling\npages: [standards/response-times]\n');
		commit('Spelling');
		expect(checkChangeNotesInRepo(root, 'main').ok).toBe(true);
	});

	it('needs no note for a review that only moves the review dates', () => {
		write(PAGE, page('Answer urgent chats within 30 minutes.', '2026-12-01'));
		commit('Reviewed');
		expect(checkChangeNotesInRepo(root, 'main')).toMatchObject({ ok: true, meaningful: [] });
	});

	it('needs no note for code, proposal records or notes alone', () => {
		write('src/components/Thing.astro', '<p>other code</p>\n');
		write('src/content/docs/proposals/faster-chats.mdx', '---\ntitle: Faster chats\n---\n\nAccepted.\n');
		commit('Code and a proposal record');
		expect(checkChangeNotesInRepo(root, 'main')).toMatchObject({ ok: true, meaningful: [] });
	});

	it('compares with where the branch left main, not with later changes on main', () => {
		git('checkout', '-q', 'main');
		write(DATA, 'chat:\n  urgent: 20\n');
		commit('Someone else changes data on main');
		git('checkout', '-q', 'change');
		write('src/components/Thing.astro', '<p>code only</p>\n');
		commit('Code only');
		expect(checkChangeNotesInRepo(root, 'main').ok).toBe(true);
		git('checkout', '-q', 'main');
		git('reset', '-q', '--hard', 'HEAD~1');
	});

	it('exits 1 with a message saying how to add a note, and 0 once there is one', () => {
		write(PAGE, page('Answer urgent chats within 15 minutes.'));
		commit('Raise the chat target');
		const failed = spawnSync(process.execPath, [SCRIPT, '--base', 'main'], { cwd: root, encoding: 'utf8' });
		expect(failed.status).toBe(1);
		expect(failed.stderr).toContain('Change note missing');
		expect(failed.stderr).toContain(PAGE);
		expect(failed.stderr).toContain('Add a file to src/content/changes/');
		expect(failed.stderr).toContain('pages: [standards/response-times]');
		expect(failed.stderr).toContain('kind: typo');
		write(NOTE, note(['standards/response-times']));
		commit('Add the change note');
		const passed = spawnSync(process.execPath, [SCRIPT, '--base', 'main'], { cwd: root, encoding: 'utf8' });
		expect(passed.status).toBe(0);
		expect(passed.stdout).toContain(NOTE);
	});

	it('says how to fix an unknown base branch', () => {
		const run = spawnSync(process.execPath, [SCRIPT, '--base', 'origin/nowhere'], { cwd: root, encoding: 'utf8' });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('--base <branch>');
	});
});
