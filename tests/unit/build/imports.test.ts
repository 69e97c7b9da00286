/**
 * How the repository's parts may import each other (README, "Where things live"):
 * the site's files and pages import the project's own modules as `#src/…`
 * (package.json "imports") rather than by climbing folders, and nothing that
 * ships or runs as a tool (src/, scripts/) depends on the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const CODE = /\.(ts|tsx|mts|js|mjs|astro|mdx)$/;

/** Every code file and page under `dir`, as a project path with forward slashes. */
function listCodeFiles(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[]).filter((name) => CODE.test(name)).map((name) => join(dir, name).split(sep).join('/'));
}

/** The module specifiers a file imports: `import … from 'x'`, `import 'x'`, `import('x')`, `export … from 'x'`. */
function listImports(source: string): string[] {
	return [...source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(['"])([^'"\n]+)\1/g)].map((match) => match[2]);
}

describe('imports', () => {
	it('reads every kind of import statement', () => {
		const source = `import a from '../../a.ts';\nimport { b,\n c } from "./b.ts";\nimport './c.css';\nconst d = () => import('#src/d.ts');\nexport { e } from '../e.ts';`;
		expect(listImports(source)).toEqual(['../../a.ts', './b.ts', './c.css', '#src/d.ts', '../e.ts']);
	});

	it('has no page or src file that climbs two folders or more: they import #src/…', () => {
		const climbing = listCodeFiles('src').flatMap((file) =>
			listImports(readFileSync(file, 'utf8'))
				.filter((spec) => spec.startsWith('../../'))
				.map((spec) => `${file}: ${spec}`),
		);
		expect(climbing, "write these imports as '#src/<path under src>'").toEqual([]);
	});

	it('has nothing in src/, scripts/ or the Astro config that imports from tests/', () => {
		const fromTests = [...listCodeFiles('src'), ...listCodeFiles('scripts'), 'astro.config.mjs'].flatMap((file) =>
			listImports(readFileSync(file, 'utf8'))
				.filter((spec) => spec.startsWith('.') && relative('.', normalize(join(dirname(file), spec))).split(sep)[0] === 'tests')
				.map((spec) => `${file}: ${spec}`),
		);
		expect(fromTests, 'move what both need into scripts/ (tools) or src/ (the site), and import it from the tests').toEqual([]);
	});
});
