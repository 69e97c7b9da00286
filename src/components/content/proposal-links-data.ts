/**
 * The accepted proposals that changed each page, for the ownership line
 * (src/components/overrides/PageMeta.astro). Only .astro components import
 * this (it uses astro:content).
 *
 * Filtering the whole docs collection on every page made the build
 * O(pages²); the index is built once per build (src/lib/build-memo.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { memoizePerBuild } from '#src/lib/build-memo.ts';

type ProposalPage = CollectionEntry<'docs'>;

async function indexAcceptedProposals(): Promise<Map<string, ProposalPage[]>> {
	// Newest decision first; the sort is stable, so each page's list keeps that order.
	const accepted = (await getCollection('docs', (p) => p.data.proposal?.status === 'accepted')).sort(
		(a, b) => (b.data.proposal?.decided?.getTime() ?? 0) - (a.data.proposal?.decided?.getTime() ?? 0),
	);
	const byPage = new Map<string, ProposalPage[]>();
	for (const proposal of accepted) {
		for (const pageId of new Set(proposal.data.proposal?.affectedPages)) {
			byPage.set(pageId, [...(byPage.get(pageId) ?? []), proposal]);
		}
	}
	return byPage;
}

const loadAcceptedProposalsByPage = memoizePerBuild(indexAcceptedProposals, { dev: import.meta.env.DEV });

/** Accepted proposals that list `pageId` among the pages they changed, newest decision first. */
export async function loadAcceptedProposalsFor(pageId: string): Promise<readonly ProposalPage[]> {
	return (await loadAcceptedProposalsByPage()).get(pageId) ?? [];
}
