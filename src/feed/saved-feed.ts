/**
 * The saved copies, as the widgets use them: the saved copy of a feed read once per page and
 * shown while the network is asked, a feed read from the network saved once, and a fresh text
 * equal to the saved one kept as the same feed, so that nothing on screen changes.
 *
 * The storage itself (IndexedDB) is `saved-copy.ts`, a chunk of its own loaded with the first
 * feed; its writes keep their order through `saved-copy-queue.ts`.
 */
import type { FeedText } from '../data/feed-text.js';
import { pagePart, pageState } from '../data/page-state.js';
import { parseFeedInSlices, type LoadedFeed } from './read-feed.js';
import { queueWrite } from './saved-copy-queue.js';

type SavedCopyModule = typeof import('./saved-copy.js');

/** The text a result was read from, so that it can be saved, and compared with a new one. */
interface Source {
  /** One string, or the pieces a large body streamed in. */
  readonly text: FeedText;
  readonly base: string;
}

/**
 * The storage code, in a chunk of its own: it is requested with the first feed (early start asks
 * for it together with the feed's request), not before the first paint of every page. Once
 * loaded it is called at once. If it cannot be loaded (offline, and not in the browser's cache)
 * there is no saved copy to read and nothing is saved, as when storage is refused; the next use
 * asks again.
 */
const importSavedCopy = () => import('./saved-copy.js');

const SAVED_FEEDS = pagePart('saved-feeds', () => ({
  /** How the storage code is loaded (`setSavedCopyLoader`). */
  loader: importSavedCopy as () => Promise<SavedCopyModule>,
  /** The storage code, once loaded. */
  module: undefined as SavedCopyModule | undefined,
  /** The storage code on its way. */
  importing: undefined as Promise<SavedCopyModule> | undefined,
  /** The saved copy of each URL, read once per page and replaced by what this page saves. */
  reads: new Map<string, Promise<LoadedFeed | undefined>>(),
  /** The saved copies already read, to compare a fresh text with without waiting. */
  copies: new Map<string, LoadedFeed | undefined>(),
  /** The last result each URL saved, so that it is saved once. */
  saving: new Map<string, LoadedFeed>(),
  /** The text each result was read from. */
  sources: new WeakMap<LoadedFeed, Source>(),
}));

/**
 * Sets how the storage code is loaded (tests fail with it); without an argument, the real
 * chunk. Storage code already loaded stays in use until `resetPageState()`.
 */
export function setSavedCopyLoader(
  replacement: () => Promise<SavedCopyModule> = importSavedCopy,
): void {
  pageState(SAVED_FEEDS).loader = replacement;
}

function withSavedCopy<T>(use: (module: SavedCopyModule) => T | Promise<T>, otherwise: T) {
  const state = pageState(SAVED_FEEDS);
  if (state.module) return Promise.resolve(use(state.module));
  const importing = (state.importing ??= state.loader().then(
    (module) => (state.module = module),
    (error: unknown) => {
      state.importing = undefined;
      throw error;
    },
  ));
  return importing.then(use, () => otherwise);
}

/** Reads `text` into a result, noting where it came from. */
async function read(
  text: FeedText,
  base: string,
  fromCache: boolean,
  savedAt?: number,
): Promise<LoadedFeed> {
  const loaded: LoadedFeed = { ...(await parseFeedInSlices(text, base)), fromCache, savedAt };
  pageState(SAVED_FEEDS).sources.set(loaded, { text, base });
  return loaded;
}

/**
 * Reads `text`, just fetched from `url` (after redirects, `base`). The same text as the saved
 * copy keeps the saved copy's feed, so that nothing on screen changes.
 */
export async function readFetched(url: string, text: FeedText, base: string): Promise<LoadedFeed> {
  const { copies, sources } = pageState(SAVED_FEEDS);
  const saved = copies.get(url);
  const same = saved && sources.get(saved);
  // A text in pieces (over the saved copy's limit) is a new text: read again.
  if (saved && same?.text === text && same.base === base) {
    const loaded: LoadedFeed = { ...saved, fromCache: false, savedAt: undefined };
    sources.set(loaded, same);
    return loaded;
  }
  return read(text, base, false);
}

/**
 * The saved copy of the feed at `url` (absolute), read and validated, if this device has one
 * that is still a usable feed.
 */
export function loadSavedFeed(url: string): Promise<LoadedFeed | undefined> {
  const state = pageState(SAVED_FEEDS);
  let saved = state.reads.get(url);
  if (!saved) {
    saved = withSavedCopy((module) => module.readSavedCopy(url), undefined).then(async (copy) => {
      // When the network has answered first, its feed is the saved copy now: the older one
      // need not even be read.
      if (!state.copies.has(url)) {
        let loaded: LoadedFeed | undefined;
        try {
          loaded = copy && (await read(copy.text, copy.base, true, copy.savedAt));
        } catch {
          // A copy saved by an older version that this one cannot read: as if there were none.
        }
        // A large copy is read in slices: the network may have answered meanwhile.
        if (!state.copies.has(url)) state.copies.set(url, loaded);
      }
      return state.copies.get(url);
    });
    state.reads.set(url, saved);
  }
  return saved;
}

/** Keeps a feed read from the network at `url` as that URL's saved copy. */
export function saveFeed(url: string, loaded: LoadedFeed): void {
  const state = pageState(SAVED_FEEDS);
  const source = state.sources.get(loaded);
  if (!source || loaded.fromCache || state.saving.get(url) === loaded) return;
  state.saving.set(url, loaded);
  const copy: LoadedFeed = { ...loaded, fromCache: true, savedAt: Date.now() };
  state.sources.set(copy, source);
  state.copies.set(url, copy);
  state.reads.set(url, Promise.resolve(copy));
  const { text, base } = source;
  // A text in pieces is over the saved copy's limit (request.ts joins the smaller ones).
  if (typeof text !== 'string') return;
  void queueWrite(() =>
    withSavedCopy(
      (module) => module.writeInTurn(url, { text, base, savedAt: copy.savedAt! }),
      undefined,
    ),
  );
}
