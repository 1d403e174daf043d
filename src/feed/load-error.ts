import type { FeedFormatErrorCode } from '../data/types.js';

/** The classes of load failure, each with its own message for the reader. */
export type FeedLoadErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'format' | 'no-source';

/** Why a feed could not be loaded. */
export class FeedLoadError extends Error {
  override readonly name = 'FeedLoadError';
  readonly kind: FeedLoadErrorKind;
  /** HTTP status, for `kind === 'http'`. */
  readonly status?: number;
  /** For `kind === 'format'`: which rule of the feed document failed. */
  readonly formatCode?: FeedFormatErrorCode;
  readonly url?: string;

  constructor(
    kind: FeedLoadErrorKind,
    message: string,
    options: {
      status?: number;
      formatCode?: FeedFormatErrorCode;
      url?: string;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.formatCode = options.formatCode;
    this.url = options.url;
  }

  /** Whether trying again may help (the network, the server), as opposed to a bad document. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'http';
  }
}
