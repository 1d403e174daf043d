#!/usr/bin/env node
// `npm run bench:stats`: how long <practice-stats> takes to work out every figure it shows for
// a feed of 10,000 practices: the query, the headline, every chart of the six facets, and each
// bar's label, number and percentage in the reader's language. Pure computation (no DOM), run
// on the TypeScript sources in Node. Prints the median of many runs per case; budget 20 ms.
import { register } from 'tsx/esm/api';

register();
const { validateFeed } = await import('../src/data/validate.ts');
const { computeStats } = await import('../src/data/stats-figures.ts');
const { EMPTY_FILTERS, FACETS, FACET_TABLE } = await import('../src/data/facets.ts');
const { EMPTY_SCOPE, scopeFromAttributes } = await import('../src/data/scope.ts');
const {
  OAS_MEMBER_STATES: COUNTRIES,
  LEVELS,
  OBJECTIVES,
  ORGANIZATION_TYPES,
  SETTINGS,
} = await import('../src/data/index.ts');
const { countryName, formatNumber, formatPercent } = await import('../src/i18n/format.ts');
const { vocabularyLabel } = await import('../src/i18n/vocabulary-labels.ts');
const { loadLanguage } = await import('../src/i18n/language-packs.ts');
// The labels are Spanish, as a Spanish page would show them.
await loadLanguage('es');

const PRACTICES = 10_000;
const RUNS = 60;
const WARM_UP = 10;
const BUDGET_MS = 20;

// A deterministic pseudo-random sequence, so that every run measures the same feed.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(random() * list.length)];
const some = (list, most) => [
  ...new Set(Array.from({ length: 1 + Math.floor(random() * most) }, () => pick(list))),
];

const published = {
  version: 1,
  language: 'es',
  practices: Array.from({ length: PRACTICES }, (_, i) => ({
    id: `p${i}`,
    title: { es: `Práctica ${i}`, en: `Practice ${i}` },
    summary: { es: 'Robótica y lectura digital en escuelas rurales.' },
    countries: random() < 0.05 ? some(COUNTRIES, 4) : [pick(COUNTRIES)],
    setting: pick(SETTINGS),
    levels: some(LEVELS, 3),
    objectives: some(OBJECTIVES, 4),
    organization: { name: `Org ${i % 500}`, type: pick(ORGANIZATION_TYPES) },
    year: 2005 + Math.floor(random() * 20),
    reach: random() < 0.7 ? { participants: Math.floor(random() * 5000) } : undefined,
  })),
};
const feed = validateFeed(published).feed;

const lang = 'es';
const collator = new Intl.Collator(lang);
const options = {
  label: (facet, value) => {
    const { kind, vocabulary } = FACET_TABLE[facet];
    if (kind === 'country') return countryName(lang, value);
    return vocabulary ? vocabularyLabel(lang, vocabulary, value, feed) : value;
  },
  compare: collator.compare,
};

/** Everything the element computes for one render of its charts. */
function recompute(scope, filters) {
  const stats = computeStats(feed, scope, filters, FACETS, options);
  let written = formatNumber(lang, stats.headline.practices).length;
  for (const chart of stats.charts) {
    for (const bar of chart.bars) {
      written += formatNumber(lang, bar.count).length + formatPercent(lang, bar.share).length;
    }
  }
  return written;
}

// Each case gives the scope and filters of run `i`. Runs alternate between two inputs, so no
// run is answered from what the one before it worked out.
const searchAndChoices = (q) => ({
  ...EMPTY_FILTERS,
  setting: ['rural'],
  level: ['primary', 'secondary'],
  objective: ['digital-skills'],
  q,
});
const cases = [
  ['no filters', () => [EMPTY_SCOPE, EMPTY_FILTERS]],
  [
    'one setting chosen',
    (i) => [EMPTY_SCOPE, { ...EMPTY_FILTERS, setting: [i % 2 ? 'urban' : 'rural'] }],
  ],
  [
    'a new search, three facets',
    (i) => [EMPTY_SCOPE, searchAndChoices(i % 2 ? 'robotica' : 'lectura')],
  ],
  [
    'a bar chosen during a search',
    (i) => [
      EMPTY_SCOPE,
      { ...searchAndChoices('robotica'), setting: i % 2 ? ['rural'] : ['rural', 'urban'] },
    ],
  ],
  [
    'scoped to five countries',
    () => [scopeFromAttributes({ country: 'AR,BR,CO,MX,PE' }), EMPTY_FILTERS],
  ],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

console.log(
  `Recomputing every chart (${FACETS.length} facets) over ${PRACTICES.toLocaleString('en')} practices, ${RUNS} runs each:`,
);
let worst = 0;
for (const [name, input] of cases) {
  for (let i = 0; i < WARM_UP; i++) recompute(...input(i));
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const [scope, filters] = input(i);
    const start = performance.now();
    recompute(scope, filters);
    times.push(performance.now() - start);
  }
  const value = median(times);
  worst = Math.max(worst, value);
  console.log(`  ${name.padEnd(30)} median ${value.toFixed(2)} ms`);
}
console.log(
  `Worst median ${worst.toFixed(2)} ms (budget ${BUDGET_MS} ms): ${worst <= BUDGET_MS ? 'ok' : 'OVER BUDGET'}`,
);
process.exitCode = worst <= BUDGET_MS ? 0 : 1;
