/*
 * The address of a practice's own page, from the template a publisher gives (`practice-url`):
 * `{id}` stands for the practice's id, percent-encoded. DOM-free, so that the elements and a
 * server rendering them read the template alike.
 */

/**
 * `value`, trimmed, when it is a usable template: it names `{id}`, holds no markup, quotes or
 * control characters, and is an http(s) address or one relative to the page (`/es/{id}/`,
 * `{id}/`, `//host/{id}`). Anything else (`javascript:{id}`, `data:…`, `{id}:x`, whose scheme
 * would be the id's) gives `undefined`: the practices then link to no page.
 */
export function readPracticeUrl(value: unknown): string | undefined {
  const template = typeof value === 'string' ? value.trim() : '';
  // A scheme is what comes before the first `:` that no `/`, `?` or `#` precedes.
  const scheme = /^[^:/?#]*:/.exec(template)?.[0];
  return template.includes('{id}') &&
    // eslint-disable-next-line no-control-regex
    !/[<>"'`\u0000-\u001f\u007f]/.test(template) &&
    (!scheme || /^https?:$/i.test(scheme))
    ? template
    : undefined;
}

/** The page of the practice `id`: the template with `{id}` percent-encoded in its place. */
export const practicePageUrl = (template: string, id: string): string =>
  template.replaceAll('{id}', encodeURIComponent(id));
