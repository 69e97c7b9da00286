/**
 * `npm run validate:html`: every page in dist/ through html-validate, plus the
 * one check it lacks (nothing after </html>: browsers move such content into
 * the body, where it no longer belongs to any document structure). Run after
 * the build; part of `npm test`.
 *
 * The rules are html-validate's recommended set, minus rules that fire on
 * markup Starlight, Astro, Expressive Code or React write themselves (which we
 * cannot change), each with its reason below. Our own markup is held to the rest.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { listHtmlFiles } from '../src/integrations/list-html-files.ts';

export const validatorConfig: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// Astro and Starlight write void elements XML-style (<meta ... />).
		'void-style': 'off',
		// Boolean attributes: React's server renderer writes checked="" and friends.
		'attribute-boolean-style': 'off',
		// React's server renderer writes some attribute names in camelCase
		// (inputMode); HTML attribute names are case-insensitive, so this is style.
		'attr-case': 'off',
		// Starlight's skip-link target is id="_top" and React's useId() ids start
		// with "_"; both are valid HTML ids, which `relaxed` checks for.
		'valid-id': ['error', { relaxed: true }],
		// Starlight's own buttons (mobile menu, code "copy" buttons) omit type=.
		'no-implicit-button-type': 'off',
		// Starlight, Astro islands and Expressive Code set style attributes; the
		// security policy allows inline styles for this reason (src/lib/csp.ts).
		'no-inline-style': 'off',
		// Expressive Code's copy button holds a <div> and is named by its title
		// attribute, and its code lines are <div>s inside <code>; Astro places a
		// component's <style> where the component renders.
		'element-permitted-content': 'off',
		'text-content': 'off',
		// Starlight's table of contents is two <nav>s (mobile and wide) and its
		// asides share labels ("Note"); landmark names are checked, with context,
		// by axe-core on every page in the browser tests instead.
		'unique-landmark': 'off',
		// Scrollable tables sit in <div role="region" tabindex="0" aria-label>,
		// the accessible pattern for keyboard-scrollable content; <section> has
		// no tab stop.
		'prefer-native-element': ['error', { exclude: ['region'] }],
		// Lists styled without bullets keep role="list" on purpose: Safari drops
		// list semantics from <ul> with list-style: none.
		'no-redundant-role': 'off',
		// A group of checkboxes shares one name, as radio buttons do.
		'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
		// Page titles are authors' titles plus the site name; search engines
		// shorten long ones themselves.
		'long-title': 'off',
	},
};

/** Content after the closing </html> tag, or undefined when there is none. */
export function findContentAfterHtml(html: string): string | undefined {
	const end = html.toLowerCase().lastIndexOf('</html>');
	if (end === -1) return undefined;
	const after = html.slice(end + '</html>'.length).trim();
	return after || undefined;
}

export interface PageProblem {
	line: number;
	column: number;
	rule: string;
	message: string;
}

const validator = new HtmlValidate(validatorConfig);

/** Every problem in one page: html-validate's messages and anything after </html>. */
export async function validatePage(html: string, name = 'page.html'): Promise<PageProblem[]> {
	const report = await validator.validateString(html, name);
	const problems: PageProblem[] = report.results.flatMap((result) =>
		result.messages.map((m: Message) => ({ line: m.line, column: m.column, rule: m.ruleId, message: m.message })),
	);
	const after = findContentAfterHtml(html);
	if (after) {
		const line = html.slice(0, html.toLowerCase().lastIndexOf('</html>')).split('\n').length;
		problems.push({
			line,
			column: 1,
			rule: 'nothing-after-html',
			message: `content after </html> ("${after.slice(0, 60)}..."): move it inside the page (for a <script> in an .astro page, inside the layout component's tags)`,
		});
	}
	return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dist = resolve(process.argv[2] ?? 'dist');
	const files = listHtmlFiles(dist);
	if (files.length === 0) {
		console.error(`No HTML in ${dist}: run \`npm run build\` first.`);
		process.exit(1);
	}
	let count = 0;
	for (const file of files) {
		const problems = await validatePage(readFileSync(file, 'utf8'), file);
		if (problems.length === 0) continue;
		count += problems.length;
		console.error(`\n${relative(process.cwd(), file)}`);
		for (const p of problems) console.error(`  ${p.line}:${p.column}  ${p.message}  (${p.rule})`);
	}
	if (count > 0) {
		console.error(
			`\nHTML check failed: ${count} problem${count === 1 ? '' : 's'}. Each line names the rule; see https://html-validate.org/rules/<rule>.html and fix the component or page that writes the markup.`,
		);
		process.exit(1);
	}
	console.log(`HTML check: ${files.length} pages valid.`);
}
