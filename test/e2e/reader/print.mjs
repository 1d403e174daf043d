// Printing: with a practice open, that practice alone on one page, without buttons, backdrop or
// the page behind it; with none open, the list without its controls, no card split across
// pages. The PDF (page count) is Chromium's alone (`pdf()` in engines.mjs); what print media
// shows is read with Chromium's print emulation. Other engines skip these checks, saying why.

const PAGE = '/test/e2e/reader/print.html';
const CATALOG_PAGE = '/test/e2e/reader/print-catalog.html';

export function pages({ pageHtml, FEED }) {
  return [
    [
      PAGE,
      pageHtml(
        'Printing a practice',
        `<link rel="stylesheet" href="/cdn/practice-widgets.css" />
    <p class="behind">The page around the list: not printed with a practice open.</p>
    <practice-list src="${FEED}" lang="es" page-size="4"></practice-list>
    <p class="behind">More of the page.</p>`,
        { lang: 'es' },
      ),
    ],
    [
      CATALOG_PAGE,
      pageHtml(
        'Printing a practice of a catalogue',
        `<link rel="stylesheet" href="/cdn/practice-widgets.css" />
    <p class="behind">The page around the catalogue: not printed with a practice open.</p>
    <practice-catalog src="${FEED}" lang="en"></practice-catalog>
    <p class="behind">More of the page.</p>`,
      ),
    ],
  ];
}

/** In the page: what print media shows of a catalogue with a practice open in its list. */
const PRINTED_CATALOG = () => {
  const catalog = document.querySelector('practice-catalog');
  const root = catalog.shadowRoot;
  const shown = (element) => !!element && element.getClientRects().length > 0;
  const list = root.querySelector('practice-list');
  const detail = list.shadowRoot.querySelector('dialog[open] practice-card');
  return {
    behind: [...document.querySelectorAll('.behind, h1')].filter(shown).length,
    parts: ['.header', '.filters', '.tabs', '.message'].filter((selector) =>
      shown(root.querySelector(selector)),
    ),
    detailTitle: shown(detail)
      ? detail.shadowRoot.querySelector('[role="heading"]')?.textContent.trim()
      : null,
  };
};

/** A practice opened in a catalogue's list prints alone too, through the catalogue's shadow root. */
async function catalogPrint({ openPage, waitFor, check }) {
  const { page } = await openPage(CATALOG_PAGE, { width: 1280, height: 900 });
  try {
    const opened = await waitFor(page, () => {
      const list = document
        .querySelector('practice-catalog')
        ?.shadowRoot?.querySelector('practice-list');
      const card = list?.shadowRoot?.querySelector('[part="items"] practice-card');
      const button = card?.shadowRoot?.querySelector('button');
      if (button && !list.shadowRoot.querySelector('dialog[open]')) button.click();
      return !!list?.shadowRoot
        ?.querySelector('dialog[open] practice-card')
        ?.shadowRoot?.querySelector('[role="heading"]');
    });
    check('print: a practice opens in a catalogue', opened);
    if (!opened) return;
    const cdp = await page.cdp();
    await cdp.send('Emulation.setEmulatedMedia', { media: 'print' });
    const printed = await page.evaluate(PRINTED_CATALOG);
    await cdp.send('Emulation.setEmulatedMedia', { media: '' });
    check(
      'print: a practice open in a catalogue prints alone: no page behind, no header, filters or tabs',
      printed.behind === 0 && printed.parts.length === 0 && !!printed.detailTitle,
      JSON.stringify(printed),
    );
    const count = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    check(
      'print: a practice open in a catalogue prints on one page (A4)',
      count === 1,
      `${count} pages`,
    );
  } finally {
    await page.close();
  }
}

/** The number of pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (bytes) =>
  (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-z])/g) ?? []
  ).length;

/** In the page: what print media shows of the list and the page around it. */
const PRINTED = () => {
  const list = document.querySelector('practice-list');
  const root = list.shadowRoot;
  const shown = (element) =>
    !!element &&
    element.getClientRects().length > 0 &&
    getComputedStyle(element).visibility !== 'hidden';
  const dialog = root.querySelector('dialog');
  const buttons = [...root.querySelectorAll('button, summary, select')].filter(shown);
  const cardButtons = [...root.querySelectorAll('[part="items"] practice-card')].flatMap((card) =>
    [...card.shadowRoot.querySelectorAll('button')].filter(shown),
  );
  const detail = dialog.querySelector('practice-card');
  return {
    open: dialog.open,
    behind: [...document.querySelectorAll('.behind, h1')].filter(shown).length,
    buttons: buttons.map((b) => b.textContent.trim()),
    items: shown(root.querySelector('[part="items"]')),
    pagination: shown(root.querySelector('.pagination')),
    toolbarControls: [...root.querySelectorAll('.toolbar select, .toolbar summary')].filter(shown)
      .length,
    count: shown(root.querySelector('[part="count"]')),
    detailTitle:
      detail && shown(detail)
        ? detail.shadowRoot.querySelector('[role="heading"]')?.textContent.trim()
        : null,
    cardButtons: cardButtons.length,
    cardsBreak: [...root.querySelectorAll('.grid > li')].map(
      (li) => getComputedStyle(li).breakInside,
    ),
  };
};

export async function run({ engine, openPage, waitFor, check }) {
  if (engine !== 'chromium') {
    console.log(
      `skip - print: only Chromium prints to PDF and emulates print media through this harness (${engine} has neither here)`,
    );
    return;
  }
  const { page } = await openPage(PAGE, { width: 1280, height: 900 });
  try {
    const ready = await waitFor(page, () => {
      const root = document.querySelector('practice-list')?.shadowRoot;
      const cards = root ? [...root.querySelectorAll('[part="items"] practice-card')] : [];
      return cards.length > 0 && cards.every((card) => card.shadowRoot?.querySelector('button'));
    });
    check('print: the list is drawn', ready);
    if (!ready) return;
    const cdp = await page.cdp();
    const media = (value) => cdp.send('Emulation.setEmulatedMedia', { media: value });

    // No practice open: the list, without its controls.
    await media('print');
    const list = await page.evaluate(PRINTED);
    check(
      'print: the list prints without its sort, downloads or paging controls',
      list.items && list.count && list.toolbarControls === 0 && !list.pagination,
      JSON.stringify(list),
    );
    check(
      'print: no card is split across pages',
      list.cardsBreak.length > 0 && list.cardsBreak.every((value) => value === 'avoid'),
      list.cardsBreak.join(),
    );
    await media('');

    // A practice open: it alone.
    await page.evaluate(() => {
      const root = document.querySelector('practice-list').shadowRoot;
      root
        .querySelectorAll('[part="items"] practice-card')[1]
        .shadowRoot.querySelector('button')
        .click();
    });
    const opened = await waitFor(page, () => {
      const dialog = document.querySelector('practice-list').shadowRoot.querySelector('dialog');
      return (
        !!dialog?.open &&
        !!dialog.querySelector('practice-card')?.shadowRoot?.querySelector('[role="heading"]')
      );
    });
    check('print: a practice opens', opened);
    if (!opened) return;
    await media('print');
    const printed = await page.evaluate(PRINTED);
    await media('');
    check(
      'print: an open practice prints alone: no page behind, no list, no button',
      printed.open &&
        !!printed.detailTitle &&
        printed.behind === 0 &&
        !printed.items &&
        !printed.count &&
        printed.buttons.length === 0,
      JSON.stringify(printed),
    );
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const count = pdfPages(pdf);
    check('print: an open practice prints on one page (A4)', count === 1, `${count} pages`);
    const letter = pdfPages(await page.pdf({ format: 'Letter', printBackground: true }));
    check('print: an open practice prints on one page (Letter)', letter === 1, `${letter} pages`);
  } finally {
    await page.close();
  }
  await catalogPrint({ openPage, waitFor, check });
}
