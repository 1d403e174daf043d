/*
 * Long work on a large feed (parsing, validating, preparing the search) done in slices, so that
 * the page stays responsive: a keystroke or a frame waits at most about one slice. And work
 * that can wait for an idle moment (`whenIdle`). No DOM: the browser's schedulers where present.
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
 * Runs `step` in an idle moment of the page, or after `withinMs` without one: Safari has no
 * idle callback, and a page that is never idle (a phone busy with other scripts) still gets it
 * done in time for the reader. Returns what cancels it.
 */
export function whenIdle(step: () => void, withinMs: number): () => void {
  const page = globalThis as {
    requestIdleCallback?: typeof requestIdleCallback;
    cancelIdleCallback?: typeof cancelIdleCallback;
  };
  if (typeof page.requestIdleCallback === 'function') {
    const handle = page.requestIdleCallback(() => step(), { timeout: withinMs });
    return () => page.cancelIdleCallback?.(handle);
  }
  const handle = setTimeout(step, Math.min(withinMs, NO_IDLE_CALLBACK_MS));
  return () => clearTimeout(handle);
}

/** Where there is no idle callback, how long after asking the step runs. */
const NO_IDLE_CALLBACK_MS = 200;

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
