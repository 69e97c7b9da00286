/**
 * `npm run codeowners`: writes .github/CODEOWNERS from page owners, so a pull
 * request that changes a page asks that page's owner to approve it.
 * `npm run codeowners -- --check` only reports whether the file is current.
 *
 * A data file is owned by the owner of the page that renders it
 * (src/content/data/data-pages.yaml): the response-time targets by the
 * response-times page's owner, the glossary by the glossary's. A file whose
 * page is generated from the file itself (an industry hub) is owned by the
 * `owner` it names. The default owner (for code, settings and anything no page
 * claims) is the owner of the home page, src/content/docs/index.mdx.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../src/integrations/content-check.ts';
import { computeCodeowners, findDataOwners, formatCodeowners, type OwnedFile } from '../src/lib/codeowners.ts';
import { ownersSchema } from '../src/schemas/owners.ts';
import { pageIdFromPath } from '../src/schemas/check.ts';
import { dataPagesSchema, findDataPage } from '../src/schemas/data-pages.ts';

export const CODEOWNERS_PATH = '.github/CODEOWNERS';
const HOME_PAGE = 'src/content/docs/index.mdx';

/** The CODEOWNERS text the repository at `root` should have. */
export function generateCodeowners(root: string): string {
	const raw = readContent(root);
	const owners = ownersSchema.parse(raw.data.get('owners.yaml')?.data);
	const handles = new Map(owners.map((o) => [o.id, o.github]));
	const ownerOf = (data: unknown) => (data && typeof data === 'object' ? (data as { owner?: unknown }).owner : undefined);
	const pages: OwnedFile[] = raw.pages.map((page) => {
		const owner = ownerOf(page.data);
		return { file: page.file, owners: typeof owner === 'string' ? [owner] : [] };
	});
	// Each data file belongs to the owner of the page that renders it. Without a
	// page (or when that page is generated from the file), the people the file
	// names in `owner` fields; only ids from owners.yaml count (a free-text
	// "owner: Support lead" is a role, not a reviewer).
	const mapping = dataPagesSchema.safeParse(raw.data.get('data-pages.yaml')?.data);
	const pageOwners = new Map(raw.pages.map((page) => [pageIdFromPath(page.file.replace(/^src\/content\/docs\//, '')) || 'index', ownerOf(page.data)] as const));
	const dataFiles: OwnedFile[] = [...raw.data.entries()]
		.map(([key, file]) => {
			const page = mapping.success ? findDataPage(mapping.data, key) : undefined;
			const pageOwner = page === undefined ? undefined : pageOwners.get(page);
			const owners = typeof pageOwner === 'string' ? [pageOwner] : findDataOwners(file.data);
			return { file: file.file, owners: owners.filter((id) => handles.has(id)) };
		})
		.filter((file) => file.owners.length > 0);
	const home = ownerOf(raw.pages.find((p) => p.file === HOME_PAGE)?.data);
	const defaultOwner = typeof home === 'string' && handles.has(home) ? home : owners[0].id;
	return formatCodeowners(computeCodeowners({ pages, dataFiles, handles, defaultOwner }));
}

export function readCommittedCodeowners(root: string): string | undefined {
	try {
		return readFileSync(join(root, CODEOWNERS_PATH), 'utf8');
	} catch {
		return undefined;
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = process.cwd();
	const expected = generateCodeowners(root);
	const current = readCommittedCodeowners(root);
	if (process.argv.includes('--check')) {
		if (current !== expected) {
			console.error(`${CODEOWNERS_PATH} is out of date: run npm run codeowners and commit the result.`);
			process.exit(1);
		}
		console.log(`${CODEOWNERS_PATH} is up to date.`);
	} else if (current === expected) {
		console.log(`${CODEOWNERS_PATH} is already up to date.`);
	} else {
		mkdirSync(join(root, '.github'), { recursive: true });
		writeFileSync(join(root, CODEOWNERS_PATH), expected);
		console.log(`Wrote ${CODEOWNERS_PATH}: commit it with the page changes.`);
	}
}
