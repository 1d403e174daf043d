import { EMPTY_FILTERS, FACETS, FACET_TABLE, type Filters } from '../data/facets.js';
import { parseList } from '../data/scope.js';

/** What a `<practice-feed sync-url>` keeps in the page URL. */
export interface UrlState {
  readonly filters: Filters;
  readonly openPracticeId: string | null;
}

/**
 * The prefix of the feed's parameters: `pw-`, or `pw-<id>-` for a feed with an id, so they never
 * clash with the host page's own parameters, nor with a second feed's.
 */
export function paramPrefix(feedId?: string): string {
  return feedId ? `pw-${feedId}-` : 'pw-';
}

/**
 * Reads the feed's state from the page's query parameters: one per facet, named by its key
 * (`pw-country=PE,CO`), with `q` and `open`.
 */
export function readUrlState(params: URLSearchParams, prefix: string): UrlState {
  const filters = { ...EMPTY_FILTERS } as Record<keyof Filters, unknown>;
  for (const facet of FACETS) {
    const values = parseList(params.get(prefix + facet));
    filters[facet] = FACET_TABLE[facet].upperCase ? values.map((v) => v.toUpperCase()) : values;
  }
  filters.q = params.get(prefix + 'q') ?? '';
  return {
    filters: filters as unknown as Filters,
    openPracticeId: params.get(prefix + 'open') || null,
  };
}

/**
 * Writes the feed's state into a copy of the page's query parameters, leaving every other
 * parameter as it was. Empty values are removed rather than written empty.
 */
export function writeUrlState(
  params: URLSearchParams,
  prefix: string,
  state: UrlState,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string) =>
    value ? next.set(prefix + name, value) : next.delete(prefix + name);
  for (const facet of FACETS) set(facet, state.filters[facet].join(','));
  set('q', state.filters.q.trim() ? state.filters.q : '');
  set('open', state.openPracticeId ?? '');
  return next;
}

/**
 * The view a `<practice-catalog sync-url>` shows, as `pw-view` (or `pw-<id>-view`): its value
 * as written, or `null` when absent. The catalogue checks it against the views it has.
 */
export function readUrlView(params: URLSearchParams, prefix: string): string | null {
  return params.get(prefix + 'view');
}

/**
 * A copy of the page's query parameters with the catalogue's view: the default view is not
 * written (a link to the list is the plain link).
 */
export function writeUrlView(
  params: URLSearchParams,
  prefix: string,
  view: string,
  defaultView: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (view === defaultView) next.delete(prefix + 'view');
  else next.set(prefix + 'view', view);
  return next;
}
