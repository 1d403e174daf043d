#!/usr/bin/env node
/*
 * The map rendered on the server against the map drawn by script (`node bench/rendered-map.mjs`,
 * after `npm run build`): the first useful paint (a frame with the map's countries in it) of a
 * page holding a `<practice-map>` of 179 practices as the site's map embed page has it, the
 * feed at its src, rendered by `practice-feed render --element map` or the bare element, against
 * a page with one paragraph and no script (the floor); on Lighthouse's slow-4G profile with a 4x
 * CPU slowdown, cold, at 360 px. Also the layout shift from navigation until the map has been
 * taken over and drawn for its width. RUNS (default 5).
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
const scratch = mkdtempSync(join(tmpdir(), 'bench-rendered-map-'));
writeFileSync(join(scratch, 'feed.json'), feedText);
const map = execFileSync(
  process.execPath,
  [
    'bin/practice-feed.mjs',
    'render',
    join(scratch, 'feed.json'),
    '--element',
    'map',
    '--lang',
    'es',
    '--src',
    FEED,
  ],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 },
);
rmSync(scratch, { recursive: true, force: true });

const page = (body, script = true) => `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>bench</title>
    ${script ? '<link rel="stylesheet" href="/dist/cdn/practice-widgets.css" />' : ''}
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
  [
    '/bench/rendered-map/floor.html',
    html(page('<p>Buenas prácticas en educación digital</p>', false)),
  ],
  ['/bench/rendered-map/rendered.html', html(page(map))],
  [
    '/bench/rendered-map/script.html',
    html(page(`<practice-map src="${FEED}" lang="es"></practice-map>`)),
  ],
]);

/** In the page: the time of the first painted frame with the map's countries in it. */
function timeFirstMap() {
  window.benchMap = new Promise((resolve) => {
    const look = () => {
      const root = document.querySelector('practice-map')?.shadowRoot;
      if (root?.querySelector('.frame > svg.map path')) {
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
        return true;
      }
      return false;
    };
    // From the first task on: a rendered map is in the page as soon as it is parsed.
    const tick = () => look() || requestAnimationFrame(tick);
    tick();
  });
  window.benchTaken = new Promise((resolve) => {
    const look = () =>
      document.querySelector('practice-map')?.hasUpdated
        ? resolve(performance.now())
        : setTimeout(look, 20);
    look();
  });
}

async function measure(browser, path) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 800 },
    deviceScaleFactor: 2,
    isMobile: true,
  });
  try {
    await context.addInitScript(countLayoutShifts);
    await context.addInitScript(timeFirstMap);
    const tab = await context.newPage();
    await throttle(tab, { network: SLOW_4G, cpu: 4 });
    await tab.goto(`${server.url}${path}`, { waitUntil: 'load' });
    const floor = path.includes('floor');
    const useful = floor ? undefined : await tab.evaluate(() => window.benchMap);
    const taken = floor ? undefined : await tab.evaluate(() => window.benchTaken);
    await tab.waitForTimeout(1500);
    const fcp = await tab.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    );
    const cls = await tab.evaluate(() => window.benchShifts.cls);
    return { fcp, useful: floor ? fcp : useful, taken, cls };
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
    (rows[name] ??= []).push(await measure(browser, `/bench/rendered-map/${name}.html`));
  }
}
await browser.close();
await server.close();
const pick = (name, key) =>
  median(rows[name].map((row) => row[key]).filter((v) => v !== undefined));
console.log(
  `the map rendered against drawn by script, 179 practices, 360 px, slow 4G, 4x CPU, cold, ${RUNS} runs (medians); load average ${load.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`,
);
console.log(`floor (one paragraph, no script): first contentful paint ${ms(pick('floor', 'fcp'))}`);
for (const name of ['rendered', 'script']) {
  console.log(
    `${name === 'rendered' ? 'rendered map' : 'script-only map'}: first contentful paint ${ms(pick(name, 'fcp'))}, first paint with the map ${ms(pick(name, 'useful'))}, taken over / drawn by the script at ${ms(pick(name, 'taken'))}, CLS from navigation ${pick(name, 'cls').toFixed(3)}`,
  );
}
