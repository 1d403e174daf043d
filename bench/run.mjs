#!/usr/bin/env node
/*
 * `npm run bench`: everything a partner compares us with, measured on one machine in one run,
 * and written to bench/RESULTS.md. Run `npm run build` first.
 *
 * - Bundle sizes (gzip, brotli): the CDN entry and each lazy chunk, against Leaflet (with
 *   leaflet.markercluster) and Chart.js, installed as development dependencies for this only.
 * - First useful paint and cumulative layout shift of a page per element, on Lighthouse's slow-4G
 *   profile with a 4x CPU slowdown: with a cold cache, and with the feed saved on the device
 *   (a second visit: the saved copy in IndexedDB, the library in the HTTP cache).
 * - At 179, 1,000 and 10,000 practices, 1x CPU: list first render, search keystroke to paint,
 *   stats first render and recompute after a filter, map render and update after a filter, JS
 *   heap after load.
 * - Side by side on the same data: our map against Leaflet with clustering (no tiles), our
 *   stats against Chart.js horizontal bars of the same facets.
 *
 * - At 50,000 and 100,000 practices, 1x and 4x CPU (bench/large.mjs): the longest main-thread
 *   task until the list shows, and keystroke to paint in the search box.
 * - Interaction to Next Paint on <practice-catalog> with 179 and 10,000 practices, 4x and 1x CPU
 *   (bench/inp.mjs): each kind of interaction a reader has, driven by real input.
 *
 * RUNS (default 5) sets the repetitions; medians and p95 of them are reported. LARGE_RUNS
 * (default 1) sets them for the large feeds, whose page loads take tens of seconds each.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { generateFeed } from './feed-generator.js';
import {
  countLayoutShifts,
  heapAfterGc,
  launchBrowser,
  median,
  ms,
  p95,
  SLOW_4G,
  observePage,
  startBenchServer,
  throttle,
} from './lib.mjs';
import { largeSection, measureLarge, writeLargeSection } from './large.mjs';
import { inpSection, measureInp, writeInpSection } from './inp.mjs';
import { render } from './rendered-runner.mjs';

if (!existsSync('dist/cdn/practice-widgets.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}
for (const file of [
  'node_modules/leaflet/dist/leaflet.js',
  'node_modules/chart.js/dist/chart.umd.min.js',
]) {
  if (!existsSync(file)) {
    console.error(`Missing ${file}: run \`npm install\` (the comparison uses dev dependencies).`);
    process.exit(1);
  }
}

const RUNS = Number(process.env.RUNS) || 5;
/** The side-by-side renders are short: more of them, for steadier medians. */
const SIDE_RUNS = Math.max(RUNS, 31);
const COUNTS = [179, 1000, 10000];
const KiB = 1024;
const MiB = 1024 * 1024;
const started = Date.now();
// Other work on the machine slows every figure: the load average goes into the results.
const loadAtStart = loadavg()[0];
const log = (...args) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s]`, ...args);
const summary = (values) => ({ median: median(values), p95: p95(values), runs: values.length });

// ---------------------------------------------------------------------------------------------
// Bundle sizes

function sizeOf(path) {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
const total = (rows) =>
  rows.reduce(
    (sum, row) => ({
      raw: sum.raw + row.raw,
      gzip: sum.gzip + row.gzip,
      brotli: sum.brotli + row.brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );

const ours = [
  { name: 'practice-widgets.js (entry)', ...sizeOf('dist/cdn/practice-widgets.js') },
  ...readdirSync('dist/cdn/chunks')
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => ({ name: `chunks/${file} (lazy)`, ...sizeOf(join('dist/cdn/chunks', file)) })),
];
// The overview's outlines load with a map; the detailed ones when the reader zooms in.
const geometry = ours.find((row) => row.name.startsWith('chunks/map-geometry.generated-'));
const detail = ours.find((row) => row.name.startsWith('chunks/map-geometry-detail.generated-'));
const mapFrame = ours.find((row) => row.name.startsWith('chunks/map-frame-'));
const entry = ours[0];
const leaflet = [
  { name: 'leaflet.js', ...sizeOf('node_modules/leaflet/dist/leaflet.js') },
  { name: 'leaflet.css', ...sizeOf('node_modules/leaflet/dist/leaflet.css') },
];
const markercluster = [
  {
    name: 'leaflet.markercluster.js',
    ...sizeOf('node_modules/leaflet.markercluster/dist/leaflet.markercluster.js'),
  },
  {
    name: 'MarkerCluster.css + MarkerCluster.Default.css',
    ...total([
      sizeOf('node_modules/leaflet.markercluster/dist/MarkerCluster.css'),
      sizeOf('node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css'),
    ]),
  },
];
const chartjs = [
  { name: 'chart.umd.min.js', ...sizeOf('node_modules/chart.js/dist/chart.umd.min.js') },
];
/**
 * What a page with only the map loads: <practice-map> bundled alone from the npm build (Lit
 * included; its templates are not minified there, so this overstates it a little), with esbuild
 * when it is installed (it comes with the dev server).
 */
async function mapAlone() {
  try {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: ['dist/npm/components/practice-map/define.js'],
      bundle: true,
      minify: true,
      format: 'esm',
      splitting: true,
      conditions: ['production'],
      outdir: 'out',
      write: false,
    });
    // Other languages and the detailed outlines (loaded on zoom) are not part of a map's load.
    const files = result.outputFiles.filter(
      (file) => !/\/((es|pt|fr)-|map-geometry-detail)[^/]*\.js$/.test(file.path),
    );
    return files.reduce(
      (sum, file) => ({
        raw: sum.raw + file.contents.length,
        gzip: sum.gzip + gzipSync(file.contents, { level: 9 }).length,
        brotli:
          sum.brotli +
          brotliCompressSync(file.contents, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
          }).length,
      }),
      { raw: 0, gzip: 0, brotli: 0 },
    );
  } catch {
    return undefined;
  }
}
const sizes = {
  mapAlone: await mapAlone(),
  ours,
  entryAndGeometry: total([entry, geometry]),
  // What a page with a map downloads before the reader zooms: the entry, the map's drawing code
  // and the overview's outlines.
  mapPage: total([entry, mapFrame, geometry]),
  leaflet: total(leaflet),
  leafletAll: total([...leaflet, ...markercluster]),
  chartjs: total(chartjs),
};
log(
  `sizes: entry + geometry ${(sizes.entryAndGeometry.gzip / KiB).toFixed(1)} KiB gzip,` +
    ` Leaflet JS + CSS ${(sizes.leaflet.gzip / KiB).toFixed(1)} KiB gzip`,
);

// ---------------------------------------------------------------------------------------------
// Pages served by the harness

const FEED_179 = '/bench/data/feed-179.json';
const routes = new Map();
for (const count of COUNTS) {
  routes.set(`/bench/data/feed-${count}.json`, {
    body: JSON.stringify(generateFeed(count)),
    type: 'application/json; charset=utf-8',
  });
}
// What "useful" means for each element's page: the first real content, never a skeleton. The
// filters' own is their count of practices (their facets' choices open on demand).
const ANY_CONTENT = '[part="chart"], svg.map .country, article.card';
const ELEMENTS = {
  'practice-feed': {
    body: `<practice-feed src="${FEED_179}"><practice-filters></practice-filters><practice-list></practice-list></practice-feed>`,
    useful: ANY_CONTENT,
  },
  'practice-card': {
    body: `<practice-card src="${FEED_179}" practice-id="practice-3"></practice-card>`,
    useful: 'article.card',
  },
  'practice-list': {
    body: `<practice-list src="${FEED_179}"></practice-list>`,
    useful: 'article.card',
  },
  'practice-filters': {
    body: `<practice-filters src="${FEED_179}"></practice-filters>`,
    useful: '[part="count"]',
  },
  'practice-map': {
    body: `<practice-map src="${FEED_179}"></practice-map>`,
    useful: 'svg.map .country',
  },
  'practice-stats': {
    body: `<practice-stats src="${FEED_179}"></practice-stats>`,
    useful: '[part="chart"]',
  },
  'practice-catalog': {
    body: `<practice-catalog src="${FEED_179}"></practice-catalog>`,
    useful: ANY_CONTENT,
  },
};
const page = (title, body) => `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <script type="module" src="/dist/cdn/practice-widgets.js"></script>
  </head>
  <body>
    ${body}
  </body>
</html>
`;
for (const [tag, { body }] of Object.entries(ELEMENTS)) {
  routes.set(`/bench/paint/${tag}.html`, {
    body: page(tag, body),
    type: 'text/html; charset=utf-8',
  });
}
// The floor: what the browser itself needs to show anything at all under the same throttling, a
// page with one paragraph and no script.
const FLOOR = { path: '/bench/paint/floor.html', useful: 'p' };
routes.set(FLOOR.path, {
  body: page('floor', '<p>Buenas prácticas en educación digital</p>').replace(
    /\s*<script[^>]*><\/script>/,
    '',
  ),
  type: 'text/html; charset=utf-8',
});
// Three floors more, which bound the script-only paths from below: the same paragraph and a
// module that only writes one line, a date, as text; then through `Intl` (what any page that
// shows a date, a number or a country's name in the reader's language pays: the browser loads its
// locale data with the first formatter); then that module carrying the entry's own bytes as a
// string (the entry's download and parse, with none of its code run). No feed, no library.
const writeLine = (text) => `const line = document.createElement('p');
line.className = 'dated';
line.textContent = ${text};
document.body.append(line);
`;
const DATED_LINE = writeLine(
  "new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 28))",
);
const BOUNDS = {
  module: {
    label: 'the floor and the same date written as text by a module',
    module: writeLine("'28 de noviembre de 2026'"),
  },
  intl: {
    label: 'the floor and one `Intl` date written by a module (no library)',
    module: DATED_LINE,
  },
  entry: {
    label: "the same module carrying the entry's bytes, unrun",
    module: `export const entry = ${JSON.stringify(
      readFileSync('dist/cdn/practice-widgets.js', 'utf8'),
    )};\n${DATED_LINE}`,
  },
};
for (const [name, { module }] of Object.entries(BOUNDS)) {
  routes.set(`/bench/paint/bound-${name}.js`, {
    body: module,
    type: 'text/javascript; charset=utf-8',
  });
  routes.set(`/bench/paint/bound-${name}.html`, {
    body: page('floor', '<p>Buenas prácticas en educación digital</p>').replace(
      '/dist/cdn/practice-widgets.js',
      `/bench/paint/bound-${name}.js`,
    ),
    type: 'text/html; charset=utf-8',
  });
}
// The catalogue as `practice-feed render` writes it (its first page of practices, as the script
// draws it), with the page stylesheet the README asks for, taken over by the same script.
// The same page without the script: what the browser takes to parse and paint the rendered HTML
// (every shadow root declared in it carries its own styles).
const RENDERED_CATALOG = '/bench/paint/rendered-catalog.html';
const RENDERED_CATALOG_ALONE = '/bench/paint/rendered-catalog-alone.html';
const renderedCatalogPage = page(
  'practice-catalog, rendered',
  render(['--element', 'catalog', '--lang', 'es', '--page-size', '12']),
).replace(
  '<script type="module"',
  '<link rel="stylesheet" href="/dist/cdn/practice-widgets.css" />\n    <script type="module"',
);
routes.set(RENDERED_CATALOG, { body: renderedCatalogPage, type: 'text/html; charset=utf-8' });
routes.set(RENDERED_CATALOG_ALONE, {
  body: renderedCatalogPage.replace(/\s*<script type="module"[^>]*><\/script>/, ''),
  type: 'text/html; charset=utf-8',
});
for (const count of COUNTS) {
  routes.set(`/bench/heap/${count}.html`, {
    body: page(
      `Catalogue of ${count}`,
      `<practice-catalog src="/bench/data/feed-${count}.json"></practice-catalog>`,
    ),
    type: 'text/html; charset=utf-8',
  });
}

/** Resolves once this page's origin holds a saved copy of a feed. */
function savedCopyWritten() {
  return (async () => {
    for (;;) {
      const names = (await indexedDB.databases()).map((db) => db.name);
      if (names.includes('practice-widgets')) {
        const count = await new Promise((resolve) => {
          const request = indexedDB.open('practice-widgets');
          request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains('texts')) {
              db.close();
              resolve(0);
              return;
            }
            const counting = db.transaction('texts').objectStore('texts').count();
            counting.onsuccess = () => {
              db.close();
              resolve(counting.result);
            };
            counting.onerror = () => resolve(0);
          };
          request.onerror = () => resolve(0);
        });
        if (count > 0) return count;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
}

const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true };
// After the first useful paint, how long to keep counting layout shifts (the feed, the map's
// geometry and the language pack may all still arrive).
const SETTLE_MS = 1500;

const DESKTOP = { viewport: { width: 1280, height: 800 } };
/** How long a page may take to show its useful content, at slow 4G and 4x CPU. */
const PAINT_WAIT_MS = 60_000;

async function measurePaint(browser, url, selector, saved, device = MOBILE, withFeed = true) {
  const context = await browser.newContext(device);
  try {
    await context.addInitScript(countLayoutShifts);
    await context.addInitScript(observePage, selector);
    if (saved) {
      // The first visit saves the feed and fills the HTTP cache; the second is measured.
      const first = await context.newPage();
      await first.goto(url);
      await first.evaluate(() => window.benchPainted);
      if (withFeed) await first.evaluate(savedCopyWritten);
      await first.close();
    }
    const tab = await context.newPage();
    const cdp = await throttle(tab, { network: SLOW_4G, cpu: 4 });
    await tab.goto(url, { waitUntil: 'commit' });
    // Waiting on a promise of the page through the DevTools protocol itself: Playwright's own
    // waits and evaluations load scripts of theirs into the page (and waitForFunction polls on
    // every frame), which a slowed-down phone would pay for while the page loads.
    // Bounded: a page that never shows what it is watched for stops the run with its name,
    // instead of leaving it waiting for ever.
    let giveUp;
    await Promise.race([
      cdp.send('Runtime.evaluate', { expression: 'window.benchPainted', awaitPromise: true }),
      new Promise((resolve, reject) => {
        giveUp = setTimeout(
          () =>
            reject(
              new Error(`${url}: nothing matching ${selector} painted in ${PAINT_WAIT_MS} ms`),
            ),
          PAINT_WAIT_MS,
        );
      }),
    ]).finally(() => clearTimeout(giveUp));
    await tab.waitForTimeout(SETTLE_MS);
    return await tab.evaluate(() => ({ ...window.benchPage }));
  } finally {
    await context.close();
  }
}

/**
 * Main-thread busy time, which unlike the time to the next painted frame does not round up to
 * frames: the page's `TaskDuration` (scripts, style, layout, paint) before and after.
 */
async function startBusyMeter(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}
const taskSeconds = async (cdp) =>
  (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
async function busyDuring(cdp, action) {
  const before = await taskSeconds(cdp);
  const result = await action();
  return { result, ms: ((await taskSeconds(cdp)) - before) * 1000 };
}

/**
 * Runs a prepared measurement of a page's `window.bench` (bench/prepared.js) `runs` times: each
 * time the stage is set first, then the step is timed to the frame painted, and the main
 * thread's work is counted during the step alone.
 */
async function preparedRun({ page, cdp }, name, args) {
  await page.evaluate(([n, a]) => window.bench.prepare(n, ...a), [name, args]);
  const measured = await busyDuring(cdp, () => page.evaluate(() => window.bench.runPrepared()));
  return { elapsed: measured.result.elapsed, busy: measured.ms, result: measured.result };
}

/**
 * Several prepared measurements taken in turn, `runs` rounds of one run each, so that whatever
 * else the machine does at a moment weighs on all of them alike. Two rounds first, not counted,
 * compile the code each measurement goes through.
 */
async function interleavedRuns(cases, runs) {
  const taken = cases.map(() => ({ values: [], busy: [], result: undefined }));
  for (let round = -2; round < runs; round++) {
    for (const [index, { tab, name, args }] of cases.entries()) {
      const run = await preparedRun(tab, name, args);
      if (round < 0) continue;
      taken[index].values.push(run.elapsed);
      taken[index].busy.push(run.busy);
      taken[index].result = run.result;
    }
  }
  return taken.map(({ values, busy, result }) => ({
    ...summary(values),
    busy: summary(busy),
    result,
  }));
}

// ---------------------------------------------------------------------------------------------
// The run

const server = await startBenchServer('.', routes);
const browser = await launchBrowser();
const results = { paint: {}, scale: {}, leaflet: {}, leafletMap: {}, chartjs: {}, heap: {} };
/** Our map's frame size, given to the Leaflet map too. */
let frame;
/**
 * PARTS (default: all of them) runs some of the measurements only, to look at one while working
 * on it: `PARTS=paint npm run bench`. Only a run of every part writes bench/RESULTS.md.
 */
const ALL_PARTS = ['paint', 'scale', 'heap', 'large', 'inp'];
const PARTS = (process.env.PARTS ?? ALL_PARTS.join(',')).split(',').filter(Boolean);
/**
 * PAINT (default: every element) measures the first paint of some elements only, the floor
 * always: `PARTS=paint PAINT=practice-catalog npm run bench`. A run that leaves one out writes
 * nothing.
 */
const PAINT_ONLY = process.env.PAINT?.split(',').filter(Boolean);
const unknownPart = PARTS.find((part) => !ALL_PARTS.includes(part));
if (unknownPart) {
  console.error(`Unknown part ${unknownPart}: PARTS takes ${ALL_PARTS.join(', ')}.`);
  process.exit(1);
}
try {
  results.cpuIndex = await measureCpuIndex();
  log(`CPU index: ${results.cpuIndex.map(({ rate, index }) => `${index} at ${rate}x`).join(', ')}`);
  if (PARTS.includes('paint')) await measurePaints();
  if (PARTS.includes('scale')) await measureScale();
  if (PARTS.includes('heap')) await measureHeap();
  // 50,000 and 100,000 practices: a page load takes tens of seconds at 4x CPU, so one run each
  // unless LARGE_RUNS asks for more.
  if (PARTS.includes('large')) {
    results.large = await measureLarge({
      runs: Number(process.env.LARGE_RUNS) || 1,
      log,
    });
  }
  // Interaction to Next Paint on <practice-catalog>, 179 and 10,000 practices (bench/inp.mjs).
  if (PARTS.includes('inp')) {
    results.inp = await measureInp({ runs: Number(process.env.INP_RUNS) || 5, log });
  }
} finally {
  await browser.close();
  await server.close();
}
if (ALL_PARTS.some((part) => !PARTS.includes(part)) || PAINT_ONLY) process.exit(0);

/**
 * How fast this machine's browser runs script, by the workload of Lighthouse's BenchmarkIndex
 * (building a 10,000-character string, and copying an array of 100,000 numbers, as many times as
 * fit in a quarter of a second each; the index is a tenth of the rate per second, averaged), at
 * full speed and slowed down as the first-paint pages are. The DevTools CPU calibration takes
 * 1,000 for a mid-range phone (a Pixel 5) and 264 for a low-end one (a Moto G Power 2022): the
 * figure says which phone the 4x slowdown stands for on this machine.
 */
async function measureCpuIndex() {
  const page = await browser.newPage();
  try {
    const measured = [];
    for (const rate of [1, 4]) {
      await throttle(page, { cpu: rate });
      const runs = [];
      for (let run = 0; run < 4; run++) runs.push(await page.evaluate(cpuIndexInPage));
      // The first run warms the engine up.
      measured.push({ rate, index: Math.round(median(runs.slice(1))) });
    }
    return measured;
  } finally {
    await page.close();
  }
}

/** Runs in the page: see measureCpuIndex. */
function cpuIndexInPage() {
  const perSecond = (work) => {
    const start = performance.now();
    let rounds = 0;
    while (rounds % 10 !== 0 || performance.now() - start < 250) {
      work(rounds);
      rounds++;
    }
    return rounds / ((performance.now() - start) / 1000) / 10;
  };
  const strings = perSecond(() => {
    let text = '';
    for (let i = 0; i < 10000; i++) text += 'a';
    if (text.length !== 10000) throw new Error('unreachable');
  });
  const numbers = Array.from({ length: 100000 }, (_, i) => i);
  const copy = new Array(100000);
  const copies = perSecond((round) => {
    const [from, to] = round % 2 ? [copy, numbers] : [numbers, copy];
    for (let i = 0; i < from.length; i++) to[i] = from[i];
  });
  return (strings + copies) / 2;
}

/** First useful paint and layout shift, slow 4G, 4x CPU; first the floor. */
async function measurePaints() {
  results.floor = {};
  for (const mode of ['cold', 'saved']) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const url = server.url + FLOOR.path;
      runs.push(await measurePaint(browser, url, FLOOR.useful, mode === 'saved', MOBILE, false));
    }
    results.floor[mode] = summary(runs.map((r) => r.useful));
  }
  log(
    `floor (one paragraph, no script): cold ${ms(results.floor.cold.median)},` +
      ` second visit ${ms(results.floor.saved.median)}`,
  );
  results.bounds = {};
  for (const name of Object.keys(BOUNDS)) {
    const url = `${server.url}/bench/paint/bound-${name}.html`;
    const row = {};
    for (const mode of ['cold', 'saved']) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        runs.push(await measurePaint(browser, url, 'p.dated', mode === 'saved', MOBILE, false));
      }
      row[mode] = summary(runs.map((r) => r.useful));
    }
    results.bounds[name] = row;
    log(
      `${BOUNDS[name].label}: cold ${ms(row.cold.median)},` +
        ` second visit ${ms(row.saved.median)}`,
    );
  }
  if (!PAINT_ONLY || PAINT_ONLY.includes('practice-catalog')) {
    const url = server.url + RENDERED_CATALOG;
    const row = {};
    for (const mode of ['cold', 'saved']) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        runs.push(await measurePaint(browser, url, 'article.card', mode === 'saved'));
      }
      row[mode] = {
        ...summary(runs.map((r) => r.useful)),
        cls: Math.max(...runs.map((r) => r.cls)),
      };
    }
    const wide = [];
    for (let run = 0; run < Math.min(2, RUNS); run++) {
      wide.push(await measurePaint(browser, url, 'article.card', false, DESKTOP));
    }
    row.wideCls = Math.max(...wide.map((r) => r.cls));
    results.renderedCatalog = row;
    results.renderedAlone = {};
    for (const mode of ['cold', 'saved']) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const alone = server.url + RENDERED_CATALOG_ALONE;
        runs.push(
          await measurePaint(browser, alone, 'article.card', mode === 'saved', MOBILE, false),
        );
      }
      results.renderedAlone[mode] = summary(runs.map((r) => r.useful));
    }
    log(
      `practice-catalog rendered: without the script cold ${ms(results.renderedAlone.cold.median)},` +
        ` saved ${ms(results.renderedAlone.saved.median)}; with it cold ${ms(row.cold.median)},` +
        ` saved feed ${ms(row.saved.median)}; CLS ${row.cold.cls.toFixed(3)} /` +
        ` ${row.saved.cls.toFixed(3)} / wide ${row.wideCls.toFixed(3)}`,
    );
  }
  for (const [tag, { useful }] of Object.entries(ELEMENTS)) {
    if (PAINT_ONLY && !PAINT_ONLY.includes(tag)) continue;
    const url = `${server.url}/bench/paint/${tag}.html`;
    const row = {};
    for (const mode of ['cold', 'saved']) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        runs.push(await measurePaint(browser, url, useful, mode === 'saved'));
      }
      row[mode] = {
        ...summary(runs.map((r) => r.useful)),
        cls: Math.max(...runs.map((r) => r.cls)),
        shifts: Math.max(...runs.map((r) => r.shifts)),
        fromCache: runs.map((r) => r.fromCache),
      };
    }
    // Layout shift on a wide screen too, where the elements lay out differently.
    const wide = [];
    for (let run = 0; run < Math.min(2, RUNS); run++) {
      wide.push(await measurePaint(browser, url, useful, false, DESKTOP));
    }
    row.wideCls = Math.max(...wide.map((r) => r.cls));
    results.paint[tag] = row;
    log(
      `${tag}: first useful paint cold ${ms(row.cold.median)} (p95 ${ms(row.cold.p95)}),` +
        ` saved feed ${ms(row.saved.median)} (p95 ${ms(row.saved.p95)});` +
        ` CLS ${row.cold.cls.toFixed(3)} / ${row.saved.cls.toFixed(3)} / wide ${row.wideCls.toFixed(3)}`,
    );
  }
}

async function measureScale() {
  // Our elements at 179, 1,000 and 10,000 practices, 1x CPU.
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await tab.goto(`${server.url}/bench/run.html`);
  await tab.waitForFunction(() => window.benchReady && window.bench.list);
  await tab.evaluate(() => window.bench.map.warmUp());
  frame = await tab.evaluate(() => window.bench.mapFrame());
  const ourCdp = await startBusyMeter(tab);
  const repeat = async (fn, arg, runs = RUNS) => {
    const values = [];
    const busy = [];
    for (let run = 0; run < runs; run++) {
      const { result, ms: busyMs } = await busyDuring(ourCdp, () => tab.evaluate(fn, arg));
      values.push(...(Array.isArray(result) ? result : [result.elapsed]));
      busy.push(busyMs);
    }
    return { ...summary(values), busy: summary(busy) };
  };
  for (const count of COUNTS) {
    // One run first, not counted: it compiles the code each measurement goes through.
    await tab.evaluate((n) => window.bench.list.firstRender(n), count);
    await tab.evaluate((n) => window.bench.statsFirstRender(n), count);
    await tab.evaluate((n) => window.bench.map.render(n, false), count);
    results.scale[count] = {
      listFirstRender: await repeat((n) => window.bench.list.firstRender(n), count),
      keystroke: await repeat(
        (n) => window.bench.list.keystrokes(n, 'robotica').then((r) => r.times),
        count,
        Math.max(2, Math.ceil(RUNS / 2)),
      ),
      statsRecompute: await repeat(
        (n) => window.bench.statsRecompute(n),
        count,
        Math.max(2, Math.ceil(RUNS / 2)),
      ),
      mapFilter: await repeat(
        (n) => window.bench.mapFilter(n),
        count,
        Math.max(2, Math.ceil(RUNS / 2)),
      ),
    };
    const r = results.scale[count];
    log(
      `${count} practices: list ${ms(r.listFirstRender.median)}, keystroke ${ms(r.keystroke.median)},` +
        ` stats recompute ${ms(r.statsRecompute.median)}, map after a filter ${ms(r.mapFilter.median)}`,
    );
  }

  // Side by side: our map and stats against the same views from Leaflet and Chart.js, each page
  // in its own tab, measured in turn.
  const ours = { page: tab, cdp: ourCdp };
  const openTab = async (path) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}${path}`);
    await page.waitForFunction(() => window.benchReady);
    return { page, cdp: await startBusyMeter(page) };
  };
  const leafletTab = await openTab('/bench/leaflet.html');
  const chartjsTab = await openTab('/bench/chartjs.html');
  for (const count of COUNTS) {
    const frameArgs = [count, frame.width, frame.height];
    const [mapValidated, mapRender, leaflet, leafletMap] = await interleavedRuns(
      [
        { tab: ours, name: 'map', args: [count, true] },
        { tab: ours, name: 'map', args: [count, false] },
        { tab: leafletTab, name: 'render', args: frameArgs },
        { tab: leafletTab, name: 'choropleth', args: frameArgs },
      ],
      SIDE_RUNS,
    );
    const [statsValidated, statsFirstRender, chartjs] = await interleavedRuns(
      [
        { tab: ours, name: 'stats', args: [count, true] },
        { tab: ours, name: 'stats', args: [count, false] },
        { tab: chartjsTab, name: 'render', args: [count] },
      ],
      SIDE_RUNS,
    );
    Object.assign(results.scale[count], {
      mapValidated,
      mapRender,
      statsValidated,
      statsFirstRender,
    });
    results.leaflet[count] = { ...leaflet, drawn: leaflet.result.markers };
    results.leafletMap[count] = { ...leafletMap, drawn: leafletMap.result.markers };
    results.chartjs[count] = { ...chartjs, drawn: chartjs.result.bars };
    const work = (m) => ms(m.busy.median);
    log(
      `${count} practices, main-thread work: our map ${work(mapValidated)}, Leaflet markers` +
        ` ${work(leaflet)}, Leaflet the same map ${work(leafletMap)}; our stats` +
        ` ${work(statsValidated)}, Chart.js ${work(chartjs)}`,
    );
  }
  await Promise.all([tab, leafletTab.page, chartjsTab.page].map((page) => page.close()));
}

async function measureHeap() {
  // JS heap after loading the whole catalogue, after a full garbage collection.
  for (const count of COUNTS) {
    const values = [];
    for (let run = 0; run < Math.max(2, Math.ceil(RUNS / 2)); run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const heapPage = await context.newPage();
      await heapPage.goto(`${server.url}/bench/heap/${count}.html`);
      // Every view of the catalogue drawn: the list, then the map and the figures, which are
      // drawn when their tab is first chosen and kept (its `view`, as a tab sets it).
      for (const [view, drawn] of [
        ['list', 'article.card'],
        ['map', 'svg.map .country'],
        ['stats', '[part="chart"]'],
      ]) {
        await heapPage.evaluate(
          (name) => document.querySelector('practice-catalog').setAttribute('view', name),
          view,
        );
        await heapPage.waitForFunction(
          (selector) => {
            const inRoots = (root) =>
              root.querySelector(selector) !== null ||
              [...root.querySelectorAll('*')].some(
                (element) => element.shadowRoot && inRoots(element.shadowRoot),
              );
            return inRoots(document);
          },
          drawn,
          { timeout: 120_000, polling: 250 },
        );
      }
      await heapPage.waitForTimeout(500);
      values.push(await heapAfterGc(heapPage));
      await context.close();
    }
    results.heap[count] = summary(values);
    log(`${count} practices: JS heap ${(median(values) / MiB).toFixed(1)} MiB`);
  }
}

// ---------------------------------------------------------------------------------------------
// bench/RESULTS.md

const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`)).version;
const chromiumVersion = (() => {
  try {
    return execFileSync(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
})();
const cpuModel =
  /model name\s*:\s*(.*)/.exec(
    existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '',
  )?.[1] ??
  cpus()[0]?.model ??
  'unknown';
const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
const t = (value) => `${value.toFixed(1)} ms`;
const ratio = (theirs, ourValue) => `${(theirs / ourValue).toFixed(1)}×`;
const pass = (ok) => (ok ? 'pass' : '**fail**');
const n = (count) => count.toLocaleString('en');

const targets = [];
const target = (what, measured, ok) => targets.push(`| ${what} | ${measured} | ${pass(ok)} |`);
target(
  'Entry + geometry smaller than Leaflet JS + CSS (gzip)',
  `${kib(sizes.entryAndGeometry.gzip)} vs ${kib(sizes.leaflet.gzip)}`,
  sizes.entryAndGeometry.gzip < sizes.leaflet.gzip,
);
target('CDN entry under 40 KiB gzip', kib(entry.gzip), entry.gzip < 40 * KiB);
target(
  'Map geometry under 40 KiB gzip',
  `overview ${kib(geometry.gzip)}, with every map; detail ${kib(detail.gzip)}, on zoom`,
  geometry.gzip < 40 * KiB && detail.gzip < 40 * KiB,
);
// Leaflet and Chart.js validate nothing: the targets compare rendering work, from a feed another
// element has already validated; the ratio with validation included is shown beside it. The work
// is the main thread's (scripts, style, layout, paint) during the render: the time to the painted
// frame rounds up to whole frames, and at small sizes both sides finish within the same one.
for (const [what, other, theirs, validated, full] of [
  ['Map render', 'Leaflet + markercluster', 'leaflet', 'mapValidated', 'mapRender'],
  ['Stats render', 'Chart.js', 'chartjs', 'statsValidated', 'statsFirstRender'],
]) {
  for (const count of COUNTS) {
    const ours = results.scale[count][validated].busy.median;
    const withValidation = results.scale[count][full].busy.median;
    const other_ = results[theirs][count].busy.median;
    target(
      `${what} ≥ 2× faster than ${other}, ${n(count)} practices (main-thread work)`,
      `${t(ours)} vs ${t(other_)} (${ratio(other_, ours)}; ` +
        `${ratio(other_, withValidation)} with our validation, ${t(withValidation)})`,
      other_ / ours >= 2,
    );
  }
}
const big = results.scale[10000];
target(
  '10,000 practices: search keystroke to paint < 50 ms (median, 1x CPU)',
  t(big.keystroke.median),
  big.keystroke.median < 50,
);
target(
  '10,000 practices: list first render < 200 ms (median, 1x CPU)',
  t(big.listFirstRender.median),
  big.listFirstRender.median < 200,
);
target(
  '10,000 practices: JS heap < 60 MiB (whole catalogue)',
  `${(results.heap[10000].median / MiB).toFixed(1)} MiB`,
  results.heap[10000].median < 60 * MiB,
);
for (const [tag, row] of Object.entries(results.paint)) {
  target(
    `\`<${tag}>\` first useful paint, slow 4G + 4x CPU, cold < 1.5 s`,
    t(row.cold.median),
    row.cold.median < 1500,
  );
  target(
    `\`<${tag}>\` first useful paint, slow 4G + 4x CPU, saved feed < 0.5 s`,
    `${t(row.saved.median)} (a page with no script: ${t(results.floor.saved.median)}; with one` +
      ` \`Intl\` date: ${t(results.bounds.intl.saved.median)})`,
    row.saved.median < 500,
  );
  const worst = Math.max(row.cold.cls, row.saved.cls, row.wideCls);
  target(
    `\`<${tag}>\` cumulative layout shift 0 (worst run: cold, saved, wide screen)`,
    worst.toFixed(4),
    worst === 0,
  );
}

{
  const rendered = results.renderedCatalog;
  for (const mode of ['cold', 'saved']) {
    const behind = rendered[mode].median - results.floor[mode].median;
    target(
      `\`<practice-catalog>\` rendered by \`practice-feed render\`, first useful paint within 100 ms of the floor, ${mode === 'cold' ? 'cold' : 'saved feed'}`,
      `${t(rendered[mode].median)} (the floor: ${t(results.floor[mode].median)}, ${behind >= 0 ? '+' : ''}${t(behind)})`,
      behind < 100,
    );
  }
  const worst = Math.max(rendered.cold.cls, rendered.saved.cls, rendered.wideCls);
  target(
    '`<practice-catalog>` rendered, cumulative layout shift 0 from navigation (worst run)',
    worst.toFixed(4),
    worst === 0,
  );
}

const sizeRows = (rows) =>
  rows.map((row) => `| ${row.name} | ${kib(row.raw)} | ${kib(row.gzip)} | ${kib(row.brotli)} |`);
const md = `# Benchmark results

Written by \`npm run bench\` (bench/run.mjs); do not edit by hand. ${RUNS} runs per measurement
unless noted; times are medians, with the 95th percentile (nearest rank: with few runs, the
slowest run) beside them.

## Machine and versions

- Date: ${new Date().toISOString()}
- CPU: ${cpuModel}, ${cpus().length} logical cores; memory ${(totalmem() / 1024 ** 3).toFixed(1)} GiB
- Script speed in the browser, by the workload of Lighthouse's BenchmarkIndex: ${results.cpuIndex.map(({ rate, index }) => `${index} at ${rate}x CPU`).join(', ')} (DevTools' CPU calibration: 1,000 for a mid-range phone, a Pixel 5; 264 for a low-end one, a Moto G Power 2022)
- Node ${process.version}; ${chromiumVersion} (headless)
- lit ${version('lit')}; leaflet ${version('leaflet')}, leaflet.markercluster ${version('leaflet.markercluster')}, chart.js ${version('chart.js')}
- Whole run: ${((Date.now() - started) / 1000).toFixed(0)} s; load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end${Math.max(loadAtStart, loadavg()[0]) > cpus().length ? ': above the core count, so other processes shared the CPU and the times are inflated and noisier' : ''}

## Targets

| target | measured | |
|---|---|---|
${targets.join('\n')}

## Bundle sizes

Ours (dist/cdn; the entry registers every element, Lit included; the chunks load when needed):

| file | raw | gzip | brotli |
|---|---|---|---|
${sizeRows(ours).join('\n')}
| **entry + map geometry** (the overview) | ${kib(sizes.entryAndGeometry.raw)} | ${kib(sizes.entryAndGeometry.gzip)} | ${kib(sizes.entryAndGeometry.brotli)} |
| **a page with a map, before any zoom**: entry + map drawing + overview | ${kib(sizes.mapPage.raw)} | ${kib(sizes.mapPage.gzip)} | ${kib(sizes.mapPage.brotli)} |
${sizes.mapAlone ? `| \`<practice-map>\` alone with its overview, every other chunk it loads (esbuild from dist/npm, other languages left out) | ${kib(sizes.mapAlone.raw)} | ${kib(sizes.mapAlone.gzip)} | ${kib(sizes.mapAlone.brotli)} |\n` : ''}
What a partner would load instead (node_modules):

| file | raw | gzip | brotli |
|---|---|---|---|
${sizeRows([...leaflet, ...markercluster, ...chartjs]).join('\n')}
| **Leaflet JS + CSS** | ${kib(sizes.leaflet.raw)} | ${kib(sizes.leaflet.gzip)} | ${kib(sizes.leaflet.brotli)} |
| **Leaflet + markercluster + Chart.js** | ${kib(sizes.leafletAll.raw + sizes.chartjs.raw)} | ${kib(sizes.leafletAll.gzip + sizes.chartjs.gzip)} | ${kib(sizes.leafletAll.brotli + sizes.chartjs.brotli)} |

Our entry + geometry is ${kib(Math.abs(sizes.leaflet.gzip - sizes.entryAndGeometry.gzip))} ${sizes.entryAndGeometry.gzip < sizes.leaflet.gzip ? 'smaller' : 'larger'} (gzip) than
Leaflet's JS + CSS alone; a page with our map (${kib(sizes.mapPage.gzip)}) is
${kib(Math.abs(sizes.leafletAll.gzip - sizes.mapPage.gzip))} ${sizes.mapPage.gzip < sizes.leafletAll.gzip ? 'lighter' : 'heavier'} than Leaflet with markercluster
(${kib(sizes.leafletAll.gzip)}), the clustering our map also does; and our whole CDN build (${kib(total(ours).gzip)} gzip, every chunk
included) is ${ratio(sizes.leafletAll.gzip + sizes.chartjs.gzip, total(ours).gzip)} smaller than
Leaflet + markercluster + Chart.js (${kib(sizes.leafletAll.gzip + sizes.chartjs.gzip)}), which still
draws no list, no filters and no map outlines.

## First useful paint and layout shift (slow 4G, 4x CPU)

A page per element, served compressed from localhost, 412 × 823 px mobile viewport, with the
feed of 179 practices (${kib(gzipSync(routes.get(FEED_179).body).length)} gzip). Network: 150 ms
round trip, 1.6 Mbps down, 750 kbps up (\`Network.emulateNetworkConditions\`); CPU 4x slower
(\`Emulation.setCPUThrottlingRate\`). Time from navigation start to the first frame painted
with real content (not a skeleton). **Cold**: a new browser profile. **Saved feed**: a second
visit, with the feed's saved copy in IndexedDB and the library in the HTTP cache (the feed
itself is revalidated over the network in the background). The first row is the floor under
the same conditions: a page with one paragraph and no script, the time the browser needs to
fetch a page and paint anything (on a second visit the page itself is still asked for again,
as a publisher's page usually is). The next three rows bound the script-only paths from below:
the same paragraph and a module that only writes one date as text; the same through \`Intl\`
(the browser loads its locale data with a page's first formatter, which any page showing a
date, a number or a country's name in the reader's language pays); then that module carrying the
entry's bytes as a string (downloaded and parsed, none of it run). Then the catalogue as
\`practice-feed render\` writes it, first in a page without the script (the browser parsing and
painting the rendered HTML, each of its shadow roots with its own styles), then taken over by the
script; the rows after those are drawn by the script alone. CLS: the worst run's sum of
\`layout-shift\` entries until ${SETTLE_MS / 1000} s after the first useful paint; the
1280 × 800 column is a desktop viewport, cold, ${Math.min(2, RUNS)} runs.

| element | "useful" means | cold median | cold p95 | saved median | saved p95 | CLS cold | CLS saved | CLS 1280 × 800 | saved copy used |
|---|---|---|---|---|---|---|---|---|---|
| the floor: one paragraph, no script | \`p\` | ${t(results.floor.cold.median)} | ${t(results.floor.cold.p95)} | ${t(results.floor.saved.median)} | ${t(results.floor.saved.p95)} | | | | |
${Object.entries(results.bounds)
  .map(
    ([name, row]) =>
      `| ${BOUNDS[name].label} | \`p.dated\` | ${t(row.cold.median)} | ${t(row.cold.p95)} | ${t(row.saved.median)} | ${t(row.saved.p95)} | | | | |`,
  )
  .join('\n')}
| the same rendered catalogue, without the script | \`article.card\` | ${t(results.renderedAlone.cold.median)} | ${t(results.renderedAlone.cold.p95)} | ${t(results.renderedAlone.saved.median)} | ${t(results.renderedAlone.saved.p95)} | | | | |
| \`<practice-catalog>\` rendered by \`practice-feed render\` (its first 12 practices in the HTML, the page stylesheet linked), taken over by the script | \`article.card\` | ${t(results.renderedCatalog.cold.median)} | ${t(results.renderedCatalog.cold.p95)} | ${t(results.renderedCatalog.saved.median)} | ${t(results.renderedCatalog.saved.p95)} | ${results.renderedCatalog.cold.cls.toFixed(4)} | ${results.renderedCatalog.saved.cls.toFixed(4)} | ${results.renderedCatalog.wideCls.toFixed(4)} | |
${Object.entries(results.paint)
  .map(
    ([tag, row]) =>
      `| \`<${tag}>\` | \`${ELEMENTS[tag].useful}\` | ${t(row.cold.median)} | ${t(row.cold.p95)} | ${t(row.saved.median)} | ${t(row.saved.p95)} | ${row.cold.cls.toFixed(4)} | ${row.saved.cls.toFixed(4)} | ${row.wideCls.toFixed(4)} | ${row.saved.fromCache.filter(Boolean).length}/${row.saved.fromCache.length} runs |`,
  )
  .join('\n')}

## At 179, 1,000 and 10,000 practices (1x CPU, 1280 × 900 px)

Generated feeds (bench/feed-generator.js): every practice has one location, so every practice
is a marker. "First render" counts validation of a freshly parsed feed. Keystroke: typing
"robotica" in \`<practice-filters>\` inside a \`<practice-feed>\` with a \`<practice-list>\`, each
letter to the list repainted. After a filter: choosing a setting through \`<practice-feed>\`'s
\`setFilters\`, to the element repainted. Heap: a page with \`<practice-catalog>\` loading the feed
by URL, after two forced garbage collections (\`HeapProfiler.collectGarbage\`, then
\`Runtime.getHeapUsage\`).

| practices | list first render | search keystroke | stats first render | stats after a filter | map render | map after a filter | JS heap |
|---|---|---|---|---|---|---|---|
${COUNTS.map((count) => {
  const r = results.scale[count];
  const cell = (s) => `${t(s.median)} (p95 ${t(s.p95)})`;
  return `| ${n(count)} | ${cell(r.listFirstRender)} | ${cell(r.keystroke)} | ${cell(r.statsFirstRender)} | ${cell(r.statsRecompute)} | ${cell(r.mapRender)} | ${cell(r.mapFilter)} | ${(results.heap[count].median / MiB).toFixed(1)} MiB |`;
}).join('\n')}

## Side by side, the same data (1x CPU)

**Map**: our \`<practice-map>\` (country outlines shaded by count, clustered markers, legend;
its geometry already loaded) against Leaflet ${version('leaflet')} with leaflet.markercluster, the
same markers (\`L.divIcon\` dots, bulk \`addLayers\`, grouped within 34 px as ours are), no
tiles, animations off, in a frame of the same size (${frame.width.toFixed(0)} ×
${frame.height.toFixed(0)} px): first as the target asks, markers only on a Web Mercator map;
then **the same map**, Leaflet drawing our overview's outlines (\`L.polygon\`, SVG renderer,
shaded in five classes) under the same clustered markers, in our projection
(\`L.CRS.Simple\`).

**Stats**: our \`<practice-stats facets="country,setting,level,objective">\` (headline
figures, four bar charts with counts, shares and Spanish labels; each chart's data table on
demand) against Chart.js ${version('chart.js')} horizontal bar charts of the same four facets
(counted by hand, country names from \`Intl.DisplayNames\`, animation off, fixed size).

Each measurement is two steps (bench/prepared.js): the stage is set and painted first (an empty
frame, our element showing its placeholder, the feed parsed), then the render is timed, from
handing over the data to the frame painted. Two figures per render, medians of ${SIDE_RUNS} runs:
**paint**, the time to that painted frame, which rounds up to whole frames (at 60 Hz nothing
measures under about 16.7 ms, and a render that ends just after a frame boundary waits for the
next); and **work**, the main thread's busy time during the render (\`TaskDuration\` of the
DevTools protocol's \`Performance.getMetrics\`: scripts, style, layout and paint), which does
not. The targets are judged on the work. Leaflet and Chart.js check nothing in the data they
are given; ours validates a feed once per feed object, shared by every element on the page: our
figures are from a feed another element has already validated, with the work of a fresh feed,
validation included, beside them.

| practices | markers drawn: ours, Leaflet's | our map: paint / work | with validation: work | Leaflet, markers only: paint / work | ratio (work) | Leaflet, the same map: paint / work | ratio (work) |
|---|---|---|---|---|---|---|---|
${COUNTS.map((count) => {
  const r = results.scale[count];
  const pw = (s) => `${t(s.median)} / ${t(s.busy.median)}`;
  const l = results.leaflet[count];
  const lm = results.leafletMap[count];
  return `| ${n(count)} | ${r.mapValidated.result.markers}, ${l.drawn} (${lm.drawn} in our projection) | ${pw(r.mapValidated)} | ${t(r.mapRender.busy.median)} | ${pw(l)} | ${ratio(l.busy.median, r.mapValidated.busy.median)} (${ratio(l.busy.median, r.mapRender.busy.median)}) | ${pw(lm)} | ${ratio(lm.busy.median, r.mapValidated.busy.median)} (${ratio(lm.busy.median, r.mapRender.busy.median)}) |`;
}).join('\n')}

| practices | our stats: paint / work | with validation: work | Chart.js: paint / work | ratio (work) |
|---|---|---|---|---|
${COUNTS.map((count) => {
  const r = results.scale[count];
  const pw = (s) => `${t(s.median)} / ${t(s.busy.median)}`;
  const c = results.chartjs[count];
  return `| ${n(count)} | ${pw(r.statsValidated)} | ${t(r.statsFirstRender.busy.median)} | ${pw(c)} | ${ratio(c.busy.median, r.statsValidated.busy.median)} (${ratio(c.busy.median, r.statsFirstRender.busy.median)}) |`;
}).join('\n')}

Ratios are theirs over ours, from a validated feed (with our validation in brackets): above 1×
we are faster. The 95th percentiles are in the table of figures at each size above.

## How to reproduce

\`\`\`sh
npm ci            # installs leaflet, leaflet.markercluster and chart.js (dev dependencies)
npm run build
npm run bench     # RUNS=10 npm run bench for more repetitions
npm run bench:large   # the large feeds alone; RUNS=3 for more repetitions
npm run bench:inp     # Interaction to Next Paint alone; RUNS=1 for a quick look
\`\`\`

Needs a Chromium (\`CHROME_PATH\`, or /usr/bin/chromium). The size budgets alone:
\`npm run size\` (also run by CI).
`;
writeFileSync('bench/RESULTS.md', md);
writeLargeSection(largeSection(results.large, { load: loadAtStart }));
writeInpSection(
  inpSection(results.inp, { load: loadAtStart, runs: Number(process.env.INP_RUNS) || 5 }),
);
log('wrote bench/RESULTS.md');
