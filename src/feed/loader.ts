import { validateFeed } from '../data/validate.js';
import {
  FeedFormatError,
  type FeedValidationResult,
  type NormalizedFeed,
  type NormalizedPractice,
} from '../data/types.js';
import { FeedLoadError } from './load-error.js';

/** A feed read and validated, ready to show. */
export interface LoadedFeed extends FeedValidationResult {
  /** True when the practices come from a saved copy. */
  readonly fromCache: boolean;
}

/** The one seam through which the library reaches the network; tests replace it. */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

const defaultFetch: FetchFunction = (url, init) => fetch(url, init);
let currentFetch: FetchFunction = defaultFetch;

/**
 * Replaces how feeds are fetched (for tests, or a host that proxies requests). Call with no
 * argument to restore the browser's `fetch`. Also forgets every shared request.
 */
export function setFetch(fetchFunction?: FetchFunction): void {
  currentFetch = fetchFunction ?? defaultFetch;
  sharedLoads.clear();
}

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface LoadOptions {
  /** Lets the caller stop waiting; the shared request goes on for other callers. */
  readonly signal?: AbortSignal;
  /** Milliseconds before the request is given up as timed out. */
  readonly timeout?: number;
  /** Ignore a request already made for this URL and fetch again (a retry). */
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

// Every skipped or repaired record is reported once per load, however many elements show it.
function reportWarnings({ warnings }: FeedValidationResult, url?: string): void {
  if (warnings.length === 0) return;
  console.warn(
    `practice-widgets: ${warnings.length} problem(s) in the feed${url ? ` ${url}` : ''}:\n` +
      warnings.map((w) => `  ${w.path}${w.id ? ` (id "${w.id}")` : ''}: ${w.reason}`).join('\n'),
  );
}

/** One request per absolute URL, shared by every element that shows that feed. */
const sharedLoads = new Map<string, Promise<LoadedFeed>>();

/**
 * Loads the feed at `url` (absolute). Elements with the same URL share one request. A failed
 * request is forgotten, so the next call (a retry) tries again.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  let shared = options.reload ? undefined : sharedLoads.get(url);
  if (!shared) {
    shared = fetchFeed(url, options.timeout ?? DEFAULT_TIMEOUT_MS);
    sharedLoads.set(url, shared);
    shared.catch(() => {
      if (sharedLoads.get(url) === shared) sharedLoads.delete(url);
    });
  }
  return options.signal ? abandonOnAbort(shared, options.signal) : shared;
}

// The caller's signal only stops this caller's wait: other elements may share the request.
function abandonOnAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function fetchFeed(url: string, timeout: number): Promise<LoadedFeed> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    let response: Response;
    try {
      response = await currentFetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
    } catch (error) {
      if (controller.signal.aborted) {
        throw new FeedLoadError('timeout', `The feed did not answer within ${timeout} ms.`, {
          url,
          cause: error,
        });
      }
      throw new FeedLoadError('network', 'The feed could not be reached.', { url, cause: error });
    }
    if (!response.ok) {
      throw new FeedLoadError('http', `The feed answered HTTP ${response.status}.`, {
        url,
        status: response.status,
      });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      const kind = controller.signal.aborted ? 'timeout' : 'network';
      throw new FeedLoadError(kind, 'The feed could not be read to the end.', {
        url,
        cause: error,
      });
    }
    return { ...parseFeed(text, response.url || url), fromCache: false };
  } finally {
    clearTimeout(timer);
  }
}
