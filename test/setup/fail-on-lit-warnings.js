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
