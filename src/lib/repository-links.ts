/**
 * Links into the playbook's repository, built from the organization settings
 * (src/content/data/organization.yaml `repository`), so moving the repository
 * is one edit there.
 */

export interface SuggestionTarget {
	/** Repository web address without a trailing slash. */
	repositoryUrl: string;
	/** Page title as readers see it. */
	title: string;
	/** The page's path on the site, e.g. /standards/response-times/. */
	path: string;
	/** The playbook section the page is in, e.g. "Service standards". */
	section: string;
	/** Source file from the repository root, e.g. src/content/docs/standards/index.mdx. */
	file: string;
}

/** A new-issue link prefilled with the page, its section and file, and prompts for the reader. */
export function formatSuggestUrl({ repositoryUrl, title, path, section, file }: SuggestionTarget): string {
	const body = [
		`**Page:** ${title} (${path})`,
		`**Section:** ${section}`,
		`**File:** ${file}`,
		'',
		'**What should change?**',
		'',
		'',
		'**Why? (what you saw, with customers or in the numbers)**',
		'',
	].join('\n');
	const query = new URLSearchParams({ title: `Suggestion for "${title}" (${section})`, body });
	return `${repositoryUrl.replace(/\/+$/, '')}/issues/new?${query.toString()}`;
}

/** Every commit that touched one file, on the repository's website. */
export function formatFileHistoryUrl(repositoryUrl: string, branch: string, file: string): string {
	return `${repositoryUrl.replace(/\/+$/, '')}/commits/${branch}/${file}`;
}

/** A file on the repository's website, e.g. CONTRIBUTING.md on the main branch. */
export function formatFileUrl(repositoryUrl: string, branch: string, file: string): string {
	return `${repositoryUrl.replace(/\/+$/, '')}/blob/${branch}/${file.replace(/^\/+/, '')}`;
}

export interface NewFileTarget {
	/** Repository web address (GitHub). */
	repositoryUrl: string;
	branch: string;
	/** Path of the new file from the repository root; GitHub creates the folders. */
	filename: string;
	/** The text the editor opens with. */
	value: string;
}

/**
 * GitHub's web editor for a new file, pre-filled: /new/<branch>?filename=…&value=…
 * (https://docs.github.com/en/repositories/working-with-files/managing-files/creating-new-files).
 */
export function formatNewFileUrl({ repositoryUrl, branch, filename, value }: NewFileTarget): string {
	const query = new URLSearchParams({ filename, value });
	return `${repositoryUrl.replace(/\/+$/, '')}/new/${branch}?${query.toString()}`;
}

/** Where "Start a proposal" puts the new record, and the template it starts from. */
export const PROPOSAL_TEMPLATE = 'src/content/docs/proposals/_template.mdx';
export const NEW_PROPOSAL_FILE = 'src/content/docs/proposals/your-proposal-name.mdx';

/** The template as the editor should show it: the file, with the leading comment that explains it kept. */
export function formatNewProposalUrl(repositoryUrl: string, branch: string, template: string): string {
	return formatNewFileUrl({ repositoryUrl, branch, filename: NEW_PROPOSAL_FILE, value: template });
}
