import { FACETS, FACET_TABLE, facetVerdict, type Facet, type Filters } from './facets.js';
import { scopeFacetTest, type Scope } from './scope.js';
import { scoreEntry, searchEntries, searchTerms } from './search.js';
import type { NormalizedFeed, NormalizedPractice } from './types.js';

// The facet model's names, where they were first published.
export {
  EMPTY_FILTERS,
  FACETS,
  facetValues,
  hasFilters,
  isFacet,
  type Facet,
  type Filters,
} from './facets.js';

export interface QueryResult {
  /** The practices in scope that pass every filter: ranked by relevance when searching. */
  readonly practices: readonly NormalizedPractice[];
  /** Practices in scope, before the reader's filters. */
  readonly inScope: number;
  /**
   * Per facet, how many practices each value would give: counted over the practices that pass
   * every other facet and the search, so a reader sees what choosing another value would give.
   */
  readonly facetCounts: Readonly<Record<Facet, ReadonlyMap<string, number>>>;
}

/**
 * Applies an element's scope and the reader's filters to a feed. Pure and DOM-free; for 10,000
 * practices one pass over the feed, with the search text prepared once per feed.
 */
export function queryFeed(feed: NormalizedFeed, scope: Scope, filters: Filters): QueryResult {
  // A search in the scope limits what is in scope; the reader's search ranks and filters.
  const scopeTerms = searchTerms(scope.q);
  const inFacetScope = scopeFacetTest(scope);
  const terms = searchTerms(filters.q);
  // The search text is prepared only once someone searches (or `prepareSearch` ran when idle).
  const entries = scopeTerms.length || terms.length ? searchEntries(feed) : [];
  const active = FACETS.filter((facet) => filters[facet].length > 0);
  const counts = Object.fromEntries(
    FACETS.map((facet) => [facet, new Map<string, number>()]),
  ) as Record<Facet, Map<string, number>>;
  const countIn = (practice: NormalizedPractice, facet: Facet) => {
    const facetCounts = counts[facet];
    for (const value of FACET_TABLE[facet].values(practice)) {
      facetCounts.set(value, (facetCounts.get(value) ?? 0) + 1);
    }
  };
  const matches: { practice: NormalizedPractice; score: number; order: number }[] = [];
  let inScope = 0;

  feed.practices.forEach((practice, order) => {
    if (!inFacetScope(practice)) return;
    if (scopeTerms.length && scoreEntry(entries[order]!, scopeTerms) === 0) return;
    inScope++;
    const score = terms.length ? scoreEntry(entries[order]!, terms) : 1;
    if (score === 0) return;
    const verdict = active.length ? facetVerdict(practice, filters, active) : true;
    if (verdict === false) return;
    // A practice failing one facet only counts among that facet's alternatives.
    if (verdict !== true) {
      countIn(practice, verdict);
      return;
    }
    for (const facet of FACETS) countIn(practice, facet);
    matches.push({ practice, score, order });
  });

  if (terms.length) matches.sort((a, b) => b.score - a.score || a.order - b.order);
  return { practices: matches.map((match) => match.practice), inScope, facetCounts: counts };
}

export type SortKey = 'relevance' | 'title' | 'country' | 'year';

export const SORT_KEYS: readonly SortKey[] = ['relevance', 'title', 'country', 'year'];

export interface SortLabels {
  /** The practice's title in the reader's language. */
  readonly title: (practice: NormalizedPractice) => string;
  /** A country's name in the reader's language. */
  readonly country: (code: string) => string;
}

// The position of every practice of a feed in one order, computed once per feed, key and
// language: sorting a result is then a comparison of numbers, fast enough for every keystroke.
const sortRanks = new WeakMap<NormalizedFeed, Map<string, Map<NormalizedPractice, number>>>();

function ranks(
  feed: NormalizedFeed,
  key: Exclude<SortKey, 'relevance'>,
  lang: string,
  labels: SortLabels,
): Map<NormalizedPractice, number> {
  let byKey = sortRanks.get(feed);
  if (!byKey) sortRanks.set(feed, (byKey = new Map()));
  const cacheKey = `${key}|${lang}`;
  let rank = byKey.get(cacheKey);
  if (!rank) {
    const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    const sortKey = new Map(
      feed.practices.map((p) => [
        p,
        key === 'title'
          ? labels.title(p)
          : key === 'country'
            ? (p.countries.map(labels.country).sort(collator.compare)[0] ?? '')
            : '',
      ]),
    );
    const titles =
      key === 'title' ? sortKey : new Map(feed.practices.map((p) => [p, labels.title(p)]));
    const ordered = [...feed.practices].sort((a, b) => {
      // Newest first; practices without a year last; ties by title.
      const byYear = key === 'year' ? (b.year ?? 0) - (a.year ?? 0) : 0;
      return (
        byYear ||
        collator.compare(sortKey.get(a)!, sortKey.get(b)!) ||
        collator.compare(titles.get(a)!, titles.get(b)!)
      );
    });
    rank = new Map(ordered.map((p, position) => [p, position]));
    byKey.set(cacheKey, rank);
  }
  return rank;
}

/**
 * Orders practices for display: by relevance (as `queryFeed` ranked them), by title or by the
 * first country's name in the reader's language, or by start year, newest first.
 */
export function sortPractices(
  feed: NormalizedFeed,
  practices: readonly NormalizedPractice[],
  key: SortKey,
  lang: string,
  labels: SortLabels,
): readonly NormalizedPractice[] {
  if (key === 'relevance') return practices;
  const rank = ranks(feed, key, lang, labels);
  return [...practices].sort((a, b) => rank.get(a)! - rank.get(b)!);
}
