/**
 * How much of a feed string the widgets lay out. Wrapping text costs the browser time that grows
 * with its length, and a single unbroken word of a megabyte froze a tab for minutes; a real
 * catalogue's longest description is a few thousand characters. Beyond these lengths a string
 * is cut, at a character boundary, and ends with "…". Downloads (CSV, JSON) keep the whole text.
 */
export const TEXT_LIMITS = {
  /** Titles, names, labels, tags, places: one line or two. */
  short: 300,
  /** Summaries, audiences, notes, the explanation of a criterion: a paragraph. */
  paragraph: 2_000,
  /** A practice's description: several paragraphs. */
  long: 20_000,
} as const;

export type TextLimit = keyof typeof TEXT_LIMITS;

const ELLIPSIS = '…';

/**
 * `text` when it is at most the limit's length; otherwise its first characters and "…". Never
 * cuts a surrogate pair in two (an emoji or a CJK extension character would become a
 * replacement mark).
 */
export function boundText(text: string, limit: TextLimit): string {
  const max = TEXT_LIMITS[limit];
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/**
 * `text` bounded, between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: for feed text set
 * inside a plain string (a citation to copy), where no element can isolate it. A direction
 * override the text leaves open ends at the closing isolate, and a right-to-left name does not
 * reorder the words around it.
 */
export function isolateText(text: string, limit: TextLimit = 'short'): string {
  return `\u2068${boundText(text, limit)}\u2069`;
}
