#!/usr/bin/env node
// `npm run bench:list`: the list at 179, 1,000 and 10,000 practices in headless Chromium, with the
// built CDN bundle (run `npm run build` first). Medians of several runs, 1x CPU.
import { existsSync } from 'node:fs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { launchBrowser, median, ms } from './lib.mjs';

if (!existsSync('dist/cdn/practice-widgets.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}
const RUNS = Number(process.env.RUNS) || 5;

const server = await startStaticServer('.');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/bench/list.html`);
  await page.waitForFunction(() => window.benchReady);
  console.log(`List benchmark, Chromium ${browser.version()}, ${RUNS} runs each, 1x CPU`);
  for (const count of [179, 1000, 10000]) {
    const first = [];
    let cards = 0;
    for (let run = 0; run < RUNS; run++) {
      const result = await page.evaluate((count) => window.bench.firstRender(count), count);
      first.push(result.elapsed);
      cards = result.cards;
    }
    const keys = [];
    let shown = '';
    for (let run = 0; run < RUNS; run++) {
      const result = await page.evaluate(
        (count) => window.bench.keystrokes(count, 'robotica'),
        count,
      );
      keys.push(...result.times);
      shown = result.shown;
    }
    console.log(
      `${String(count).padStart(6)} practices: first render (validate + paint) median ${ms(median(first))}` +
        ` (${cards} cards in the DOM); search keystroke to paint median ${ms(median(keys))},` +
        ` p95 ${ms([...keys].sort((a, b) => a - b)[Math.floor(keys.length * 0.95)])} ("robotica": ${shown})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
