/*
 * Long work on a large feed (parsing, validating, preparing the search) done in slices, so that
 * the page stays responsive: a keystroke or a frame waits at most about one slice.
 */

/** Milliseconds of work before the main thread is given back to the page. */
export const SLICE_MS = 30;

/** Lets the page handle input and paint: `scheduler.yield()` where there is one. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `steps` to its end at once: the same work as `runInSlices` (large-feed.ts, a chunk loaded
 * by large feeds only), for small inputs.
 */
export function runAtOnce<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
