// The charts a partner would build instead of <practice-stats>: Chart.js horizontal bars of the
// same facets, counted by hand, labels in Spanish. For bench/run.mjs.
/* global Chart */
import { generateFeed } from './feed-generator.js';
import { nextPaint, preparedSteps } from './prepared.js';

const stage = document.getElementById('stage');
const texts = new Map();
const textOf = (count) => {
  if (!texts.has(count)) texts.set(count, JSON.stringify(generateFeed(count)));
  return texts.get(count);
};
const FACETS = {
  country: (practice) => practice.countries,
  setting: (practice) => [practice.setting],
  level: (practice) => practice.levels,
  objective: (practice) => practice.objectives,
};
const regions = new Intl.DisplayNames(['es'], { type: 'region' });
let charts = [];

/** The previous charts gone and a parsed feed; the step draws every chart and paints them. */
function prepareRender(count) {
  for (const chart of charts) chart.destroy();
  charts = [];
  stage.replaceChildren();
  const feed = JSON.parse(textOf(count));
  return async () => {
    const start = performance.now();
    for (const [facet, valuesOf] of Object.entries(FACETS)) {
      const counts = new Map();
      for (const practice of feed.practices) {
        for (const value of valuesOf(practice) ?? []) {
          counts.set(value, (counts.get(value) ?? 0) + 1);
        }
      }
      const rows = [...counts].sort((a, b) => b[1] - a[1]);
      const canvas = document.createElement('canvas');
      canvas.className = 'chart';
      canvas.width = 600;
      canvas.height = 40 + rows.length * 24;
      stage.append(canvas);
      charts.push(
        new Chart(canvas, {
          type: 'bar',
          data: {
            labels: rows.map(([value]) => (facet === 'country' ? regions.of(value) : value)),
            datasets: [{ label: facet, data: rows.map(([, n]) => n) }],
          },
          options: { indexAxis: 'y', animation: false, responsive: false },
        }),
      );
    }
    await nextPaint();
    const elapsed = performance.now() - start;
    return { elapsed, bars: charts.reduce((sum, chart) => sum + chart.data.labels.length, 0) };
  };
}

window.bench = {
  /** Milliseconds from handing the page a parsed feed to every chart painted. */
  async render(count) {
    const run = prepareRender(count);
    await nextPaint();
    return run();
  },
};
preparedSteps(window.bench, { render: prepareRender });
window.benchReady = true;
