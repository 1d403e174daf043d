/**
 * URLs from a feed: a link is rendered only for an absolute `http:` or `https:` address, so a
 * feed can never smuggle `javascript:`, `data:` or `vbscript:` into an `href` or `src`.
 */

// Every URL of a feed is resolved against the same base: parse it once, not once per URL.
let lastBase: string | undefined;
let lastParsedBase: URL | undefined;

function parseBase(base: unknown): URL | undefined {
  if (typeof base !== 'string') return undefined;
  if (base !== lastBase) {
    lastBase = base;
    try {
      lastParsedBase = new URL(base);
    } catch {
      lastParsedBase = undefined;
    }
  }
  return lastParsedBase;
}

/**
 * Returns the absolute `href` of `value` when it is an `http:`/`https:` URL, or a URL relative to
 * `base` (the feed's own address) that resolves to one; otherwise `undefined`. Relative URLs are
 * refused when no usable base is known.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    // The URL parser removes tabs and newlines before it reads the scheme, so `java\tscript:`
    // is seen as `javascript:` here and refused below, as a browser would read it.
    url = new URL(trimmed, parseBase(base));
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
