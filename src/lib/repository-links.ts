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
