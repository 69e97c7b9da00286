/**
 * The repository file a page is edited in. For pages written in MDX it is the
 * page's own file; pages generated from data (industry hubs, calculator
 * variants) carry an `editUrl` into their data file, and Starlight invents a
 * file path for them that does not exist. "Edit page", "Suggest a change" and
 * the file-history link all name the file this returns, so they agree.
 */
export interface SourceFileInput {
	/** Starlight's entry.filePath, e.g. src/content/docs/plan/index.mdx (made up for generated pages). */
	filePath: string | undefined;
	/** The page's editUrl frontmatter: a URL, `false`, or undefined (Starlight derives one from filePath). */
	editUrl: unknown;
	repository: { url: string; branch: string };
	/** Whether a file exists in the repository; a page whose file does not (the print edition) names none. */
	exists?: (file: string) => boolean;
}

/** The file under the repository root, without a leading "./" or "/". */
export function findSourceFile({ filePath, editUrl, repository, exists = () => true }: SourceFileInput): string | undefined {
	const editPrefix = `${repository.url.replace(/\/+$/, '')}/edit/${repository.branch}/`;
	const url = editUrl instanceof URL ? editUrl.href : editUrl;
	const file =
		typeof url === 'string' && url.startsWith(editPrefix)
			? decodeURI(url.slice(editPrefix.length)).replace(/^\/+/, '')
			: filePath
				? filePath.replace(/^\.?\/+/, '')
				: undefined;
	return file !== undefined && exists(file) ? file : undefined;
}
