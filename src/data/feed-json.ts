import { runInSlices } from './large-feed.js';
import { runAtOnce } from './slices.js';

/*
 * JSON.parse of a 40 MB feed holds the page for seconds on a cheap phone, and cannot be cut in
 * pieces. A feed is almost all one array, `practices`: found by a scan that only looks at
 * brackets, commas and quotes (the string searches run natively), each practice is parsed on its
 * own, a slice at a time, and the rest of the document once with an empty array in its place.
 * Anything the scan does not expect falls back to one JSON.parse of the whole text, so invalid
 * JSON fails with the browser's own error, as before.
 */

interface PracticesSpan {
  /** Index of the array's `[` and of its `]`. */
  readonly open: number;
  readonly close: number;
  /** Start and end (exclusive) of each element's text. */
  readonly items: readonly (readonly [number, number])[];
}

/** The end (index of the closing quote) of the string that opens at `quote`, or -1. */
function stringEnd(text: string, quote: number): number {
  let end = text.indexOf('"', quote + 1);
  while (end !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 92 /* \ */) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}

/**
 * Where the top-level object's `practices` array and its elements are, or undefined when the text
 * is not shaped as expected (the caller then parses it whole).
 */
function* findPractices(text: string): Generator<void, PracticesSpan | undefined> {
  let depth = 0;
  let lastKey: string | undefined;
  let open = -1;
  let close = -1;
  let itemStart = -1;
  const items: [number, number][] = [];
  const first = text.search(/\S/);
  // A new expression per call: its position is state, and two feeds may be read at once.
  const structure = /[{}[\],"]/g;
  for (let match = structure.exec(text); match; match = structure.exec(text)) {
    const at = match.index;
    switch (text.charCodeAt(at)) {
      case 34 /* " */: {
        const end = stringEnd(text, at);
        if (end === -1) return undefined;
        if (depth === 1) lastKey = text.slice(at + 1, end);
        structure.lastIndex = end + 1;
        break;
      }
      case 123 /* { */:
      case 91 /* [ */:
        depth++;
        if (depth === 2 && lastKey === 'practices' && text.charCodeAt(at) === 91) {
          // A second "practices" key: JSON.parse keeps the last; leave such a text to it.
          if (open !== -1) return undefined;
          open = at;
          itemStart = at + 1;
        } else if (depth === 1 && at !== first) return undefined;
        break;
      case 125 /* } */:
      case 93 /* ] */:
        if (depth === 2 && at > open && close === -1 && open !== -1 && itemStart !== -1) {
          if (text.charCodeAt(at) !== 93) return undefined;
          // `[]` has no element; after a comma the last one must be there (`[1,]` is not JSON).
          if (items.length > 0 || text.slice(itemStart, at).trim() !== '') {
            items.push([itemStart, at]);
          }
          close = at;
          itemStart = -1;
        }
        depth--;
        if (depth < 0) return undefined;
        break;
      case 44 /* , */:
        if (depth === 2 && itemStart !== -1 && close === -1) {
          items.push([itemStart, at]);
          itemStart = at + 1;
          yield;
        } else if (depth === 1) lastKey = undefined;
        break;
    }
  }
  return open === -1 || close === -1 ? undefined : { open, close, items };
}

function* parseSteps(text: string): Generator<void, unknown> {
  const span = yield* findPractices(text);
  if (!span) return JSON.parse(text);
  let document: unknown;
  const practices: unknown[] = [];
  try {
    document = JSON.parse(`${text.slice(0, span.open)}[]${text.slice(span.close + 1)}`);
    for (const [start, end] of span.items) {
      practices.push(JSON.parse(text.slice(start, end)));
      yield;
    }
  } catch {
    // Invalid JSON somewhere: the whole text's parse gives the error the reader would get.
    return JSON.parse(text);
  }
  const object = document as { practices?: unknown };
  if (typeof object !== 'object' || object === null || !Array.isArray(object.practices)) {
    return JSON.parse(text);
  }
  object.practices = practices;
  return document;
}

/**
 * Parses JSON text as `JSON.parse` does (same result, same errors), a feed's practices one by one
 * in slices of about 30 ms with the page free between them. For large texts: a small one is
 * parsed faster by one `JSON.parse`.
 */
export function parseJsonInSlices(text: string): Promise<unknown> {
  return runInSlices(parseSteps(text));
}

/** `parseJsonInSlices` without the pauses (tests compare the two). */
export function parseJsonInOneGo(text: string): unknown {
  return runAtOnce(parseSteps(text));
}
