import { toInlineSafeJson } from '../data/export.js';
import { escapeAttribute, escapeText } from '../data/html-escape.js';
import { safeUrl } from '../data/urls.js';

/*
 * Writing HTML as text, for the site generator. Every value from a feed goes through `text` or
 * `attribute`: feed text is always text on a generated page too.
 */

/** A value as element content (the data layer's escaping, shared with the configurator). */
export const text = escapeText;

/** A value as a quoted attribute value. */
export const attribute = escapeAttribute;

/**
 * Structured data as a JSON-LD script element. `toInlineSafeJson` escapes `<`, `>` and `&`, so
 * no text in it can close the script element.
 */
export const jsonLd = (data: unknown): string =>
  `<script type="application/ld+json">${toInlineSafeJson(data)}</script>`;

/**
 * Only http(s) addresses are written into a page; anything else is left out. The feed's values
 * are already absolute (the validator resolved them), so this is the validator's own check.
 */
export const httpUrl = (value: string | undefined): string | undefined => safeUrl(value);
