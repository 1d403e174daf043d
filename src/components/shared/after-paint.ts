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
