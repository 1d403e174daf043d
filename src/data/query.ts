import {
  FACETS,
  FACET_TABLE,
  facetVerdict,
  hasFilters,
  type Facet,
  type Filters,
} from './facets.js';
import { scopeFacetTest, type Scope } from './scope.js';
import { runAtOnce, runInSlices } from './slices.js';
import {
  preparationSteps,
  scoreEntry,
  searchEntries,
  searchMatchSteps,
  searchTerms,
} from './search.js';
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
  return (
    knownQuery(feed, scope, filters) ??
    remember(feed, scope, filters, runAtOnce(querySteps(feed, scope, filters)))
  );
}

/**
 * `queryFeed` for a large feed, in slices of about 30 ms, the page free between them: the same
 * answer, kept for the `queryFeed` that asks next. Given `stale`, it is asked after each slice and
 * the work is abandoned when it says so (the reader typed again): the promise then rejects with
 * `Abandoned` and nothing is kept.
 */
export async function prepareQuery(
  feed: NormalizedFeed,
  scope: Scope,
  filters: Filters,
  stale?: () => boolean,
): Promise<QueryResult> {
  return (
    knownQuery(feed, scope, filters) ??
    remember(feed, scope, filters, await runInSlices(querySteps(feed, scope, filters), stale))
  );
}

/** The answer already worked out for this question, if there is one. */
export function knownQuery(
  feed: NormalizedFeed,
  scope: Scope,
  filters: Filters,
): QueryResult | undefined {
  // The filters, the list and the figures of one feed ask the same question in one update.
  const key = JSON.stringify([scope, filters]);
  return (
    recentQueries.get(feed)?.find((query) => query.key === key)?.result ??
    unfiltered.get(feed)?.get(key)
  );
}

function remember(
  feed: NormalizedFeed,
  scope: Scope,
  filters: Filters,
  result: QueryResult,
): QueryResult {
  const key = JSON.stringify([scope, filters]);
  if (hasFilters(filters)) {
    recentQueries.set(
      feed,
      [{ key, result }, ...(recentQueries.get(feed) ?? [])].slice(0, RECENT_QUERIES),
    );
  } else {
    // What an element shows before the reader chooses, and again once they clear their choices:
    // kept for as long as the feed, one per scope.
    let byScope = unfiltered.get(feed);
    if (!byScope) unfiltered.set(feed, (byScope = new Map()));
    byScope.set(key, result);
  }
  return result;
}

/** How many recent answers of each feed are kept: one per scope on a page, and a few more. */
const RECENT_QUERIES = 8;

/** Recent answers per feed: a cache, the answers the same without it (results are frozen). */
const recentQueries = new WeakMap<NormalizedFeed, { key: string; result: QueryResult }[]>();

/** The answers without the reader's filters, per feed and scope: a cache as well. */
const unfiltered = new WeakMap<NormalizedFeed, Map<string, QueryResult>>();

/** The query's work, one step per practice read: run at once or in slices. */
function* querySteps(
  feed: NormalizedFeed,
  scope: Scope,
  filters: Filters,
): Generator<void, QueryResult> {
  // A search in the scope limits what is in scope; the reader's search ranks and filters.
  const scopeTerms = searchTerms(scope.q);
  const inFacetScope = scopeFacetTest(scope);
  const terms = searchTerms(filters.q);
  // The search text is prepared only once someone searches (or `prepareSearch` ran when idle).
  if (scopeTerms.length || terms.length) yield* preparationSteps(feed);
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
  // Without a search every score is 1 and the feed's order stays: the practices alone are kept.
  const matches: NormalizedPractice[] = [];
  const scores: { practice: NormalizedPractice; score: number }[] = [];
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
    if (terms.length) scores.push({ practice, score });
    else matches.push(practice);
  };
  if (terms.length) {
    // Searching: only the practices that match the words can pass, found without reading them
    // all as the reader types on (`searchMatches`); what is in scope is counted once per scope.
    inScopeCount = yield* countInScope(feed, scope, inScope);
    for (const order of yield* searchMatchSteps(feed, terms)) {
      if (inScope(order)) visit(order);
      yield;
    }
    // Best first; among equals the feed's order, which the matches are in (the sort is stable).
    const ranked = yield* mergeSortSteps(scores, (a, b) => b.score - a.score);
    for (const { practice } of ranked) matches.push(practice);
  } else {
    for (let order = 0; order < feed.practices.length; order++) {
      if (inScope(order)) {
        inScopeCount++;
        visit(order);
      }
      yield;
    }
  }
  return {
    practices: Object.freeze(matches),
    inScope: inScopeCount,
    facetCounts: counts,
  };
}

// How many practices each scope of a feed holds: a search changes with each keystroke, the
// element's scope does not. A cache, keyed by the scope's attributes.
const scopeCounts = new WeakMap<NormalizedFeed, Map<string, number>>();

function* countInScope(
  feed: NormalizedFeed,
  scope: Scope,
  inScope: (order: number) => boolean,
): Generator<void, number> {
  let byScope = scopeCounts.get(feed);
  if (!byScope) scopeCounts.set(feed, (byScope = new Map()));
  const key = JSON.stringify(scope);
  let count = byScope.get(key);
  if (count === undefined) {
    count = 0;
    for (let order = 0; order < feed.practices.length; order++) {
      if (inScope(order)) count++;
      yield;
    }
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
const sortRanks = new WeakMap<NormalizedFeed, Map<string, Ranks>>();

/** One order of a feed: each practice's position in it, and the practices in it. */
interface Ranks {
  readonly rank: ReadonlyMap<NormalizedPractice, number>;
  readonly practices: readonly NormalizedPractice[];
}

/** Up to this many practices, an order is prepared at once when first asked for. */
export const SORTED_AT_ONCE = 5000;

function ranksOf(feed: NormalizedFeed): Map<string, Ranks> {
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
): Ranks {
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
): Generator<void, Ranks> {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  // Each practice's title and key in the reader's language, by position, a step each: finding
  // 50,000 titles in their languages is itself a long task on a phone.
  const count = feed.practices.length;
  const titles: string[] = [];
  const sortKeys: string[] = [];
  for (const p of feed.practices) {
    titles.push(labels.title(p));
    sortKeys.push(
      key === 'country' ? (p.countries.map(labels.country).sort(collator.compare)[0] ?? '') : '',
    );
    yield;
  }
  const positions = Array.from({ length: count }, (_, i) => i);
  const ordered = yield* mergeSortSteps(positions, (a, b) => {
    const pa = feed.practices[a]!;
    const pb = feed.practices[b]!;
    // Newest first; practices without a year last; ties by title.
    const byYear = key === 'year' ? (pb.year ?? 0) - (pa.year ?? 0) : 0;
    return (
      byYear ||
      (key === 'title' ? 0 : collator.compare(sortKeys[a]!, sortKeys[b]!)) ||
      collator.compare(titles[a]!, titles[b]!)
    );
  });
  const rank = new Map<NormalizedPractice, number>();
  const practices: NormalizedPractice[] = [];
  for (let position = 0; position < count; position++) {
    const practice = feed.practices[ordered[position]!]!;
    rank.set(practice, position);
    practices.push(practice);
    yield;
  }
  return { rank, practices };
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
  const { rank, practices: ordered } = ranks(feed, key, lang, labels);
  // A list draws again and again: the same result in the same order is sorted once.
  let byOrder = sortedResults.get(practices);
  if (!byOrder) sortedResults.set(practices, (byOrder = new Map()));
  const orderKey = `${key}|${lang}`;
  let sorted = byOrder.get(orderKey);
  if (!sorted) {
    // Most of the feed (no filter, a broad one): the feed's order, filtered, is quicker than a
    // sort of tens of thousands of practices.
    if (practices.length * 8 > ordered.length) {
      const kept = new Set(practices);
      sorted = ordered.filter((practice) => kept.has(practice));
    } else {
      sorted = [...practices].sort((a, b) => rank.get(a)! - rank.get(b)!);
    }
    byOrder.set(orderKey, sorted);
  }
  return sorted;
}

/** Results already put in an order: a cache, keyed by the (frozen) result. */
const sortedResults = new WeakMap<
  readonly NormalizedPractice[],
  Map<string, readonly NormalizedPractice[]>
>();
