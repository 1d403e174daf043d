import { FACETS, FACET_TABLE, facetVerdict, type Facet, type Filters } from './facets.js';
import { scopeFacetTest, type Scope } from './scope.js';
import { runAtOnce, runInSlices } from './slices.js';
import { scoreEntry, searchEntries, searchMatches, searchTerms } from './search.js';
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
  // The filters, the list and the figures of one feed ask the same question in one update.
  const key = JSON.stringify([scope, filters]);
  const recent = recentQueries.get(feed) ?? [];
  const known = recent.find((query) => query.key === key);
  if (known) return known.result;
  const result = runQuery(feed, scope, filters);
  recentQueries.set(feed, [{ key, result }, ...recent].slice(0, RECENT_QUERIES));
  return result;
}

/** How many recent answers of each feed are kept: one per scope on a page, and a few more. */
const RECENT_QUERIES = 8;

/** Recent answers per feed: a cache, the answers the same without it (results are frozen). */
const recentQueries = new WeakMap<NormalizedFeed, { key: string; result: QueryResult }[]>();

function runQuery(feed: NormalizedFeed, scope: Scope, filters: Filters): QueryResult {
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
  const inScope = (order: number) =>
    inFacetScope(feed.practices[order]!) &&
    !(scopeTerms.length && scoreEntry(entries[order]!, scopeTerms) === 0);
  let inScopeCount = 0;

  const visit = (order: number) => {
    const practice = feed.practices[order]!;
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
  };
  if (terms.length) {
    // Searching: only the practices that match the words can pass, found without reading them
    // all as the reader types on (`searchMatches`); what is in scope is counted once per scope.
    inScopeCount = countInScope(feed, scope, inScope);
    for (const order of searchMatches(feed, terms)) if (inScope(order)) visit(order);
  } else {
    for (let order = 0; order < feed.practices.length; order++) {
      if (!inScope(order)) continue;
      inScopeCount++;
      visit(order);
    }
  }

  if (terms.length) matches.sort((a, b) => b.score - a.score || a.order - b.order);
  return {
    practices: Object.freeze(matches.map((match) => match.practice)),
    inScope: inScopeCount,
    facetCounts: counts,
  };
}

// How many practices each scope of a feed holds: a search changes with each keystroke, the
// element's scope does not. A cache, keyed by the scope's attributes.
const scopeCounts = new WeakMap<NormalizedFeed, Map<string, number>>();

function countInScope(
  feed: NormalizedFeed,
  scope: Scope,
  inScope: (order: number) => boolean,
): number {
  let byScope = scopeCounts.get(feed);
  if (!byScope) scopeCounts.set(feed, (byScope = new Map()));
  const key = JSON.stringify(scope);
  let count = byScope.get(key);
  if (count === undefined) {
    count = 0;
    for (let order = 0; order < feed.practices.length; order++) if (inScope(order)) count++;
    byScope.set(key, count);
  }
  return count;
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

/** Up to this many practices, an order is prepared at once when first asked for. */
export const SORTED_AT_ONCE = 5000;

function ranksOf(feed: NormalizedFeed): Map<string, Map<NormalizedPractice, number>> {
  let byKey = sortRanks.get(feed);
  if (!byKey) sortRanks.set(feed, (byKey = new Map()));
  return byKey;
}

/** Whether `sortPractices` has this order ready (else it prepares it at once). */
export function isSortPrepared(feed: NormalizedFeed, key: SortKey, lang: string): boolean {
  return key === 'relevance' || ranksOf(feed).has(`${key}|${lang}`);
}

/**
 * Prepares an order of a large feed in slices, the page free between them: comparing 50,000
 * titles the way the reader's language sorts them takes seconds on a phone.
 */
export async function prepareSort(
  feed: NormalizedFeed,
  key: SortKey,
  lang: string,
  labels: SortLabels,
): Promise<void> {
  if (isSortPrepared(feed, key, lang)) return;
  const rank = await runInSlices(
    rankSteps(feed, key as Exclude<SortKey, 'relevance'>, lang, labels),
  );
  ranksOf(feed).set(`${key}|${lang}`, rank);
}

function ranks(
  feed: NormalizedFeed,
  key: Exclude<SortKey, 'relevance'>,
  lang: string,
  labels: SortLabels,
): Map<NormalizedPractice, number> {
  const byKey = ranksOf(feed);
  const cacheKey = `${key}|${lang}`;
  let rank = byKey.get(cacheKey);
  if (!rank) {
    rank = runAtOnce(rankSteps(feed, key, lang, labels));
    byKey.set(cacheKey, rank);
  }
  return rank;
}

function* rankSteps(
  feed: NormalizedFeed,
  key: Exclude<SortKey, 'relevance'>,
  lang: string,
  labels: SortLabels,
): Generator<void, Map<NormalizedPractice, number>> {
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
  const ordered = yield* mergeSortSteps(feed.practices, (a, b) => {
    // Newest first; practices without a year last; ties by title.
    const byYear = key === 'year' ? (b.year ?? 0) - (a.year ?? 0) : 0;
    return (
      byYear ||
      collator.compare(sortKey.get(a)!, sortKey.get(b)!) ||
      collator.compare(titles.get(a)!, titles.get(b)!)
    );
  });
  return new Map(ordered.map((p, position) => [p, position]));
}

/**
 * A stable merge sort that yields every 64 placements, so that it can run in slices; in one go
 * it orders as `Array.prototype.sort` does (also stable).
 */
function* mergeSortSteps<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
): Generator<void, T[]> {
  let from = items.slice();
  let to = new Array<T>(items.length);
  for (let width = 1; width < from.length; width *= 2) {
    for (let left = 0; left < from.length; left += 2 * width) {
      const middle = Math.min(left + width, from.length);
      const right = Math.min(left + 2 * width, from.length);
      let i = left;
      let j = middle;
      let k = left;
      while (i < middle && j < right) {
        // The left one first when equal: the order of the feed is kept among equals.
        to[k++] = compare(from[j]!, from[i]!) < 0 ? from[j++]! : from[i++]!;
        if ((k & 63) === 0) yield;
      }
      while (i < middle) to[k++] = from[i++]!;
      while (j < right) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
  }
  return from;
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
