// In-page half of bench/list.mjs: builds the widgets over a generated feed and times them.
import { generateFeed } from './feed-generator.js';

const nextPaint = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const stage = document.getElementById('stage');

async function settled(element) {
  // Nested Lit elements: wait until no update is pending anywhere below.
  for (let i = 0; i < 5; i++) {
    await element.updateComplete;
    const cards = element.shadowRoot?.querySelectorAll('practice-card') ?? [];
    await Promise.all([...cards].map((card) => card.updateComplete));
  }
}

export const listBench = {
  /** Milliseconds from handing the parsed feed to a list until the first page is painted. */
  async firstRender(count) {
    await customElements.whenDefined('practice-list');
    const json = JSON.stringify(generateFeed(count));
    const feed = JSON.parse(json);
    stage.replaceChildren();
    const list = document.createElement('practice-list');
    stage.append(list);
    await settled(list);
    const start = performance.now();
    list.feed = feed;
    await settled(list);
    // Long results scroll virtually: wait until the visible cards are there.
    while (!list.shadowRoot.querySelector('practice-card')) await nextPaint();
    await settled(list);
    await nextPaint();
    const elapsed = performance.now() - start;
    const cards = list.shadowRoot.querySelectorAll('practice-card').length;
    return { elapsed, cards };
  },

  /** Milliseconds from a keystroke in the search box until the updated list is painted. */
  async keystrokes(count, text) {
    await customElements.whenDefined('practice-feed');
    stage.replaceChildren();
    const feed = document.createElement('practice-feed');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(generateFeed(count));
    feed.append(
      script,
      document.createElement('practice-filters'),
      document.createElement('practice-list'),
    );
    stage.append(feed);
    const filters = feed.querySelector('practice-filters');
    const list = feed.querySelector('practice-list');
    while (!filters.shadowRoot?.querySelector('input[type="search"]')) await nextPaint();
    await settled(list);
    await nextPaint();
    // The filters prepare the search text when the page is idle, as it is before a reader types.
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const input = filters.shadowRoot.querySelector('input[type="search"]');
    const times = [];
    for (let i = 1; i <= text.length; i++) {
      const start = performance.now();
      input.value = text.slice(0, i);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settled(filters);
      await settled(list);
      await nextPaint();
      times.push(performance.now() - start);
    }
    const shown = list.shadowRoot.querySelector('[part="count"]').textContent.trim();
    return { times, shown, cards: list.shadowRoot.querySelectorAll('practice-card').length };
  },
};
// bench/run.mjs imports this module with others: it sets its own `window.bench` after.
window.bench = listBench;
window.benchReady = true;
