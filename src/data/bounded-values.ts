// The bound on the values of one facet an element draws (the filters' choices, the stats'
// bars): a module of its own, imported only by the lazily loaded views that draw them, so that it
// stays out of the bundle's entry.

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
