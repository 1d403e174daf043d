// Loaded first by every end-to-end page (a classic script from the page's own origin, as its
// Content-Security-Policy allows): records what the checks read back.
window.__violations = [];
// Uncaught errors, for engines whose driver reports none (WebKit's WebDriver has no console).
window.__errors = [];
// "ResizeObserver loop completed with undelivered notifications" is left out: an observer whose
// callback changes layout (the virtual list's does, by design) causes it, and readers never see it.
window.addEventListener('error', (event) => {
  if (!/ResizeObserver loop/.test(event.message))
    window.__errors.push(`uncaught: ${event.message}`);
});
window.addEventListener('unhandledrejection', (event) =>
  window.__errors.push(`uncaught: ${event.reason?.message ?? event.reason}`),
);
window.__events = [];
window.__cls = 0;
window.__shifts = [];

// A refused script, style, image, request or Trusted Types sink, from the page or any widget.
window.addEventListener(
  'securitypolicyviolation',
  (event) =>
    window.__violations.push(
      `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} ` +
        `at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
    ),
  true,
);

for (const type of ['practice-feed-load', 'practice-feed-error']) {
  document.addEventListener(type, (event) =>
    window.__events.push({
      type,
      tag: event.target.localName,
      fromCache: event.detail.fromCache,
      count: event.detail.count,
    }),
  );
}

// Cumulative layout shift, as Chromium measures it for Core Web Vitals (the only engine with
// layout-shift entries; elsewhere the checks compare boxes).
if (PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls += entry.value;
      window.__shifts.push({
        value: entry.value,
        sources: (entry.sources ?? []).map((source) => {
          const node = source.node;
          const name = node ? `${node.localName ?? '#text'}.${node.className ?? ''}` : '?';
          return `${name} ${JSON.stringify(source.previousRect)} -> ${JSON.stringify(source.currentRect)}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
