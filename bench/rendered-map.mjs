#!/usr/bin/env node
/**
 * The map rendered on the server against the map drawn by script (`node bench/rendered-map.mjs`,
 * after `npm run build`): the first useful paint (a frame with the map's countries in it) of a
 * page holding a `<practice-map>` of 179 practices as the site's map embed page has it, the
 * feed at its src, rendered by `practice-feed render --element map` or the bare element, against
 * a page with one paragraph and no script (the floor); on Lighthouse's slow-4G profile with a 4x
 * CPU slowdown, cold, at 360 px. Also the layout shift from navigation until the map has been
 * taken over and drawn for its width. RUNS (default 5). The pages and runs are
 * bench/rendered-runner.mjs's.
 */
import { ms } from './lib.mjs';
import { FEED, FLOOR, measurePages, page, render } from './rendered-runner.mjs';

/** In the page: the time of the first painted frame with the map's countries in it. */
function timeFirstMap() {
  window.benchMap = new Promise((resolve) => {
    const look = () => {
      const root = document.querySelector('practice-map')?.shadowRoot;
      if (root?.querySelector('.frame > svg.map path')) {
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
    // From the first task on: a rendered map is in the page as soon as it is parsed.
    const tick = () => look() || requestAnimationFrame(tick);
    tick();
  });
  window.benchTaken = new Promise((resolve) => {
    const look = () =>
      document.querySelector('practice-map')?.hasUpdated
        ? resolve(performance.now())
        : setTimeout(look, 20);
    look();
  });
}

const { pick, conditions } = await measurePages({
  pages: {
    floor: FLOOR,
    rendered: page(render(['--element', 'map', '--lang', 'es']), { stylesheet: true }),
    script: page(`<practice-map src="${FEED}" lang="es"></practice-map>`, { stylesheet: true }),
  },
  device: { viewport: { width: 360, height: 800 }, deviceScaleFactor: 2 },
  timer: timeFirstMap,
  read: async (tab) => ({
    useful: await tab.evaluate(() => window.benchMap),
    taken: await tab.evaluate(() => window.benchTaken),
  }),
});
console.log(`the map rendered against drawn by script, 179 practices, 360 px, ${conditions}`);
console.log(`floor (one paragraph, no script): first contentful paint ${ms(pick('floor', 'fcp'))}`);
for (const name of ['rendered', 'script']) {
  console.log(
    `${name === 'rendered' ? 'rendered map' : 'script-only map'}: first contentful paint ${ms(pick(name, 'fcp'))}, first paint with the map ${ms(pick(name, 'useful'))}, taken over / drawn by the script at ${ms(pick(name, 'taken'))}, CLS from navigation ${pick(name, 'cls').toFixed(3)}`,
  );
}
