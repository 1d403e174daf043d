#!/usr/bin/env node
/*
 * Rendered HTML against the floor (`node bench/rendered.mjs`, after `npm run build`): the
 * first contentful paint of a page holding a `<practice-list>` of 179 practices rendered by
 * `practice-feed render` (its first page of 12, the feed at its src), against a page with one
 * paragraph and no script (the floor) and the same list from script only, on Lighthouse's
 * slow-4G profile with a 4x CPU slowdown, cold. For the rendered page the first contentful paint
 * is its practices (the page has nothing else); for the script-only page it is the list's
 * placeholder, so its first card is timed too (a MutationObserver on its shadow root). Also the
 * layout shift from navigation until the list has taken the HTML over. RUNS (default 5).
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
  ms,
  SLOW_4G,
  startBenchServer,
  throttle,
} from './lib.mjs';

const RUNS = Number(process.env.RUNS) || 5;
const FEED = '/bench/data/feed-179.json';
const feedText = JSON.stringify(generateFeed(179));
const scratch = mkdtempSync(join(tmpdir(), 'bench-rendered-'));
writeFileSync(join(scratch, 'feed.json'), feedText);
const list = execFileSync(
  process.execPath,
  [
    'bin/practice-feed.mjs',
    'render',
    join(scratch, 'feed.json'),
    '--element',
    'list',
    '--lang',
    'es',
    '--page-size',
    '12',
    '--src',
    FEED,
  ],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
);
rmSync(scratch, { recursive: true, force: true });

const page = (body, script = true) => `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>bench</title>
    ${script ? '<script type="module" src="/dist/cdn/practice-widgets.js"></script>' : ''}
  </head>
  <body>
    ${body}
  </body>
</html>
`;
const html = (body) => ({ body, type: 'text/html; charset=utf-8' });
const routes = new Map([
  [FEED, { body: feedText, type: 'application/json; charset=utf-8' }],
  ['/bench/rendered/floor.html', html(page('<p>Buenas prácticas en educación digital</p>', false))],
  ['/bench/rendered/rendered.html', html(page(list))],
  [
    '/bench/rendered/script.html',
    html(page(`<practice-list src="${FEED}" page-size="12"></practice-list>`)),
  ],
]);

/** In the page: the time of the first painted frame with a card in the list's shadow root. */
function timeFirstCard() {
  window.benchCard = new Promise((resolve) => {
    const look = () => {
      const list = document.querySelector('practice-list');
      const card = list?.shadowRoot?.querySelector('practice-card');
      if (card?.shadowRoot?.querySelector('article.card')) {
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
        return true;
      }
      return false;
    };
    const tick = () => look() || setTimeout(tick, 20);
    tick();
  });
}

async function measure(browser, path) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
  });
  try {
    await context.addInitScript(countLayoutShifts);
    await context.addInitScript(timeFirstCard);
    const tab = await context.newPage();
    await throttle(tab, { network: SLOW_4G, cpu: 4 });
    await tab.goto(`${server.url}${path}`, { waitUntil: 'load' });
    const card = path.includes('floor') ? undefined : await tab.evaluate(() => window.benchCard);
    await tab.waitForTimeout(1500);
    const fcp = await tab.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    );
    const cls = await tab.evaluate(() => window.benchShifts.cls);
    return { fcp, card, cls };
  } finally {
    await context.close();
  }
}

const server = await startBenchServer('.', routes);
const browser = await launchBrowser();
const load = loadavg()[0];
const rows = {};
for (let run = 0; run < RUNS; run++) {
  for (const name of ['floor', 'rendered', 'script']) {
    (rows[name] ??= []).push(await measure(browser, `/bench/rendered/${name}.html`));
  }
}
await browser.close();
await server.close();
const pick = (name, key) =>
  median(rows[name].map((row) => row[key]).filter((v) => v !== undefined));
console.log(
  `rendered HTML against the floor, slow 4G, 4x CPU, cold, ${RUNS} runs (medians); load average ${load.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`,
);
console.log(`floor (one paragraph, no script): first contentful paint ${ms(pick('floor', 'fcp'))}`);
console.log(
  `rendered list (12 of 179, feed at src): first contentful paint (its practices) ${ms(pick('rendered', 'fcp'))}, a card in the page at ${ms(pick('rendered', 'card'))}, CLS from navigation ${pick('rendered', 'cls').toFixed(3)}`,
);
console.log(
  `script-only list: first contentful paint (placeholder) ${ms(pick('script', 'fcp'))}, first card ${ms(pick('script', 'card'))}, CLS ${pick('script', 'cls').toFixed(3)}`,
);
