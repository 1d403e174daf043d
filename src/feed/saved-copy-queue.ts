/**
 * The order of the saved copy's writes, kept apart from the storage code: the loader takes a
 * write's place in the line as soon as a feed is saved, even while the storage code is still
 * loading, so that whatever is asked after it (a list of the saved copies) sees it written.
 */

import { pagePart, pageState } from '../data/page-state.js';

// Writes run one after another, so that two evictions never decide on the same old index. A
// reset of the page state keeps the line: a write asked for before it lands before one after.
const WRITES = pagePart<{ last: Promise<unknown> }>(
  'storage-writes',
  (before) => before ?? { last: Promise.resolve() },
);

export function queueWrite(write: () => Promise<void>): Promise<void> {
  const writes = pageState(WRITES);
  const next = writes.last.then(write).catch(() => {
    // Storage refused: the widgets work without a saved copy.
  });
  writes.last = next;
  return next;
}

/** Settles once every write asked for so far is done. */
export function queuedWrites(): Promise<unknown> {
  return pageState(WRITES).last;
}
