// <practice-filters> as a reader meets it, standalone and inside a feed with a list, at 320, 360,
// 768 and 1280 px in es, en, pt and fr: the same height in every language (its rows are fixed),
// every button drawn whole where it is (nothing covers or cuts it), a facet's panel that opens,
// and a choice in it that narrows the list of the same feed.
const LANGUAGES = ['es', 'en', 'pt', 'fr'];
const WIDTHS = [320, 360, 768, 1280];

export function pages({ pageHtml, FEED }) {
  return LANGUAGES.map((lang) => [
    `/reader/filters-${lang}.html`,
    pageHtml(
      'Filters',
      `<practice-filters id="alone" src="${FEED}" lang="${lang}"></practice-filters>
      <practice-feed src="${FEED}" lang="${lang}">
        <practice-filters id="linked"></practice-filters>
        <practice-list page-size="24"></practice-list>
      </practice-feed>`,
      { lang },
    ),
  ]);
}

/** The filters' height, and the buttons drawn that are not what is drawn at their centre. */
const measure = (id) => {
  const filters = document.getElementById(id);
  const root = filters.shadowRoot;
  const covered = [...root.querySelectorAll('button')]
    .filter((button) => button.getClientRects().length > 0 && !button.closest('dialog'))
    .filter((button) => {
      const box = button.getBoundingClientRect();
      const seen = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return !(seen === button || button.contains(seen));
    })
    .map((button) => button.textContent.trim());
  return { height: filters.getBoundingClientRect().height, covered };
};

export async function run({ openPage, waitFor, check }) {
  for (const width of WIDTHS) {
    const heights = [];
    for (const lang of LANGUAGES) {
      const { page } = await openPage(`/reader/filters-${lang}.html`, { width, height: 900 });
      const ready = await waitFor(page, () =>
        ['alone', 'linked'].every(
          (id) => !!document.getElementById(id)?.shadowRoot?.querySelector('[part="count"]'),
        ),
      );
      check(`filters ${lang} ${width}px: loaded`, ready);
      const alone = await page.evaluate(measure, 'alone');
      heights.push(alone.height);
      check(
        `filters ${lang} ${width}px: no button covered`,
        alone.covered.length === 0,
        alone.covered.join(', '),
      );
      if (width === 1280 || width === 360) {
        // A panel (or the sheet) opens, and a choice in it narrows the list of the feed.
        const narrowed = await page.evaluate(async () => {
          const filters = document.getElementById('linked');
          const root = filters.shadowRoot;
          const list = document.querySelector('practice-list');
          const cards = () => list.shadowRoot.querySelectorAll('practice-card').length;
          const before = cards();
          const opener = [...root.querySelectorAll('.facet-button')].find(
            (button) => button.getClientRects().length > 0,
          );
          opener.click();
          for (let i = 0; i < 100 && !root.querySelector('dialog[open] input'); i++) {
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          root.querySelector('dialog[open] input[type="checkbox"]').click();
          for (let i = 0; i < 100 && cards() >= before; i++) {
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          return { before, after: cards() };
        });
        check(
          `filters ${lang} ${width}px: a choice in a panel narrows the list`,
          narrowed.after < narrowed.before,
          JSON.stringify(narrowed),
        );
      }
      await page.close();
    }
    check(
      `filters ${width}px: the same height in every language`,
      heights.every((height) => Math.abs(height - heights[0]) < 0.5),
      heights.join(', '),
    );
  }
}
