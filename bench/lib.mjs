// Shared by the benchmark scripts: statistics, the headless browser, network and CPU
// throttling through the DevTools protocol, and a local server that compresses and caches as a
// CDN would.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The 95th percentile, nearest rank: with few runs it is the slowest run. */
export const p95 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
};

export const ms = (value) => `${value.toFixed(1)} ms`;

/**
 * Lighthouse's "slow 4G" profile: 150 ms round trip, 1.6 Mbps down, 750 kbps up. The DevTools
 * protocol takes bytes per second.
 */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

export async function launchBrowser() {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

/** Applies the network profile and CPU slowdown to a page; returns its DevTools session. */
export async function throttle(page, { network, cpu = 1 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return cdp;
}

/** Bytes of the JS heap in use after a full garbage collection. */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * Serves the repository on localhost as a CDN would: compressed (brotli or gzip, as the browser
 * asks), the built library cacheable, feeds revalidated with an ETag. `routes` maps a path to
 * generated content `{ body, type }`.
 */
export function startBenchServer(rootDir, routes = new Map()) {
  return startStaticServer(rootDir, {
    routes,
    compress: true,
    etag: true,
    // The library is versioned (chunks hashed): cached. Pages and feeds: asked again each time.
    cacheControl: (path) =>
      path.startsWith('/dist/') || path.startsWith('/node_modules/')
        ? 'public, max-age=86400'
        : 'no-cache',
  });
}

/**
 * Runs in the page before its scripts (`context.addInitScript(countLayoutShifts)`): sums every
 * layout shift since navigation started, but for those after the reader's input, into
 * `window.benchShifts` (`{ cls, shifts }`).
 */
export function countLayoutShifts() {
  const state = { cls: 0, shifts: 0 };
  window.benchShifts = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      state.cls += entry.value;
      state.shifts++;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Puts a benchmark's section into bench/RESULTS.md between its markers (`<!-- name: start -->`
 * and `<!-- name: end -->`), or at the end when it has none yet.
 */
export function writeResultsSection(name, markdown, file = 'bench/RESULTS.md') {
  const start = `<!-- ${name}: start -->`;
  const end = `<!-- ${name}: end -->`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const block = `${start}\n\n${markdown}\n${end}\n`;
  const at = current.indexOf(start);
  const until = current.indexOf(end);
  const next =
    at >= 0 && until > at
      ? current.slice(0, at) + block + current.slice(until + end.length + 1)
      : `${current.trimEnd()}\n\n${block}`;
  writeFileSync(file, next);
}

/**
 * Runs in each page before its scripts, after countLayoutShifts (which sums layout shifts):
 * notes whether the feed came from the saved copy, and the time of the first frame painted with
 * `selector` somewhere in the page's (open) shadow trees.
 *
 * The page is looked at only when its DOM changes (a MutationObserver on the document and on
 * every shadow root as it is attached), once per frame at most: a check on every frame kept a
 * slowed-down phone's main thread busy, and made every figure slower than the widgets are.
 */
export function observePage(selector) {
  // The layout shifts (cls, shifts) are counted by countLayoutShifts, added before this script.
  const state = Object.assign(window.benchShifts, { useful: undefined, fromCache: undefined });
  let painted;
  // Awaited by the harness: no polling in the page while it loads.
  window.benchPainted = new Promise((resolve) => (painted = resolve));
  window.benchPage = state;
  document.addEventListener('practice-feed-load', (event) => {
    state.fromCache ??= event.detail.fromCache;
  });
  const roots = [document];
  // Rendered HTML (`practice-feed render`, marked `data-rendered`) declares its shadow roots in
  // the page: the parser attaches and fills them, unobserved. Such a page is looked through, root
  // by root, in every frame until its content is there.
  const rendered = () => document.querySelector('[data-rendered]') !== null;
  const inRoots = (root) =>
    root.querySelector(selector) !== null ||
    [...root.querySelectorAll('*')].some(
      (element) => element.shadowRoot && inRoots(element.shadowRoot),
    );
  const found = () =>
    roots.some((root) => root.querySelector(selector)) || (rendered() && inRoots(document));
  let scheduled = false;
  let done = false;
  const check = () => {
    scheduled = false;
    if (done) return;
    if (!found()) {
      if (rendered()) {
        scheduled = true;
        requestAnimationFrame(check);
      }
      return;
    }
    done = true;
    observer.disconnect();
    // A task queued from a frame callback runs once that frame is painted. At the highest
    // priority (Chromium's scheduler), so that it runs right after that paint: a plain timer
    // waited behind the tasks queued before it (the library's chunks arriving and evaluated),
    // which put the time of the first useful paint up to 0.15 s after the frame that showed it.
    const after = () => painted((state.useful = performance.now()));
    if (globalThis.scheduler?.postTask) scheduler.postTask(after, { priority: 'user-blocking' });
    else setTimeout(after);
  };
  const observer = new MutationObserver(() => {
    if (scheduled || done) return;
    scheduled = true;
    // Checked in the frame that will paint what changed.
    requestAnimationFrame(check);
  });
  observer.observe(document, { childList: true, subtree: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (init.mode === 'open' && !done) {
      roots.push(root);
      observer.observe(root, { childList: true, subtree: true });
    }
    return root;
  };
  requestAnimationFrame(check);
}
