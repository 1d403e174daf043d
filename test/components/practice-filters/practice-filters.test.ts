import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { PracticeFilters } from '../../../src/components/practice-filters/practice-filters.js';
import type { PracticeFeed } from '../../../src/components/practice-feed/practice-feed.js';
import type { PracticeList } from '../../../src/components/practice-list/practice-list.js';
import { EMPTY_FILTERS } from '../../../src/data/query.js';
import type { Facet } from '../../../src/data/facets.js';
import { uiStrings } from '../../../src/i18n/messages.js';
import { sampleFeed, shadowText, until, useCannedFetch } from '../../helpers.js';

const FEED_URL = '/feeds/practices.json';

const feedWithThree = () => {
  const feed = sampleFeed();
  return {
    ...feed,
    practices: [
      ...feed.practices,
      {
        id: 'reading-adventure',
        title: { es: 'Aventura de lectura digital', pt: 'Aventura de leitura digital' },
        countries: ['PE'],
        setting: 'both' as const,
        levels: ['primary'],
        objectives: ['digital-skills'],
      },
    ],
  };
};

async function linked(lang = 'en') {
  useCannedFetch({ [FEED_URL]: { json: feedWithThree() } });
  const feed = await fixture<PracticeFeed>(
    html`<practice-feed src=${FEED_URL} lang=${lang}>
      <practice-filters
        facets="country,setting,level,objective,organization-type"
      ></practice-filters>
      <practice-list></practice-list>
    </practice-feed>`,
  );
  const filters = feed.querySelector('practice-filters')!;
  const list = feed.querySelector('practice-list')!;
  await until(() => !!filters.shadowRoot?.querySelector('input[type="search"]'));
  await until(() => listCount(list) === 3);
  return { feed, filters, list };
}

const listCount = (list: PracticeList) =>
  list.shadowRoot?.querySelectorAll('[part="items"] practice-card').length ?? 0;

const listTitles = (list: PracticeList) =>
  [...list.shadowRoot!.querySelectorAll('[part="items"] practice-card')].map((card) =>
    card.shadowRoot!.querySelector('button')?.textContent?.trim(),
  );

/** Opens a facet's panel (a wide element) and waits for its choices. */
async function openFacet(filters: PracticeFilters, facet: Facet): Promise<HTMLElement> {
  const root = filters.shadowRoot!;
  const button = root.querySelector<HTMLButtonElement>(`[id$="-${facet}-button"]`)!;
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await until(() => !!root.querySelector(`fieldset[id$="-${facet}"]:not([hidden])`));
  await filters.updateComplete;
  return root.querySelector<HTMLElement>(`fieldset[id$="-${facet}"]`)!;
}

const FACET_OF: Record<string, Facet> = {
  Peru: 'country',
  Perú: 'country',
  Colombia: 'country',
  Bolivia: 'country',
  Rural: 'setting',
  'Urban and rural': 'setting',
  Primary: 'level',
};

/** A choice's checkbox, its facet's panel opened first. */
async function checkbox(filters: PracticeFilters, label: string): Promise<HTMLInputElement> {
  const facet = await openFacet(filters, FACET_OF[label]!);
  const option = [...facet.querySelectorAll('label.value')].find(
    (node) => node.querySelector('.label')!.textContent!.trim() === label,
  );
  if (!option) throw new Error(`No choice "${label}"`);
  return option.querySelector('input')!;
}
const countOf = async (filters: PracticeFilters, label: string) =>
  (await checkbox(filters, label))
    .closest('label')!
    .querySelector('.value-count')!
    .textContent!.trim();

const visibleButtons = (filters: PracticeFilters) =>
  [...filters.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].filter(
    (button) => button.getClientRects().length > 0 && !button.closest('dialog:not([open])'),
  );

/** Every button drawn is what is drawn at its centre: nothing covers or cuts it. */
function expectNoButtonCovered(filters: PracticeFilters): void {
  for (const button of visibleButtons(filters)) {
    const box = button.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    const seen = filters.shadowRoot!.elementFromPoint(x, y);
    expect(
      seen === button || button.contains(seen),
      `"${button.textContent!.trim()}" is drawn at its centre`,
    ).to.equal(true);
  }
}

const LANGUAGES = ['es', 'en', 'pt', 'fr'];
const WIDTHS = [288, 328, 736, 1248];

/** The filters in a box of the given width, loading (a request that never ends) or loaded. */
async function filtersAt(width: number, lang: string, loaded: boolean) {
  useCannedFetch({ [FEED_URL]: { hang: true } });
  const box = await fixture<HTMLElement>(
    html`<div style=${`width: ${width}px`}>
      ${
        loaded
          ? html`<practice-filters .feed=${feedWithThree()} lang=${lang}></practice-filters>`
          : html`<practice-filters src=${FEED_URL} lang=${lang}></practice-filters>`
      }
    </div>`,
  );
  const filters = box.querySelector('practice-filters')!;
  await until(
    () => !!filters.shadowRoot?.querySelector(loaded ? '[part="count"]' : '.skeleton .label-line'),
  );
  await filters.updateComplete;
  return filters;
}

describe('<practice-filters>', function () {
  this.timeout(20000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('reserves space while loading', async () => {
    useCannedFetch({ [FEED_URL]: { hang: true } });
    const filters = await fixture<PracticeFilters>(
      html`<practice-filters src=${FEED_URL} lang="en"></practice-filters>`,
    );
    expect(filters.shadowRoot!.querySelector('.skeleton')).to.exist;
    expect(filters.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(filters).to.be.accessible();
  });

  it('loaded, has the height of its placeholder in every language and width, nothing covered', async () => {
    await setViewport({ width: 1300, height: 700 });
    for (const lang of LANGUAGES) {
      for (const width of WIDTHS) {
        const loading = await filtersAt(width, lang, false);
        const placeholder = loading.getBoundingClientRect().height;
        const filters = await filtersAt(width, lang, true);
        expect(filters.getBoundingClientRect().height, `${lang} at ${width} px`).to.be.closeTo(
          placeholder,
          0.5,
        );
        // One line of buttons, whatever the language: none wraps, none is cut.
        for (const button of visibleButtons(filters)) {
          expect(button.getBoundingClientRect().height, `${lang} ${width}`).to.be.closeTo(44, 1);
        }
        expectNoButtonCovered(filters);
        expect(filters.shadowRoot!.querySelector('.bar')!.scrollWidth).to.be.at.most(width);
        loading.parentElement!.remove();
        filters.parentElement!.remove();
      }
    }
  });

  it('the search placeholder fits the box at 320 px in every language', async () => {
    for (const lang of LANGUAGES) {
      const filters = await filtersAt(288, lang, true);
      const input = filters.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room =
        input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      expect(context.measureText(input.placeholder).width, lang).to.be.lessThan(room);
    }
  });

  it('hidden through ::part(count), the count leaves no gap', async () => {
    const shown = await filtersAt(736, 'en', true);
    const height = shown.getBoundingClientRect().height;
    const page = await fixture<HTMLElement>(
      html`<div style="width: 736px">
        <style>
          .no-count::part(count) {
            display: none;
          }
        </style>
        <practice-filters class="no-count" .feed=${feedWithThree()} lang="en"></practice-filters>
      </div>`,
    );
    const filters = page.querySelector('practice-filters')!;
    await until(() => !!filters.shadowRoot?.querySelector('[part="count"]'));
    expect(getComputedStyle(filters.shadowRoot!.querySelector('[part="count"]')!).display).to.equal(
      'none',
    );
    expect(filters.getBoundingClientRect().height).to.be.closeTo(height, 0.5);
  });

  it('in dark and token themes, no text touches the edge of its surface', async () => {
    const filters = await fixture<PracticeFilters>(
      html`<practice-filters .feed=${feedWithThree()} lang="fr" theme="dark"></practice-filters>`,
    );
    await until(() => !!filters.shadowRoot?.querySelector('[part="count"]'));
    const slab = filters.shadowRoot!.querySelector('.theme')!.getBoundingClientRect();
    for (const selector of ['.search label', '[part="count"]']) {
      const box = filters.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
      expect(box.top - slab.top, selector).to.be.at.least(8);
      expect(slab.right - box.right, selector).to.be.at.least(8);
      expect(box.left - slab.left, selector).to.be.at.least(8);
    }
  });

  it('shows a load error with a retry', async () => {
    useCannedFetch({ [FEED_URL]: { status: 500 } });
    const filters = await fixture<PracticeFilters>(
      html`<practice-filters src=${FEED_URL} lang="pt"></practice-filters>`,
    );
    await until(() => !!filters.shadowRoot?.querySelector('.load-error button'));
    expect(shadowText(filters)).to.include('500');
    expectNoButtonCovered(filters);
    await expect(filters).to.be.accessible();
  });

  it('offers a labelled search box and one button per facet, each opening its choices with counts', async () => {
    const { filters } = await linked();
    const root = filters.shadowRoot!;
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(search.labels![0]!.textContent!.trim()).to.equal('Search practices');
    expect(root.querySelector('[role="search"]')).to.exist;
    const buttons = [...root.querySelectorAll('.facet-buttons button')].map((b) =>
      b.textContent!.replace('▾', '').trim(),
    );
    expect(buttons).to.deep.equal([
      'Country',
      'Setting',
      'Education level',
      'Objective',
      'Type of organization',
    ]);
    expect(await countOf(filters, 'Peru')).to.equal('1');
    expect(await countOf(filters, 'Colombia')).to.equal('1');
    expect(await countOf(filters, 'Primary')).to.equal('2');
    // One panel at a time: opening Level closed Country.
    const open = [...root.querySelectorAll('fieldset:not([hidden])')].map(
      (f) => f.querySelector('legend')!.textContent,
    );
    expect(open).to.deep.equal(['Education level']);
    const country = root.querySelector('[id$="-country-button"]')!;
    expect(country.getAttribute('aria-expanded')).to.equal('false');
    await expect(filters).to.be.accessible();
  });

  it('a panel opens over the content, without pushing it down', async () => {
    const { filters, list } = await linked();
    const listTop = list.getBoundingClientRect().top;
    const height = filters.getBoundingClientRect().height;
    const facet = await openFacet(filters, 'country');
    expect(filters.getBoundingClientRect().height).to.be.closeTo(height, 0.5);
    expect(list.getBoundingClientRect().top).to.be.closeTo(listTop, 0.5);
    const [x, y] = [
      facet.getBoundingClientRect().left + 20,
      facet.getBoundingClientRect().bottom - 10,
    ];
    const seen = filters.shadowRoot!.elementFromPoint(x, y);
    expect(facet.contains(seen), 'the panel is drawn on top').to.equal(true);
  });

  it('a panel closes on Escape (focus back to its button), on Done and on a click outside', async () => {
    const { filters } = await linked();
    const root = filters.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('[id$="-country-button"]')!;
    await openFacet(filters, 'country');
    expect(root.activeElement?.matches('input[type="checkbox"]'), 'focus in the panel').to.equal(
      true,
    );
    await sendKeys({ press: 'Escape' });
    await until(() => !root.querySelector('dialog')!.open);
    expect(root.activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');

    await openFacet(filters, 'country');
    root.querySelector<HTMLButtonElement>('dialog .done')!.click();
    await until(() => !root.querySelector('dialog')!.open);
    expect(root.activeElement).to.equal(button);

    await openFacet(filters, 'country');
    // A click elsewhere (the search's label) closes it.
    const label = root.querySelector('.search label')!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(label.left + 10), Math.round(label.top + label.height / 2)],
    });
    await until(() => !root.querySelector('dialog')!.open);
  });

  it('narrows the linked list as the reader types, ignoring accents', async () => {
    const { filters, list, feed } = await linked();
    const search = filters.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'lectura';
    search.dispatchEvent(new InputEvent('input'));
    await until(() => feed.filters.q === 'lectura');
    await until(() => listCount(list) === 1);
    expect(feed.filters.q).to.equal('lectura');
    expect(filters.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim()).to.equal(
      '1 practice',
    );
    search.value = 'robotica';
    search.dispatchEvent(new InputEvent('input'));
    await until(() => feed.filters.q === 'robotica');
    await until(() => listCount(list) === 1 && listTitles(list)[0] === 'STEAM Without Barriers');
  });
  it('in a feed of thousands, shows each letter as typed and searches once typing pauses', async () => {
    const base = sampleFeed();
    const practices = Array.from({ length: 6000 }, (_, i) => ({
      id: `p-${i}`,
      countries: ['CO'],
      setting: 'rural' as const,
      title: { es: i % 3 ? `Lectura en voz alta ${i}` : `Robótica en el aula ${i}` },
    }));
    useCannedFetch({ [FEED_URL]: { json: { ...base, practices } } });
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL} lang="en">
        <practice-filters></practice-filters>
      </practice-feed>`,
    );
    const filters = feed.querySelector('practice-filters')!;
    const count = () => filters.shadowRoot?.querySelector('[part="count"]')?.textContent?.trim();
    await until(() => count() === '6,000 practices');
    const search = filters.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    for (const typed of ['r', 'ro', 'rob']) {
      search.value = typed;
      search.dispatchEvent(new InputEvent('input'));
      await filters.updateComplete;
    }
    // The letters stay in the box; the search has not run yet.
    expect(search.value).to.equal('rob');
    expect(feed.filters.q).to.equal('');
    await until(() => feed.filters.q === 'rob');
    await until(() => count() === '2,000 practices');
    expect(search.value).to.equal('rob');
    // Enter searches without waiting for the pause (in slices, the page free meanwhile).
    search.value = 'lectura';
    search.dispatchEvent(new InputEvent('input'));
    search.form!.requestSubmit();
    await until(() => feed.filters.q === 'lectura');
    await until(() => count() === '4,000 practices');
  });

  it('choosing values narrows every widget: OR within a facet, AND across', async () => {
    const { filters, list, feed } = await linked();
    const peru = await checkbox(filters, 'Peru');
    setTimeout(() => peru.click());
    const event = await oneEvent(feed, 'practice-filter-change');
    expect(event.detail.filters.country).to.deep.equal(['PE']);
    await until(() => listCount(list) === 1);
    (await checkbox(filters, 'Colombia')).click();
    await until(() => listCount(list) === 2);
    (await checkbox(filters, 'Rural')).click();
    await until(() => listCount(list) === 1);
    // The button says how many of its values are chosen.
    const country = filters.shadowRoot!.querySelector('[id$="-country-button"]')!;
    expect(country.textContent!.replace('▾', '').trim()).to.equal('Country (2)');
    // Each facet counts what its other values would give.
    // With "Rural" chosen, only Colombia and Peru have rural practices; Bolivia is not offered.
    await openFacet(filters, 'country');
    await until(
      () => !!filters.shadowRoot!.querySelector('fieldset[id$="-country"]:not([hidden])'),
    );
    expect(shadowText(filters)).not.to.include('Bolivia');
    expect(await countOf(filters, 'Urban and rural')).to.equal('1');
    await expect(filters).to.be.accessible();
  });

  it("paints the reader's tick before every widget recounts, and two quick taps both count", async () => {
    const { feed, filters, list } = await linked();
    const peru = await checkbox(filters, 'Peru');
    const colombia = await checkbox(filters, 'Colombia');
    peru.click();
    colombia.click();
    // In the frame after the taps: both boxes ticked, the list not yet narrowed (on a large
    // feed, recounting takes a phone a tenth of a second; the tick shows first).
    const firstFrame = await new Promise<{ ticked: boolean; listed: number }>((resolve) =>
      requestAnimationFrame(() =>
        resolve({ ticked: peru.checked && colombia.checked, listed: listCount(list) }),
      ),
    );
    expect(firstFrame).to.deep.equal({ ticked: true, listed: 3 });
    await filters.updateComplete;
    expect(feed.filters.country).to.deep.equal(['PE', 'CO']);
    await until(() => listCount(list) < 3);
    expect(peru.checked && colombia.checked).to.equal(true);
  });

  it('applies a choice in a page that paints no frame (a hidden tab)', async () => {
    const { feed, filters } = await linked();
    const peru = await checkbox(filters, 'Peru');
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      peru.click();
      await until(() => feed.filters.country.length === 1, 1000);
    } finally {
      window.requestAnimationFrame = requestFrame;
    }
    expect(feed.filters.country).to.deep.equal(['PE']);
  });

  it('shows the chosen filters as removable chips, with clear all', async () => {
    const { filters, list, feed } = await linked('es');
    const root = filters.shadowRoot!;
    expect(root.querySelector('[part="chips"]'), 'no chips row before a choice').to.equal(null);
    (await checkbox(filters, 'Perú')).click();
    (await checkbox(filters, 'Colombia')).click();
    await until(() => root.querySelectorAll('.chip').length === 2);
    const chip = [...root.querySelectorAll<HTMLButtonElement>('.chip')].find((c) =>
      c.textContent!.includes('Perú'),
    )!;
    expect(chip.getAttribute('aria-label')).to.equal('Quitar el filtro País: Perú');
    chip.click();
    await until(() => feed.filters.country.join() === 'CO');
    (await checkbox(filters, 'Perú')).click();
    await until(() => root.querySelectorAll('.chip').length === 2);
    const clear = root.querySelector<HTMLButtonElement>('.chips-clear')!;
    expect(clear.textContent!.trim()).to.equal(uiStrings('es').clearAll);
    clear.click();
    await until(() => listCount(list) === 3);
    expect(feed.filters).to.deep.equal(EMPTY_FILTERS);
    await until(() => !root.querySelector('[part="chips"]'));
    expect((await checkbox(filters, 'Perú')).checked).to.equal(false);
  });

  it('draws the chips of filters set before the feed, in its placeholder, at the same height', async () => {
    useCannedFetch({ [FEED_URL]: { hang: true } });
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL} lang="en"
        ><practice-filters></practice-filters
      ></practice-feed>`,
    );
    feed.setFilters({ ...EMPTY_FILTERS, country: ['PE'], level: ['primary'] });
    const filters = feed.querySelector('practice-filters')!;
    await until(
      () => filters.shadowRoot!.querySelectorAll('.skeleton ~ * .chip, .chip').length === 2,
    );
    expect(filters.shadowRoot!.querySelector('.skeleton')).to.exist;
    const placeholder = filters.getBoundingClientRect().height;
    // Another address: the first request, which never ends, is shared by its address.
    useCannedFetch({ '/feeds/arrived.json': { json: feedWithThree() } });
    const loaded = await fixture<PracticeFeed>(
      html`<practice-feed src="/feeds/arrived.json" lang="en"
        ><practice-filters></practice-filters
      ></practice-feed>`,
    );
    loaded.setFilters({ ...EMPTY_FILTERS, country: ['PE'], level: ['primary'] });
    const after = loaded.querySelector('practice-filters')!;
    await until(() => after.shadowRoot?.querySelectorAll('.chip').length === 2);
    await until(() => !!after.shadowRoot?.querySelector('[part="count"]'));
    expect(after.getBoundingClientRect().height).to.be.closeTo(placeholder, 0.5);
  });

  it('works by keyboard: Space toggles a choice', async () => {
    const { filters, list } = await linked();
    const box = await checkbox(filters, 'Peru');
    box.focus();
    expect(filters.shadowRoot!.activeElement).to.equal(box);
    await sendKeys({ press: 'Space' });
    await until(() => listCount(list) === 1);
  });

  it('in a narrow element, one "Filters" button opens a sheet with every facet', async () => {
    useCannedFetch({ [FEED_URL]: { json: feedWithThree() } });
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL} lang="fr" style="display: block; width: 300px">
        <practice-filters></practice-filters>
        <practice-list></practice-list>
      </practice-feed>`,
    );
    const filters = feed.querySelector('practice-filters')!;
    const list = feed.querySelector('practice-list')!;
    const root = () => filters.shadowRoot!;
    await until(() => !!root().querySelector('.sheet-button'));
    const sheetButton = root().querySelector<HTMLButtonElement>('.sheet-button')!;
    expect(getComputedStyle(root().querySelector('.facet-buttons')!).display).to.equal('none');
    expect(sheetButton.textContent!.replace('▾', '').trim()).to.equal('Filtres');
    expectNoButtonCovered(filters);
    sheetButton.click();
    await until(() => root().querySelectorAll('dialog[open] fieldset:not([hidden])').length === 4);
    const dialog = root().querySelector('dialog')!;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(sheetButton.getAttribute('aria-expanded')).to.equal('true');
    await expect(filters).to.be.accessible();
    const peru = [...dialog.querySelectorAll('label.value')].find((l) =>
      l.textContent!.includes('Pérou'),
    )!;
    peru.querySelector('input')!.click();
    await until(() => listCount(list) === 1);
    const done = dialog.querySelector<HTMLButtonElement>('.done')!;
    await until(() => done.textContent!.trim() === 'Voir 1 pratique');
    done.click();
    await until(() => !dialog.open);
    expect(root().activeElement).to.equal(sheetButton);
    expect(sheetButton.textContent!.replace('▾', '').trim()).to.equal('Filtres (1)');
    // Escape closes it too, and gives the focus back.
    sheetButton.click();
    await until(() => dialog.open);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open);
    expect(root().activeElement).to.equal(sheetButton);
  });

  it('stands alone: fires practice-filter-change itself', async () => {
    useCannedFetch({ [FEED_URL]: { json: feedWithThree() } });
    const filters = await fixture<PracticeFilters>(
      html`<practice-filters src=${FEED_URL} lang="en" theme="dark"></practice-filters>`,
    );
    await until(() => !!filters.shadowRoot?.querySelector('[part="count"]'));
    const peru = await checkbox(filters, 'Peru');
    setTimeout(() => peru.click());
    const event = await oneEvent(filters, 'practice-filter-change');
    expect(event.detail.filters.country).to.deep.equal(['PE']);
    await expect(filters).to.be.accessible();
  });
});
