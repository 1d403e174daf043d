#!/usr/bin/env node
/**
 * `node bench/large-trace.mjs`: the main-thread tasks over 150 ms of the large-feed page
 * (bench/large.mjs: `<practice-feed>` with filters, figures and list, 50,000 practices, 4x CPU),
 * each with what ran inside it, from a trace of the browser (DevTools protocol): script, microtasks,
 * forced and frame layouts, garbage collection, and the browser's own work that no script asked
 * for (a network body handed to the page, a navigation). Where bench/large-profile.mjs names the
 * library's functions, this also shows the tasks in which no script runs.
 *
 * RUNS (default 2); BUNDLES=/a.js,/b.js compares builds, run after run in turn (default the
 * build in dist/cdn). Run `npm run build` first; the feed is written by bench/large.mjs.
 */
import { launchBrowser, startBenchServer, throttle } from './lib.mjs';
import { prepareLargePages } from './large.mjs';

const RUNS = Number(process.env.RUNS) || 2;
const BUNDLES = (process.env.BUNDLES ?? '/dist/cdn/practice-widgets.js').split(',');
const COUNT = 50_000;
const LONG_US = 150_000;
const TOP = 5;

prepareLargePages([COUNT]);
const pagePath = (i) => `/bench/large-trace-${i}.html`;
const routes = new Map(
  BUNDLES.map((bundle, i) => [
    pagePath(i),
    {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="es"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" /><title>trace</title>
<script type="module" src="${bundle}"></script></head><body>
<practice-feed src="/bench/out/large/feed-${COUNT}.json" timeout="300000" max-size="400000000">
<practice-filters></practice-filters><practice-stats></practice-stats><practice-list></practice-list>
</practice-feed></body></html>`,
    },
  ]),
);

/** The page is drawn: the list's count and the figures' charts. */
const drawn = () =>
  document.querySelector('practice-list')?.shadowRoot?.querySelector('[part~="count"], .count') &&
  document.querySelector('practice-stats')?.shadowRoot?.querySelector('[part="chart"]');

const server = await startBenchServer(process.cwd(), routes);
const browser = await launchBrowser();
for (let run = 0; run < RUNS; run += 1) {
  for (const [i, bundle] of BUNDLES.entries()) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await throttle(page, { cpu: 4 });
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'toplevel'],
    });
    await page.goto(server.url + pagePath(i));
    await page.waitForFunction(drawn, null, { timeout: 240_000, polling: 500 });
    await page.waitForTimeout(2000);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    await context.close();
    // The page's main thread: the one with the long tasks.
    const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X');
    const main = tasks.find((e) => e.dur > LONG_US);
    const onMain = events.filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X');
    const long = onMain.filter((e) => e.name === 'RunTask' && e.dur > LONG_US);
    const over200 = long.filter((task) => task.dur > 200_000).length;
    console.log(
      `\n${bundle}, run ${run + 1}: ${long.length} tasks over 150 ms, ${over200} over 200 ms`,
    );
    for (const task of long) {
      const inside = new Map();
      for (const e of onMain) {
        if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
        if (e.name === 'RunTask' || e.name.startsWith('ThreadControllerImpl')) continue;
        inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur / 1000);
      }
      const parts = [...inside]
        .sort((a, b) => b[1] - a[1])
        .slice(0, TOP)
        .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
        .join('; ');
      const at = ((task.ts - long[0].ts) / 1000).toFixed(0);
      console.log(
        `  +${at.padStart(6)} ms  ${(task.dur / 1000).toFixed(0).padStart(4)} ms  ${parts}`,
      );
    }
  }
}
await browser.close();
await server.close();
