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

/** Runs `steps` to its end at once: the same work as `runInSlices`, for small inputs. */
export function runAtOnce<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
