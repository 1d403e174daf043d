/*
 * The address of a practice's own page, from the template a publisher gives (`practice-url`):
 * `{id}` stands for the practice's id, percent-encoded. DOM-free, so that the elements and a
 * server rendering them read the template alike.
 */

/** What the template writes in place of the practice's id. */
export const PRACTICE_ID_FIELD = '{id}';

/**
 * `value`, trimmed, when it is a usable template: it names `{id}`, holds no markup or control
 * characters, and is an http(s) address or one relative to the page (`/es/{id}/`, `{id}/`,
 * `//host/{id}`). Anything else (`javascript:{id}`, `data:…`, `"><script>`) gives `undefined`:
 * the practices then link to no page.
 */
export function readPracticeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const template = value.trim();
  // Markup, quotes and control characters have no place in an address a publisher writes.
  // eslint-disable-next-line no-control-regex
  if (!template.includes(PRACTICE_ID_FIELD) || /[<>"'`\u0000-\u001f\u007f]/.test(template)) {
    return undefined;
  }
  // The scheme must be the template's own: an id never becomes part of one (`{id}:x`).
  const head = /^[^:/?#]*:/.exec(template)?.[0];
  if (head?.includes(PRACTICE_ID_FIELD)) return undefined;
  let url: URL;
  try {
    // Any base will do: only the scheme that the template itself gives is looked at.
    url = new URL(practicePageUrl(template, 'id'), 'https://practice-url.invalid/');
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? template : undefined;
}

/** The page of the practice `id`: the template with `{id}` percent-encoded in its place. */
export const practicePageUrl = (template: string, id: string): string =>
  template.replaceAll(PRACTICE_ID_FIELD, encodeURIComponent(id));
