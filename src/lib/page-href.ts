/**
 * Links to playbook pages from their page ids, honouring the site's base path
 * (GitHub Pages serves the site under /<repository>/). Ids are the file paths
 * under src/content/docs: `plan/escalation`, `plan` (a section landing), `` (home).
 */
export function formatPageHref(base: string, pageId: string, anchor?: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	const path = pageId === '' || pageId === 'index' ? '' : `${pageId.replace(/^\/+|\/+$/g, '')}/`;
	return `${root}${path}${anchor ? `#${anchor}` : ''}`;
}
