#!/usr/bin/env node
// `npm run bench:sort`: how long ordering 10,000 practices by title takes the first time
// a language is asked for (`sortPractices` of src/data/query.ts; each language's order is kept,
// so asking again is free). Generated titles as bench/feed-generator.js makes them ("Proyecto
// radio y ciencia 123": words, accents and numbers). Pure computation, on the TypeScript sources
// in Node. Prints the median of RUNS (default 15) runs, each over a freshly validated feed.
import { register } from 'tsx/esm/api';
import { generateFeed } from './feed-generator.js';

register();
const { validateFeed } = await import('../src/data/validate.ts');
const { sortPractices } = await import('../src/data/query.ts');
const { localize } = await import('../src/data/localized-text.ts');

const PRACTICES = Number(process.env.PRACTICES ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 15);
const LANGUAGES = ['es', 'en', 'pt', 'fr'];

const published = generateFeed(PRACTICES);
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

const firstTime = Object.fromEntries(LANGUAGES.map((lang) => [lang, []]));
const again = [];
for (let run = 0; run < RUNS; run++) {
  const { feed } = validateFeed(structuredClone(published));
  for (const lang of LANGUAGES) {
    const labels = {
      title: (p) => localize(p.title, lang, feed.language) ?? p.id,
      country: (code) => code,
    };
    const start = performance.now();
    sortPractices(feed, feed.practices, 'title', lang, labels);
    firstTime[lang].push(performance.now() - start);
  }
  const start = performance.now();
  sortPractices(feed, feed.practices, 'title', 'es', {
    title: (p) => localize(p.title, 'es', feed.language) ?? p.id,
    country: (code) => code,
  });
  again.push(performance.now() - start);
}
console.log(`${PRACTICES} practices by title, median of ${RUNS} runs (ms):`);
for (const lang of LANGUAGES) {
  console.log(`  first time in ${lang}: ${median(firstTime[lang]).toFixed(1)}`);
}
console.log(`  back to es (kept): ${median(again).toFixed(1)}`);
