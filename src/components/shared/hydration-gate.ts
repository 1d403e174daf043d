import { holdDefinitions } from './define-element.js';

/*
 * Rendered HTML (`practice-feed render`, the site's pages) puts the library's elements in the
 * page with their content as declarative shadow DOM. The elements take it over (hydrate) when
 * they are defined, which needs Lit's hydration support installed before their first update.
 * It is a chunk of its own, loaded only when the page has such an element: a page without
 * rendered HTML pays a query and nothing else. Imported first by `define.ts`, so that the hold
 * is in place before any element registers.
 */

/** Whether `root` holds an element of the library with a shadow root (rendered HTML). */
export const hasRenderedElement = (root: ParentNode): boolean =>
  [
    ...root.querySelectorAll(
      'practice-feed,practice-card,practice-list,practice-filters,practice-map,practice-stats,practice-catalog',
    ),
  ].some((element) => element.shadowRoot);

if (
  typeof document !== 'undefined' &&
  'querySelectorAll' in document &&
  hasRenderedElement(document)
) {
  holdDefinitions(import('./hydrate-support.js').then((support) => support.installHydration()));
}
