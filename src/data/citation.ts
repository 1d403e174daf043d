/*
 * The citation line offered beside the downloads, so that a reader who takes the data away can
 * say where it came from.
 */

export interface CitationParts {
  /** Publisher's name, or undefined. */
  readonly publisher?: string;
  /** Catalogue title in the reader's language. */
  readonly title?: string;
  /** Data date, already formatted for the reader. */
  readonly updated?: string;
  /** Access date, already formatted for the reader. */
  readonly accessed: string;
  /** Where the data was read from. */
  readonly url?: string;
}

/**
 * A citation line: "Publisher. Title. Data of <date>. Accessed <date>. <url>". The words come
 * from the caller's language table (`templates`), so the line reads naturally in each language.
 */
export function citation(
  parts: CitationParts,
  templates: { updated: string; accessed: string },
): string {
  const fill = (template: string, date: string) => template.replace('{date}', date);
  return (
    [
      parts.publisher,
      parts.title,
      parts.updated ? fill(templates.updated, parts.updated) : undefined,
      fill(templates.accessed, parts.accessed),
      parts.url,
    ]
      .filter((part): part is string => !!part)
      // A part may end with the closing mark of a bidirectional isolate (U+2069) after its stop.
      .map((part) => (/[.!?]\u2069?$/.test(part) || part === parts.url ? part : `${part}.`))
      .join(' ')
  );
}
