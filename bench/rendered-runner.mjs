/**
 * What the benchmarks of rendered HTML share (bench/rendered.mjs, the list; bench/rendered-map.mjs,
 * the map): a feed of 179 practices, one element of it rendered by `practice-feed render`, three
 * pages (the floor, with one paragraph and no script; the rendered element; the element drawn by
 * script only), each loaded RUNS times in turn (default 5) on Lighthouse's slow-4G profile with a
 * 4x CPU slowdown, cold, and the medians of what was read: first contentful paint and layout
 * shift from navigation, and what each benchmark reads besides.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateFeed } from './feed-generator.js';
import {
  countLayoutShifts,
  launchBrowser,
  median,
  SLOW_4G,
  startBenchServer,
  throttle,
} from './lib.mjs';

const RUNS = Number(process.env.RUNS) || 5;
/** Where the pages find the feed. */
export const FEED = '/bench/data/feed-179.json';
const feedText = JSON.stringify(generateFeed(179));

/** `practice-feed render` of the feed with `args` (`--element …` and the rest), its feed at `FEED`. */
export function render(args) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-rendered-'));
  try {
    writeFileSync(join(scratch, 'feed.json'), feedText);
    return execFileSync(
      process.execPath,
      ['bin/practice-feed.mjs', 'render', join(scratch, 'feed.json'), ...args, '--src', FEED],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 },
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** A Spanish page holding `body`, with the library (and its page stylesheet) or none. */
export const page = (body, { script = true, stylesheet = false } = {}) => `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>bench</title>
    ${stylesheet ? '<link rel="stylesheet" href="/dist/cdn/practice-widgets.css" />' : ''}
    ${script ? '<script type="module" src="/dist/cdn/practice-widgets.js"></script>' : ''}
  </head>
  <body>
    ${body}
  </body>
</html>
`;

/** The floor: one paragraph and no script. */
export const FLOOR = page('<p>Buenas prácticas en educación digital</p>', { script: false });

/**
 * Loads `pages` (`{ floor, rendered, script }`: the HTML of each) RUNS times in turn in a phone's
 * window (`device`: viewport and scale), with `timer` run in each page before its scripts, and
 * `read(tab)` after the load for all but the floor. Returns `pick(page, key)`, the median of a
 * key over the runs (`fcp`, `cls`, and the keys `read` returns), and a line saying how the runs
 * went.
 */
export async function measurePages({ pages, device, timer, read }) {
  const routes = new Map([
    [FEED, { body: feedText, type: 'application/json; charset=utf-8' }],
    ...Object.entries(pages).map(([name, body]) => [
      `/bench/rendered/${name}.html`,
      { body, type: 'text/html; charset=utf-8' },
    ]),
  ]);
  const server = await startBenchServer('.', routes);
  const browser = await launchBrowser();
  const load = loadavg()[0];
  const rows = {};
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const name of Object.keys(pages)) {
        const context = await browser.newContext({ ...device, isMobile: true });
        try {
          await context.addInitScript(countLayoutShifts);
          await context.addInitScript(timer);
          const tab = await context.newPage();
          await throttle(tab, { network: SLOW_4G, cpu: 4 });
          await tab.goto(`${server.url}/bench/rendered/${name}.html`, { waitUntil: 'load' });
          const read_ = name === 'floor' ? {} : await read(tab);
          await tab.waitForTimeout(1500);
          const fcp = await tab.evaluate(
            () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          );
          const cls = await tab.evaluate(() => window.benchShifts.cls);
          (rows[name] ??= []).push({ fcp, cls, ...read_ });
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const pick = (name, key) =>
    median(rows[name].map((row) => row[key]).filter((value) => value !== undefined));
  const conditions = `slow 4G, 4x CPU, cold, ${RUNS} runs (medians); load average ${load.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`;
  return { pick, conditions };
}
