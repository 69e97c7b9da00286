/**
 * What readers see of the playbook's history, across every built page (reads
 * dist/ directly, no browser): change notes written for staff, never a
 * developer's commit message; and every "Edit page" and "Suggest a change"
 * link names a file that exists in the repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject } from 'vitest';
import { parse } from 'yaml';
import { listBuiltPages } from './support/browser.ts';
import { it } from './support/fixtures.ts';

const distDir = inject('distDir');
const pages = listBuiltPages(distDir);
const html = new Map(pages.map((p) => [p, readFileSync(join(distDir, p, 'index.html'), 'utf8')]));
const organization = parse(readFileSync('src/content/data/organization.yaml', 'utf8')) as { repository: { url: string; branch: string } };
const repo = organization.repository.url.replace(/\/+$/, '');

const decode = (text: string) =>
	text
		.replace(/<[^>]+>/g, '')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** The visible text of a page (scripts and styles dropped), entities decoded. */
const textOf = (source: string) => decode(source.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')).replace(/\s+/g, ' ');

/** Links with their visible text. */
function linksOf(source: string): { href: string; text: string }[] {
	return [...source.matchAll(/<a\s[^>]*?href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({ href: decode(m[1]), text: textOf(m[2]).trim() }));
}

describe('history readers can read', () => {
	// Every commit subject in the repository: none may reach a page.
	const subjects = execFileSync('git', ['log', '--format=%s'], { encoding: 'utf8' })
		.split('\n')
		.map((s) => s.trim())
		// Short subjects ("Merge branch 'x'") could match ordinary prose by chance.
		.filter((s) => s.length >= 24);

	it('has commit subjects to look for', () => {
		expect(subjects.length).toBeGreaterThan(20);
	});

	it('shows no developer commit message on any page', () => {
		const found: string[] = [];
		for (const [page, source] of html) {
			const text = textOf(source);
			for (const subject of subjects) if (text.includes(subject)) found.push(`${page}: "${subject}"`);
		}
		expect(found).toEqual([]);
	});

	it("lists staff-written change notes on What's new and in page histories", () => {
		const whatsNew = textOf(html.get('/contribute/whats-new/') ?? '');
		expect(whatsNew).toContain("Every detractor gets a personal follow-up from the account's owner, tracked to a close");
		expect(whatsNew).toContain('the account owner calls or writes personally');
		// Typo notes are listed nowhere.
		expect(whatsNew).not.toContain('American spelling throughout');
		const history = textOf(html.get('/standards/feedback/')?.match(/<section[^>]*id="page-history"[\s\S]*?<\/section>/)?.[0] ?? '');
		expect(history).toContain('Every detractor gets a personal follow-up');
	});
});

describe('edit and suggest links name real files', () => {
	const editPrefix = `${repo}/edit/${organization.repository.branch}/`;

	it('every "Edit page" opens a file that exists', () => {
		const checked: string[] = [];
		const missing: string[] = [];
		for (const [page, source] of html) {
			for (const link of linksOf(source).filter((l) => l.text === 'Edit page')) {
				expect(link.href.startsWith(editPrefix), `${page}: ${link.href}`).toBe(true);
				const file = link.href.slice(editPrefix.length);
				checked.push(page);
				if (!existsSync(file)) missing.push(`${page} → ${file}`);
			}
		}
		expect(missing).toEqual([]);
		expect(checked).toContain('/industries/saas/');
		expect(checked).toContain('/tools/nps/retail/');
		expect(checked.length).toBeGreaterThan(pages.length * 0.9);
	});

	it('every "Suggest a change" names a file that exists, the same one "Edit page" opens', () => {
		const checked: string[] = [];
		const wrong: string[] = [];
		for (const [page, source] of html) {
			const links = linksOf(source);
			const edit = links.find((l) => l.text === 'Edit page')?.href.slice(editPrefix.length);
			for (const link of links.filter((l) => l.text === 'Suggest a change')) {
				const body = new URL(link.href).searchParams.get('body') ?? '';
				const file = /\*\*File:\*\* (\S+)/.exec(body)?.[1] ?? '(none)';
				checked.push(page);
				if (!existsSync(file)) wrong.push(`${page} → ${file} (no such file)`);
				else if (edit && edit !== file) wrong.push(`${page} → ${file} (Edit page opens ${edit})`);
			}
		}
		expect(wrong).toEqual([]);
		expect(checked).toContain('/industries/saas/');
		expect(checked).toContain('/tools/health-score/financial-services/');
		expect(checked.length).toBeGreaterThan(pages.length * 0.9);
	});
});
