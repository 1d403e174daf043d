/**
 * What the CDN entry starts before anything else of the library is evaluated, for the widgets
 * already in the page: the request of each feed, the read of its saved copy, the language's
 * strings and formatters. On a slow phone evaluating the rest of the library takes a tenth of a
 * second or more; these wait on the network, the disk and the browser's locale data in the
 * meantime, and each widget joins them when it starts (one request per feed, one read per saved
 * copy, as always).
 *
 * Imported first by `cdn.ts` (imports run in order), and only there: an npm user's bundler
 * decides the order of its own modules.
 */
import { DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT_MS, feedAddress, loadFeed } from './feed/request.js';
import { loadSavedFeed } from './feed/saved-feed.js';
import { MAX_TIMER_MS, parseWholeNumber } from './components/shared/attributes.js';
import { prepareFormatters } from './i18n/format.js';
import { loadLanguage } from './i18n/language-packs.js';
import { resolveLanguage } from './i18n/languages.js';

/** The elements that read a `src` of their own. */
const WITH_SRC =
  ':is(practice-feed, practice-card, practice-list, practice-filters, practice-map, ' +
  'practice-stats, practice-catalog)[src]';

export function startEarly(root: ParentNode = document): void {
  const languages = new Set<string>();
  for (const element of root.querySelectorAll(WITH_SRC)) {
    const url = feedAddress(element.getAttribute('src')!, document.baseURI);
    // Not an address a widget asks for: the widget says so when it starts.
    if (url === undefined) continue;
    if (element.getAttribute('cache') !== 'none') loadSavedFeed(url).catch(() => undefined);
    // Read as the element reads them: a value that is not a whole positive number (a negative
    // timeout would give up at once) means the default.
    const timeout = parseWholeNumber(
      element.getAttribute('timeout'),
      DEFAULT_TIMEOUT_MS,
      1,
      MAX_TIMER_MS,
    );
    const maxSize = parseWholeNumber(
      element.getAttribute('max-size'),
      DEFAULT_MAX_SIZE,
      1,
      Number.MAX_SAFE_INTEGER,
    );
    // A failure here is forgotten: the widget asks again, and shows what went wrong.
    loadFeed(url, { timeout, maxSize }).catch(() => undefined);
    languages.add(resolveLanguage(element));
  }
  for (const lang of languages) {
    void loadLanguage(lang);
    prepareFormatters(lang);
  }
}

// A second copy of the library on the page defines nothing (the first copy's elements are
// there), so it starts nothing either: its requests would be nobody's. Outside a browser (a
// server importing the module) there is no page to start anything for.
if (typeof document !== 'undefined' && !customElements.get('practice-feed')) startEarly();
