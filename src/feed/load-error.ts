import type { FeedFormatErrorCode } from '../data/types.js';

/** The classes of load failure, each with its own message for the reader. */
export type FeedLoadErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'parse'
  | 'format'
  | 'no-source'
  /** `src` is not an address a widget may ask for (`javascript:`, `data:`, malformed). */
  | 'address'
  /** The response is larger than the element's `max-size`. */
  | 'too-large'
  /** Another script defined `<practice-feed>`, so the feed around the widget shares nothing. */
  | 'foreign-feed';

/** Why a feed could not be loaded. */
export class FeedLoadError extends Error {
  override readonly name = 'FeedLoadError';
  readonly kind: FeedLoadErrorKind;
  /** HTTP status, for `kind === 'http'`. */
  readonly status?: number;
  /** For `kind === 'format'`: which rule of the feed document failed. */
  readonly formatCode?: FeedFormatErrorCode;
  readonly url?: string;
  /**
   * For `kind === 'http'`: how long the server asked to wait (`Retry-After`), in milliseconds.
   * `Infinity` when it may have asked in a header the browser hides from this page (a 429 or
   * 503 from another origin that does not expose `Retry-After`).
   */
  readonly retryAfter?: number;

  constructor(
    kind: FeedLoadErrorKind,
    message: string,
    options: {
      status?: number;
      formatCode?: FeedFormatErrorCode;
      url?: string;
      retryAfter?: number;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.formatCode = options.formatCode;
    this.url = options.url;
    this.retryAfter = options.retryAfter;
  }

  /** Whether trying again may help (the network, the server), as opposed to a bad document. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'http';
  }
}

// The same unexpected error is wrapped once, so that its wrapper keeps one identity.
const wrapped = new WeakMap<object, FeedLoadError>();

/** Any failure of a load as a `FeedLoadError` (an unexpected one counts as a network error). */
export function asLoadError(error: unknown): FeedLoadError {
  if (error instanceof FeedLoadError) return error;
  const key = typeof error === 'object' && error !== null ? error : undefined;
  let result = key && wrapped.get(key);
  if (!result) {
    result = new FeedLoadError('network', String(error), { cause: error });
    if (key) wrapped.set(key, result);
  }
  return result;
}
