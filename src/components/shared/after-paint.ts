/**
 * Settles once the browser has painted what the page shows now, so that the reader's
 * input is seen (a box ticked, a country marked) before the work it starts: with ten thousand
 * practices, recounting every facet and drawing the list again takes a phone a tenth of a
 * second or more, and until then nothing showed the tap had been taken.
 *
 * A frame callback runs just before a paint and a task queued from it just after. A hidden page
 * paints no frame, so a timeout settles it all the same, whichever comes first.
 */
export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, NO_FRAME_AFTER_MS);
  });

/** How long to wait for a frame before running anyway (a hidden page paints none). */
const NO_FRAME_AFTER_MS = 100;

/**
 * Runs `step` in an idle moment of the page, or after `withinMs` without one: Safari has no
 * idle callback, and a page that is never idle (a phone busy with other scripts) still gets it
 * done in time for the reader. Returns what cancels it.
 */
export function whenIdle(step: () => void, withinMs: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => step(), { timeout: withinMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(step, Math.min(withinMs, NO_IDLE_CALLBACK_MS));
  return () => clearTimeout(handle);
}

/** Where there is no idle callback, how long after asking the step runs. */
const NO_IDLE_CALLBACK_MS = 200;
