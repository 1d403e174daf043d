// Loaded before any test module. Lit in development mode reports misuse through console.warn;
// every such warning is recorded here and fails the test that caused it (see test/helpers.ts).
// The one-time "Lit is in dev mode" notice is expected in tests and is silenced up front.
globalThis.litIssuedWarnings = new Set(['dev-mode']);
globalThis.__litWarnings = [];
const originalWarn = console.warn.bind(console);
console.warn = (...args) => {
  const text = args.map(String).join(' ');
  if (/lit\.dev\/msg|\bLit\b/.test(text)) globalThis.__litWarnings.push(text);
  originalWarn(...args);
};

// Chromium reports "ResizeObserver loop completed with undelivered notifications" when an
// observer's callback changes layout (virtual scrolling does, by design). It is not an error of
// the page, and browsers do not show it to readers.
window.addEventListener('error', (event) => {
  if (/ResizeObserver loop/.test(event.message)) event.stopImmediatePropagation();
});
