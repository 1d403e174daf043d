// A rendered catalogue taken over (`practice-feed render --element catalog`:
// test/fixtures/rendered/cdn-catalog-*.html), with its feed inline and at its src, on a page with
// text below it. Before any script of the library runs, a classic script at the end of the page
// notes the catalogue's box, its parts, its cards and their titles; once every part has taken
// the HTML over, the same nodes must be there, the boxes unmoved, and an inline feed never
// requested (see hydration.mjs for the card and the list).
import { readFileSync } from 'node:fs';

const FIXTURES = 'test/fixtures/rendered/';
const FEED = `/${FIXTURES}feed.json`;
const fixture = (name) => readFileSync(`${FIXTURES}${name}`, 'utf8');
const PAGES = {
  catalogue: '/test/e2e/rendered/catalog-inline.html',
  'catalogue with src': '/test/e2e/rendered/catalog-src.html',
};
const RECORD = '/test/e2e/rendered/record-catalog.js';

/** Notes, before the library runs, the catalogue's box, its parts, cards and titles. */
const record = `window.__parts = (catalog) => {
  const root = catalog.shadowRoot;
  const list = root.querySelector('practice-list');
  const cards = [...list.shadowRoot.querySelectorAll('practice-card')];
  return {
    parts: [root.querySelector('practice-feed'), root.querySelector('practice-catalog-header'), root.querySelector('practice-filters'), list],
    cards,
    titles: cards.map((card) => card.shadowRoot.querySelector('.title')),
  };
};
window.__rendered = [...document.querySelectorAll('.rendered > practice-catalog')].map((host) => {
  const { top, left, width, height } = host.getBoundingClientRect();
  return { host, ...window.__parts(host), box: { top, left, width, height } };
});
window.__below = document.querySelector('.below').getBoundingClientRect().top;
`;

export function pages({ pageHtml }) {
  const page = (title, markup) =>
    pageHtml(
      title,
      `<div class="rendered">${markup}</div>
    <p class="below">Text below the widget, which must not move.</p>
    <script src="${RECORD}"></script>`,
      { lang: 'es' },
    );
  return [
    [RECORD, record],
    [PAGES.catalogue, page('Rendered catalogue', fixture('cdn-catalog-inline.html'))],
    [
      PAGES['catalogue with src'],
      page(
        'Rendered catalogue with src',
        fixture('cdn-catalog-src.html').replaceAll('/feeds/rendered.json', FEED),
      ),
    ],
  ];
}

/** What the page shows once the library has taken the rendered HTML over. */
function takenOver() {
  return window.__rendered.map(({ host, parts, cards, titles, box }) => {
    const now = window.__parts(host);
    const rect = host.getBoundingClientRect();
    return {
      connected: host.isConnected,
      sameParts: now.parts.every((part, i) => part === parts[i]),
      sameCards:
        now.cards.length === cards.length && now.cards.every((card, i) => card === cards[i]),
      sameTitles: now.titles.every((title, i) => title === titles[i]),
      cards: now.cards.length,
      moved: ['top', 'left', 'width', 'height'].filter(
        (key) => Math.abs(rect[key] - box[key]) > 0.5,
      ),
      skeleton: [host, ...now.parts, ...now.cards].some(
        (el) => !!el.shadowRoot.querySelector('[class*="skeleton"]'),
      ),
    };
  });
}

export async function run({ engine, openPage, waitFor, check }) {
  for (const [name, path] of Object.entries(PAGES)) {
    const { page } = await openPage(path, { width: 360, height: 740 });
    const done = await waitFor(page, () =>
      (window.__rendered ?? []).every(
        ({ host, parts, cards }) =>
          host.hasUpdated &&
          parts.every((part) => part.hasUpdated) &&
          cards.every((card) => card.hasUpdated),
      ),
    );
    const seen = done ? await page.evaluate(takenOver) : [];
    const after = await page.evaluate(() => ({
      below: document.querySelector('.below').getBoundingClientRect().top,
      before: window.__below,
      cls: window.__cls,
      feeds: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.json')).length,
    }));
    const problems = await page.problems();
    await page.close();
    const all = seen.length > 0 && seen.every((element) => element.cards > 0);
    check(
      `rendered ${name}: taken over with the same nodes (parts, cards, titles), no loading state`,
      done &&
        all &&
        seen.every((e) => e.connected && e.sameParts && e.sameCards && e.sameTitles && !e.skeleton),
      JSON.stringify(seen),
    );
    check(
      `rendered ${name}: nothing moves (the catalogue's box, the text below)`,
      all && seen.every((e) => e.moved.length === 0) && Math.abs(after.below - after.before) <= 0.5,
      JSON.stringify({ moved: seen.map((e) => e.moved), ...after }),
    );
    if (engine === 'chromium') {
      console.log(
        `# rendered ${name}: layout shift from navigation ${Number(after.cls ?? 0).toFixed(3)}`,
      );
    }
    check(
      `rendered ${name}: ${name.includes('src') ? 'one request for the feed' : 'no request for the inline feed'}, no error`,
      after.feeds === (name.includes('src') ? 1 : 0) && problems.length === 0,
      `${after.feeds} feed requests; ${problems.join('; ')}`,
    );
  }
}
