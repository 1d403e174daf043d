// The figures <practice-stats> draws, worked out from a feed, a scope and the reader's filters:
// the headline, one chart per facet with its bars, and the scale every chart shares. DOM-free.
import {
  EMPTY_FILTERS,
  FACETS,
  facetDefinition,
  facetVerdict,
  type Facet,
  type Filters,
} from './facets.js';
import { queryFeed, type QueryResult } from './query.js';
import { scopeFacetTest, type Scope } from './scope.js';
import { mostFrequent } from './bounded-values.js';
import type { NormalizedFeed, NormalizedPractice } from './types.js';
import { VOCABULARIES } from './vocabularies.js';

/** The figures above the charts. Reach sums are absent when no practice reports them. */
export interface Headline {
  readonly practices: number;
  readonly countries: number;
  readonly participants?: number;
  readonly institutions?: number;
}

export function headlineFigures(practices: readonly NormalizedPractice[]): Headline {
  const countries = new Set<string>();
  let participants: number | undefined;
  let institutions: number | undefined;
  for (const practice of practices) {
    for (const code of practice.countries) countries.add(code);
    const reach = practice.reach;
    if (reach?.participants !== undefined) participants = (participants ?? 0) + reach.participants;
    if (reach?.institutions !== undefined) institutions = (institutions ?? 0) + reach.institutions;
  }
  return { practices: practices.length, countries: countries.size, participants, institutions };
}

export interface StatsBar {
  readonly value: string;
  /** The value as the reader reads it (country name, vocabulary label, year). */
  readonly label: string;
  readonly count: number;
  /** `count` over the chart's `total`, from 0 to 1. */
  readonly share: number;
  /** Whether the reader's filters choose this value. */
  readonly selected: boolean;
}

export interface StatsChart {
  readonly facet: Facet;
  /** The practices the shares are taken of. */
  readonly total: number;
  readonly bars: readonly StatsBar[];
  /**
   * Values left out because the chart draws at most `FACET_VALUE_LIMIT` bars: the least
   * frequent, never a chosen one.
   */
  readonly hidden: number;
  /** The largest count, which the longest bar stands for. */
  readonly max: number;
  /**
   * Whether the counts add up to more than `total`: some practice counts in several values
   * (levels, objectives, regional initiatives), so the shares add up to more than 100%.
   */
  readonly overlaps: boolean;
}

export interface StatsOptions {
  /** The reader's label for a facet value: a country name, a vocabulary label, a year. */
  readonly label: (facet: Facet, value: string) => string;
  /** Compares two labels in the reader's language (`Intl.Collator#compare`). */
  readonly compare: (a: string, b: string) => number;
}

/**
 * One facet's bars, in reading order: vocabularies in their own order (values the feed adds
 * after them, most frequent first), countries by count then name, years ascending. Values no
 * practice has are left out, unless the reader chose them (so they can be unchosen).
 */
export function statsChart(
  facet: Facet,
  counts: ReadonlyMap<string, number>,
  total: number,
  selected: readonly string[],
  options: StatsOptions,
): StatsChart {
  const values = new Set([...counts.keys(), ...selected]);
  let bars: StatsBar[] = [...values].map((value) => {
    const count = counts.get(value) ?? 0;
    return {
      value,
      label: options.label(facet, value),
      count,
      share: total > 0 ? count / total : 0,
      selected: selected.includes(value),
    };
  });
  const byCountThenLabel = (a: StatsBar, b: StatsBar) =>
    b.count - a.count || options.compare(a.label, b.label);
  const { kind, vocabulary } = facetDefinition(facet);
  // The vocabularies' own order: a chart reads like the feed format's lists.
  const order: readonly string[] | undefined = vocabulary && VOCABULARIES[vocabulary];
  if (order) {
    const rank = (bar: StatsBar) => {
      const index = order.indexOf(bar.value);
      return index === -1 ? order.length : index;
    };
    bars.sort((a, b) => rank(a) - rank(b) || byCountThenLabel(a, b));
  } else if (kind === 'year') {
    bars.sort((a, b) => Number(a.value) - Number(b.value));
  } else {
    bars.sort(byCountThenLabel);
  }
  bars = bars.filter((bar) => bar.count > 0 || bar.selected);
  // Over every value, drawn or not: the most frequent are always drawn, and the overlap is
  // a fact about the whole facet.
  let max = 0;
  let sum = 0;
  for (const bar of bars) {
    max = Math.max(max, bar.count);
    sum += bar.count;
  }
  const { shown, hidden } = mostFrequent(
    bars,
    (bar) => bar.count,
    (bar) => bar.selected,
  );
  return { facet, total, bars: shown, hidden, max, overlaps: sum > total };
}

// The last list of practices before any facet choice, per feed: choosing bars one after another
// changes only the facet choices, so the list is worked out once per scope and search.
const lastBase = new WeakMap<
  NormalizedFeed,
  { scope: Scope; q: string; practices: readonly NormalizedPractice[] }
>();

/** The practices in scope that match the search `q`, before any facet choice. */
function practicesBeforeChoices(
  feed: NormalizedFeed,
  scope: Scope,
  q: string,
): readonly NormalizedPractice[] {
  const last = lastBase.get(feed);
  if (last && last.q === q && JSON.stringify(last.scope) === JSON.stringify(scope)) {
    return last.practices;
  }
  // Without a search the scope alone decides, which is much quicker than a second query.
  const practices =
    q.trim() || scope.q.trim()
      ? queryFeed(feed, scope, { ...EMPTY_FILTERS, q }).practices
      : feed.practices.filter(scopeFacetTest(scope));
  lastBase.set(feed, { scope, q, practices });
  return practices;
}

/**
 * Per facet, the practices its chart's shares are taken of. A chart shows the counts that
 * ignore its own facet's choices (so the reader sees the alternatives), so its shares are of the
 * practices that pass every other choice: for a facet with no choice, the current result.
 */
export function chartTotals(
  feed: NormalizedFeed,
  scope: Scope,
  filters: Filters,
  result: QueryResult,
): Record<Facet, number> {
  const active = FACETS.filter((facet) => filters[facet].length > 0);
  const totals = Object.fromEntries(FACETS.map((facet) => [facet, result.practices.length]));
  if (active.length === 0) return totals as Record<Facet, number>;
  const base = practicesBeforeChoices(feed, scope, filters.q);
  for (const facet of active) totals[facet] = 0;
  for (const practice of base) {
    // A practice failing one facet only counts for that facet's chart; passing all, for all
    // active facets' charts (it is already in the result, counted for the others).
    const verdict = facetVerdict(practice, filters, active);
    if (verdict === true) for (const facet of active) totals[facet]!++;
    else if (verdict !== false) totals[verdict]!++;
  }
  return totals as Record<Facet, number>;
}

/** What a chart's bars measure: the share of practices (0–100 %) or their number. */
export type StatsMeasure = 'share' | 'count';

export interface Stats {
  readonly result: QueryResult;
  readonly headline: Headline;
  /** The charts with at least one bar, in the order asked for. */
  readonly charts: readonly StatsChart[];
  /** The facets asked for whose chart would have no bar: no practice gives a value. */
  readonly leftOut: readonly Facet[];
  /**
   * The end of the count scale every chart shares: the largest number of practices a chart
   * counts from (the practices in view, or more in the chart of a facet the reader chose in,
   * which counts the practices its own choice leaves out). At least 1.
   */
  readonly countScale: number;
}

/**
 * How much of its track a bar fills, from 0 to 1, on the scale every chart shares: the share of
 * the chart's practices (0 to 100 %), or the count over `countScale`. Lengths compare across
 * charts.
 */
export function barFraction(bar: StatsBar, measure: StatsMeasure, countScale: number): number {
  const fraction = measure === 'share' ? bar.share : countScale > 0 ? bar.count / countScale : 0;
  return Math.min(1, Math.max(0, fraction));
}

/** Everything `<practice-stats>` shows, for a feed, a scope, the reader's filters and facets. */
export function computeStats(
  feed: NormalizedFeed,
  scope: Scope,
  filters: Filters,
  facets: readonly Facet[],
  options: StatsOptions,
): Stats {
  const result = queryFeed(feed, scope, filters);
  const totals = chartTotals(feed, scope, filters, result);
  const charts: StatsChart[] = [];
  const leftOut: Facet[] = [];
  let countScale = 1;
  for (const facet of facets) {
    const chart = statsChart(
      facet,
      result.facetCounts[facet],
      totals[facet],
      filters[facet],
      options,
    );
    // A chart with no bar would be an empty frame: it is left out.
    if (chart.bars.length === 0) {
      leftOut.push(facet);
      continue;
    }
    charts.push(chart);
    countScale = Math.max(countScale, chart.total);
  }
  return { result, headline: headlineFigures(result.practices), charts, leftOut, countScale };
}
