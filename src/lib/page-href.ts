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

/**
 * A root-relative URL ("/plan/", "/tools/nps/?industry=retail") with the base
 * path in front; other URLs (external, protocol-relative, anchors, relative,
 * or already under the base) unchanged.
 */
export function prefixBase(base: string, url: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	if (root === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
	if (url === root.slice(0, -1) || url.startsWith(root)) return url;
	return `${root}${url.slice(1)}`;
}

/** `href`, `src` and `action` values in HTML that start at the site root but not under the base path. */
export function findUnbasedLinks(html: string, base: string): string[] {
	const root = base.endsWith('/') ? base : `${base}/`;
	if (root === '/') return [];
	const links = [...html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]);
	return [...new Set(links.filter((url) => prefixBase(root, url) !== url))];
}
