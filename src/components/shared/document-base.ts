/**
 * The address relative feed URLs resolve against: the page's base URL in a browser, nothing on a
 * server (`@lit-labs/ssr` renders without a `document`), where only absolute links are kept.
 */
export function documentBase(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.baseURI;
}
