import { runInSlices } from './large-feed.js';
import type { FeedText } from './feed-text.js';
import { runAtOnce } from './slices.js';

/*
 * JSON.parse of a 40 MB feed holds the page for seconds on a cheap phone, and cannot be cut in
 * pieces. A feed is almost all one array, `practices`: found by a scan that only looks at
 * brackets, commas and quotes (the string searches run natively), each practice is parsed on its
 * own, a slice at a time, and the rest of the document once with an empty array in its place.
 * Anything the scan does not expect falls back to one JSON.parse of the whole text, so invalid
 * JSON fails with the browser's own error, as before.
 *
 * The text may come in pieces (a response body decoded as it streams): the scan reads each piece
 * on its own and each practice is cut from the piece (or the two or three pieces) that hold it.
 * The pieces are never joined into one string: joining, or flattening their concatenation on the
 * first character read, copies tens of megabytes in one task.
 */

/** The pieces of a text, and where each starts in the whole. */
class Pieces {
  readonly starts: number[] = [];
  readonly length: number;
  constructor(readonly pieces: readonly string[]) {
    let at = 0;
    for (const piece of pieces) {
      this.starts.push(at);
      at += piece.length;
    }
    this.length = at;
  }

  /** The index of the piece holding character `at` (0 <= at < length). */
  pieceAt(at: number): number {
    let low = 0;
    let high = this.pieces.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  charCodeAt(at: number): number {
    if (at < 0 || at >= this.length) return Number.NaN;
    const piece = this.pieceAt(at);
    return this.pieces[piece]!.charCodeAt(at - this.starts[piece]!);
  }

  /** Characters `start` to `end` (exclusive), cut from the pieces that hold them. */
  slice(start: number, end: number = this.length): string {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    if (start === end) return '';
    let piece = this.pieceAt(start);
    let out = '';
    while (start < end) {
      const from = this.starts[piece]!;
      const text = this.pieces[piece]!;
      const to = Math.min(end, from + text.length);
      out += text.slice(start - from, to - from);
      start = to;
      piece++;
    }
    return out;
  }

  join(): string {
    return this.pieces.join('');
  }
}

interface PracticesSpan {
  /** Index of the array's `[` and of its `]`. */
  readonly open: number;
  readonly close: number;
  /** Start and end (exclusive) of each element's text. */
  readonly items: readonly (readonly [number, number])[];
}

/** Whether the quote at `at` is escaped (an odd run of backslashes before it). */
function escaped(text: Pieces, at: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(at - 1 - backslashes) === 92 /* \ */) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * The end (index in the whole text of the closing quote) of the string whose opening quote is
 * just before `from` in piece `piece`, or -1.
 */
function stringEnd(text: Pieces, piece: number, from: number): number {
  for (; piece < text.pieces.length; piece++, from = 0) {
    const chars = text.pieces[piece]!;
    for (let end = chars.indexOf('"', from); end !== -1; end = chars.indexOf('"', end + 1)) {
      const at = text.starts[piece]! + end;
      // Most quotes have no backslash before them: read in the piece, without a search.
      if (end > 0 && chars.charCodeAt(end - 1) !== 92 /* \ */) return at;
      if (!escaped(text, at)) return at;
    }
  }
  return -1;
}

/** Where the first character that is not JSON white space is, or -1. */
function firstNonSpace(text: Pieces): number {
  for (let piece = 0; piece < text.pieces.length; piece++) {
    const at = text.pieces[piece]!.search(/\S/);
    if (at !== -1) return text.starts[piece]! + at;
  }
  return -1;
}

/**
 * Where the top-level object's `practices` array and its elements are, or undefined when the text
 * is not shaped as expected (the caller then parses it whole).
 */
function* findPractices(text: Pieces): Generator<void, PracticesSpan | undefined> {
  let depth = 0;
  let lastKey: string | undefined;
  let open = -1;
  let close = -1;
  let itemStart = -1;
  const items: [number, number][] = [];
  const first = firstNonSpace(text);
  // A new expression per call: its position is state, and two feeds may be read at once.
  const structure = /[{}[\],"]/g;
  // Where the scan resumes: a piece, and a position in it (after a string, maybe a later piece).
  let piece = 0;
  let from = 0;
  while (piece < text.pieces.length) {
    const chars = text.pieces[piece]!;
    const base = text.starts[piece]!;
    structure.lastIndex = from;
    let next: number | undefined;
    for (let match = structure.exec(chars); match; match = structure.exec(chars)) {
      const at = base + match.index;
      switch (chars.charCodeAt(match.index)) {
        case 34 /* " */: {
          const end = stringEnd(text, piece, match.index + 1);
          if (end === -1) return undefined;
          if (depth === 1) lastKey = text.slice(at + 1, end);
          if (end >= base + chars.length) next = end + 1;
          else structure.lastIndex = end + 1 - base;
          break;
        }
        case 123 /* { */:
        case 91 /* [ */:
          depth++;
          if (depth === 2 && lastKey === 'practices' && chars.charCodeAt(match.index) === 91) {
            // A second "practices" key: JSON.parse keeps the last; leave such a text to it.
            if (open !== -1) return undefined;
            open = at;
            itemStart = at + 1;
          } else if (depth === 1 && at !== first) return undefined;
          break;
        case 125 /* } */:
        case 93 /* ] */:
          if (depth === 2 && at > open && close === -1 && open !== -1 && itemStart !== -1) {
            if (chars.charCodeAt(match.index) !== 93) return undefined;
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
      // A string that ends in a later piece: the scan goes on after it, in that piece.
      if (next !== undefined) break;
    }
    if (next === undefined) {
      piece++;
      from = 0;
    } else {
      piece = text.pieceAt(next === text.length ? next - 1 : next);
      from = next - text.starts[piece]!;
    }
    yield;
  }
  return open === -1 || close === -1 ? undefined : { open, close, items };
}

function* parseSteps(input: FeedText): Generator<void, unknown> {
  const text = new Pieces(typeof input === 'string' ? [input] : input);
  const span = yield* findPractices(text);
  if (!span) return JSON.parse(text.join());
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
    return JSON.parse(text.join());
  }
  const object = document as { practices?: unknown };
  if (typeof object !== 'object' || object === null || !Array.isArray(object.practices)) {
    return JSON.parse(text.join());
  }
  object.practices = practices;
  return document;
}

/**
 * Parses JSON text (one string or its pieces) as `JSON.parse` does (same result, same errors), a
 * feed's practices one by one in slices of about 30 ms with the page free between them. For large
 * texts: a small one is parsed faster by one `JSON.parse`.
 */
export function parseJsonInSlices(text: FeedText): Promise<unknown> {
  return runInSlices(parseSteps(text));
}

/** `parseJsonInSlices` without the pauses (tests compare the two). */
export function parseJsonInOneGo(text: FeedText): unknown {
  return runAtOnce(parseSteps(text));
}
