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
 * An absolute http(s) URL that the URL parser would print unchanged, except for the root path it
 * adds after a bare host: lower-case scheme and host (no `xn--` label, whose punycode the parser
 * checks; a last label starting with a letter, so never an IPv4 address), no user or port, and
 * only characters that no part of the URL percent-encodes, with no path segment starting with a
 * dot (no `.` or `..` to resolve). The group is all that follows the host.
 *
 * Node's URL class is slow until warmed up and a feed holds thousands of URLs; this shortcut
 * keeps validation fast. Anything else goes through the parser.
 */
const PLAIN_HTTP_URL =
  /^https?:\/\/(?:(?:(?!xn--)[a-z0-9-]+\.)+(?!xn--)[a-z][a-z0-9-]*)((?:\/(?!\.)[A-Za-z0-9\-._~!$&()*+,;=:@]*)*(?:\?[A-Za-z0-9\-._~!$&()*+,;=:@/?]*)?(?:#[A-Za-z0-9\-._~!$&()*+,;=:@/?]*)?)$/;

/**
 * Returns the absolute `href` of `value` when it is an `http:`/`https:` URL, or a URL relative to
 * `base` (the feed's own address) that resolves to one; otherwise `undefined`. Relative URLs are
 * refused when no usable base is known.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const plain = PLAIN_HTTP_URL.exec(trimmed);
  if (plain) {
    const rest = plain[1]!;
    return rest.startsWith('/')
      ? trimmed
      : trimmed.slice(0, trimmed.length - rest.length) + '/' + rest;
  }
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
