#!/usr/bin/env node
/*
 * `node bench/compare-builds.mjs`: one interaction of `<practice-catalog>` (the page of
 * bench/inp.mjs) in two builds, alternating, on this machine in the same minutes: single runs of
 * `npm run bench:inp` differ by more than most changes do on a shared machine.
 *
 *   BASE=/bench/out/base/cdn/practice-widgets.js node bench/compare-builds.mjs
 *
 * BASE is a build of the version to compare with (for instance `git worktree add` of it, built,
 * and its dist/cdn copied to bench/out/base/cdn); the other is dist/cdn. KIND: `open` (a practice
 * opened, then closed by its button; default) or `tab` (the Map tab, then back to the list).
 * COUNT practices (default 10000), ROUNDS page loads of each build (default 4), at 4x CPU. In each
 * round the order of the two builds is swapped: the second page of a round pays for the first's
 * teardown (its feed collected) on its first interaction.
 *
 * Per build: the first interaction of the page (median over the rounds), the later ones and the
 * way back (medians of all), from the Event Timing API, as bench/inp.mjs counts them; for `tab`,
 * also the longest task from the first Map tab until the map is drawn (`longtask` entries): the
 * map's first drawing, a task of its own after the tab's paint.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { prepareInpPages } from './inp.mjs';
import { launchBrowser, median, startBenchServer, throttle } from './lib.mjs';

const COUNT = Number(process.env.COUNT) || 10000;
const ROUNDS = Number(process.env.ROUNDS) || 4;
const KIND = process.env.KIND === 'tab' ? 'tab' : 'open';
const BUILDS = {
  base: process.env.BASE ?? '/bench/out/base/cdn/practice-widgets.js',
  current: '/dist/cdn/practice-widgets.js',
};
/** Interactions per page load; the first is reported on its own. */
const TIMES = 6;

prepareInpPages([COUNT]);
const template = readFileSync(`bench/out/inp/page-${COUNT}.html`, 'utf8');
for (const [name, bundle] of Object.entries(BUILDS)) {
  writeFileSync(
    `bench/out/inp/compare-${name}-${COUNT}.html`,
    template.replace(/src="[^"]*practice-widgets\.js"/, `src="${bundle}"`),
  );
}

const loaded = () =>
  !!document
    .querySelector('practice-catalog')
    ?.shadowRoot?.querySelector('practice-list')
    ?.shadowRoot?.querySelector('practice-card')
    ?.shadowRoot?.querySelector('button.open');

function observeInteractions() {
  window.__interactions = [];
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId) window.__interactions.push(entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // Tasks over 50 ms: the map's first drawing, after the first Map tab, is one of its own.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
}

const mapDrawn = () =>
  !!document
    .querySelector('practice-catalog')
    ?.shadowRoot?.querySelector('practice-map')
    ?.shadowRoot?.querySelector('svg.map .country');

/** The two steps of one interaction and its way back. */
function steps(catalog, i) {
  return KIND === 'tab'
    ? [catalog.locator('#tab-map'), catalog.locator('#tab-list')]
    : [
        catalog.locator('practice-list practice-card button.open').nth(i % 4),
        catalog.locator('practice-list [part="dialog"] button.close'),
      ];
}

async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(observeInteractions);
    const page = await context.newPage();
    await throttle(page, { cpu: 4 });
    await page.goto(url);
    await page.waitForFunction(loaded, null, { timeout: 120_000, polling: 250 });
    // A reader looks at the page before acting: what it prepares when idle is ready.
    await page.waitForTimeout(4000);
    const out = { there: [], back: [], longestAfterFirst: 0 };
    for (let i = 0; i < TIMES; i++) {
      for (const [step, locator] of steps(page.locator('practice-catalog'), i).entries()) {
        await locator.scrollIntoViewIfNeeded();
        const box = await locator.boundingBox();
        await page.waitForTimeout(400);
        await page.evaluate(() => {
          window.__interactions = [];
          window.__longTasks = [];
        });
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        const firstMap = KIND === 'tab' && i === 0 && step === 0;
        // The first Map tab: until the map is drawn, then the longest task on the way.
        if (firstMap) await page.waitForFunction(mapDrawn, null, { timeout: 60_000, polling: 250 });
        await page.waitForTimeout(firstMap ? 1500 : 1200);
        const durations = await page.evaluate(() => window.__interactions);
        if (firstMap) {
          out.longestAfterFirst = Math.round(
            Math.max(0, ...(await page.evaluate(() => window.__longTasks))),
          );
        }
        // Not reported: under the API's 16 ms threshold.
        out[step ? 'back' : 'there'].push(durations.length ? Math.max(...durations) : 16);
      }
    }
    return out;
  } finally {
    await context.close();
  }
}

const server = await startBenchServer('.');
const browser = await launchBrowser();
const results = { base: [], current: [] };
try {
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? ['current', 'base'] : ['base', 'current'];
    for (const name of order) {
      results[name].push(
        await measure(browser, `${server.url}/bench/out/inp/compare-${name}-${COUNT}.html`),
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const what = KIND === 'tab' ? ['the Map tab', 'back to the list'] : ['opening', 'closing'];
console.log(`${KIND}, ${COUNT} practices, 4x CPU, ${ROUNDS} page loads of each build:`);
for (const [name, runs] of Object.entries(results)) {
  const first = runs.map((run) => run.there[0]);
  const later = runs.flatMap((run) => run.there.slice(1));
  const back = runs.flatMap((run) => run.back);
  const longest = runs.map((run) => run.longestAfterFirst);
  console.log(
    `  ${name.padEnd(7)} first ${what[0]} ${median(first)} ms (${first.join(', ')}); ` +
      `later ${median(later)} ms; ${what[1]} ${median(back)} ms` +
      (KIND === 'tab'
        ? `; the longest task until the map is drawn ${median(longest)} ms (${longest.join(', ')})`
        : ''),
  );
}
