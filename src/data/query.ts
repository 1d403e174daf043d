import {
  FACETS,
  FACET_TABLE,
  facetVerdict,
  hasFilters,
  type Facet,
  type Filters,
} from './facets.js';
import { scopeFacetTest, type Scope } from './scope.js';
import { runAtOnce } from './slices.js';
import { preparationSteps, scoreEntry, searchMatchSteps, searchTerms } from './search.js';
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

/** The answer already worked out for this question, if there is one. */
export function knownQuery(
  feed: NormalizedFeed,
  scope: Scope,
  filters: Filters,
): QueryResult | undefined {
  // The filters, the list and the figures of one feed ask the same question in one update.
  const key = JSON.stringify([scope, filters]);
  return recentQueries.get(feed)?.find((query) => query.key === key)?.result;
}

/** Keeps an answer for the `queryFeed` that asks next (for large-feed.ts). @internal */
export function remember(
  feed: NormalizedFeed,
  scope: Scope,
  filters: Filters,
  result: QueryResult,
): QueryResult {
  const key = JSON.stringify([scope, filters]);
  // The answers without the reader's filters (what each scope shows before a choice and once
  // the choices are cleared) are kept for as long as the feed; of the others, the last few.
  const kept = !hasFilters(filters);
  const recent = (recentQueries.get(feed) ?? []).filter(
    (query, i) => query.kept || i < RECENT_QUERIES,
  );
  recentQueries.set(feed, [{ key, result, kept }, ...recent]);
  return result;
}

/** How many recent answers with filters of each feed are kept: a few per scope on a page. */
const RECENT_QUERIES = 8;

/** Recent answers per feed: a cache, the answers the same without it (results are frozen). */
const recentQueries = new WeakMap<
  NormalizedFeed,
  { key: string; result: QueryResult; kept: boolean }[]
>();

/** The query's work, one step per practice read: run at once or in slices. @internal */
export function* querySteps(
  feed: NormalizedFeed,
  scope: Scope,
  filters: Filters,
): Generator<void, QueryResult> {
  // A search in the scope limits what is in scope; the reader's search ranks and filters.
  const scopeTerms = searchTerms(scope.q);
  const inFacetScope = scopeFacetTest(scope);
  const terms = searchTerms(filters.q);
  // The search text is prepared only once someone searches (or `prepareSearch` ran when idle).
  const entries = scopeTerms.length || terms.length ? yield* preparationSteps(feed) : [];
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
  // The practices that pass, by score (a small whole number), each group in the feed's order:
  // read best first, that is the ranking, with no sort and no object per practice.
  const byScore: NormalizedPractice[][] = [];
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
    (byScore[score] ??= []).push(practice);
  };
  if (terms.length) {
    // Searching: only the practices that match the words can pass, found without reading them
    // all as the reader types on (`searchMatches`); what is in scope is counted once per scope.
    inScopeCount = yield* countInScope(feed, scope, inScope);
    for (const order of yield* searchMatchSteps(feed, terms)) {
      if (inScope(order)) visit(order);
      yield;
    }
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
    practices: Object.freeze(byScore.reverse().flat()),
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
  const { runInSlices } = await import('./large-feed.js');
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
  const { compare } = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const all = feed.practices;
  // Each practice's key and title in the reader's language, a step each: finding 50,000 titles
  // in their languages is itself a long task on a phone. Beside them, a folded form of both
  // (see `foldForSort`) that plain string comparison orders almost as the collator does.
  const keys: (readonly [string, string])[] = [];
  const folded: string[] = [];
  for (const p of all) {
    const first = key === 'country' ? (p.countries.map(labels.country).sort(compare)[0] ?? '') : '';
    const title = labels.title(p);
    keys.push([first, title]);
    folded.push(`${foldForSort(first, lang)}\u0000${foldForSort(title, lang)}`);
    yield;
  }
  const year = (i: number) => (key === 'year' ? (all[i]!.year ?? 0) : 0);
  // Newest first; practices without a year last; ties by title; then the feed's order.
  const exact = (a: number, b: number) =>
    year(b) - year(a) ||
    compare(keys[a]![0], keys[b]![0]) ||
    compare(keys[a]![1], keys[b]![1]) ||
    a - b;
  // Sorted by the folded forms first (no collator, no lookup: a fraction of the time), then by
  // the collator from that order: the merge sort passes over runs already in order with one
  // comparison each, so where the folding ordered as the collator does (nearly everywhere), the
  // collator compares each practice with its neighbour and little more.
  const cheap = (a: number, b: number) =>
    year(b) - year(a) || (folded[a]! < folded[b]! ? -1 : folded[a]! > folded[b]! ? 1 : a - b);
  const roughly = yield* mergeSortSteps(
    all.map((_, i) => i),
    cheap,
  );
  const order = yield* mergeSortSteps(roughly, exact);
  const practices = order.map((i) => all[i]!);
  const rank = new Map<NormalizedPractice, number>();
  for (const p of practices) {
    rank.set(p, rank.size);
    yield;
  }
  return { rank, practices };
}

/**
 * A text as a collator of base sensitivity with numeric ordering mostly orders it, for plain
 * string comparison: lower case, without accents (but Spanish ñ, a letter after n), each run of
 * digits led by its length (so that 9 comes before 10).
 */
function foldForSort(text: string, lang: string): string {
  return (/^es\b/i.test(lang) ? text.replace(/ñ/gi, 'n\uffff') : text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\d+/g, (digits) => {
      const value = digits.replace(/^0+(?=\d)/, '');
      return String.fromCharCode(0x30 + Math.min(value.length, 40)) + value;
    });
}

/**
 * A stable merge sort that yields after each comparison, so that it can run in slices; in one go
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
      // Two runs already in order (the right one's first not before the left one's last): one
      // comparison, and the merge is a copy.
      if (middle === right || !(compare(from[middle]!, from[middle - 1]!) < 0)) {
        for (let k = left; k < right; k++) to[k] = from[k]!;
        yield;
        continue;
      }
      let i = left;
      let j = middle;
      let k = left;
      while (i < middle && j < right) {
        // The left one first when equal: the order of the feed is kept among equals.
        to[k++] = compare(from[j]!, from[i]!) < 0 ? from[j++]! : from[i++]!;
        // After each comparison: runs of fewer than 64 (the first passes) are many, and a step
        // counted by position (every 64th placement) was never reached in them.
        yield;
      }
      while (i < middle) to[k++] = from[i++]!;
      while (j < right) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
  }
  return from;
}

/**
 * Orders practices for display (some of the feed's practices, each once, as `queryFeed` gives
 * them): by relevance (as `queryFeed` ranked them), by title or by the
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
  // Every practice of the feed (no filter, the first answer of a large feed): the feed in that
  // order as it is, without a set of 50,000 practices built in the task that draws the list.
  if (practices.length === ordered.length && practices.every((practice) => rank.has(practice))) {
    return ordered;
  }
  // Most of the feed (no filter, a broad one): the feed in that order, filtered, is quicker than
  // a sort of tens of thousands of practices.
  if (practices.length * 8 < ordered.length) {
    return [...practices].sort((a, b) => rank.get(a)! - rank.get(b)!);
  }
  const kept = new Set(practices);
  return ordered.filter((practice) => kept.has(practice));
}
