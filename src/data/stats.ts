// What the elements need of the figures before any is drawn: the facets an attribute names and
// what choosing a bar does. The figures themselves (headline, charts, scale) are worked out in
// stats-figures.ts, and the bound on drawn values is in bounded-values.ts, which only the lazily
// loaded views import, so that they stay out of the bundle's entry.
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

/** The filters with `value` chosen or unchosen in `facet`: what choosing a bar does. */
export function toggleFilter(filters: Filters, facet: Facet, value: string): Filters {
  const values = filters[facet];
  return {
    ...filters,
    [facet]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value],
  };
}
