// One observer of <html lang> for every element on the page: when the page switches language,
// each element re-renders in it.
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function watchDocumentLanguage(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((listener) => listener()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
