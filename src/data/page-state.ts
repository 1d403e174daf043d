/**
 * Everything the library remembers while a page is open, in one object. (The configurator and
 * the iframe embed page are pages of their own, not the library: their few variables are theirs.)
 *
 * A module that must remember something from one call to the next (a request in flight, a
 * language's strings, a warning already logged) does not keep it in a variable of its own: it
 * declares a *part* of the page state with `pagePart()`, next to the code that uses it, and
 * reads it with `pageState(part)`. Apart from the parts, the modules of `src/data`, `src/feed`
 * and `src/i18n` keep only constants and memo caches: WeakMaps from an object that never
 * changes to what is computed from it alone, which are the same on any page.
 *
 * The parts, by the module that declares each:
 *
 * | part | module | holds | `resetPageState()` |
 * |---|---|---|---|
 * | `validated` | data/validated.ts | the feeds and practices the validator made | forgets them |
 * | `requests` | feed/request.ts | the fetch seam, the retry policy, one request per URL | forgets them; default seams |
 * | `warnings` | feed/warnings.ts | the console warnings already given | forgets them |
 * | `saved-feeds` | feed/saved-feed.ts | the storage code's loader, the saved copies read and saved | forgets them; default loader |
 * | `storage` | feed/saved-copy.ts | the connection to the device's database, the last use noted | keeps both |
 * | `storage-writes` | feed/saved-copy-queue.ts | the line of writes to the database | keeps it |
 * | `map-geometry` | feed/geometry.ts | the outline loaders and what they loaded | forgets it; default loaders |
 * | `language-packs` | i18n/language-packs.ts | the languages loaded or loading; who listens | forgets the languages; keeps the listeners |
 * | `language-watch` | components/shared/document-language.ts | the elements following `<html lang>` | keeps them |
 * | `message-languages` | components/shared/feed-announcer.ts | the languages tried for a load error's message | forgets them |
 * | `steady-size` | components/shared/steady-size.ts | the reader's last action and pressed pointers, the widgets connected, the round of updates under way, the heights watched | keeps them |
 * | `download-writers` | components/practice-list/downloads.ts | the file writers' loader, their load | forgets it; default loader |
 * | `map-frame` | components/practice-map/practice-map.ts | the map's drawing code, once loaded | forgets it |
 * | `stats-view` | components/practice-stats/practice-stats.ts | the figures' drawing code, once loaded | forgets it |
 * | `element-ids` | components/practice-filters/practice-filters.ts | the number of the last filters made, for ids | keeps it |
 *
 * What a reset keeps is what outlives a page, or belongs to elements still on it: the device's
 * database and the order of its writes (a write asked for before a reset lands before one asked
 * after), and the subscriptions of connected elements.
 *
 * The memo caches that stay where they are, each a pure function of its key: the parsed base URL
 * (data/urls.ts), the country names by name (data/suggest.ts), the sort ranks, search entries and
 * facet counts of a feed (data/query.ts, data/search.ts, data/stats.ts), the wrapper of an
 * unexpected error (feed/load-error.ts), the language tags checked (i18n/languages.ts) and the
 * `Intl` formatters, built or warmed per language (i18n/format.ts).
 *
 * It sits in the data layer, the one every other layer may import, and knows nothing of what
 * its parts hold: pure TypeScript, also in Node (where "a page" is the process).
 */

/** One module's share of the page state. */
export interface PagePart<T> {
  /** The name the part goes by in the table above. */
  readonly name: string;
  /**
   * The part as a new page has it. On a reset it is given the part as it was, to carry over
   * what outlives the page (see the table above).
   */
  start(before?: T): T;
}

/** The page state: each part that has been used, by its declaration. */
const parts = new Map<PagePart<unknown>, unknown>();

/** Declares a part of the page state; `start` makes its first value (see `PagePart`). */
export function pagePart<T>(name: string, start: (before?: T) => T): PagePart<T> {
  return { name, start };
}

/** This page's value of `part`, started at its first use. */
export function pageState<T>(part: PagePart<T>): T {
  let value = parts.get(part) as T | undefined;
  if (value === undefined) parts.set(part, (value = part.start()));
  return value;
}

/**
 * Starts over as a new page would: forgets every shared request, every saved copy read, every
 * language and outline loaded, every warning given, and puts the seams (`setFetch`,
 * `setRetryPolicy`, `setSavedCopyLoader`, `setGeometryLoader`) back to their defaults. For tests,
 * between two tests, and for a host page's own tests; a page never needs it.
 */
export function resetPageState(): void {
  for (const [part, before] of parts) parts.set(part, part.start(before));
}
