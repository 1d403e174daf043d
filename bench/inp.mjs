#!/usr/bin/env node
/*
 * `npm run bench:inp`: Interaction to Next Paint on a page with `<practice-catalog>` over feeds of
 * 179 and 10,000 practices (bench/feed-generator.js), at 4x and 1x CPU (the DevTools protocol's
 * `Emulation.setCPUThrottlingRate`), in headless Chromium with the built CDN bundle (run
 * `npm run build` first).
 *
 * Every interaction is driven by real input through Playwright's mouse and keyboard (trusted
 * events the browser dispatches and times, never `element.click()`): typing a word in the search
 * (each key), opening a facet's choices and choosing a value, switching tabs, zooming the map by
 * its buttons and by the wheel, panning it by dragging, choosing a country on the map, opening and
 * closing a practice, paging the list, and switching language through buttons of the host page
 * that set the catalogue's `lang` attribute, as a host page's language switcher does.
 *
 * The time of an interaction is read from the Event Timing API in the page
 * (`PerformanceObserver` of type `event`, `durationThreshold: 16`), grouped by `interactionId`:
 * the longest entry of the interaction, from the input to the next frame painted. The API leaves
 * out an interaction shorter than 16 ms (it is counted as 16 ms, an upper bound), and a wheel turn
 * or a pointer move is not an interaction in its sense: for those the page notes, from the
 * event's time stamp, the next painted frame (a `requestAnimationFrame`, then a task after it), and
 * a drag counts its slowest move.
 *
 * Per run, per kind: the 75th percentile (nearest rank) and the worst; over RUNS runs (default
 * 5), their medians. COUNTS (default 179,10000) and RATES (default 4,1) narrow the run. A full run
 * of the library as built writes its section into bench/RESULTS.md; `bench/run.mjs` runs it as
 * its `inp` part.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateFeed } from './feed-generator.js';
import { launchBrowser, median, startBenchServer, throttle, writeResultsSection } from './lib.mjs';

export const INP_COUNTS = (process.env.COUNTS ?? '179,10000').split(',').map(Number);
export const INP_RATES = (process.env.RATES ?? '4,1').split(',').map(Number);
/** The word typed in the search box, one key press each. */
const TYPED = 'robot';
/** The library the page loads: BUNDLE=/some/other/build.js compares two builds. */
const BUNDLE = process.env.BUNDLE ?? '/dist/cdn/practice-widgets.js';
const OUT_DIR = 'bench/out/inp';
/** The longest a page load or an interaction's aftermath may take, in milliseconds. */
const LIMIT = 120_000;
/** The target: every kind's 75th percentile under this, at 4x CPU, 10,000 practices. */
export const INP_TARGET = 100;

/** The kinds of interaction, in the order of the table. */
export const KINDS = [
  ['search-key', 'typing in the search (a key)'],
  ['facet-open', "opening a facet's choices"],
  ['facet-choose', 'choosing a facet value'],
  ['page', 'paging the list'],
  ['open', 'opening a practice'],
  ['close', 'closing a practice'],
  ['language', 'switching language (`lang`)'],
  ['tab', 'switching tabs'],
  ['zoom-button', 'zooming the map (buttons)'],
  ['zoom-wheel', 'zooming the map (wheel)'],
  ['pan', 'panning the map (drag)'],
  ['country', 'choosing a country on the map'],
];

/** Writes each feed and its page once; a later run reuses the feeds. */
export function prepareInpPages(counts = INP_COUNTS) {
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
    <title>Catálogo, ${count} prácticas</title>
    <script type="module" src="${BUNDLE}"></script>
  </head>
  <body>
    <nav id="languages" aria-label="Idioma">
      <button type="button" lang="es" data-lang="es">Español</button>
      <button type="button" lang="en" data-lang="en">English</button>
      <button type="button" lang="pt" data-lang="pt">Português</button>
      <button type="button" lang="fr" data-lang="fr">Français</button>
    </nav>
    <practice-catalog lang="es" src="/${OUT_DIR}/feed-${count}.json" timeout="60000" max-size="50000000"></practice-catalog>
    <script>
      // The host page's language switcher: it sets the catalogue's lang attribute.
      document.getElementById('languages').addEventListener('click', (event) => {
        const lang = event.target.closest('[data-lang]')?.dataset.lang;
        if (lang) document.querySelector('practice-catalog').setAttribute('lang', lang);
      });
    </script>
  </body>
</html>
`,
    );
  }
}

/** Runs in the page before its own scripts: collects Event Timing entries and frame times. */
function observeInteractions() {
  const state = { entries: [], frames: [] };
  window.inpBench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      state.entries.push({
        id: entry.interactionId,
        name: entry.name,
        duration: entry.duration,
        delay: entry.processingStart - entry.startTime,
        processing: entry.processingEnd - entry.processingStart,
        presentation: entry.startTime + entry.duration - entry.processingEnd,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // A wheel turn and the moves of a drag are no interactions for Event Timing: their time to the
  // next painted frame is taken here (a task queued in a frame callback runs once it is painted).
  const toNextPaint = (event) => {
    if (event.type === 'pointermove' && !event.buttons) return;
    const start = event.timeStamp;
    requestAnimationFrame(() =>
      setTimeout(() =>
        state.frames.push({ name: event.type, duration: performance.now() - start }),
      ),
    );
  };
  for (const type of ['wheel', 'pointermove']) {
    addEventListener(type, toNextPaint, { capture: true, passive: true });
  }
}

/**
 * Resolves once the page's main thread has been quiet for a moment: its busy time (the DevTools
 * protocol's `TaskDuration`) grew by under 5 ms in 150 ms, after two painted frames. Not
 * `requestIdleCallback`: after a change of `lang` Chromium gave this page no idle period at all
 * (the callback ran only by its timeout), with the main thread doing nothing.
 */
async function quiet(page, cdp) {
  await page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done))),
      ),
  );
  const busy = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
      .value * 1000;
  const until = Date.now() + LIMIT;
  let before = await busy();
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = await busy();
    if (now - before < 5) return;
    before = now;
  }
}

/**
 * Performs `action` as one interaction of `kind` and notes its time: the longest Event Timing
 * entry or frame time that arrived for it, or 16 ms (the API's threshold) when none did.
 */
async function interact(page, cdp, samples, kind, action) {
  const before = await page.evaluate(() => ({
    entries: window.inpBench.entries.length,
    frames: window.inpBench.frames.length,
  }));
  await action();
  await quiet(page, cdp);
  // Event Timing entries are delivered after the frame is painted, sometimes a little later.
  await page.waitForTimeout(100);
  const found = await page.evaluate(
    ({ entries, frames }) => ({
      entries: window.inpBench.entries.slice(entries),
      frames: window.inpBench.frames.slice(frames),
    }),
    before,
  );
  // One interaction (one interactionId) has several entries (pointerdown, pointerup, click;
  // keydown, keyup): its duration is the longest, its handlers' time the sum of theirs, its
  // input delay the first one's.
  const byId = new Map();
  for (const entry of found.entries) {
    const taken = byId.get(entry.id);
    if (!taken) {
      byId.set(entry.id, { ...entry });
      continue;
    }
    taken.processing += entry.processing;
    if (entry.duration > taken.duration) {
      taken.name = entry.name;
      taken.duration = entry.duration;
    }
    taken.presentation = Math.max(0, taken.duration - taken.delay - taken.processing);
  }
  const all = [...byId.values(), ...found.frames];
  const worst = all.reduce((a, b) => (b.duration > (a?.duration ?? -1) ? b : a), undefined);
  samples.push({
    kind,
    duration: worst ? Math.max(16, worst.duration) : 16,
    reported: Boolean(worst),
    worst,
  });
}

const catalogLoaded = () => {
  const catalog = document.querySelector('practice-catalog');
  const feed = catalog?.shadowRoot?.querySelector('practice-feed');
  const list = feed?.querySelector('practice-list');
  const card = list?.shadowRoot?.querySelector('practice-card');
  return Boolean(card?.shadowRoot?.querySelector('button.open'));
};

/** The whole walk through the catalogue, once, on a page just loaded. */
async function walk(page, cdp, count) {
  const samples = [];
  const catalog = page.locator('practice-catalog');
  const center = async (locator) => {
    const box = await locator.boundingBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const clickAt = async (locator) => {
    await locator.scrollIntoViewIfNeeded();
    const { x, y } = await center(locator);
    await page.mouse.click(x, y);
  };

  // Search: a click to reach the box (not counted), then the word, key by key.
  const search = catalog.locator('practice-filters input[type="search"]');
  await clickAt(search);
  await quiet(page, cdp);
  for (const key of TYPED) {
    await interact(page, cdp, samples, 'search-key', () => page.keyboard.press(key));
    await page.waitForTimeout(300);
  }
  // Cleared (not counted), and the list waits for it.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(600);
  await quiet(page, cdp);

  // A facet: its choices opened, a value chosen, paging while it is chosen, then unchosen.
  const facetButton = catalog.locator('practice-filters [part="facet-button"]').first();
  await interact(page, cdp, samples, 'facet-open', () => clickAt(facetButton));
  const choice = catalog.locator('practice-filters input[type="checkbox"]:visible').first();
  await interact(page, cdp, samples, 'facet-choose', () => clickAt(choice));
  await page.keyboard.press('Escape');
  await quiet(page, cdp);

  // Paging: the list pages up to 300 results; above, it scrolls (virtualized) and has no pages.
  const next = catalog.locator('practice-list [part="pagination"] button').last();
  for (let i = 0; i < 3; i++) {
    if (!(await next.count()) || (await next.isDisabled())) break;
    await interact(page, cdp, samples, 'page', () => clickAt(next));
  }
  await interact(page, cdp, samples, 'facet-open', () => clickAt(facetButton));
  await interact(page, cdp, samples, 'facet-choose', () => clickAt(choice));
  await page.keyboard.press('Escape');
  await quiet(page, cdp);

  // A practice opened and closed, twice.
  for (let i = 0; i < 2; i++) {
    const open = catalog.locator('practice-list practice-card button.open').nth(i);
    await interact(page, cdp, samples, 'open', () => clickAt(open));
    const close = catalog.locator('practice-list [part="dialog"] button.close');
    await interact(page, cdp, samples, 'close', () => clickAt(close));
  }

  // The host page's language switcher.
  for (const lang of ['en', 'pt', 'fr', 'es']) {
    const button = page.locator(`#languages [data-lang="${lang}"]`);
    await interact(page, cdp, samples, 'language', () => clickAt(button));
  }

  // The map's tab; its drawing is awaited before the map is used.
  const mapTab = catalog.locator('#tab-map');
  await interact(page, cdp, samples, 'tab', () => clickAt(mapTab));
  await page.waitForFunction(
    () =>
      document
        .querySelector('practice-catalog')
        ?.shadowRoot?.querySelector('practice-map')
        ?.shadowRoot?.querySelector('svg.map .country'),
    null,
    { timeout: LIMIT, polling: 250 },
  );
  await quiet(page, cdp);
  const zoomIn = catalog.locator('practice-map .zoom button').nth(0);
  const zoomOut = catalog.locator('practice-map .zoom button').nth(1);
  const reset = catalog.locator('practice-map .zoom button').nth(2);
  for (const button of [zoomIn, zoomIn, zoomOut]) {
    await interact(page, cdp, samples, 'zoom-button', () => clickAt(button));
  }
  // Zoomed in, the wheel zooms the map (over the whole continent it scrolls the page).
  const map = catalog.locator('practice-map svg.map');
  await map.scrollIntoViewIfNeeded();
  const middle = await center(map);
  await page.mouse.move(middle.x, middle.y);
  for (const deltaY of [-100, -100, 100]) {
    await interact(page, cdp, samples, 'zoom-wheel', () => page.mouse.wheel(0, deltaY));
  }
  // Dragging: ten moves of 12 px.
  for (const direction of [1, -1]) {
    await interact(page, cdp, samples, 'pan', async () => {
      await page.mouse.move(middle.x, middle.y);
      await page.mouse.down();
      for (let step = 1; step <= 10; step++) {
        await page.mouse.move(middle.x + direction * step * 12, middle.y + direction * step * 6);
      }
      await page.mouse.up();
    });
  }
  await interact(page, cdp, samples, 'zoom-button', () => clickAt(reset));
  // A country chosen and unchosen by a click at the centre of its target.
  const brazil = catalog.locator('practice-map svg.map [data-target="BR"]');
  const country = (await brazil.count())
    ? brazil
    : catalog.locator('practice-map svg.map g.country[data-code="BR"]');
  for (let i = 0; i < 2; i++) {
    await interact(page, cdp, samples, 'country', () => clickAt(country));
  }
  await page.mouse.move(1, 1);
  // Back to the list.
  await interact(page, cdp, samples, 'tab', () => clickAt(catalog.locator('#tab-list')));
  return { samples, count };
}

/** The 75th percentile, nearest rank. */
const p75 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.75) - 1)];
};

async function measureOnce(browser, url, count, cpu) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(observeInteractions);
    const page = await context.newPage();
    page.setDefaultTimeout(LIMIT);
    const cdp = await throttle(page, { cpu });
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'commit', timeout: LIMIT });
    await page.waitForFunction(catalogLoaded, null, { timeout: LIMIT, polling: 250 });
    await quiet(page, cdp);
    const { samples } = await walk(page, cdp, count);
    await cdp.detach();
    return samples;
  } finally {
    await context.close();
  }
}

/**
 * Every count at every CPU rate, `runs` times each. Returns
 * `{ [count]: { [rate]: { [kind]: { p75, worst, n, unreported, slowest } } } }`.
 */
export async function measureInp({ runs = 5, log = console.log, serverUrl } = {}) {
  prepareInpPages();
  const server = serverUrl ? undefined : await startBenchServer('.');
  const base = serverUrl ?? server.url;
  const browser = await launchBrowser();
  const results = {};
  try {
    for (const count of INP_COUNTS) {
      results[count] = {};
      for (const rate of INP_RATES) {
        const perRun = [];
        for (let run = 0; run < runs; run++) {
          perRun.push(
            await measureOnce(browser, `${base}/${OUT_DIR}/page-${count}.html`, count, rate),
          );
        }
        const row = {};
        for (const [kind] of KINDS) {
          const taken = perRun.map((samples) => samples.filter((s) => s.kind === kind));
          if (!taken.some((samples) => samples.length)) continue;
          const all = taken.flat();
          const slowest = all.reduce((a, b) => (b.duration > a.duration ? b : a));
          row[kind] = {
            p75: median(taken.filter((s) => s.length).map((s) => p75(s.map((x) => x.duration)))),
            worst: median(
              taken.filter((s) => s.length).map((s) => Math.max(...s.map((x) => x.duration))),
            ),
            n: all.length,
            unreported: all.filter((s) => !s.reported).length,
            slowest: slowest.worst,
          };
        }
        results[count][rate] = row;
        const worstKind = Object.entries(row).sort((a, b) => b[1].p75 - a[1].p75)[0];
        log(
          `INP, ${count} practices, ${rate}x CPU: ` +
            Object.entries(row)
              .map(([kind, r]) => `${kind} p75 ${r.p75.toFixed(0)} (worst ${r.worst.toFixed(0)})`)
              .join(', ') +
            (worstKind ? `; slowest kind ${worstKind[0]}` : ''),
        );
      }
    }
  } finally {
    await browser.close();
    await server?.close();
  }
  return results;
}

const label = (value) => (value <= 16 ? '≤ 16 ms' : `${value.toFixed(0)} ms`);

/** The section of bench/RESULTS.md, from `measureInp`'s results. */
export function inpSection(results, { when = new Date(), load, runs } = {}) {
  const pass = (ok) => (ok ? 'pass' : '**fail**');
  const lines = [];
  for (const [count, byRate] of Object.entries(results)) {
    const rates = Object.keys(byRate).sort((a, b) => b - a);
    lines.push(`### ${Number(count).toLocaleString('en')} practices`, '');
    lines.push(
      `| interaction | ${rates.map((rate) => `${rate}x CPU: p75 | ${rate}x: worst`).join(' | ')} | interactions per run | the slowest one: input delay / handlers / to the paint |`,
    );
    lines.push(`|---|${rates.map(() => '---:|---:').join('|')}|---:|---|`);
    for (const [kind, name] of KINDS) {
      const cells = rates.map((rate) => {
        const r = byRate[rate][kind];
        return r ? `${label(r.p75)} | ${label(r.worst)}` : 'n/a | n/a';
      });
      const first = byRate[rates[0]][kind];
      if (!first) {
        lines.push(
          `| ${name} | ${cells.join(' | ')} | 0 | ${kind === 'page' ? 'above 300 results the list scrolls (virtualized): no pages' : ''} |`,
        );
        continue;
      }
      const s = first.slowest;
      const parts =
        s && s.delay !== undefined
          ? `${s.name}: ${s.delay.toFixed(0)} / ${s.processing.toFixed(0)} / ${s.presentation.toFixed(0)} ms`
          : s
            ? `${s.name}: ${s.duration.toFixed(0)} ms to the next frame`
            : 'none over 16 ms';
      lines.push(
        `| ${name} | ${cells.join(' | ')} | ${runs ? (first.n / runs).toFixed(0) : first.n} | ${parts} (${rates[0]}x) |`,
      );
    }
    lines.push('');
  }
  const target = results[10000]?.[4];
  const targetLines = [];
  if (target) {
    const worst = Object.entries(target).sort((a, b) => b[1].p75 - a[1].p75)[0];
    const name = KINDS.find(([kind]) => kind === worst[0])[1];
    targetLines.push(
      `Target: every interaction's p75 under ${INP_TARGET} ms at 4x CPU with 10,000 practices:` +
        ` ${pass(worst[1].p75 < INP_TARGET)}; the slowest, ${name}, ${label(worst[1].p75)}.`,
      '',
    );
  }
  return [
    '## Interaction to Next Paint',
    '',
    `Measured ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:inp\`` +
      ` (bench/inp.mjs) on a shared machine${load === undefined ? '' : ` (load average ${load.toFixed(2)} at the start)`}:` +
      ' a load above the 2 cores inflates every figure. One page with `<practice-catalog>` at' +
      ' 1280×900 in headless Chromium, the feed a static file on localhost. Real input' +
      ' (Playwright mouse and keyboard): the word "robot" typed key by key, a facet opened and a' +
      ' value chosen and unchosen, up to three pages, two practices opened and closed, the host' +
      " page's language buttons setting `lang` (en, pt, fr, es), the Map tab and back, zoom" +
      ' buttons, wheel, two drags, Brazil chosen and unchosen. Time per interaction from the' +
      ' Event Timing API (`durationThreshold` 16, the longest entry of each `interactionId`; one' +
      ' not reported counts as 16 ms); wheel turns and drags from the event to the next painted' +
      ` frame. Per run the 75th percentile (nearest rank) and the worst of each kind; medians of` +
      ` ${runs ?? 'the'} runs.`,
    '',
    ...targetLines,
    ...lines,
  ].join('\n');
}

/** Puts the section into bench/RESULTS.md between its markers, or at the end. */
export const writeInpSection = (markdown, file) => writeResultsSection('inp', markdown, file);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync('dist/cdn/practice-widgets.js')) {
    console.error('Run `npm run build` first.');
    process.exit(1);
  }
  const load = loadavg()[0];
  const runs = Number(process.env.RUNS) || 5;
  const started = Date.now();
  const results = await measureInp({
    runs,
    log: (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`),
  });
  const markdown = inpSection(results, { load, runs });
  const full =
    INP_COUNTS.includes(179) &&
    INP_COUNTS.includes(10000) &&
    INP_RATES.includes(4) &&
    INP_RATES.includes(1);
  if (full && !process.env.BUNDLE && !process.env.NO_WRITE) writeInpSection(markdown);
  console.log(`\n${markdown}`);
  console.log(`load average at the end: ${loadavg()[0].toFixed(2)}`);
}
