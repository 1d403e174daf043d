import { pagePart, pageState } from '../../data/page-state.js';
import { onLanguageLoaded } from '../../i18n/language-packs.js';

// One observer of <html lang> for every element on the page: when the page switches language,
// or the strings of a language arrive, each element re-renders in it. The elements watching are
// the page's own: a reset of the page state keeps them.
const LANGUAGE_WATCH = pagePart<{
  readonly listeners: Set<() => void>;
  observer?: MutationObserver;
  stopListeningForPacks?: () => void;
}>('language-watch', (before) => before ?? { listeners: new Set() });

export function watchDocumentLanguage(onChange: () => void): () => void {
  const watch = pageState(LANGUAGE_WATCH);
  const notify = () => watch.listeners.forEach((listener) => listener());
  watch.listeners.add(onChange);
  if (!watch.observer) {
    watch.observer = new MutationObserver(notify);
    watch.observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
    watch.stopListeningForPacks = onLanguageLoaded(notify);
  }
  return () => {
    watch.listeners.delete(onChange);
    if (watch.listeners.size === 0) {
      watch.observer?.disconnect();
      watch.observer = undefined;
      watch.stopListeningForPacks?.();
      watch.stopListeningForPacks = undefined;
    }
  };
}
