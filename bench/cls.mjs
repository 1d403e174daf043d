#!/usr/bin/env node
/*
 * `npm run bench:cls`: cumulative layout shift from navigation start, with and without the page
 * stylesheet (dist/cdn/practice-widgets.css). Run `npm run build` first.
 *
 * A publisher's page: a heading and a paragraph, then the widgets, then more text. Two pages:
 * a <practice-feed> holding a card and the figures (<practice-stats>), and a
 * <practice-catalog>. Each at 360 and 1280 px wide, on Lighthouse's slow-4G profile with a 4x
 * CPU slowdown, with a cold cache (the library held until the page's text is painted, as a slow
 * network delivers it) and on a second visit (the library in the HTTP cache, the feed's saved
 * copy on the device).
 *
 * Layout shifts are summed from navigation start (a PerformanceObserver with `buffered: true`,
 * set before any of the page's scripts), until 2 s after the feed is shown. RUNS (default 5)
 * sets the repetitions; the median is reported, the worst run beside it, and how many runs
 * shifted at all: without the stylesheet a page shifts when its text was drawn before the
 * library ran, which on a cold visit is the case measured and on a second visit depends on
 * timing.
 */
import { existsSync } from 'node:fs';
import { generateFeed } from './feed-generator.js';
import {
  countLayoutShifts,
  launchBrowser,
  median,
  SLOW_4G,
  startBenchServer,
  throttle,
} from './lib.mjs';

if (!existsSync('dist/cdn/practice-widgets.css')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}

const RUNS = Number(process.env.RUNS) || 5;
const SETTLE_MS = 2000;
const FEED = '/bench/data/cls-feed.json';

const TEXT =
  'Las buenas prácticas en educación digital de la región muestran cómo escuelas, ministerios y ' +
  'organizaciones llevan la tecnología al aula: formación docente, contenidos abiertos, ' +
  'conectividad rural y nuevas formas de evaluar lo que los estudiantes aprenden.';

const PAGES = {
  'feed, card and figures': `<practice-feed src="${FEED}">
      <practice-card practice-id="practice-3"></practice-card>
      <practice-stats></practice-stats>
    </practice-feed>`,
  catalogue: `<practice-catalog src="${FEED}"></practice-catalog>`,
};

const page = (body, stylesheet) => `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Buenas prácticas</title>
    ${stylesheet ? '<link rel="stylesheet" href="/dist/cdn/practice-widgets.css" />' : ''}
    <script type="module" src="/dist/cdn/practice-widgets.js"></script>
  </head>
  <body>
    <h1>Buenas prácticas en educación digital</h1>
    <p>${TEXT}</p>
    ${body}
    ${`<p>${TEXT}</p>`.repeat(12)}
  </body>
</html>
`;

const routes = new Map([
  [FEED, { body: JSON.stringify(generateFeed(179)), type: 'application/json; charset=utf-8' }],
]);
const paths = {};
for (const [index, [name, body]] of Object.entries(PAGES).entries()) {
  for (const stylesheet of [false, true]) {
    const path = `/bench/cls/${index}-${stylesheet ? 'with' : 'without'}.html`;
    routes.set(path, { body: page(body, stylesheet), type: 'text/html; charset=utf-8' });
    paths[`${name}|${stylesheet}`] = path;
  }
}

/**
 * Runs in the page before its scripts, after countLayoutShifts: when the page's text was first
 * drawn and when the feed was shown.
 */
function observeShifts() {
  // Whether the page was painted before the library defined the elements: the case measured.
  // Resolves once a frame has been drawn with the whole page parsed: its text on screen.
  window.benchTextDrawn = new Promise((resolve) => {
    const afterFrame = () => requestAnimationFrame(() => setTimeout(resolve));
    const whenParsed = () => {
      if (document.readyState !== 'loading') afterFrame();
      else document.addEventListener('readystatechange', whenParsed, { once: true });
    };
    whenParsed();
  });
  window.benchFeedShown = new Promise((resolve) =>
    document.addEventListener('practice-feed-load', () => resolve(), { once: true }),
  );
}

const WIDTHS = {
  360: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true },
  1280: { viewport: { width: 1280, height: 800 } },
};

async function measure(browser, url, device, saved) {
  const context = await browser.newContext(device);
  try {
    await context.addInitScript(countLayoutShifts);
    await context.addInitScript(observeShifts);
    if (saved) {
      // The first visit saves the feed and fills the HTTP cache; the second is measured.
      const first = await context.newPage();
      await first.goto(url);
      await first.evaluate(() => window.benchFeedShown);
      await first.waitForTimeout(500);
      await first.close();
    }
    const tab = await context.newPage();
    let release = () => {};
    if (!saved) {
      // On a cold visit the library is held until the page's text is drawn, as on a slow network
      // it arrives after the page's text is drawn: the case the stylesheet is for. (A second
      // visit takes it from the HTTP cache, as it comes.)
      const painted = new Promise((resolve) => (release = resolve));
      await tab.route('**/dist/cdn/practice-widgets.js', async (route) => {
        await painted;
        await route.continue();
      });
    }
    const cdp = await throttle(tab, { network: SLOW_4G, cpu: 4 });
    await tab.goto(url, { waitUntil: 'commit' });
    await cdp.send('Runtime.evaluate', {
      expression: 'window.benchFirstPaint',
      awaitPromise: true,
    });
    release();
    await cdp.send('Runtime.evaluate', { expression: 'window.benchFeedShown', awaitPromise: true });
    await tab.waitForTimeout(SETTLE_MS);
    return await tab.evaluate(() => ({ ...window.benchShifts }));
  } finally {
    await context.close();
  }
}

const server = await startBenchServer('.', routes);
const browser = await launchBrowser();
const rows = [];
try {
  for (const name of Object.keys(PAGES)) {
    for (const width of Object.keys(WIDTHS)) {
      for (const saved of [false, true]) {
        const row = { page: name, width, visit: saved ? 'saved' : 'cold' };
        for (const stylesheet of [false, true]) {
          const url = server.url + paths[`${name}|${stylesheet}`];
          const runs = [];
          for (let run = 0; run < RUNS; run++) {
            runs.push(await measure(browser, url, WIDTHS[width], saved));
          }
          const cls = runs.map((r) => r.cls);
          row[stylesheet ? 'with' : 'without'] = {
            median: median(cls),
            worst: Math.max(...cls),
            shifted: runs.filter((r) => r.shifts > 0).length,
          };
        }
        rows.push(row);
        console.log(
          `${name}, ${width} px, ${row.visit}: CLS without the stylesheet ${row.without.median.toFixed(3)}` +
            ` (worst ${row.without.worst.toFixed(3)}), with it ${row.with.median.toFixed(3)}` +
            ` (worst ${row.with.worst.toFixed(3)}); runs with a shift:` +
            ` ${row.without.shifted}/${RUNS} without, ${row.with.shifted}/${RUNS} with`,
        );
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const f = (value) => value.toFixed(3);
console.log(
  `\nCLS from navigation start, median of ${RUNS} runs (worst run), slow 4G, 4x CPU:\n\n` +
    '| page | width | visit | without the stylesheet | with it | runs with a shift (without / with) |\n|---|---|---|---|---|---|\n' +
    rows
      .map(
        (r) =>
          `| ${r.page} | ${r.width} px | ${r.visit} | ${f(r.without.median)} (${f(r.without.worst)}) | ${f(r.with.median)} (${f(r.with.worst)}) | ${r.without.shifted}/${RUNS} / ${r.with.shifted}/${RUNS} |`,
      )
      .join('\n'),
);
