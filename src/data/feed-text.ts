/**
 * Feed text as a response body gives it: one string, or, for a large body, the pieces it was
 * decoded into as it streamed. Joining tens of megabytes of pieces copies them all in one task;
 * the sliced parser (feed-json.ts) reads the pieces as they are.
 */

/** Feed text: one string, or the pieces that make it, in order. */
export type FeedText = string | readonly string[];

/** The number of characters of a feed text. */
export function feedTextLength(text: FeedText): number {
  if (typeof text === 'string') return text.length;
  let length = 0;
  for (const piece of text) length += piece.length;
  return length;
}

/** A feed text as one string (for small texts and the rare paths that need it whole). */
export function joinFeedText(text: FeedText): string {
  return typeof text === 'string' ? text : text.join('');
}

/** Whether two feed texts hold the same characters, however they are cut. */
export function sameFeedText(a: FeedText, b: FeedText): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return feedTextLength(a) === feedTextLength(b) && joinFeedText(a) === joinFeedText(b);
}
