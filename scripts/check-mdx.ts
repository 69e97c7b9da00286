/**
 * Compiles every page with the site's own MDX pipeline, without rendering, and
 * hands what it found to src/schemas/page-text-check.ts: syntax errors,
 * components used without an import, missing images, dangling links and
 * #anchors. Used by `npm run check:content` (scripts/check-content.ts).
 *
 * "The site's own pipeline" is Astro's configured Markdown processor (Astro 7:
 * Sätteri) after every integration in astro.config.mjs has added its plugins
 * (Starlight's asides, the glossary links, ...). Astro's public getViteConfig()
 * resolves the config and runs the integrations' setup hooks; the content
 * check integration (src/integrations/content-check.ts) hands the processor
 * over from its `astro:config:done` hook. The processor's MDX renderer is what @astrojs/mdx calls for each .mdx
 * file (node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js); we call it the
 * same way and add one plugin that notes links, images, JSX and imports with
 * their positions.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { collectDataIds, type CheckedContent, type Problem } from '../src/schemas/check.ts';
import {
	checkPageText,
	isProjectImport,
	resolveImport,
	type CompiledPage,
	type OtherPage,
	type PageLink,
	type SourcePoint,
} from '../src/schemas/page-text-check.ts';
import { generatedRoutes } from '../src/schemas/generated-pages.ts';
import { findNearestName } from '../src/lib/nearest-name.ts';
import { PIPELINE_ENV, takeHandedOverPipeline } from '../src/integrations/content-check.ts';

interface MdxRenderer {
	process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<{ code: string }>;
}
/** The parts of Astro's resolved `markdown` options the compiler uses. */
interface MarkdownConfig {
	processor?: {
		name: string;
		options?: { mdastPlugins?: unknown[] };
		createMdxRenderer?: (shared: Record<string, unknown>, mdx: Record<string, unknown>) => Promise<MdxRenderer>;
	};
	syntaxHighlight?: unknown;
	shikiConfig?: unknown;
	gfm?: boolean;
	smartypants?: boolean;
}

/** What the collecting plugin notes for the page being compiled. */
interface Notes {
	links: PageLink[];
	images: (SourcePoint & { src: string })[];
	elements: (SourcePoint & { name: string; props: Record<string, string> })[];
	esm: (SourcePoint & { value: string })[];
	ids: string[];
}
const emptyNotes = (): Notes => ({ links: [], images: [], elements: [], esm: [], ids: [] });

interface Positioned {
	position?: { start?: { line?: number; column?: number } };
}
const pointOf = (node: Positioned): SourcePoint => ({ line: node.position?.start?.line, column: node.position?.start?.column });

/** An mdast plugin (Sätteri's visitor form) that only reads. */
function createCollector(notes: () => Notes) {
	const jsx = (node: Positioned & { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[] }) => {
		const props: Record<string, string> = {};
		for (const attribute of node.attributes ?? []) {
			if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string') props[attribute.name] = attribute.value;
		}
		const point = pointOf(node);
		if (node.name) notes().elements.push({ name: node.name, props, ...point });
		if (props.href !== undefined) notes().links.push({ url: props.href, ...point });
		if (props.id !== undefined) notes().ids.push(props.id);
		if (node.name === 'img' && props.src !== undefined) notes().images.push({ src: props.src, ...point });
	};
	return {
		name: 'playbook-content-check',
		options: { position: true },
		link: (node: Positioned & { url: string }) => void notes().links.push({ url: node.url, ...pointOf(node) }),
		definition: (node: Positioned & { url: string }) => void notes().links.push({ url: node.url, ...pointOf(node) }),
		image: (node: Positioned & { url: string }) => void notes().images.push({ src: node.url, ...pointOf(node) }),
		mdxJsxFlowElement: jsx,
		mdxJsxTextElement: jsx,
		mdxjsEsm: (node: Positioned & { value: string }) => void notes().esm.push({ value: node.value, ...pointOf(node) }),
	};
}

export interface MdxCompiler {
	compile(
		file: string,
		source: string,
		frontmatter: Record<string, unknown>,
	): Promise<{ code?: string; error?: SourcePoint & { message: string }; notes: Notes }>;
}

/** Resolves astro.config.mjs the way `astro build` does and returns the site's MDX compiler. */
export async function loadMdxCompiler(root: string): Promise<MdxCompiler> {
	const previous = process.env[PIPELINE_ENV];
	process.env[PIPELINE_ENV] = 'running';
	try {
		const { getViteConfig } = await import('astro/config');
		// base "/" so links are compared as authors write them (src/integrations/base-links.ts adds the base in real builds).
		await getViteConfig({}, { root, base: '/', logLevel: 'error' })({ mode: 'production', command: 'build' });
	} finally {
		if (previous === undefined) delete process.env[PIPELINE_ENV];
		else process.env[PIPELINE_ENV] = previous;
	}
	const handed = takeHandedOverPipeline();
	const markdown = handed?.markdown as MarkdownConfig | undefined;
	const processor = markdown?.processor;
	if (!handed || !markdown || !processor?.createMdxRenderer || !processor.options?.mdastPlugins) {
		throw new Error(
			`The content check could not get the site's MDX pipeline (processor "${processor?.name ?? 'none'}"). It needs the contentCheck() integration in astro.config.mjs and Astro's default Sätteri processor.`,
		);
	}
	let current = emptyNotes();
	processor.options.mdastPlugins.push(createCollector(() => current));
	const renderer = await processor.createMdxRenderer(
		{ syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants },
		{ optimize: false, srcDir: handed.srcDir },
	);
	return {
		async compile(file, source, frontmatter) {
			current = emptyNotes();
			const notes = current;
			// Frontmatter blanked to spaces, as @astrojs/mdx does, so lines and columns stay the file's own.
			const content = source.replace(/^---\r?\n[\s\S]*?\r?\n---/, (block) => block.replace(/[^\n]/g, ' '));
			try {
				const { code } = await renderer.process(content, file, frontmatter);
				return { code, notes };
			} catch (error) {
				const message = (error as Error).message;
				const at = /^(\d+):(\d+):\s*/.exec(message);
				// "3:1: Expected a closing tag for `<div>` (3:1) (mdx-jsx:unexpected-character)": keep the sentence.
				const cleaned = message
					.replace(/^\d+:\d+:\s*/, '')
					.replace(/\s*\(\d+:\d+\)/g, '')
					.replace(/\s*\([a-z-]+:[a-z-]+\)/g, '');
				return { error: { message: cleaned, line: at ? Number(at[1]) : undefined, column: at ? Number(at[2]) : undefined }, notes };
			}
		},
	};
}

/** Components every page may use without importing them: @astrojs/mdx passes `Fragment` (vite-plugin-mdx-postprocess.js); Starlight passes none. */
export const globalComponents = new Set(['Fragment']);

const IMPORT = /import\s+(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s*as\s+([\w$]+))?\s*(?:from\s*)?['"]([^'"]+)['"]/g;

/** Names an ESM block imports, with their source and line. */
export function parseImports(esm: Notes['esm']): { name: string; source: string; line?: number; column?: number }[] {
	const found: { name: string; source: string; line?: number; column?: number }[] = [];
	for (const block of esm) {
		for (const match of block.value.matchAll(IMPORT)) {
			const line = block.line === undefined ? undefined : block.line + (block.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
			const names = [
				match[1],
				match[3],
				...(match[2] ?? '').split(',').map((part) =>
					part
						.trim()
						.split(/\s+as\s+/)
						.pop(),
				),
			].filter((n): n is string => !!n);
			if (names.length === 0) found.push({ name: '', source: match[4], line, column: 1 });
			for (const name of names) found.push({ name, source: match[4], line, column: 1 });
		}
	}
	return found;
}

/** Ids written literally in an .astro file and in the .astro files it imports (`id="benchmarks"`). */
function createStaticIdReader(root: string) {
	const cache = new Map<string, Set<string>>();
	const read = (file: string): Set<string> => {
		const cached = cache.get(file);
		if (cached) return cached;
		const ids = new Set<string>();
		cache.set(file, ids);
		let text: string;
		try {
			text = readFileSync(join(root, file), 'utf8');
		} catch {
			return ids;
		}
		for (const match of text.matchAll(/\sid="([^"{}$]+)"/g)) ids.add(match[1]);
		for (const match of text.matchAll(/import\s+[\w$]+\s+from\s+['"]((?:\.{1,2}|#src)\/[^'"]+\.astro)['"]/g)) {
			for (const id of read(resolveImport(file, match[1]))) ids.add(id);
		}
		return ids;
	};
	return read;
}

/**
 * Ids that components build from data, by component file under src/components.
 * Ids written literally in a component are found without help; add a line here
 * when pages link to ids a component makes from its props or from data.
 */
const componentAnchors: Record<string, (props: Record<string, string>, content: CheckedContent) => Iterable<string>> = {
	'content/Template.astro': (props) => (props.id ? [`template-${props.id}`, `template-${props.id}-title`] : []),
	'content/Glossary.astro': (_props, content) => collectDataIds(content.data.get('glossary.yaml')),
	'content/ChannelGuide.astro': (_props, content) => [...collectDataIds(content.data.get('channels.yaml'))].map((id) => `channel-${id}`),
};

/** A page to compile: its file, where it is published, its text and parsed frontmatter. */
export interface PageSource {
	file: string;
	address: string;
	text: string;
	frontmatter: Record<string, unknown>;
}

/** Pages in src/pages without a [parameter], by address: src/pages/print.astro → /print/. */
function listStaticRoutes(root: string): { file: string; address: string }[] {
	const pagesDir = join(root, 'src/pages');
	const walk = (dir: string): string[] =>
		(existsSync(dir) ? readdirSync(dir) : []).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
	return walk(pagesDir)
		.map((path) => relative(root, path).split('\\').join('/'))
		.filter((file) => /\.(astro|mdx?)$/.test(file) && !file.includes('['))
		.map((file) => ({
			file,
			address: `/${file
				.slice('src/pages/'.length)
				.replace(/\.(astro|mdx?)$/, '')
				.replace(/(^|\/)index$/, '')}/`.replace(/\/+$/, '/'),
		}));
}

/** Compiles every page and returns the problems in their text. */
export async function checkPagesText(root: string, pages: PageSource[], content: CheckedContent, compiler: MdxCompiler): Promise<Problem[]> {
	const readStaticIds = createStaticIdReader(root);
	const layoutIds = new Set(['_top']);
	for (const name of readdirSync(join(root, 'src/components/overrides')).filter((n) => n.endsWith('.astro'))) {
		for (const id of readStaticIds(`src/components/overrides/${name}`)) layoutIds.add(id);
	}
	const exists = (path: string) => existsSync(join(root, path));

	const compiled: CompiledPage[] = [];
	for (const page of pages) {
		const result = await compiler.compile(join(root, page.file), page.text, page.frontmatter);
		const { notes } = result;
		const imports = parseImports(notes.esm);
		const base: Omit<CompiledPage, 'syntaxError'> = {
			file: page.file,
			address: page.address,
			anchors: new Set(),
			links: [],
			images: [],
			unknownComponents: [],
			importedNames: imports.map((i) => i.name).filter(Boolean),
			missingImports: [],
		};
		if (result.error || result.code === undefined) {
			compiled.push({ ...base, syntaxError: result.error ?? { message: 'the page could not be compiled' } });
			continue;
		}
		const code = result.code;
		const anchors = new Set([...layoutIds, ...notes.ids]);
		const headings = /export function getHeadings\(\) \{ return (.*); \}/.exec(code);
		for (const heading of headings ? (JSON.parse(headings[1]) as { slug: string }[]) : []) anchors.add(heading.slug);
		const sourceOf = new Map(imports.map((i) => [i.name, i.source]));
		for (const element of notes.elements) {
			const source = sourceOf.get(element.name);
			if (!source || !isProjectImport(source)) continue;
			const componentFile = resolveImport(page.file, source);
			for (const id of readStaticIds(componentFile)) anchors.add(id);
			const key = componentFile.replace(/^src\/components\//, '');
			for (const id of componentAnchors[key]?.(element.props, content) ?? []) anchors.add(id);
		}
		const missingNames = new Set([...code.matchAll(/_missingMdxReference\("([^"]+)"/g)].map((m) => m[1]).filter((name) => !globalComponents.has(name)));
		const missingImports = imports
			.filter(
				(i, index) => isProjectImport(i.source) && imports.findIndex((j) => j.source === i.source) === index && !exists(resolveImport(page.file, i.source)),
			)
			.map((i) => {
				const target = resolveImport(page.file, i.source);
				const folder = join(root, dirname(target));
				const siblings = existsSync(folder) ? readdirSync(folder) : [];
				const nearest = findNearestName(basename(target), siblings);
				return { source: i.source, line: i.line, column: i.column, suggestion: nearest ? i.source.replace(/[^/]+$/, nearest) : undefined };
			});
		const heroActions = (page.frontmatter.hero as { actions?: { link?: unknown }[] } | undefined)?.actions ?? [];
		compiled.push({
			...base,
			anchors,
			links: [
				...notes.links,
				...heroActions.flatMap((action, i) => (typeof action.link === 'string' ? [{ url: action.link, field: `hero.actions[${i}].link` }] : [])),
			],
			images: notes.images,
			unknownComponents: notes.elements.filter((e) => missingNames.has(e.name.split('.')[0])).map((e) => ({ name: e.name, line: e.line, column: e.column })),
			missingImports,
		});
	}

	const staticIdsForRoute = (file: string) => new Set([...layoutIds, ...readStaticIds(file)]);
	const otherPages: OtherPage[] = [
		...listStaticRoutes(root).map((route) => ({ address: route.address, anchors: staticIdsForRoute(route.file) })),
		...generatedRoutes.flatMap((route) => {
			const fixed = staticIdsForRoute(route.file);
			return route.list(content).map((page) => ({ address: page.address, anchors: new Set([...fixed, ...page.anchors]) }));
		}),
	];
	return checkPageText({ pages: compiled, otherPages, fileExists: exists });
}
