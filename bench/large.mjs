#!/usr/bin/env node
/*
 * `npm run bench:large`: a page with <practice-feed> holding <practice-filters>,
 * <practice-stats> and <practice-list> over 50,000 and 100,000 practices (38 MB and 76 MB of
 * feed), at 1x and 4x CPU, in headless Chromium with the built CDN bundle (run `npm run build`
 * first). It reports:
 *
 * - the longest main-thread task from navigation until the list shows its loaded view (its
 *   count and rows) (`longtask` entries of a PerformanceObserver started before the page's own script),
 *   and how many tasks before it are over 200 ms;
 * - keystroke to paint for typing a few letters in the filters' search box: from the key event's
 *   time stamp to the next painted frame (a `requestAnimationFrame` after the key event, then a
 *   `setTimeout(0)` after that frame), with real key presses through the DevTools protocol.
 *
 * The feeds are generated once, written to bench/out/large/ and served as static files, so that
 * the page spends its time on the feed and not on making it. Target: no task over 200 ms and
 * keystroke to paint under 100 ms at 4x CPU with 50,000 practices.
 *
 * RUNS (default 1) sets the repetitions; medians are reported. COUNTS (default 50000,100000)
 * and RATES (default 1,4) narrow the run. `bench/run.mjs` runs it as its `large` part.
 */
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateFeed } from './feed-generator.js';
import { median, ms, throttle, writeResultsSection } from './lib.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

export const LARGE_COUNTS = (process.env.COUNTS ?? '50000,100000').split(',').map(Number);
export const LARGE_RATES = (process.env.RATES ?? '1,4').split(',').map(Number);
/** Letters typed into the search box, one key press each. */
const TYPED = 'robo';
const OUT_DIR = 'bench/out/large';
/** The library the page loads: BUNDLE=/some/other/build.js compares two builds. */
const BUNDLE = process.env.BUNDLE ?? '/dist/cdn/practice-widgets.js';
/** Bytes per feed, well above the largest generated one (about 76 MB for 100,000). */
const MAX_SIZE = 400_000_000;
/** Milliseconds per request: a 76 MB feed at 4x CPU takes far longer than the 10 s default. */
const FEED_TIMEOUT = 300_000;
/** The longest a whole page load may take before the run is given up, in milliseconds. */
const LOAD_LIMIT = 240_000;

/** A large heap: the 100,000-practice page holds the feed's text, its parsed form and indexes. */
const LARGE_ARGS = [...CHROMIUM_ARGS, '--js-flags=--max-old-space-size=4096'];

/** Writes each feed and its page once; a later run reuses the files. */
export function prepareLargePages(counts = LARGE_COUNTS) {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const count of counts) {
    const feedFile = `${OUT_DIR}/feed-${count}.json`;
    if (!existsSync(feedFile)) writeFileSync(feedFile, JSON.stringify(generateFeed(count)));
    writeFileSync(
      `${OUT_DIR}/page-${count}.html`,
      `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${count} practices</title>
    <script type="module" src="${BUNDLE}"></script>
  </head>
  <body>
    <practice-feed src="/${OUT_DIR}/feed-${count}.json" timeout="${FEED_TIMEOUT}" max-size="${MAX_SIZE}">
      <practice-filters></practice-filters>
      <practice-stats></practice-stats>
      <practice-list></practice-list>
    </practice-feed>
  </body>
</html>
`,
    );
  }
}

/** Runs in the page before its own script: records long tasks and key-to-paint times. */
function observeInPage() {
  window.largeBench = { longTasks: [], keyToPaint: [], firstRowsAt: undefined };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.largeBench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  // The search box is in a shadow root; key events are composed and reach the document.
  document.addEventListener(
    'keydown',
    (event) => {
      const pressed = event.timeStamp;
      requestAnimationFrame(() =>
        setTimeout(() => window.largeBench.keyToPaint.push(performance.now() - pressed), 0),
      );
    },
    true,
  );
  // The first rows: checked on each frame until the list shows its loaded view (its count and
  // its rows' container; below the filters and charts, its rows are drawn as they scroll in).
  const watch = () => {
    const list = document.querySelector('practice-list');
    if (list?.shadowRoot?.querySelector('[part="items"]')) {
      window.largeBench.firstRowsAt = performance.now();
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

const searchBox = () =>
  document.querySelector('practice-filters')?.shadowRoot?.querySelector('input[type="search"]');

/** One load and a few keystrokes of one page at one CPU rate. */
async function measureOnce(browser, url, cpu) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(LOAD_LIMIT);
    await context.addInitScript(observeInPage);
    const cdp = await throttle(page, { cpu });
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_LIMIT });
    await page.waitForFunction(() => window.largeBench?.firstRowsAt !== undefined, null, {
      timeout: LOAD_LIMIT,
      polling: 250,
    });
    const load = await page.evaluate(() => {
      const { longTasks, firstRowsAt } = window.largeBench;
      const before = longTasks.filter((task) => task.start < firstRowsAt);
      return {
        firstRowsAt,
        longestTask: Math.max(0, ...before.map((task) => task.duration)),
        longTasks: before.length,
        // How many tasks before them break the target (200 ms): the longest alone does not say
        // whether the rest of the load is within it.
        over200: before.filter((task) => task.duration > 200).length,
      };
    });
    // A reader types once the page is shown and quiet: wait for work queued after the first
    // rows (the search index, the stats) to finish, as a reader would need to see the box.
    await page.waitForFunction(searchBox, null, { timeout: LOAD_LIMIT, polling: 250 });
    await page.evaluate(
      () => new Promise((done) => requestIdleCallback(() => done(), { timeout: 60_000 })),
    );
    await page.evaluate(() =>
      document
        .querySelector('practice-filters')
        .shadowRoot.querySelector('input[type="search"]')
        .focus(),
    );
    // What the page does once the list shows, before it is quiet (preparing the search text
    // among it): a reader typing then waits for it.
    const settle = await page.evaluate((shownAt) => {
      const { longTasks } = window.largeBench;
      return {
        settleTask: Math.max(
          0,
          ...longTasks.filter((task) => task.start >= shownAt).map((task) => task.duration),
        ),
        tasksBeforeTyping: longTasks.length,
      };
    }, load.firstRowsAt);
    const { tasksBeforeTyping } = settle;
    for (let i = 0; i < TYPED.length; i++) {
      await page.keyboard.press(TYPED[i]);
      await page.waitForFunction((n) => window.largeBench.keyToPaint.length > n, i, {
        timeout: 60_000,
      });
      // A pause between letters, as a reader types, so that the presses are measured apart.
      await page.waitForTimeout(300);
    }
    const typing = await page.evaluate((from) => {
      const { longTasks, keyToPaint } = window.largeBench;
      return {
        keyToPaint,
        typingTask: Math.max(0, ...longTasks.slice(from).map((task) => task.duration)),
      };
    }, tasksBeforeTyping);
    await cdp.detach();
    return { ...load, settleTask: settle.settleTask, ...typing };
  } finally {
    await context.close();
  }
}

/**
 * Every count at every CPU rate, `runs` times each. `log` reports each figure as it comes.
 * Returns `{ [count]: { [rate]: { firstRows, longestTask, settleTask, keystroke, keystrokeMax, typingTask } } }`.
 */
export async function measureLarge({ runs = 1, log = console.log, serverUrl } = {}) {
  prepareLargePages();
  const server = serverUrl ? undefined : await startStaticServer('.');
  const base = serverUrl ?? server.url;
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: LARGE_ARGS,
  });
  const results = {};
  try {
    for (const count of LARGE_COUNTS) {
      results[count] = {};
      for (const rate of LARGE_RATES) {
        const samples = [];
        for (let run = 0; run < runs; run++) {
          samples.push(await measureOnce(browser, `${base}/${OUT_DIR}/page-${count}.html`, rate));
        }
        const row = {
          firstRows: median(samples.map((s) => s.firstRowsAt)),
          longestTask: median(samples.map((s) => s.longestTask)),
          over200: median(samples.map((s) => s.over200)),
          keystroke: median(samples.flatMap((s) => s.keyToPaint)),
          keystrokeMax: Math.max(...samples.flatMap((s) => s.keyToPaint)),
          settleTask: median(samples.map((s) => s.settleTask)),
          typingTask: median(samples.map((s) => s.typingTask)),
          runs,
        };
        results[count][rate] = row;
        log(
          `${count} practices, ${rate}x CPU: first rows at ${ms(row.firstRows)}, longest task` +
            ` before them ${ms(row.longestTask)} (${row.over200} over 200 ms), after them until idle ${ms(row.settleTask)}; keystroke to paint median ${ms(row.keystroke)}` +
            ` (slowest ${ms(row.keystrokeMax)}, longest task while typing ${ms(row.typingTask)})`,
        );
      }
    }
  } finally {
    await browser.close();
    await server?.close();
  }
  return results;
}

/** The section of bench/RESULTS.md, from `measureLarge`'s results. */
export function largeSection(results, { when = new Date(), load } = {}) {
  const pass = (ok) => (ok ? 'pass' : '**fail**');
  const rows = [];
  for (const [count, byRate] of Object.entries(results)) {
    for (const [rate, r] of Object.entries(byRate)) {
      rows.push(
        `| ${Number(count).toLocaleString('en')} | ${rate}x | ${ms(r.firstRows)} | ${ms(r.longestTask)} | ${r.over200 ?? '–'} | ${ms(r.settleTask)} | ${ms(r.keystroke)} (slowest ${ms(r.keystrokeMax)}) | ${ms(r.typingTask)} | ${r.runs} |`,
      );
    }
  }
  const target = results[50000]?.[4];
  const targetLines = target
    ? [
        '',
        `Target at 50,000 practices, 4x CPU: no task over 200 ms (${ms(target.longestTask)}:` +
          ` ${pass(target.longestTask <= 200)}); keystroke to paint under 100 ms` +
          ` (${ms(target.keystroke)}: ${pass(target.keystroke < 100)}).`,
      ]
    : [];
  return [
    '## Large feeds: 50,000 and 100,000 practices',
    '',
    `Measured ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:large\`` +
      ` on a shared, loaded machine${load === undefined ? '' : ` (load average ${load.toFixed(2)} at the start)`}:` +
      ' the figures vary from run to run. One page with `<practice-feed>` (raised `timeout` and' +
      ' `max-size`) holding `<practice-filters>`, `<practice-stats>` and `<practice-list>`, the' +
      ' feed a static file on localhost (about 38 MB at 50,000, 76 MB at 100,000). "Longest task"' +
      ` is the longest main-thread task from navigation to the list's first rows; keystroke to` +
      ` paint is from each key press (the letters "${TYPED}" typed in the search box) to the next` +
      ' painted frame. Medians.',
    '',
    '| Practices | CPU | First rows | Longest task before them | Tasks over 200 ms before them | Longest task after them, until idle | Keystroke to paint | Longest task while typing | Runs |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    ...targetLines,
    '',
  ].join('\n');
}

/** Puts the section into bench/RESULTS.md between its markers, or at the end. */
export const writeLargeSection = (markdown, file) =>
  writeResultsSection('large feeds', markdown, file);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync('dist/cdn/practice-widgets.js')) {
    console.error('Run `npm run build` first.');
    process.exit(1);
  }
  const { loadavg } = await import('node:os');
  const load = loadavg()[0];
  const runs = Number(process.env.RUNS) || 1;
  const started = Date.now();
  const results = await measureLarge({
    runs,
    log: (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`),
  });
  const markdown = largeSection(results, { load });
  // Only a full run of the library as built writes the results.
  const full =
    LARGE_COUNTS.includes(50000) && LARGE_COUNTS.includes(100000) && LARGE_RATES.includes(4);
  if (full && !process.env.BUNDLE) writeLargeSection(markdown);
  console.log(`\n${markdown}`);
}
