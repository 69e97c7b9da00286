/**
 * Finds glossary terms in running text so the first use of each on a page can
 * link to its definition. Pure string work: the Markdown side (which nodes to
 * skip, how links are built) is in src/integrations/glossary-links.ts.
 *
 * Matching rules:
 * - whole words only, with an optional plural "s" ("SLAs", "touchpoints");
 * - full terms and aliases ignore case ("Churn rate", "churn rate");
 * - abbreviations match their exact case, so "NPS" links and "nps" does not;
 * - the longest wording wins ("net revenue retention" before "retention rate").
 */

export interface GlossaryWording {
	/** Glossary id, the anchor on the glossary page. */
	id: string;
	term: string;
	abbreviation?: string;
	aliases?: string[];
}

export interface GlossaryMatcher {
	pattern: RegExp;
	/** Lower-cased term or alias → id. */
	byWords: Map<string, string>;
	/** Exact abbreviation → id. */
	byAbbreviation: Map<string, string>;
}

/** One run of text: plain, or the wording of a glossary term to link to `id`. */
export interface TextSegment {
	text: string;
	id?: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles every wording into one regular expression, so a page is scanned once per text run. */
export function compileGlossaryMatcher(terms: GlossaryWording[]): GlossaryMatcher {
	const byWords = new Map<string, string>();
	const byAbbreviation = new Map<string, string>();
	for (const t of terms) {
		for (const words of [t.term, ...(t.aliases ?? [])]) byWords.set(words.toLowerCase(), t.id);
		if (t.abbreviation) byAbbreviation.set(t.abbreviation, t.id);
	}
	const wordings = [...new Set([...byWords.keys(), ...[...byAbbreviation.keys()].map((a) => a.toLowerCase())])].sort((a, b) => b.length - a.length);
	const alternatives = wordings.map((w) => escapeRegExp(w).replace(/[ -]/g, '[ -]')).join('|');
	// Letters, digits, "_" and "-" on either side mean we are inside another word.
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(${alternatives || '(?!)'})(s?)(?![\\p{L}\\p{N}_-])`, 'giu');
	return { pattern, byWords, byAbbreviation };
}

/**
 * Splits `text` into plain and linkable runs. Only terms not yet in `linked`
 * become links, and each one linked is added to it, so passing the same set
 * through a whole page links each term on first use only.
 */
export function findGlossaryLinks(text: string, matcher: GlossaryMatcher, linked: Set<string>): TextSegment[] {
	const segments: TextSegment[] = [];
	let last = 0;
	matcher.pattern.lastIndex = 0;
	for (const match of text.matchAll(matcher.pattern)) {
		const wording = match[1];
		const id = resolveWording(matcher, wording);
		if (!id || linked.has(id)) continue;
		linked.add(id);
		const start = match.index ?? 0;
		if (start > last) segments.push({ text: text.slice(last, start) });
		segments.push({ text: match[0], id });
		last = start + match[0].length;
	}
	if (segments.length === 0) return [{ text }];
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments;
}

/** Abbreviations by exact case; terms and aliases ignoring case and treating "-" and " " alike. */
export function resolveWording(matcher: GlossaryMatcher, wording: string): string | undefined {
	const exact = matcher.byAbbreviation.get(wording);
	if (exact) return exact;
	const lower = wording.toLowerCase();
	const direct = matcher.byWords.get(lower);
	if (direct) return direct;
	for (const [words, id] of matcher.byWords) {
		if (words.replace(/-/g, ' ') === lower.replace(/-/g, ' ')) return id;
	}
	return undefined;
}
