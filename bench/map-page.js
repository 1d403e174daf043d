// In-page half of bench/map.mjs: renders <practice-map> over generated feeds and times it.
import { generateFeed } from './feed-generator.js';
import { nextPaint } from './prepared.js';

const channel = new MessageChannel();
/** Resolves after the tasks already queued: unlike setTimeout, never clamped to 4 ms. */
export const nextTask = () =>
  new Promise((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
const stage = document.getElementById('stage');

/** A map element with `feed`, resolved when its outlines and markers are drawn and painted. */
async function drawnMap(feed) {
  const map = document.createElement('practice-map');
  map.lang = 'en';
  map.feed = feed;
  stage.append(map);
  // Checked after every task, not every frame, so that no frame is lost waiting for the check.
  while (!map.shadowRoot?.querySelector('svg.map .country')) {
    await map.updateComplete;
    if (!map.shadowRoot?.querySelector('svg.map .country')) await nextTask();
  }
  await map.updateComplete;
  await nextPaint();
  return map;
}

// One feed object per size, so that its validation is done once; a fresh copy to time it.
const texts = new Map();
const feeds = new Map();
function feedOf(count, fresh = false) {
  if (!texts.has(count)) texts.set(count, JSON.stringify(generateFeed(count)));
  if (fresh) return JSON.parse(texts.get(count));
  if (!feeds.has(count)) feeds.set(count, JSON.parse(texts.get(count)));
  return feeds.get(count);
}

export const mapBench = {
  /** Loads the outlines and the map's code once, as a first map on a page does. */
  async warmUp() {
    await customElements.whenDefined('practice-map');
    stage.replaceChildren();
    const start = performance.now();
    await drawnMap(feedOf(10));
    const elapsed = performance.now() - start;
    stage.replaceChildren();
    return elapsed;
  },

  /**
   * Milliseconds from handing a map its data until it is painted, outlines already loaded:
   * `validated` leaves out the feed's validation (done once per feed object, as when several
   * widgets share a feed), to time the map's own work: counting, clustering and drawing.
   */
  async render(count, validated) {
    const run = await this.prepareRender(count, validated);
    await nextPaint();
    return run();
  },

  /** The stage emptied and the feed ready; the step draws a map of it and paints it. */
  async prepareRender(count, validated) {
    const feed = feedOf(count, !validated);
    if (validated) {
      // Validation happens once per feed object: a first map pays it.
      await drawnMap(feed);
    }
    stage.replaceChildren();
    return async () => {
      const start = performance.now();
      const map = await drawnMap(feed);
      const elapsed = performance.now() - start;
      const markers = map.shadowRoot.querySelectorAll('[data-marker]').length;
      return { elapsed, markers };
    };
  },

  /** Milliseconds from a zoom button press until the regrouped markers are painted. */
  async zoom(count) {
    stage.replaceChildren();
    const map = await drawnMap(feedOf(count));
    const zoomIn = map.shadowRoot.querySelector('.zoom button');
    const times = [];
    for (let i = 0; i < 4; i++) {
      const start = performance.now();
      zoomIn.click();
      await map.updateComplete;
      await nextPaint();
      times.push(performance.now() - start);
    }
    stage.replaceChildren();
    return times;
  },
};
// bench/run.mjs imports this module with others: it sets its own `window.bench` after.
window.bench = mapBench;
window.benchReady = true;
