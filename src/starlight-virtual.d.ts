// Types for the two Starlight virtual modules used by our copy of its Search
// component (src/components/overrides/Search.astro). Starlight declares them
// only for its own sources, so astro check cannot see them otherwise.
declare module 'virtual:starlight/project-context' {
	const project: { build: { format: 'file' | 'directory' | 'preserve' }; root: string; srcDir: string; trailingSlash: 'always' | 'never' | 'ignore' };
	export default project;
}
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
