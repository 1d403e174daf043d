#!/usr/bin/env node
/**
 * How often the page is laid out and restyled when the widgets change by themselves: one
 * `<practice-catalog>` (COUNT practices, default 179) at 360 px, in headless Chromium, with the
 * browser's own counters (`Performance.getMetrics` of the DevTools protocol: layouts, style
 * recalculations and their time, script, all tasks). The guard that keeps a widget from moving
 * the page measures the widgets around each such change (see
 * src/components/shared/steady-size.ts); this counts what that costs.
 *
 *   npm run build && npm run bench:layouts
 *   SCENARIO=saved node bench/layouts.mjs     the second visit, from the saved copy
 *   SCENARIO=lang node bench/layouts.mjs      the page's script sets another language
 *
 * SCENARIO=load (the default) counts from navigation until the page is idle with its cards;
 * `lang` counts only the change of language, from the loaded page. RUNS (default 5) sets the
 * repetitions, CPU (default 1) the slowdown; medians. BUNDLES=/a.js,/b.js compares builds, run
 * after run in turn (default: /dist/cdn/practice-widgets.js).
 */
import { generateFeed } from './feed-generator.js';
import { launchBrowser, median, startBenchServer } from './lib.mjs';

const COUNT = Number(process.env.COUNT) || 179;
const RUNS = Number(process.env.RUNS) || 5;
const CPU = Number(process.env.CPU) || 1;
const SCENARIO = process.env.SCENARIO ?? 'load';
const BUNDLES = (process.env.BUNDLES ?? '/dist/cdn/practice-widgets.js').split(',');
/** After the last change, how long the page is left to settle before it is counted. */
const SETTLE_MS = 1500;

const feedPath = `/bench/data/layouts-${COUNT}.json`;
const pagePath = (i) => `/bench/layouts-${i}.html`;
const routes = new Map([
  [
    feedPath,
    { body: JSON.stringify(generateFeed(COUNT)), type: 'application/json; charset=utf-8' },
  ],
  ...BUNDLES.map((bundle, i) => [
    pagePath(i),
    {
      body: `<!doctype html><html lang="es"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" /><title>layouts</title>
<script type="module" src="${bundle}"></script></head>
<body><p>Text above the catalogue.</p><practice-catalog src="${feedPath}"></practice-catalog>
<p>Text below it.</p></body></html>`,
      type: 'text/html; charset=utf-8',
    },
  ]),
]);

const withCards = () =>
  document
    .querySelector('practice-catalog')
    ?.shadowRoot?.querySelector('practice-list')
    ?.shadowRoot?.querySelector('practice-card');

async function loaded(page, url) {
  await page.goto(url);
  await page.waitForFunction(withCards, null, { timeout: 120_000 });
  await page.waitForTimeout(SETTLE_MS);
}

async function counters(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  if (SCENARIO === 'saved') {
    const first = await context.newPage();
    await loaded(first, url);
    await first.close();
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await loaded(page, url);
  let counted = await counters(cdp);
  if (SCENARIO === 'lang') {
    const before = counted;
    await page.evaluate(() =>
      document.querySelector('practice-catalog').setAttribute('lang', 'en'),
    );
    await page.waitForTimeout(SETTLE_MS);
    const after = await counters(cdp);
    counted = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - (before[k] ?? 0)]));
  }
  await context.close();
  return counted;
}

const server = await startBenchServer(process.cwd(), routes);
const browser = await launchBrowser();
const runs = BUNDLES.map(() => []);
for (let run = 0; run < RUNS; run += 1) {
  for (const [i] of BUNDLES.entries())
    runs[i].push(await measure(browser, server.url + pagePath(i)));
}
await browser.close();
await server.close?.();

console.log(`${SCENARIO}, ${COUNT} practices, ${CPU}x CPU, medians of ${RUNS}:`);
console.log('| build | layouts | layout | style recalculations | style | script | all tasks |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [i, bundle] of BUNDLES.entries()) {
  const of = (name, scale = 1) => median(runs[i].map((counted) => counted[name] * scale));
  const time = (name) => `${of(name, 1000).toFixed(1)} ms`;
  console.log(
    `| ${bundle} | ${of('LayoutCount')} | ${time('LayoutDuration')} | ${of('RecalcStyleCount')} | ${time('RecalcStyleDuration')} | ${time('ScriptDuration')} | ${time('TaskDuration')} |`,
  );
}
process.exit(0);
