import { onLanguageLoaded } from '../../i18n/language-packs.js';

// One observer of <html lang> for every element on the page: when the page switches language,
// or the strings of a language arrive, each element re-renders in it.
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;
let stopListeningForPacks: (() => void) | undefined;
const notify = () => listeners.forEach((listener) => listener());

export function watchDocumentLanguage(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    stopListeningForPacks = onLanguageLoaded(notify);
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
      stopListeningForPacks?.();
      stopListeningForPacks = undefined;
    }
  };
}
