/**
 * Links to playbook pages from their page ids, honouring the site's base path
 * (GitHub Pages serves the site under /<repository>/). Ids are the file paths
 * under src/content/docs: `plan/escalation`, `plan` (a section landing), `` or
 * `index` (home). The not-found page is served by static hosts as /404.html.
 */
export function formatPageHref(base: string, pageId: string, anchor?: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	const id = pageId.replace(/^\/+|\/+$/g, '');
	const path = id === '' || id === 'index' ? '' : id === '404' ? '404.html' : `${id}/`;
	return `${root}${path}${anchor ? `#${anchor}` : ''}`;
}
