/*
 * Writing text into HTML, for everything that writes HTML as text rather than through Lit's
 * templates: the configurator's snippets and the static site's pages. DOM-free.
 *
 * One set of escapes serves both places a value goes: `&`, `<` and `>` (so that no text opens a
 * tag, closes a `<script>` or reads as a character reference) and both quotes (so that no value
 * ends the attribute it is written in, whichever quote the attribute uses).
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** A value as HTML element content: it reads as the same text, and is never markup. */
export const escapeText = (value: string): string =>
  value.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

/** A value inside a quoted HTML attribute (`"…"` or `'…'`): the same escapes. */
export const escapeAttribute = escapeText;
