// The library's classes, types and data layer, without registering any element. Import
// `practice-widgets/define` (or a component's own `define`) to register the tags.
export { PracticeFeed } from './components/practice-feed/practice-feed.js';
export { PracticeCard, type CardLayout } from './components/practice-card/practice-card.js';
export { PracticeList, type ListSort } from './components/practice-list/practice-list.js';
export { PracticeFilters } from './components/practice-filters/practice-filters.js';
export { PracticeStats } from './components/practice-stats/practice-stats.js';
export { PracticeMap, type MapMode } from './components/practice-map/practice-map.js';
export { PracticeCatalog } from './components/practice-catalog/practice-catalog.js';
export { defineElement } from './components/shared/define-element.js';
export * from './events/index.js';
export {
  feedContext,
  type FeedLoadState,
  type SharedFeedState,
  type Theme,
} from './feed/context.js';
export { FeedLoadError, type FeedLoadErrorKind } from './feed/load-error.js';
export { parseFeed, readFeed, type LoadedFeed } from './feed/read-feed.js';
export {
  loadFeed,
  setFetch,
  DEFAULT_TIMEOUT_MS,
  type FetchFunction,
  type LoadOptions,
} from './feed/request.js';
// Starts over as a new page would (for a host page's tests; `setFetch` only sets the seam).
export { resetPageState } from './data/page-state.js';
export * from './data/types.js';
export { localize, localizeWithLang } from './data/localized-text.js';
export { validateFeed, type ValidateOptions } from './data/validate.js';
// A server rendering the elements in Spanish, Portuguese or French awaits the language's strings
// first: in a browser they arrive while the elements show their loading state.
export { loadLanguage } from './i18n/language-packs.js';
