#!/usr/bin/env node
/**
 * Rendered HTML against the floor (`node bench/rendered.mjs`, after `npm run build`): the
 * first contentful paint of a page holding a `<practice-list>` of 179 practices rendered by
 * `practice-feed render` (its first page of 12, the feed at its src), against a page with one
 * paragraph and no script (the floor) and the same list from script only, on Lighthouse's
 * slow-4G profile with a 4x CPU slowdown, cold. For the rendered page the first contentful paint
 * is its practices (the page has nothing else); for the script-only page it is the list's
 * placeholder, so its first card is timed too (a MutationObserver on its shadow root). Also the
 * layout shift from navigation until the list has taken the HTML over. RUNS (default 5). The
 * pages and runs are bench/rendered-runner.mjs's.
 */
import { ms } from './lib.mjs';
import { FEED, FLOOR, measurePages, page, render } from './rendered-runner.mjs';

/** In the page: the time of the first painted frame with a card in the list's shadow root. */
function timeFirstCard() {
  window.benchCard = new Promise((resolve) => {
    const look = () => {
      const list = document.querySelector('practice-list');
      const card = list?.shadowRoot?.querySelector('practice-card');
      if (card?.shadowRoot?.querySelector('article.card')) {
        // After the frame is painted, ahead of the tasks queued before (see observePage).
        const after = () => resolve(performance.now());
        requestAnimationFrame(() =>
          globalThis.scheduler?.postTask
            ? scheduler.postTask(after, { priority: 'user-blocking' })
            : setTimeout(after),
        );
        return true;
      }
      return false;
    };
    const tick = () => look() || setTimeout(tick, 20);
    tick();
  });
}

const { pick, conditions } = await measurePages({
  pages: {
    floor: FLOOR,
    rendered: page(render(['--element', 'list', '--lang', 'es', '--page-size', '12'])),
    script: page(`<practice-list src="${FEED}" page-size="12"></practice-list>`),
  },
  device: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 },
  timer: timeFirstCard,
  read: async (tab) => ({ card: await tab.evaluate(() => window.benchCard) }),
});
console.log(`rendered HTML against the floor, ${conditions}`);
console.log(`floor (one paragraph, no script): first contentful paint ${ms(pick('floor', 'fcp'))}`);
console.log(
  `rendered list (12 of 179, feed at src): first contentful paint (its practices) ${ms(pick('rendered', 'fcp'))}, a card in the page at ${ms(pick('rendered', 'card'))}, CLS from navigation ${pick('rendered', 'cls').toFixed(3)}`,
);
console.log(
  `script-only list: first contentful paint (placeholder) ${ms(pick('script', 'fcp'))}, first card ${ms(pick('script', 'card'))}, CLS ${pick('script', 'cls').toFixed(3)}`,
);
