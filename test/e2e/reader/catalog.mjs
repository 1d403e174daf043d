// What a reader meets in <practice-catalog>: the first practice near the catalogue's top on a
// phone and on a laptop; one message for a failed feed and for an empty result; and, at first
// load in every language and width, no button covering content and nothing cut by a held height.

const LANGS = ['es', 'en', 'pt', 'fr'];
const WIDTHS = [320, 360, 768, 1280];
const MISSING = '/test/e2e/pages/no-such-feed.json';

export function pages({ pageHtml, FEED }) {
  const catalog = (attributes) => `<practice-catalog ${attributes}></practice-catalog>`;
  return [
    ...LANGS.map((lang) => [
      `/test/e2e/pages/catalog-${lang}.html`,
      pageHtml(`Catalogue (${lang})`, catalog(`src="${FEED}" lang="${lang}"`), { lang }),
    ]),
    [
      '/test/e2e/pages/catalog-failed.html',
      pageHtml('Catalogue, failed feed', catalog(`src="${MISSING}" lang="en" cache="none"`)),
    ],
    [
      '/test/e2e/pages/catalog-empty.html',
      pageHtml(
        'Catalogue, nothing matches',
        catalog(`src="${FEED}" lang="en" q="nothing-matches-this-zzz"`),
      ),
    ],
  ];
}

// In the page: the catalogue's shadow roots (its parts' included), the first practice's
// distance from its top, and the visible boxes matching a selector.
const SETUP = () => {
  const catalog = document.querySelector('practice-catalog');
  window.__catalogRoots = () => window.__roots(catalog.shadowRoot);
  window.__shown = (selector) =>
    window
      .__catalogRoots()
      .flatMap((root) => [...root.querySelectorAll(selector)])
      .filter((element) => element.getClientRects().length > 0);
  window.__firstPractice = () => {
    const card = window.__shown('practice-card')[0];
    return card ? card.getBoundingClientRect().top - catalog.getBoundingClientRect().top : -1;
  };
  return true;
};

const SETTLED = () => {
  const catalog = document.querySelector('practice-catalog');
  const head = catalog?.shadowRoot?.querySelector('practice-catalog-header');
  return !!head?.shadowRoot?.querySelector('.count') && window.__shown('practice-card').length > 0;
};

// Each shown button: the element at its centre is the button or inside it. Each element of the
// catalogue's shadow trees: nothing cut by a held height (a scroll area the design has, a table
// or a dialog's body, is not counted; a widget that scrolls is a held height).
const COVERED_OR_CUT = () => {
  const problems = [];
  const deepest = (x, y) => {
    let element = document.elementFromPoint(x, y);
    while (element?.shadowRoot) {
      const inner = element.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === element) break;
      element = inner;
    }
    return element;
  };
  const visible = (element) => {
    for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
      const style = getComputedStyle(node);
      if (style.visibility !== 'visible' || style.display === 'none') return false;
      // The content of a closed <details> is not drawn, its summary is.
      const details = node.parentElement;
      if (details?.localName === 'details' && !details.open && node.localName !== 'summary') {
        return false;
      }
    }
    return true;
  };
  for (const button of window.__shown('button').filter(visible)) {
    button.scrollIntoView({ block: 'center', inline: 'center' });
    const box = button.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const hit = deepest(box.left + box.width / 2, box.top + box.height / 2);
    if (hit && hit !== button && !button.contains(hit)) {
      problems.push(`button "${button.textContent.trim().slice(0, 30)}" under <${hit.localName}>`);
    }
  }
  window.scrollTo(0, 0);
  for (const root of window.__catalogRoots()) {
    for (const element of root.querySelectorAll('*')) {
      if (element.clientHeight <= 1 || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      const { overflowY } = style;
      // Not held: what the design cuts on purpose (a card's summary, cut at two lines).
      const clamped = (style.webkitLineClamp || style.lineClamp || 'none') !== 'none';
      if (overflowY === 'visible' || clamped) continue;
      const scrollsByDesign =
        (overflowY === 'auto' || overflowY === 'scroll') && !element.localName.includes('-');
      if (scrollsByDesign) continue;
      if (element.scrollHeight > element.clientHeight + 1) {
        problems.push(
          `<${element.localName}${element.className ? `.${element.className}` : ''}> cut: ${element.scrollHeight} > ${element.clientHeight}`,
        );
      }
    }
  }
  return problems;
};

export async function run({ openPage, waitFor, check }) {
  // The first practice's distance from the catalogue's top.
  for (const [viewport, limit, name] of [
    [{ width: 360, height: 740 }, 1110, 'within 1.5 screens on a 360x740 phone'],
    [{ width: 1280, height: 800 }, 800, 'in the first screen at 1280x800'],
  ]) {
    const { page } = await openPage('/test/e2e/pages/catalog-es.html', viewport);
    await page.evaluate(SETUP);
    const settled = await waitFor(page, SETTLED);
    const [top, filters] = await page.evaluate(() => [
      window.__firstPractice(),
      window.__shown('practice-filters')[0]?.getBoundingClientRect().height ?? 0,
    ]);
    check(
      `catalogue: the first practice starts ${name} (${Math.round(top)} px)`,
      settled && top >= 0 && top < limit,
      `${Math.round(top)} px, of which the filters ${Math.round(filters)} px`,
    );
    await page.close();
  }

  // The Map tab chosen, twice (the second time the map's code and outlines are
  // there, and the map is drawn at once after its frame is painted): the countries are drawn and
  // the page keeps answering (its timers run), at a phone's width and a laptop's.
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
  ]) {
    const { page } = await openPage('/test/e2e/pages/catalog-en.html', viewport);
    await page.evaluate(SETUP);
    await waitFor(page, SETTLED);
    const drawn = [];
    for (let round = 0; round < 2; round++) {
      await page.evaluate(() =>
        document.querySelector('practice-catalog').shadowRoot.querySelector('#tab-map').click(),
      );
      drawn.push(await waitFor(page, () => window.__shown('svg.map .country').length > 10));
      await page.evaluate(() =>
        document.querySelector('practice-catalog').shadowRoot.querySelector('#tab-list').click(),
      );
      await waitFor(page, () => window.__shown('practice-card').length > 0);
    }
    const answering = await Promise.race([
      page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(true), 50))),
      new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
    ]);
    check(
      `catalogue: the Map tab draws the map, twice, and the page keeps answering (${viewport.width} px)`,
      drawn.every(Boolean) && answering,
      JSON.stringify({ drawn, answering }),
    );
    await page.close();
  }

  // One message for a failed feed: one error box, one retry at most, no tabs.
  {
    const { page } = await openPage('/test/e2e/pages/catalog-failed.html', {
      width: 360,
      height: 740,
    });
    await page.evaluate(SETUP);
    const shown = await waitFor(page, () => window.__shown('.load-error').length > 0);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const counts = await page.evaluate(() => ({
      errors: window.__shown('.load-error').length,
      tabs: window.__shown('[role="tab"]').length,
      lists: window.__shown('practice-list').length,
    }));
    check(
      'catalogue: a failed feed gives one message, and no views',
      shown && counts.errors === 1 && counts.tabs === 0 && counts.lists === 0,
      JSON.stringify(counts),
    );
    await page.close();
  }

  // One message for an empty result: one empty message, no map or figures frames, no tabs.
  {
    const { page } = await openPage('/test/e2e/pages/catalog-empty.html', {
      width: 1280,
      height: 800,
    });
    await page.evaluate(SETUP);
    const shown = await waitFor(page, () => window.__shown('.empty').length > 0);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const counts = await page.evaluate(() => ({
      empty: window.__shown('.empty, .notice[role="status"]').length,
      frames: window.__shown('practice-map, practice-stats, practice-list').length,
      tabs: window.__shown('[role="tab"]').length,
    }));
    check(
      'catalogue: an empty result gives one message, and the views step aside',
      shown && counts.empty === 1 && counts.frames === 0 && counts.tabs === 0,
      JSON.stringify(counts),
    );
    await page.close();
  }

  // At first load, in every language and width: no button covers content, nothing is cut.
  const failures = [];
  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      const { page } = await openPage(`/test/e2e/pages/catalog-${lang}.html`, {
        width,
        height: 800,
      });
      await page.evaluate(SETUP);
      if (!(await waitFor(page, SETTLED))) {
        failures.push(`${lang} ${width}px: never settled`);
      } else {
        const problems = await page.evaluate(COVERED_OR_CUT);
        failures.push(...problems.map((problem) => `${lang} ${width}px: ${problem}`));
      }
      await page.close();
    }
  }
  check(
    'catalogue: at first load (es, en, pt, fr; 320 to 1280 px) no button covers content and nothing is cut by a held height',
    failures.length === 0,
    failures.slice(0, 6).join('; '),
  );
}
