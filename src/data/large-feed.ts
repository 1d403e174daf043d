/*
 * What only a large feed needs: work run in slices, the page free between them (parsing,
 * validating, preparing the search and the sort, answering the elements' questions). A chunk of
 * its own, loaded by the first feed of a megabyte or of more than 5,000 practices: a catalogue
 * of a few hundred practices never loads it.
 */
import { EMPTY_FILTERS, type Filters } from './facets.js';
import { querySteps, remember, knownQuery, type QueryResult } from './query.js';
import { EMPTY_SCOPE, type Scope } from './scope.js';
import { SLICE_MS, yieldToPage } from './slices.js';
import type { FeedValidationResult, NormalizedFeed } from './types.js';

/** Why `runInSlices` stopped before the end: its `stale` said the work was no longer wanted. */
export class Abandoned extends Error {}

/**
 * Runs `steps` to its end, giving the page back every `SLICE_MS` milliseconds. `steps` yields
 * after each unit of work (a practice); the clock is read every 64 units, reading it for each
 * costs more than the check saves. Returns what the generator returns. Given `stale`, it is asked
 * after each pause: when it says the work is no longer wanted, the steps are stopped and the
 * promise rejects with `Abandoned`.
 */
export async function runInSlices<T>(
  steps: Generator<unknown, T>,
  stale?: () => boolean,
): Promise<T> {
  for (;;) {
    const sliceEnd = performance.now() + SLICE_MS;
    for (let units = 1; ; units++) {
      const step = steps.next();
      if (step.done) return step.value;
      if (units % 64 === 0 && performance.now() >= sliceEnd) break;
    }
    await yieldToPage();
    if (stale?.()) {
      steps.return(undefined as T);
      throw new Abandoned('Abandoned');
    }
  }
}

/** Up to this many practices, a feed's questions are answered at once (`queryFeed`). */
export const QUERIED_AT_ONCE = 5000;

/**
 * `queryFeed` for a large feed, in slices of about 30 ms: the same answer, kept for the
 * `queryFeed` that asks next. Given `stale`, it is asked after each slice and the work is
 * abandoned when it says so (the reader typed again): the promise then rejects with `Abandoned`
 * and nothing is kept.
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

/**
 * The answer every element of the page asks first, before the reader chooses (the facets'
 * counts over the whole feed, the list of every practice), worked out in slices before the feed
 * is shown. A feed of up to 5,000 practices is answered when first asked.
 */
export async function prepareFirstAnswer(feed: NormalizedFeed): Promise<void> {
  if (feed.practices.length > QUERIED_AT_ONCE) await prepareQuery(feed, EMPTY_SCOPE, EMPTY_FILTERS);
}

/**
 * Enters a feed validated in slices in the register of validated feeds (validated.ts), a slice at
 * a time: the practices first, the feed last.
 */
export async function registerInSlices(
  result: FeedValidationResult,
  register: { readonly feeds: WeakSet<object>; readonly practices: WeakSet<object> },
): Promise<FeedValidationResult> {
  await runInSlices(
    (function* () {
      for (const practice of result.feed.practices) {
        register.practices.add(practice);
        yield;
      }
    })(),
  );
  register.feeds.add(result.feed);
  return result;
}
