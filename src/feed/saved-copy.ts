/**
 * The saved copy: the last good text of each feed, kept on the reader's device so that a widget
 * has something to show at once, and something to show when the network fails.
 *
 * IndexedDB rather than localStorage: localStorage's few megabytes belong to the host site, and
 * reading it blocks the page. The database holds at most `SAVED_COPY_LIMITS.feeds` feeds and
 * `SAVED_COPY_LIMITS.characters` characters of feed text; the least recently used go first.
 * Two stores, so that noting a use, or that the feed has not changed, rewrites a few numbers and
 * never a feed's text.
 *
 * Storage may be missing or refused (private browsing, a sandboxed iframe, a full disk): every
 * function here then does nothing, and never throws.
 */

import { pagePart, pageState } from '../data/page-state.js';
import { queuedWrites, queueWrite as queue } from './saved-copy-queue.js';

/** A feed's text as last read from the network. */
export interface SavedCopy {
  readonly text: string;
  /** The address the text was read from (after redirects), to resolve its relative URLs. */
  readonly base: string;
  /**
   * When it was last read from the network, in milliseconds since 1970; `undefined` for a copy
   * whose date could not be read.
   */
  readonly savedAt: number | undefined;
}

interface IndexEntry {
  readonly url: string;
  readonly size: number;
  readonly usedAt: number;
  readonly savedAt: number;
}

export const SAVED_COPY_LIMITS = { feeds: 8, characters: 4_000_000 } as const;

const DB_NAME = 'practice-widgets';
const TEXTS = 'texts';
const INDEX = 'index';

// The device's database outlives a page: a reset of the page state keeps the connection, and the
// order of uses.
const STORAGE = pagePart<{ database?: Promise<IDBDatabase>; lastUse: number }>(
  'storage',
  (before) => before ?? { database: undefined, lastUse: 0 },
);

// A tiny promise wrapper: the library ships no storage dependency.
const result = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const committed = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = transaction.onabort = () => reject(transaction.error);
  });

function open(): Promise<IDBDatabase> {
  const storage = pageState(STORAGE);
  storage.database ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(TEXTS);
      request.result.createObjectStore(INDEX, { keyPath: 'url' });
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer copy of the library on another tab upgrades the database: let it.
      db.onversionchange = () => {
        db.close();
        storage.database = undefined;
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error);
  });
  return storage.database;
}

// Uses in the same millisecond still have an order.
function useTime(): number {
  const storage = pageState(STORAGE);
  return (storage.lastUse = Math.max(Date.now(), storage.lastUse + 1));
}

// Each transaction either only reads or only writes: a write never waits on a promise inside a
// transaction, which the browser may have committed by then. The queue keeps what was read true
// until the write.

/** Reads the value at `key` of `store`, in a read-only transaction of its own. */
async function read<T>(store: string, key: string): Promise<T | undefined> {
  const transaction = (await open()).transaction(store);
  return result<T | undefined>(transaction.objectStore(store).get(key));
}

/** Makes `change` in one read-write transaction over both stores; resolves once committed. */
async function write(change: (texts: IDBObjectStore, index: IDBObjectStore) => void) {
  const transaction = (await open()).transaction([TEXTS, INDEX], 'readwrite');
  change(transaction.objectStore(TEXTS), transaction.objectStore(INDEX));
  await committed(transaction);
}

/** The saved copy of the feed at `url`, if there is one; notes the use. */
export async function readSavedCopy(url: string): Promise<SavedCopy | undefined> {
  try {
    // One transaction over both stores: one trip to the browser's storage, not two.
    const transaction = (await open()).transaction([TEXTS, INDEX]);
    const [copy, entry] = await Promise.all([
      result<Omit<SavedCopy, 'savedAt'> | undefined>(transaction.objectStore(TEXTS).get(url)),
      result<IndexEntry | undefined>(transaction.objectStore(INDEX).get(url)),
    ]);
    if (!copy || !entry) return undefined;
    // A date that another version or a damaged disk left unreadable is left out. (A text that
    // is not a feed is refused by the loader.)
    const savedAt = Number.isFinite(new Date(entry.savedAt).getTime()) ? entry.savedAt : undefined;
    void queue(async () => {
      const current = await read<IndexEntry>(INDEX, url);
      if (current) await write((_, index) => index.put({ ...current, usedAt: useTime() }));
    });
    return { text: copy.text, base: copy.base, savedAt };
  } catch {
    return undefined;
  }
}

/**
 * Keeps `copy` as the saved copy of `url`, making room by forgetting the least recently used.
 * When the text has not changed only its date is written.
 */
export function writeSavedCopy(
  url: string,
  copy: SavedCopy & { readonly savedAt: number },
): Promise<void> {
  return queue(() => writeInTurn(url, copy));
}

/** `writeSavedCopy` for a caller that has already taken its turn in the line of writes. */
export async function writeInTurn(
  url: string,
  copy: SavedCopy & { readonly savedAt: number },
): Promise<void> {
  const size = copy.text.length;
  if (size > SAVED_COPY_LIMITS.characters) return;
  const [old, entries] = await Promise.all([
    read<Omit<SavedCopy, 'savedAt'>>(TEXTS, url),
    open().then((db) => result<IndexEntry[]>(db.transaction(INDEX).objectStore(INDEX).getAll())),
  ]);
  const entry = entries.find((candidate) => candidate.url === url);
  const usedAt = useTime();
  if (entry && old?.text === copy.text && old.base === copy.base) {
    return write((_, index) => index.put({ ...entry, usedAt, savedAt: copy.savedAt }));
  }
  const others = entries
    .filter((candidate) => candidate.url !== url)
    .sort((a, b) => b.usedAt - a.usedAt);
  let total = size;
  let kept = 1;
  const evicted: string[] = [];
  for (const other of others) {
    if (kept < SAVED_COPY_LIMITS.feeds && total + other.size <= SAVED_COPY_LIMITS.characters) {
      total += other.size;
      kept += 1;
    } else {
      evicted.push(other.url);
    }
  }
  await write((texts, index) => {
    for (const gone of evicted) {
      texts.delete(gone);
      index.delete(gone);
    }
    texts.put({ text: copy.text, base: copy.base }, url);
    index.put({ url, size, usedAt, savedAt: copy.savedAt } satisfies IndexEntry);
  });
}

/** The URLs that have a saved copy, most recently used first. */
export async function savedCopyUrls(): Promise<string[]> {
  await queuedWrites();
  try {
    const transaction = (await open()).transaction(INDEX);
    const entries = await result<IndexEntry[]>(transaction.objectStore(INDEX).getAll());
    return entries.sort((a, b) => b.usedAt - a.usedAt).map((entry) => entry.url);
  } catch {
    return [];
  }
}

/** Forgets every saved copy (after the writes already asked for). */
export function clearSavedCopies(): Promise<void> {
  return queue(() =>
    write((texts, index) => {
      texts.clear();
      index.clear();
    }),
  );
}
