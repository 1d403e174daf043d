import { validateFeed } from '../data/validate.js';
import {
  FeedFormatError,
  type FeedValidationResult,
  type NormalizedFeed,
  type NormalizedPractice,
} from '../data/types.js';
import { FeedLoadError } from './load-error.js';
import { queueWrite } from './saved-copy-queue.js';

/** A feed read and validated, ready to show. */
export interface LoadedFeed extends FeedValidationResult {
  /** True when the practices come from a saved copy. */
  readonly fromCache: boolean;
  /** For a saved copy: when it was saved, in milliseconds since 1970. */
  readonly savedAt?: number;
}

/** The one seam through which the library reaches the network; tests replace it. */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

const defaultFetch: FetchFunction = (url, init) => fetch(url, init);
let currentFetch: FetchFunction = defaultFetch;

/**
 * Replaces how feeds are fetched (for tests, or a host that proxies requests). Call with no
 * argument to restore the browser's `fetch`. Starts over as a new page would: forgets every
 * shared request, every saved copy already read and every warning already logged.
 */
export function setFetch(fetchFunction?: FetchFunction): void {
  currentFetch = fetchFunction ?? defaultFetch;
  sharedLoads.clear();
  savedReads.clear();
  savedCopies.clear();
  saving.clear();
  reported.clear();
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The largest response read by default, in bytes: a hundred times a real catalogue (the second
 * mapping's 179 practices are under 1 MB), so that an endless body cannot fill the reader's
 * memory.
 */
export const DEFAULT_MAX_SIZE = 100_000_000;

/**
 * The absolute address of a feed written as `src` (relative to `base`), or `undefined` when it
 * is not one a widget may ask for: only web addresses, and the `blob:` ones a page makes
 * itself. A `javascript:` or `data:` address is refused, never fetched.
 */
export function feedAddress(src: string, base: string): string | undefined {
  try {
    const url = new URL(src, base);
    return ['http:', 'https:', 'blob:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Waits `ms` milliseconds, or rejects when `signal` aborts. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** How a failed request is tried again. */
export interface RetryPolicy {
  /** Attempts after the first one (2: three requests at most). */
  readonly retries: number;
  /** First wait; each next wait doubles, with jitter (a random factor from 0.5 to 1.5). */
  readonly backoff: number;
  /** The longest `Retry-After` honoured; a server asking for longer is not asked again. */
  readonly maxRetryAfter: number;
  readonly sleep: Sleep;
}

const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const done = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', done);
      resolve();
    }, ms);
    signal.addEventListener('abort', done, { once: true });
  });

const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 2,
  backoff: 500,
  maxRetryAfter: 10_000,
  sleep,
};
let retryPolicy = DEFAULT_RETRY_POLICY;

/**
 * Changes how failed requests are retried (tests wait no real time with it). Call with no
 * argument to restore the default: two retries, 0.5 s then 1 s (with jitter), `Retry-After`
 * honoured up to 10 s.
 */
export function setRetryPolicy(policy: Partial<RetryPolicy> = {}): void {
  retryPolicy = { ...DEFAULT_RETRY_POLICY, ...policy };
}

export interface LoadOptions {
  /** Lets the caller stop waiting. When every caller has stopped, the request is cancelled. */
  readonly signal?: AbortSignal;
  /** Milliseconds before one attempt is given up as timed out (a timeout is not retried). */
  readonly timeout?: number;
  /** Bytes of response body after which the feed is given up as too large (not retried). */
  readonly maxSize?: number;
  /**
   * Ask the server again even if this page already has the feed: a conditional request
   * (`cache: 'no-cache'`), so an unchanged feed costs the publisher a 304. Joins a request for
   * the same URL already in flight.
   */
  readonly reload?: boolean;
}

/**
 * Reads a feed document already parsed from JSON (or set from script): validates it and turns a
 * fatal problem into a `FeedLoadError` of kind `format`.
 */
export function readFeed(json: unknown, baseUrl?: string): FeedValidationResult {
  try {
    const result = validateFeed(json, { baseUrl });
    readFeeds.add(result.feed);
    for (const practice of result.feed.practices) readPractices.add(practice);
    reportWarnings(result, baseUrl);
    return result;
  } catch (error) {
    if (error instanceof FeedFormatError) {
      throw new FeedLoadError('format', error.message, {
        formatCode: error.code,
        url: baseUrl,
        cause: error,
      });
    }
    throw error;
  }
}

// Practices that came out of the validator, so that an element given one as a property does not
// validate it again.
const readPractices = new WeakSet<object>();

// Feeds that came out of the validator: a widget handed one (a list passing its feed to its
// cards) uses it as it is.
const readFeeds = new WeakSet<object>();

/** Whether `value` is a feed this library has already validated and normalized. */
export function isReadFeed(value: unknown): value is NormalizedFeed {
  return typeof value === 'object' && value !== null && readFeeds.has(value);
}

/** Whether `value` is a practice this library has already validated and normalized. */
export function isReadPractice(value: unknown): value is NormalizedPractice {
  return typeof value === 'object' && value !== null && readPractices.has(value);
}

/** Parses feed text (a response body or an inline script) and reads it. */
export function parseFeed(text: string, baseUrl?: string): FeedValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedLoadError('parse', 'The feed is not valid JSON.', { url: baseUrl, cause: error });
  }
  return readFeed(json, baseUrl);
}

// Every skipped or repaired record is reported once, however many elements show the feed and
// however often it is read again (from the saved copy, then from the network).
const reported = new Set<string>();

function reportWarnings({ warnings }: FeedValidationResult, url?: string): void {
  if (warnings.length === 0) return;
  const message =
    `practice-widgets: ${warnings.length} problem(s) in the feed${url ? ` ${url}` : ''}:\n` +
    warnings.map((w) => `  ${w.path}${w.id ? ` (id "${w.id}")` : ''}: ${w.reason}`).join('\n');
  if (reported.has(message)) return;
  reported.add(message);
  console.warn(message);
}

/** The text each result was read from, so that it can be saved, and compared with a new one. */
const sources = new WeakMap<LoadedFeed, { text: string; base: string }>();

function read(text: string, base: string, fromCache: boolean, savedAt?: number): LoadedFeed {
  const loaded: LoadedFeed = { ...parseFeed(text, base), fromCache, savedAt };
  sources.set(loaded, { text, base });
  return loaded;
}

type SavedCopyModule = typeof import('./saved-copy.js');

/**
 * The storage code, in a chunk of its own: it is requested with the first feed (early start asks
 * for it together with the feed's request), not before the first paint of every page. Once
 * loaded it is called at once. If it cannot be loaded (offline, and not in the browser's cache)
 * there is no saved copy to read and nothing is saved, as when storage is refused; the next use
 * asks again.
 */
const importSavedCopy = () => import('./saved-copy.js');
let savedCopyLoader: () => Promise<SavedCopyModule> = importSavedCopy;
let savedCopyModule: SavedCopyModule | undefined;
let savedCopyImport: Promise<SavedCopyModule> | undefined;

/**
 * Replaces how the storage code is loaded (tests fail with it); without an argument, restores
 * it.
 */
export function setSavedCopyLoader(
  replacement: () => Promise<SavedCopyModule> = importSavedCopy,
): void {
  savedCopyLoader = replacement;
  savedCopyModule = undefined;
  savedCopyImport = undefined;
}

function withSavedCopy<T>(use: (module: SavedCopyModule) => T | Promise<T>, otherwise: T) {
  if (savedCopyModule) return Promise.resolve(use(savedCopyModule));
  savedCopyImport ??= savedCopyLoader().then(
    (module) => (savedCopyModule = module),
    (error: unknown) => {
      savedCopyImport = undefined;
      throw error;
    },
  );
  return savedCopyImport.then(use, () => otherwise);
}

/** The saved copy of each URL, read once per page and replaced by what this page saves. */
const savedReads = new Map<string, Promise<LoadedFeed | undefined>>();
/** The saved copies already read, to compare a fresh text with without waiting. */
const savedCopies = new Map<string, LoadedFeed | undefined>();
/** The last result each URL saved, so that it is saved once. */
const saving = new Map<string, LoadedFeed>();

/**
 * The saved copy of the feed at `url` (absolute), read and validated, if this device has one
 * that is still a usable feed.
 */
export function loadSavedFeed(url: string): Promise<LoadedFeed | undefined> {
  let saved = savedReads.get(url);
  if (!saved) {
    saved = withSavedCopy((module) => module.readSavedCopy(url), undefined).then((copy) => {
      // When the network has answered first, its feed is the saved copy now: the older one
      // need not even be read.
      if (!savedCopies.has(url)) {
        let loaded: LoadedFeed | undefined;
        try {
          loaded = copy && read(copy.text, copy.base, true, copy.savedAt);
        } catch {
          // A copy saved by an older version that this one cannot read: as if there were none.
        }
        savedCopies.set(url, loaded);
      }
      return savedCopies.get(url);
    });
    savedReads.set(url, saved);
  }
  return saved;
}

/** Keeps a feed read from the network at `url` as that URL's saved copy. */
export function saveFeed(url: string, loaded: LoadedFeed): void {
  const source = sources.get(loaded);
  if (!source || loaded.fromCache || saving.get(url) === loaded) return;
  saving.set(url, loaded);
  const copy: LoadedFeed = { ...loaded, fromCache: true, savedAt: Date.now() };
  sources.set(copy, source);
  savedCopies.set(url, copy);
  savedReads.set(url, Promise.resolve(copy));
  void queueWrite(() =>
    withSavedCopy(
      (module) => module.writeInTurn(url, { ...source, savedAt: copy.savedAt! }),
      undefined,
    ),
  );
}

interface SharedLoad {
  readonly promise: Promise<LoadedFeed>;
  readonly controller: AbortController;
  /** Callers still waiting; `Infinity` once one that cannot stop waiting has joined. */
  waiters: number;
  settled: boolean;
}

/** One request per absolute URL, shared by every element that shows that feed. */
const sharedLoads = new Map<string, SharedLoad>();

/**
 * Loads the feed at `url` (absolute) from the network. Elements with the same URL share one
 * request. A failed request is forgotten, so the next call (a retry) tries again. Network
 * errors, 408, 429 and 5xx answers are retried (see `setRetryPolicy`); other answers, bad JSON
 * and a bad document are not.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  let shared = sharedLoads.get(url);
  if (!shared || (options.reload && shared.settled)) {
    const controller = new AbortController();
    const entry: SharedLoad = {
      promise: fetchFeed(
        url,
        {
          timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
          maxSize: options.maxSize ?? DEFAULT_MAX_SIZE,
          reload: !!options.reload,
        },
        controller,
      ),
      controller,
      waiters: 0,
      settled: false,
    };
    entry.promise.then(
      () => (entry.settled = true),
      () => {
        entry.settled = true;
        if (sharedLoads.get(url) === entry) sharedLoads.delete(url);
      },
    );
    sharedLoads.set(url, (shared = entry));
  }
  if (!signal) {
    shared.waiters = Infinity;
    return shared.promise;
  }
  const entry = shared;
  entry.waiters += 1;
  return new Promise<LoadedFeed>((resolve, reject) => {
    // The caller's signal stops this caller's wait; the last one to stop cancels the request.
    const onAbort = () => {
      reject(signal.reason);
      if (--entry.waiters === 0 && !entry.settled) {
        entry.controller.abort(signal.reason);
        if (sharedLoads.get(url) === entry) sharedLoads.delete(url);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** HTTP statuses worth asking again: the server or something on the way may recover. */
const isTransient = (status: number) => status === 408 || status === 429 || status >= 500;

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date; `undefined` when absent. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names its day and month in letters; `Date.parse` alone would take "-5" as a year.
  const date = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

interface AttemptOptions {
  readonly timeout: number;
  readonly maxSize: number;
  readonly reload: boolean;
}

async function fetchFeed(
  url: string,
  options: AttemptOptions,
  shared: AbortController,
): Promise<LoadedFeed> {
  const policy = retryPolicy;
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptFetch(url, options, shared.signal);
    } catch (error) {
      const transient =
        error instanceof FeedLoadError &&
        (error.kind === 'network' || (error.kind === 'http' && isTransient(error.status ?? 0)));
      if (!transient || attempt >= policy.retries || shared.signal.aborted) throw error;
      // The server's own word first; a server asking for a long pause is not asked again now.
      const retryAfter = error.retryAfter;
      if (retryAfter !== undefined && retryAfter > policy.maxRetryAfter) throw error;
      const wait = retryAfter ?? policy.backoff * 2 ** attempt * (0.5 + Math.random());
      try {
        await policy.sleep(wait, shared.signal);
      } catch {
        throw error;
      }
    }
  }
}

/** The statuses whose `Retry-After` says when the server wants to be asked again. */
const mayAskForPause = (status: number) => status === 429 || status === 503;

/**
 * The body as text, given up as soon as it passes `maxSize` bytes: an endless or enormous body
 * is never held whole in memory.
 */
async function readBody(response: Response, url: string, maxSize: number): Promise<string> {
  const tooLarge = () =>
    new FeedLoadError('too-large', `The feed is over ${maxSize} bytes.`, { url });
  // A compressed length above the cap means a larger body still.
  const declared = Number(response.headers.get('Content-Length') ?? Number.NaN);
  if (declared > maxSize) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) {
    const text = await response.text();
    if (text.length > maxSize) throw tooLarge();
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxSize) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

async function attemptFetch(
  url: string,
  { timeout, maxSize, reload }: AttemptOptions,
  shared: AbortSignal,
): Promise<LoadedFeed> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  const cancel = () => controller.abort(shared.reason);
  shared.addEventListener('abort', cancel, { once: true });
  const timedOut = () => controller.signal.aborted && !shared.aborted;
  try {
    let response: Response;
    try {
      response = await currentFetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
        // A reload asks the server, with the validators the browser kept (ETag,
        // Last-Modified); otherwise the browser's HTTP cache answers as the publisher allows.
        cache: reload ? 'no-cache' : 'default',
      });
    } catch (error) {
      if (timedOut()) {
        throw new FeedLoadError('timeout', `The feed did not answer within ${timeout} ms.`, {
          url,
          cause: error,
        });
      }
      throw new FeedLoadError('network', 'The feed could not be reached.', { url, cause: error });
    }
    if (!response.ok) {
      let retryAfter = retryAfterMs(response.headers.get('Retry-After'));
      // Across origins the browser hides `Retry-After` unless the server exposes it: a server
      // that may have asked for a pause is not asked again at once.
      if (retryAfter === undefined && response.type === 'cors' && mayAskForPause(response.status)) {
        retryAfter = Infinity;
      }
      throw new FeedLoadError('http', `The feed answered HTTP ${response.status}.`, {
        url,
        status: response.status,
        retryAfter,
      });
    }
    let text: string;
    try {
      text = await readBody(response, url, maxSize);
    } catch (error) {
      if (error instanceof FeedLoadError) throw error;
      throw new FeedLoadError(
        timedOut() ? 'timeout' : 'network',
        'The feed could not be read to the end.',
        { url, cause: error },
      );
    }
    const base = response.url || url;
    // The same text as the saved copy: keep its feed, so that nothing on screen changes.
    const saved = savedCopies.get(url);
    const same = saved && sources.get(saved);
    if (saved && same?.text === text && same.base === base) {
      const loaded: LoadedFeed = { ...saved, fromCache: false, savedAt: undefined };
      sources.set(loaded, same);
      return loaded;
    }
    return read(text, base, false);
  } finally {
    clearTimeout(timer);
    shared.removeEventListener('abort', cancel);
  }
}
