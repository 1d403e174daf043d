// In-page half of bench/run.mjs for our elements: the list and map benchmarks of bench:list and
// bench:map, plus the stats, the map after a filter, and the frame size the comparison uses.
import { generateFeed } from './feed-generator.js';
import { listBench } from './list-page.js';
import { mapBench, nextTask } from './map-page.js';
import { nextPaint, preparedSteps } from './prepared.js';
const stage = document.getElementById('stage');
/** The facets both our stats and the Chart.js page draw. */
export const FACETS = ['country', 'setting', 'level', 'objective'];

const texts = new Map();
const validatedFeeds = new Map();
const textOf = (count) => {
  if (!texts.has(count)) texts.set(count, JSON.stringify(generateFeed(count)));
  return texts.get(count);
};

/** Resolves once `condition` holds, checked after every task, then painted. */
async function until(condition) {
  while (!condition()) await nextTask();
}

/** A <practice-feed> holding the feed inline and `children`, resolved once they show it. */
async function linked(count, tag, ready) {
  stage.replaceChildren();
  const feed = document.createElement('practice-feed');
  feed.lang = 'es';
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = textOf(count);
  const element = document.createElement(tag);
  if (tag === 'practice-stats') element.facets = FACETS.join(',');
  feed.append(script, element);
  stage.append(feed);
  await until(() => ready(element));
  await element.updateComplete;
  await nextPaint();
  return { feed, element };
}

const statsDrawn = (stats) =>
  stats.shadowRoot?.querySelectorAll('[part="chart"]').length === FACETS.length;
const mapDrawn = (map) => Boolean(map.shadowRoot?.querySelector('svg.map .country'));

/** Milliseconds from each of several filter choices to the element repainted. */
async function filterTimes(feed, element) {
  const times = [];
  const choices = [['rural'], ['urban'], ['both'], []];
  for (let round = 0; round < 2; round++) {
    for (const setting of choices) {
      const start = performance.now();
      // The feed's filters start empty: only the setting changes.
      feed.setFilters({ ...feed.filters, setting });
      await feed.updateComplete;
      await element.updateComplete;
      await nextPaint();
      times.push(performance.now() - start);
    }
  }
  return times;
}

/** A <practice-stats> showing its placeholder and a parsed feed; the step hands it the feed. */
async function prepareStats(count, validated) {
  await customElements.whenDefined('practice-stats');
  stage.replaceChildren();
  if (validated && !validatedFeeds.has(count)) {
    const feed = JSON.parse(textOf(count));
    validatedFeeds.set(count, feed);
    // A first element validates the feed object.
    const first = document.createElement('practice-stats');
    first.feed = feed;
    stage.append(first);
    await until(() => statsDrawn(first));
    stage.replaceChildren();
  }
  const feed = validated ? validatedFeeds.get(count) : JSON.parse(textOf(count));
  const stats = document.createElement('practice-stats');
  stats.lang = 'es';
  stats.facets = FACETS.join(',');
  stage.append(stats);
  await stats.updateComplete;
  return async () => {
    const start = performance.now();
    stats.feed = feed;
    await until(() => statsDrawn(stats));
    await stats.updateComplete;
    await nextPaint();
    const elapsed = performance.now() - start;
    const bars = stats.shadowRoot.querySelectorAll('[part="chart"] .bars li').length;
    return { elapsed, bars };
  };
}

window.bench = {
  list: listBench,
  map: mapBench,

  /**
   * Milliseconds from handing <practice-stats> a parsed feed to its charts painted. `validated`
   * hands it a feed object another element has already validated (validation is done once per
   * feed object, as when several widgets share a feed), to time the stats' own work.
   */
  async statsFirstRender(count, validated = false) {
    const run = await prepareStats(count, validated);
    await nextPaint();
    return run();
  },

  /** Milliseconds from a filter choice to the stats recomputed and painted. */
  async statsRecompute(count) {
    await customElements.whenDefined('practice-stats');
    const { feed, element } = await linked(count, 'practice-stats', statsDrawn);
    const times = await filterTimes(feed, element);
    stage.replaceChildren();
    return times;
  },

  /** Milliseconds from a filter choice to the map recoloured, its markers regrouped, painted. */
  async mapFilter(count) {
    await customElements.whenDefined('practice-map');
    const { feed, element } = await linked(count, 'practice-map', mapDrawn);
    const times = await filterTimes(feed, element);
    stage.replaceChildren();
    return times;
  },

  /** The size of our map's frame, so that the Leaflet map gets the same. */
  async mapFrame() {
    await customElements.whenDefined('practice-map');
    stage.replaceChildren();
    const map = document.createElement('practice-map');
    map.feed = JSON.parse(textOf(10));
    stage.append(map);
    await until(() => mapDrawn(map));
    const box = map.shadowRoot.querySelector('svg.map').getBoundingClientRect();
    stage.replaceChildren();
    return { width: box.width, height: box.height };
  },
};
preparedSteps(window.bench, {
  stats: prepareStats,
  map: (count, validated) => mapBench.prepareRender(count, validated),
});
window.benchReady = true;
