import { runAtOnce } from './slices.js';
import type { NormalizedFeed, NormalizedPractice, Text } from './types.js';

/*
 * Text search over practices: accent- and case-insensitive, in every language the feed has,
 * matching the start of words as the reader types, ranked with title matches first. The same
 * rules serve the reader's search box and the `q` scope attribute of every element.
 */

/** Lower case without diacritics, so that "educacion" finds "Educação". */
export function foldText(value: string): string {
  // Plain ASCII text (much of a feed in English) has no marks to strip.
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(value)) return value.toLowerCase();
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What the search looks in, per practice, prepared once. */
export interface SearchEntry {
  /** Words of the title in every language, folded, each preceded by a space. */
  readonly title: string;
  /** Words of every other searchable field, folded, each preceded by a space. */
  readonly rest: string;
}

const textValues = (text: Text | undefined): string[] => (text ? Object.values(text) : []);

/**
 * What separates words in folded text: anything but digits and letters. Letters are listed by
 * script (Latin, Greek, Cyrillic, East Asian, Hangul) rather than with `\p{L}`, which is several
 * times slower over the text of thousands of practices.
 */
const NOT_WORD =
  /[^a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u04ff\u3040-\u9fff\uac00-\ud7af]+/g;

// Words are runs of letters and digits; "3d-printing" is "3d" and "printing".
const words = (values: readonly string[]): string =>
  ' ' + foldText(values.join(' ')).replace(NOT_WORD, ' ');

const entries = new WeakMap<NormalizedPractice, SearchEntry>();

type TagLabels = NormalizedFeed['vocabularies']['tags'];

/** The feed's labels of a practice's keywords, in every language it gives: searched as well. */
const tagLabelValues = (tags: readonly string[], labels: TagLabels | undefined): string[] =>
  labels ? tags.flatMap((tag) => (Object.hasOwn(labels, tag) ? textValues(labels[tag]) : [])) : [];

function searchEntry(practice: NormalizedPractice, tagLabels?: TagLabels): SearchEntry {
  let entry = entries.get(practice);
  if (!entry) {
    entry = {
      title: words(textValues(practice.title)),
      rest: words([
        ...textValues(practice.summary),
        ...textValues(practice.description),
        ...textValues(practice.place),
        practice.organization?.name ?? '',
        ...practice.audiences.flatMap(textValues),
        ...practice.tags,
        ...tagLabelValues(practice.tags, tagLabels),
      ]),
    };
    entries.set(practice, entry);
  }
  return entry;
}

/** Up to this many practices, the search text is prepared in one go. */
const PREPARED_AT_ONCE = 5000;
/**
 * Prepares the search text of a feed ahead of the first search (it takes a while for thousands
 * of practices), so that the reader's first keystroke is as fast as the next ones. Call it when
 * the page is idle. A feed of up to 5,000 practices is prepared before this returns; a larger
 * one in slices of about 30 ms, the page free between them (a search meanwhile prepares what is
 * left at once). The promise settles when all is prepared.
 */
export function prepareSearch(feed: NormalizedFeed): Promise<void> {
  if (feedEntries.has(feed) || feed.practices.length <= PREPARED_AT_ONCE) {
    searchEntries(feed);
    return Promise.resolve();
  }
  return prepareInSlices(feed);
}

async function prepareInSlices(feed: NormalizedFeed): Promise<void> {
  const { runInSlices } = await import('./large-feed.js');
  await runInSlices(preparationSteps(feed));
}

/**
 * The preparation's work, one step per practice: what `searchEntries` returns. (Run in slices
 * while a search runs at once, both prepare the same entries, and the first to end is kept.)
 */
export function* preparationSteps(feed: NormalizedFeed): Generator<void, readonly SearchEntry[]> {
  const list: SearchEntry[] = [];
  if (!feedEntries.has(feed)) {
    for (const practice of feed.practices) {
      list.push(searchEntry(practice, feed.vocabularies.tags));
      yield;
    }
  }
  if (!feedEntries.has(feed)) feedEntries.set(feed, list);
  return feedEntries.get(feed)!;
}

const feedEntries = new WeakMap<NormalizedFeed, readonly SearchEntry[]>();

/**
 * The search entries of every practice of a feed, in feed order: a query over thousands of
 * practices reads them by position, faster than one lookup per practice.
 */
export function searchEntries(feed: NormalizedFeed): readonly SearchEntry[] {
  return runAtOnce(preparationSteps(feed));
}

/** The search words of a query: folded, so that "Educación" and "educacion" are one. */
export function searchTerms(q: string): string[] {
  return foldText(q).split(NOT_WORD).filter(Boolean);
}

/**
 * A shorter form of a long search term, so that one spelling finds its relatives across the
 * feed's languages: "educacion" finds "Educação", "robotica" finds "robotics".
 */
function stemOf(term: string): string {
  return term.length >= 6 ? term.slice(0, Math.max(5, term.length - 3)) : term;
}

/**
 * How well a practice matches the search terms (from `searchTerms`): 0 for no match, 1 when
 * there are no terms. Every term must start a word, as typed or by its stem; a term in the title
 * counts more, and a term as typed more than its stem.
 */
export function searchScore(practice: NormalizedPractice, terms: readonly string[]): number {
  return terms.length === 0 ? 1 : scoreEntry(searchEntry(practice), terms);
}

/** `searchScore` for a prepared entry (see `searchEntries`). */
export function scoreEntry(entry: SearchEntry, terms: readonly string[]): number {
  if (terms.length === 0) return 1;
  let score = 0;
  for (const term of terms) {
    const needle = ' ' + term;
    const stem = ' ' + stemOf(term);
    if (entry.title.includes(needle)) score += entry.title.includes(needle + ' ') ? 8 : 6;
    else if (entry.rest.includes(needle)) score += 2;
    else if (entry.title.includes(stem)) score += 4;
    else if (entry.rest.includes(stem)) score += 1;
    else return 0;
  }
  return score;
}

/** How many recent searches of each feed are kept to narrow the next one. */
const RECENT_SEARCHES = 8;

interface PastSearch {
  readonly terms: readonly string[];
  /** Positions, in feed order, of the practices the terms matched. */
  readonly positions: readonly number[];
}

/** The last searches of each feed, newest first: a cache, its answers the same without it. */
const pastSearches = new WeakMap<NormalizedFeed, PastSearch[]>();

/**
 * Whether every practice matching `terms` also matches `earlier`: each earlier term starts the
 * term in its place (a word starting with "robo" starts with "rob"; so does the stem of a longer
 * term, itself never shorter than the earlier term's stem), and added terms only narrow.
 */
const narrows = (terms: readonly string[], earlier: readonly string[]): boolean =>
  earlier.length <= terms.length && earlier.every((term, i) => terms[i]!.startsWith(term));

/**
 * The positions, in feed order, of the practices matching the search terms (from
 * `searchTerms`, at least one). As the reader types on, a search looks only among the matches of
 * a recent search it narrows: over 50,000 practices the first letter reads them all, the next
 * ones a fraction.
 */
export function searchMatches(feed: NormalizedFeed, terms: readonly string[]): readonly number[] {
  return runAtOnce(searchMatchSteps(feed, terms));
}

/** `searchMatches`, one step per practice read: run at once or in slices. */
export function* searchMatchSteps(
  feed: NormalizedFeed,
  terms: readonly string[],
): Generator<void, readonly number[]> {
  const entries = yield* preparationSteps(feed);
  const past = pastSearches.get(feed) ?? [];
  let narrowest: readonly number[] | undefined;
  for (const search of past) {
    if (narrows(terms, search.terms) && search.positions.length < (narrowest?.length ?? Infinity)) {
      if (search.terms.join(' ') === terms.join(' ')) return search.positions;
      narrowest = search.positions;
    }
  }
  const positions: number[] = [];
  if (narrowest) {
    for (const position of narrowest) {
      if (scoreEntry(entries[position]!, terms) > 0) positions.push(position);
      yield;
    }
  } else {
    for (let position = 0; position < entries.length; position++) {
      if (scoreEntry(entries[position]!, terms) > 0) positions.push(position);
      yield;
    }
  }
  // Read again: another search may have ended while this one ran in slices.
  const recent = pastSearches.get(feed) ?? [];
  pastSearches.set(feed, [{ terms, positions }, ...recent].slice(0, RECENT_SEARCHES));
  return positions;
}
