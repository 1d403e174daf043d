/**
 * The map's shading: how many practices each country has, and which of a few colour classes
 * that number falls in. Pure and DOM-free; the colours themselves are CSS classes.
 */

/** The most colour classes for countries with practices (class 0 is "none"). */
export const CHOROPLETH_CLASSES = 5;

const NICE_STEPS = [1, 2, 3, 5, 10] as const;

/** The round number (1, 2, 3 or 5 × 10ⁿ) nearest to `value` on a logarithmic scale. */
function niceRound(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  let best = power;
  for (const step of NICE_STEPS) {
    if (Math.abs(Math.log((step * power) / value)) < Math.abs(Math.log(best / value))) {
      best = step * power;
    }
  }
  return best;
}

/**
 * The lower bounds of the colour classes for counts from 1 to `max`: each count its own class
 * while there are few (`max` ≤ 5), otherwise round numbers spaced evenly on a logarithmic scale
 * (1, 2, 5, 10, 20 for 40), since a catalogue has a few countries with many practices and many
 * with a handful. Depending on `max` alone, the classes stay put while a reader filters.
 */
export function choroplethBreaks(max: number): number[] {
  const top = Math.max(0, Math.floor(max));
  if (top <= CHOROPLETH_CLASSES) return Array.from({ length: top }, (_, i) => i + 1);
  const breaks = [1];
  for (let i = 1; i < CHOROPLETH_CLASSES; i++) {
    const value = niceRound(top ** (i / CHOROPLETH_CLASSES));
    if (value > breaks.at(-1)! && value <= top) breaks.push(value);
  }
  return breaks;
}

/**
 * The colour class of a count: 0 for none, else 1 to 5 from the fewest to the most, spread
 * over the palette so that the last class is always the darkest (or, in the dark theme, the
 * brightest) whatever the number of classes.
 */
export function choroplethClass(count: number, breaks: readonly number[]): number {
  if (count <= 0 || breaks.length === 0) return 0;
  let index = 0;
  while (index + 1 < breaks.length && count >= breaks[index + 1]!) index++;
  return paletteStep(index, breaks.length);
}

function paletteStep(index: number, classes: number): number {
  if (classes <= 1) return CHOROPLETH_CLASSES;
  return 1 + Math.round((index * (CHOROPLETH_CLASSES - 1)) / (classes - 1));
}

/** One entry of the legend: the counts from `from` to `to` (equal when the class is one count). */
export interface LegendRange {
  readonly from: number;
  readonly to: number;
  /** The colour class, as `choroplethClass` gives it. */
  readonly step: number;
}

/** The legend for the given classes and the largest count: "none" is left to the caller. */
export function legendRanges(breaks: readonly number[], max: number): LegendRange[] {
  return breaks.map((from, i) => ({
    from,
    to: i + 1 < breaks.length ? breaks[i + 1]! - 1 : Math.max(from, Math.floor(max)),
    step: paletteStep(i, breaks.length),
  }));
}

/** The largest count of a count map (0 for none). */
export function maxCount(counts: ReadonlyMap<string, number>): number {
  let max = 0;
  for (const count of counts.values()) max = Math.max(max, count);
  return max;
}
