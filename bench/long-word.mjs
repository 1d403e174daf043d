#!/usr/bin/env node
/*
 * `node bench/long-word.mjs`: how long the browser takes to lay out one unbroken word of
 * 10,000 to 100,000 letters in a 320 px wide box, under the CSS that could wrap it, and with
 * the text cut to a bounded length. Plain HTML, no library: it shows which costs, so that the
 * elements can choose. RUNS (default 3) sets the repetitions; medians are reported.
 */
import { launchBrowser, median } from './lib.mjs';

const RUNS = Number(process.env.RUNS) || 3;
const LENGTHS = [10_000, 30_000, 100_000];
const VARIANTS = {
  'overflow-wrap: anywhere': 'overflow-wrap: anywhere',
  'overflow-wrap: break-word': 'overflow-wrap: break-word',
  'word-break: break-all': 'word-break: break-all',
  'anywhere + line clamp 2':
    'overflow-wrap: anywhere; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden',
  'overflow: hidden, no wrap': 'overflow: hidden; white-space: nowrap; text-overflow: ellipsis',
  'anywhere, cut to 2,000 characters': 'overflow-wrap: anywhere',
};
const CUT = 2000;

const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
await page.setContent('<!doctype html><body></body>');
const results = {};
for (const [name, css] of Object.entries(VARIANTS)) {
  results[name] = {};
  for (const length of LENGTHS) {
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      const text = 'a'.repeat(name.includes('cut') ? Math.min(length, CUT) : length);
      times.push(
        await page.evaluate(
          ({ css, text }) => {
            document.body.replaceChildren();
            const style = document.createElement('style');
            style.textContent = `.box { width: 320px; display: flex; flex-direction: column } .text { ${css} }`;
            const box = document.createElement('div');
            box.className = 'box';
            const p = document.createElement('p');
            p.className = 'text';
            p.textContent = text;
            box.append(p);
            document.body.append(style, box);
            const start = performance.now();
            void box.getBoundingClientRect().height;
            return performance.now() - start;
          },
          { css, text },
        ),
      );
    }
    results[name][length] = median(times);
  }
}
await browser.close();
console.log(`| CSS | ${LENGTHS.map((n) => `${n.toLocaleString('en')} letters`).join(' | ')} |`);
console.log(`|---|${LENGTHS.map(() => '---:').join('|')}|`);
for (const [name, row] of Object.entries(results)) {
  console.log(`| ${name} | ${LENGTHS.map((n) => `${row[n].toFixed(1)} ms`).join(' | ')} |`);
}
