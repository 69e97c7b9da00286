/**
 * The second half of the content check: what is wrong in a page's text once
 * it has been compiled with the site's own MDX pipeline (scripts/check-mdx.ts
 * compiles; this decides). Syntax errors, components used without an import,
 * images that are not there, and links or #anchors that lead nowhere, each
 * with file, line and the fix. Pure: the caller hands in what compiling found
 * and a way to ask whether a file exists.
 */
import { findNearestName } from '../lib/nearest-name.ts';
import type { Problem } from './check.ts';

/** Where something sits in a page's source (1-based). */
export interface SourcePoint {
	line?: number;
	column?: number;
}

/** A link found in a page: Markdown `[text](url)`, a reference definition, a component's `href`, or a frontmatter field. */
export interface PageLink extends SourcePoint {
	url: string;
	/** Set for links written in frontmatter (e.g. `hero.actions[0].link`), which have no line. */
	field?: string;
}

/** What compiling one page found. */
export interface CompiledPage {
	/** Path from the project root, as problems name it. */
	file: string;
	/** Where the page is published, e.g. `/plan/escalation/` (index pages: their folder, `/` for the home page). */
	address: string;
	/** Set when the page is not valid MDX; nothing else about it is known then. */
	syntaxError?: SourcePoint & { message: string };
	/** Every id a link may point at on this page: headings, and ids from components and the layout. */
	anchors: Set<string>;
	links: PageLink[];
	/** Image sources with where they were written. */
	images: (SourcePoint & { src: string })[];
	/** JSX elements whose name is neither imported in the file nor provided by the site. */
	unknownComponents: (SourcePoint & { name: string })[];
	/** Names the file imports, for "did you mean" on an unknown component. */
	importedNames: string[];
	/** Relative imports whose file does not exist. */
	missingImports: (SourcePoint & { source: string; suggestion?: string })[];
}

/** Pages that exist but are not MDX files: generated routes (industry hubs, calculator variants, the print edition). */
export interface OtherPage {
	address: string;
	/** Ids a link may point at; undefined when they are not known (anchors to it are then not checked). */
	anchors?: Set<string>;
}

export interface SiteIndex {
	pages: CompiledPage[];
	otherPages: OtherPage[];
	/** Whether a file exists, by path from the project root (`public/logo.svg`, `src/content/docs/plan/chart.png`). */
	fileExists: (path: string) => boolean;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** `/plan/escalation/` and `#levels` from a link written on the page at `from`. */
export function resolveLink(url: string, from: string): { path: string; hash: string } | undefined {
	if (EXTERNAL.test(url) || url === '') return undefined;
	const resolved = new URL(url, `http://site.invalid${from}`);
	const decode = (text: string) => {
		try {
			return decodeURIComponent(text);
		} catch {
			return text;
		}
	};
	return { path: decode(resolved.pathname), hash: decode(resolved.hash.slice(1)) };
}

/** The folder of a docs file, for resolving relative image paths: `src/content/docs/plan/x.mdx` → `src/content/docs/plan`. */
function folderOf(file: string): string {
	return file.slice(0, file.lastIndexOf('/'));
}

function joinPath(folder: string, relative: string): string {
	const parts = folder.split('/');
	for (const part of relative.split('/')) {
		if (part === '..') parts.pop();
		else if (part !== '.' && part !== '') parts.push(part);
	}
	return parts.join('/');
}

/** `; did you mean "x"? ` or `. ` before the fix, so every message reads as sentences. */
const didYouMean = (suggestion: string | undefined) => (suggestion ? `; did you mean "${suggestion}"? ` : '. ');

/** The published address nearest to a mistyped one, looking first among its neighbours in the same folder. */
function findNearestAddress(path: string, addresses: string[]): string | undefined {
	const parent = path.replace(/[^/]+\/?$/, '');
	const last = (address: string) => address.slice(parent.length).replace(/\/$/, '');
	const siblings = addresses.filter((a) => a.startsWith(parent) && a !== parent && !last(a).includes('/'));
	const nearestSibling = findNearestName(last(path), siblings.map(last));
	return nearestSibling === undefined ? undefined : `${parent}${nearestSibling}/`;
}

/** Every problem in the compiled pages' text, in page order then line order. */
export function checkPageText(site: SiteIndex): Problem[] {
	const byAddress = new Map<string, { anchors?: Set<string>; compiled: boolean }>();
	for (const page of site.otherPages) byAddress.set(page.address, { anchors: page.anchors, compiled: true });
	for (const page of site.pages) byAddress.set(page.address, { anchors: page.syntaxError ? undefined : page.anchors, compiled: !page.syntaxError });
	const addresses = [...byAddress.keys()];
	const problems: Problem[] = [];

	for (const page of site.pages) {
		const at = (point: SourcePoint, message: string, field = ''): Problem => ({ file: page.file, field, message, line: point.line, column: point.column });
		if (page.syntaxError) {
			problems.push(
				at(
					page.syntaxError,
					`the page text is not valid MDX: ${page.syntaxError.message}. Look there for an unclosed or misspelt tag, or a "<" or "{" in ordinary text (write &lt; or \\{ there)`,
				),
			);
			continue;
		}
		for (const missing of page.missingImports) {
			const from = missing.source.startsWith(SRC_ALIAS) ? `${SRC_ALIAS} is the project's src/ folder` : 'it is relative to this page';
			problems.push(at(missing, `import "${missing.source}": there is no such file${didYouMean(missing.suggestion)}Correct the path (${from})`));
		}
		for (const element of page.unknownComponents) {
			const suggestion = findNearestName(element.name, page.importedNames);
			const fix = suggestion
				? `did you mean <${suggestion}>? Correct the name`
				: `import it at the top of the page (for example: import ${element.name} from '${SRC_ALIAS}components/content/${element.name}.astro';) or correct the name`;
			problems.push(at(element, `unknown component <${element.name}>: ${fix}`));
		}
		for (const image of page.images) {
			if (EXTERNAL.test(image.src) || image.src.startsWith('data:')) continue;
			const path = image.src.split(/[?#]/)[0];
			const onDisk = path.startsWith('/') ? `public${decodeURIComponent(path)}` : joinPath(folderOf(page.file), decodeURIComponent(path));
			if (!site.fileExists(onDisk)) {
				problems.push(at(image, `image "${image.src}" not found: there is no file ${onDisk}. Add the image there, or correct the path`));
			}
		}
		for (const link of page.links) {
			const target = resolveLink(link.url, page.address);
			if (!target) continue;
			const field = link.field ?? '';
			const found = byAddress.get(target.path);
			if (!found) {
				if (byAddress.has(`${target.path}/`)) {
					problems.push(
						at(link, `link to "${link.url}": playbook addresses end with "/": write "${target.path}/${target.hash ? `#${target.hash}` : ''}"`, field),
					);
				} else if (!site.fileExists(`public${target.path}`)) {
					const suggestion = findNearestAddress(target.path, addresses);
					problems.push(
						at(
							link,
							`link to "${link.url}": there is no page at ${target.path}${didYouMean(suggestion)}Copy the address from the site (it starts and ends with "/")`,
							field,
						),
					);
				}
				continue;
			}
			if (!target.hash || !found.anchors || found.anchors.has(target.hash)) continue;
			const suggestion = findNearestName(target.hash, found.anchors);
			const where = target.path === page.address ? 'this page' : target.path;
			problems.push(
				at(
					link,
					`link to "${link.url}": ${where} has no heading or anchor "${target.hash}"${didYouMean(suggestion)}Use the anchor from the heading's link on the site, or remove the "#…" part`,
					field,
				),
			);
		}
	}
	return problems;
}

/** Pages import the project's files as `#src/…` (package.json "imports"), so a page's imports do not depend on its folder. */
const SRC_ALIAS = '#src/';

/** An import of one of the project's own files (`#src/…`, `./…`, `../…`), not of a package. */
export function isProjectImport(source: string): boolean {
	return source.startsWith(SRC_ALIAS) || source.startsWith('.');
}

/** The project file an import names: `#src/…` from the project root, a relative path from the page's folder. */
export function resolveImport(file: string, source: string): string {
	return source.startsWith(SRC_ALIAS) ? `src/${source.slice(SRC_ALIAS.length)}` : joinPath(folderOf(file), source);
}
