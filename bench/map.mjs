#!/usr/bin/env node
// `npm run bench:map`: <practice-map> in headless Chromium with the built CDN bundle (run
// `npm run build` first): the time from data to a painted map for generated feeds of 179 and
// 10,000 practices (every practice has a location, so 10,000 markers to cluster), and from a
// zoom step to the regrouped markers painted. Medians of several runs. CPU=4 slows the CPU
// down four times, as on a cheap phone.
import { existsSync } from 'node:fs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { launchBrowser, median, ms, throttle } from './lib.mjs';

if (!existsSync('dist/cdn/practice-widgets.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}
const RUNS = Number(process.env.RUNS) || 7;
const CPU = Number(process.env.CPU) || 1;

const server = await startStaticServer('.');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await throttle(page, { cpu: CPU });
  await page.goto(`${server.url}/bench/map.html`);
  await page.waitForFunction(() => window.benchReady);
  console.log(`Map benchmark, Chromium ${browser.version()}, ${RUNS} runs each, ${CPU}x CPU`);
  const warmUp = await page.evaluate(() => window.bench.warmUp());
  console.log(`first map on the page (loads the outlines and the map's code): ${ms(warmUp)}`);
  for (const count of [179, 10000]) {
    for (const validated of [false, true]) {
      const times = [];
      let markers = 0;
      for (let run = 0; run < RUNS; run++) {
        const result = await page.evaluate(
          ([count, validated]) => window.bench.render(count, validated),
          [count, validated],
        );
        times.push(result.elapsed);
        markers = result.markers;
      }
      console.log(
        `${String(count).padStart(6)} practices, data to painted map` +
          `${validated ? ' (feed already validated)' : ' (with validation)      '}:` +
          ` median ${ms(median(times))} (${markers} markers drawn)`,
      );
    }
    const zooms = [];
    for (let run = 0; run < Math.ceil(RUNS / 2); run++) {
      zooms.push(...(await page.evaluate((count) => window.bench.zoom(count), count)));
    }
    console.log(
      `${String(count).padStart(6)} practices, zoom step to painted markers: median ${ms(median(zooms))}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
