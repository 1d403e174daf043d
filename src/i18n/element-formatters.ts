import type { FormatterKind } from './format.js';

/**
 * The formatters each element draws with, so that they are built while its feed is on its way
 * (`prepareFormatters`): by the CDN entry's head start, for the widgets already in the page, and
 * by each widget while it waits. A container needs what its children need.
 */
const CARD: readonly FormatterKind[] = ['region', 'list', 'number', 'plural'];
const FILTERS: readonly FormatterKind[] = ['region', 'number', 'plural', 'collator'];
const LIST: readonly FormatterKind[] = ['region', 'list', 'number', 'plural', 'collator'];
const FIGURES: readonly FormatterKind[] = ['region', 'number', 'plural', 'collator'];

const BY_ELEMENT: Readonly<Record<string, readonly FormatterKind[]>> = {
  'practice-card': CARD,
  'practice-filters': FILTERS,
  'practice-list': LIST,
  'practice-stats': FIGURES,
  'practice-map': FIGURES,
  'practice-catalog': LIST,
  // It draws only its own load error; its widgets need their own.
  'practice-feed': [],
};

/** The formatters the element `tag` draws with; every kind for a tag not listed. */
export function formattersOf(tag: string): readonly FormatterKind[] {
  return BY_ELEMENT[tag] ?? LIST;
}
