/**
 * The URL of a docs page from its collection id, under the site's base path.
 * The home page's id is "index"; the not-found page is served by static hosts
 * as /404.html, not /404/.
 */
export function formatPageHref(id: string, base = '/'): string {
	const prefix = base.replace(/\/$/, '');
	if (id === '404') return `${prefix}/404.html`;
	return `${prefix}/${id === 'index' || id === '' ? '' : `${id}/`}`;
}
