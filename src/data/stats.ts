// What the elements need of the figures before any is drawn: the facets an attribute names, the
// bound on drawn values, and what choosing a bar does. The figures themselves (headline, charts,
// scale) are worked out in stats-figures.ts, which only the lazily loaded view of
// <practice-stats> imports, so that it stays out of the bundle's entry.
import { DEFAULT_STATS_FACETS, isFacet, type Facet, type Filters } from './facets.js';
import { parseList } from './scope.js';

export { DEFAULT_STATS_FACETS } from './facets.js';

/**
 * The facets named in a `facets` attribute, known ones only, each once, in the order given;
 * `defaults` when it names none.
 */
export function parseFacets(
  value: string | null | undefined,
  defaults: readonly Facet[] = DEFAULT_STATS_FACETS,
): Facet[] {
  const facets = [...new Set(parseList(value).map((item) => item.toLowerCase()))].filter(isFacet);
  return facets.length ? facets : [...defaults];
}

/**
 * How many values of one facet an element draws: above a real catalogue's (35 OAS member
 * states, a vocabulary of six), far below what a careless or hostile feed can hold (thousands
 * of distinct unknown values, each a checkbox and a bar).
 */
export const FACET_VALUE_LIMIT = 40;

/**
 * The items to draw when there may be too many: all of them when they are at most `limit`;
 * otherwise the ones `keep` asks for (the reader's choices) and the most frequent, up to
 * `limit`, still in their given order. `hidden` is how many were left out.
 */
export function mostFrequent<T>(
  items: readonly T[],
  count: (item: T) => number,
  keep: (item: T) => boolean = () => false,
  limit: number = FACET_VALUE_LIMIT,
): { shown: T[]; hidden: number } {
  if (items.length <= limit) return { shown: [...items], hidden: 0 };
  const ranked = items
    .map((item, index) => ({ index, kept: keep(item), count: count(item) }))
    .sort((a, b) => Number(b.kept) - Number(a.kept) || b.count - a.count || a.index - b.index);
  const chosen = new Set<number>();
  for (const entry of ranked) {
    if (chosen.size >= limit && !entry.kept) break;
    chosen.add(entry.index);
  }
  return {
    shown: items.filter((_, index) => chosen.has(index)),
    hidden: items.length - chosen.size,
  };
}

/** The filters with `value` chosen or unchosen in `facet`: what choosing a bar does. */
export function toggleFilter(filters: Filters, facet: Facet, value: string): Filters {
  const values = filters[facet];
  return {
    ...filters,
    [facet]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value],
  };
}
