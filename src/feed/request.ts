/**
 * The request: the one place the library reaches the network. A feed is fetched with a timeout
 * per attempt and a cap on its size, retried when the network or the server may recover (as
 * long as `Retry-After` asks, when it does), and asked for once per URL however many elements
 * show it. The text is read by `saved-feed.ts`, which keeps the saved copy's feed when the text
 * has not changed.
 */
import type { FeedText } from '../data/feed-text.js';
import { SLICE_MS, yieldToPage } from '../data/slices.js';
import { pagePart, pageState } from '../data/page-state.js';
import { FeedLoadError } from './load-error.js';
import type { LoadedFeed } from './read-feed.js';
import { readFetched } from './saved-feed.js';

/** The one seam through which the library reaches the network; tests replace it. */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The largest response read by default, in bytes: a hundred times a real catalogue (the second
 * mapping's 179 practices are under 1 MB), so that an endless body cannot fill the reader's
 * memory.
 */
export const DEFAULT_MAX_SIZE = 100_000_000;

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

const defaultFetch: FetchFunction = (url, init) => fetch(url, init);

interface SharedRequest {
  readonly promise: Promise<LoadedFeed>;
  readonly controller: AbortController;
  /** Callers still waiting; `Infinity` once one that cannot stop waiting has joined. */
  waiters: number;
  settled: boolean;
}

const REQUESTS = pagePart('requests', () => ({
  /** The seam (`setFetch`). */
  fetch: defaultFetch,
  /** How failed requests are retried (`setRetryPolicy`). */
  retryPolicy: DEFAULT_RETRY_POLICY,
  /** One request per absolute URL, shared by every element that shows that feed. */
  shared: new Map<string, SharedRequest>(),
}));

/**
 * Sets how feeds are fetched (for tests, or a host that proxies requests). Without an argument,
 * the browser's `fetch`. Requests already shared go on as they are; `resetPageState()` starts
 * over as a new page would.
 */
export function setFetch(fetchFunction: FetchFunction = defaultFetch): void {
  pageState(REQUESTS).fetch = fetchFunction;
}

/**
 * Sets how failed requests are retried (tests wait no real time with it). Without an argument,
 * the default: two retries, 0.5 s then 1 s (with jitter), `Retry-After` honoured up to 10 s.
 */
export function setRetryPolicy(policy: Partial<RetryPolicy> = {}): void {
  pageState(REQUESTS).retryPolicy = { ...DEFAULT_RETRY_POLICY, ...policy };
}

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
 * Loads the feed at `url` (absolute) from the network. Elements with the same URL share one
 * request. A failed request is forgotten, so the next call (a retry) tries again. Network
 * errors, 408, 429 and 5xx answers are retried (see `setRetryPolicy`); other answers, bad JSON
 * and a bad document are not.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const requests = pageState(REQUESTS).shared;
  let shared = requests.get(url);
  if (!shared || (options.reload && shared.settled)) {
    const controller = new AbortController();
    const entry: SharedRequest = {
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
        if (requests.get(url) === entry) requests.delete(url);
      },
    );
    requests.set(url, (shared = entry));
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
        if (requests.get(url) === entry) requests.delete(url);
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
  const policy = pageState(REQUESTS).retryPolicy;
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
 * Bytes decoded in one call: a part of the body that arrives whole (tens of megabytes at once
 * from a fast server) is decoded a piece at a time, so that the page can be given back between
 * pieces.
 */
export const DECODED_AT_ONCE = 128 * 1024;

/**
 * Up to this many characters the decoded pieces are joined into one string (a few milliseconds):
 * the saved copy's limit (`SAVED_COPY_LIMITS`), so that a text kept in pieces is never saved or
 * compared with a saved copy.
 */
const JOINED_UP_TO = 4_000_000;

/**
 * The body as text, given up as soon as it passes `maxSize` bytes: an endless or enormous body
 * is never held whole in memory. Decoded as it streams (`TextDecoder` with `stream`, so a
 * character cut between two parts is whole in the text), the page given back about every
 * `SLICE_MS`; a large text stays in the pieces it was decoded into (`FeedText`), which the sliced
 * parser reads without joining them in one long task.
 */
export async function readBody(
  response: Response,
  url: string,
  maxSize: number,
): Promise<FeedText> {
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
  const pieces: string[] = [];
  let size = 0;
  let length = 0;
  // Parts already arrived are read one after another without a pause: on a fast connection,
  // decoding tens of megabytes would otherwise be one long task.
  let sliceEnd = performance.now() + SLICE_MS;
  const pause = async () => {
    if (performance.now() > sliceEnd) {
      await yieldToPage();
      sliceEnd = performance.now() + SLICE_MS;
    }
  };
  const keep = (piece: string) => {
    if (piece === '') return;
    pieces.push(piece);
    length += piece.length;
  };
  for (;;) {
    await pause();
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxSize) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    for (let at = 0; at < value.byteLength; at += DECODED_AT_ONCE) {
      if (at > 0) await pause();
      keep(decoder.decode(value.subarray(at, at + DECODED_AT_ONCE), { stream: true }));
    }
  }
  keep(decoder.decode());
  return length <= JOINED_UP_TO ? pieces.join('') : pieces;
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
      response = await pageState(REQUESTS).fetch(url, {
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
    let text: FeedText;
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
    return readFetched(url, text, response.url || url);
  } finally {
    clearTimeout(timer);
    shared.removeEventListener('abort', cancel);
  }
}
