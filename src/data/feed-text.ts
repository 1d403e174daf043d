/**
 * Feed text as a response body gives it: one string, or, for a large body, the pieces it was
 * decoded into as it streamed. Joining tens of megabytes of pieces copies them all in one task;
 * the sliced parser (feed-json.ts) reads the pieces as they are.
 */

/** Feed text: one string, or the pieces that make it, in order. */
export type FeedText = string | readonly string[];
