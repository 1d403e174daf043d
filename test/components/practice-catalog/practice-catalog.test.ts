import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { PracticeCatalog } from '../../../src/components/practice-catalog/practice-catalog.js';
import type { PracticeFeed } from '../../../src/components/practice-feed/practice-feed.js';
import { uiStrings } from '../../../src/i18n/messages.js';
import { setLanguageLoader } from '../../../src/i18n/language-packs.js';
import { resetPageState } from '../../../src/data/page-state.js';
import { sampleFeed, shadowText, until, useCannedFetch } from '../../helpers.js';

const FEED_URL = '/feeds/practices.json';

const part = (catalog: PracticeCatalog, selector: string) =>
  catalog.shadowRoot!.querySelector(selector) as HTMLElement | null;
const innerFeed = (catalog: PracticeCatalog) => part(catalog, 'practice-feed') as PracticeFeed;
const header = (catalog: PracticeCatalog) => part(catalog, 'practice-catalog-header');
const tabs = (catalog: PracticeCatalog) =>
  [...catalog.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')].map((tab) => ({
    tab,
    name: tab.textContent!.trim(),
    selected: tab.getAttribute('aria-selected') === 'true',
  }));
/**
 * Whether the reader sees `element`: laid out, and not in a view kept aside, whose content keeps
 * its boxes unpainted (`content-visibility: hidden`) where the engine can.
 */
const isShown = (element: Element | null) =>
  !!element &&
  (element as HTMLElement).getClientRects().length > 0 &&
  (typeof element.checkVisibility !== 'function' || element.checkVisibility());

/** Every shadow root under `root`, the catalogue's parts and theirs. */
function shadowRoots(root: ShadowRoot): ShadowRoot[] {
  const roots = [root];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) roots.push(...shadowRoots(element.shadowRoot));
  }
  return roots;
}

/** The shown boxes matching `selector` across the catalogue's shadow trees. */
const shownBoxes = (catalog: PracticeCatalog, selector: string) =>
  shadowRoots(catalog.shadowRoot!).flatMap((root) =>
    [...root.querySelectorAll(selector)].filter(isShown),
  );

async function loaded(catalog: PracticeCatalog) {
  await until(() => {
    const list = part(catalog, 'practice-list');
    return (
      !!list?.shadowRoot?.querySelector('[part="count"]') &&
      !!header(catalog)?.shadowRoot?.querySelector('.count')
    );
  });
}

describe('<practice-catalog>', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname);
    return setViewport({ width: 800, height: 600 });
  });

  it('opens with a header: title, publisher, last update and the count in view', async () => {
    const requests = useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="en"></practice-catalog>`,
    );
    await loaded(catalog);
    const head = header(catalog)!;
    const heading = head.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent!.trim()).to.equal('Good practices');
    const text = shadowText(head);
    expect(text).to.include('Published by Example Observatory');
    expect(text).to.include('Updated November 28, 2026');
    const count = head.shadowRoot!.querySelector('[role="status"]')!;
    expect(count.textContent!.trim()).to.equal('2 practices');
    expect(head.shadowRoot!.querySelector('a')!.href).to.equal('https://example.org/');
    // One request for every part.
    expect(requests.filter((url) => url.endsWith(FEED_URL))).to.have.length(1);
    // The count is the header's alone: the filters' and the list's are not shown.
    const filtersCount = part(catalog, 'practice-filters')!.shadowRoot!.querySelector(
      '[part="count"]',
    );
    const listCount = part(catalog, 'practice-list')!.shadowRoot!.querySelector('[part="count"]');
    expect(isShown(filtersCount)).to.equal(false);
    expect(isShown(listCount)).to.equal(false);
    await expect(catalog).to.be.accessible();
  });

  it('counts what the reader’s filters leave, in the reader’s language', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="pt" theme="dark"></practice-catalog>`,
    );
    await loaded(catalog);
    const feed = innerFeed(catalog);
    expect(feed.lang).to.equal('pt');
    expect(feed.theme).to.equal('dark');
    feed.setFilters({ ...feed.filters, country: ['CO'] });
    await until(() => shadowText(header(catalog)!).includes('1 de 2 práticas'));
    expect(shadowText(header(catalog)!)).to.include('Atualizado em 28 de novembro de 2026');
  });

  it('leaves the header out with without-header, and then counts once: the filters’, else the list’s', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const countsOf = async (catalog: PracticeCatalog) => {
      const count = (name: string) =>
        part(catalog, name)?.shadowRoot?.querySelector('[part="count"]') ?? null;
      await until(
        () =>
          !!count('practice-list') &&
          (!part(catalog, 'practice-filters') || !!count('practice-filters')),
      );
      expect(header(catalog)).to.equal(null);
      return { filters: isShown(count('practice-filters')), list: isShown(count('practice-list')) };
    };
    const withFilters = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="en" without-header></practice-catalog>`,
    );
    expect(await countsOf(withFilters)).to.deep.equal({ filters: true, list: false });
    const listOnly = await fixture<PracticeCatalog>(
      html`<practice-catalog
        src=${FEED_URL}
        lang="en"
        without-header
        without-filters
      ></practice-catalog>`,
    );
    expect(await countsOf(listOnly)).to.deep.equal({ filters: false, list: true });
  });

  it('on a phone, fills the header’s kept room with whole lines of the feed’s description, and moves nothing', async () => {
    await setViewport({ width: 360, height: 740 });
    const about = 'A catalogue of practices chosen by teachers across the region. '.repeat(40);
    const described = { ...sampleFeed(), description: { en: about } };
    useCannedFetch({
      '/feeds/described.json': { json: described },
      [FEED_URL]: { json: sampleFeed() },
    });
    const drawn = async (src: string) => {
      const catalog = await fixture<PracticeCatalog>(
        html`<practice-catalog src=${src} lang="en"></practice-catalog>`,
      );
      await loaded(catalog);
      return catalog;
    };
    const plain = await drawn(FEED_URL);
    const plainFilters = part(plain, '.filters')!.getBoundingClientRect().top;
    const plainTop = plain.getBoundingClientRect().top;
    plain.remove();
    const catalog = await drawn('/feeds/described.json');
    const root = header(catalog)!.shadowRoot!;
    const paragraph = root.querySelector<HTMLElement>('.about p')!;
    // Shown, in whole lines, within the box the room leaves it.
    expect(getComputedStyle(paragraph).display).to.not.equal('none');
    const line = parseFloat(getComputedStyle(paragraph).lineHeight);
    const textHeight = paragraph.getBoundingClientRect().height - 4; // its 0.25rem above
    const lines = Math.round(textHeight / line);
    expect(lines, 'lines shown').to.be.at.least(1);
    expect(textHeight).to.be.closeTo(lines * line, 1);
    const box = root.querySelector('.about')!.getBoundingClientRect();
    expect(paragraph.getBoundingClientRect().bottom).to.be.at.most(box.bottom + 0.5);
    expect(root.querySelector('.about')!.textContent).to.include('chosen by teachers');
    // What is below stays where it is without a description: a long one takes the room only.
    expect(
      part(catalog, '.filters')!.getBoundingClientRect().top - catalog.getBoundingClientRect().top,
    ).to.be.closeTo(plainFilters - plainTop, 0.5);
    await expect(catalog).to.be.accessible();
    // On a wide screen the header keeps room for its one line: no description shows.
    await setViewport({ width: 1280, height: 800 });
    await until(() => getComputedStyle(paragraph).display === 'none');
  });

  it('shows the practices first, and the map and figures only once their tab is chosen', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="en"></practice-catalog>`,
    );
    await loaded(catalog);
    expect(tabs(catalog).map(({ name, selected }) => [name, selected])).to.deep.equal([
      ['Practices', true],
      ['Map', false],
      ['Figures', false],
    ]);
    expect(part(catalog, 'practice-map')).to.equal(null);
    expect(part(catalog, 'practice-stats')).to.equal(null);
    tabs(catalog)[1]!.tab.click();
    await until(() => isShown(part(catalog, 'practice-map')));
    expect(catalog.view).to.equal('map');
    expect(isShown(part(catalog, 'practice-list'))).to.equal(false);
    expect(part(catalog, 'practice-stats')).to.equal(null);
    // The list kept aside takes no room, is not read, and nothing in it takes focus.
    const listPanel = part(catalog, '#panel-list')!;
    expect(listPanel.getBoundingClientRect().height, 'no room').to.equal(0);
    expect(listPanel.getAttribute('aria-hidden'), 'not read').to.equal('true');
    const listCard = part(catalog, 'practice-list')!.shadowRoot!.querySelector('practice-card')!;
    const openButton = listCard.shadowRoot!.querySelector<HTMLButtonElement>('button.open')!;
    openButton.focus();
    expect(listCard.shadowRoot!.activeElement, 'not focusable').to.equal(null);
    // Back to the list: the map is kept, hidden, with its state.
    const map = part(catalog, 'practice-map');
    tabs(catalog)[0]!.tab.click();
    await until(() => isShown(part(catalog, 'practice-list')));
    expect(part(catalog, 'practice-map')).to.equal(map);
    expect(isShown(map)).to.equal(false);
    expect(part(catalog, '#panel-map')!.getAttribute('aria-hidden')).to.equal('true');
    // The list comes back as it was left: the same card, read and focusable again.
    expect(listPanel.hasAttribute('aria-hidden')).to.equal(false);
    expect(part(catalog, 'practice-list')!.shadowRoot!.querySelector('practice-card')).to.equal(
      listCard,
    );
    openButton.focus();
    expect(listCard.shadowRoot!.activeElement).to.equal(openButton);
    openButton.blur();
    await expect(catalog).to.be.accessible();
  });

  it('draws a map kept aside for the width it has when shown again', async () => {
    // A view kept aside is not laid out while hidden: the page narrowed meanwhile, the map must
    // still measure its frame again when its tab comes back, and draw for it.
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 1000px">
        <practice-catalog src=${FEED_URL} lang="en"></practice-catalog>
      </div>`,
    );
    const catalog = wrapper.querySelector('practice-catalog')!;
    await loaded(catalog);
    tabs(catalog)[1]!.tab.click();
    const map = () => part(catalog, 'practice-map')!;
    const callout = () =>
      map().shadowRoot?.querySelector('[data-target="LC"]')?.getBoundingClientRect();
    const frameWidth = () =>
      map().shadowRoot!.querySelector('.frame')!.getBoundingClientRect().width;
    // A callout is drawn at 28 CSS px whatever the frame's width (within 2, as in the map's own
    // test), when the map is drawn for that width.
    const drawnRight = () => !!callout() && Math.abs(callout()!.width - 28) < 2;
    await until(() => isShown(map()) && drawnRight(), 5000);
    expect(frameWidth()).to.be.greaterThan(500);
    tabs(catalog)[0]!.tab.click();
    await until(() => isShown(part(catalog, 'practice-list')));
    wrapper.style.width = '360px';
    await catalog.updateComplete;
    tabs(catalog)[1]!.tab.click();
    await until(() => isShown(map()) && frameWidth() < 400 && drawnRight(), 5000);
    expect(frameWidth()).to.be.greaterThan(300);
  });

  it('draws its tabs once their labels are in the reader’s language, in a row that keeps its height', async () => {
    // French not loaded yet, and held back until the test lets it come.
    resetPageState();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    setLanguageLoader('fr', () =>
      held.then(() => import('../../../src/i18n/packs/fr.js')).then((m) => m.pack),
    );
    try {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const catalog = await fixture<PracticeCatalog>(
        html`<practice-catalog src=${FEED_URL} lang="fr"></practice-catalog>`,
      );
      const row = () => part(catalog, '[part="tabs"]');
      await until(() => !!row());
      // No label in another language meanwhile: the row stands empty, at a tab's height.
      expect(tabs(catalog)).to.deep.equal([]);
      expect(row()!.textContent!.trim()).to.equal('');
      const heightBefore = row()!.getBoundingClientRect().height;
      const topBefore = row()!.getBoundingClientRect().top;
      expect(heightBefore).to.be.greaterThan(40);
      // No tab panel names a tab that is not there yet.
      expect(part(catalog, '[role="tabpanel"]')).to.equal(null);
      await expect(catalog).to.be.accessible();
      release();
      await until(() => tabs(catalog).length === 3);
      expect(tabs(catalog).map(({ name }) => name)).to.deep.equal([
        'Pratiques',
        'Carte',
        'Chiffres',
      ]);
      expect(row()!.getBoundingClientRect().height).to.equal(heightBefore);
      expect(row()!.getBoundingClientRect().top).to.equal(topBefore);
      await expect(catalog).to.be.accessible();
    } finally {
      setLanguageLoader('fr');
      release();
    }
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="es"></practice-catalog>`,
    );
    await loaded(catalog);
    const [list] = tabs(catalog);
    expect(list!.tab.tabIndex).to.equal(0);
    expect(tabs(catalog)[1]!.tab.tabIndex).to.equal(-1);
    list!.tab.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => tabs(catalog)[1]!.selected);
    expect(catalog.shadowRoot!.activeElement).to.equal(tabs(catalog)[1]!.tab);
    await sendKeys({ press: 'End' });
    await until(() => tabs(catalog)[2]!.selected);
    expect(isShown(part(catalog, 'practice-stats'))).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => tabs(catalog)[0]!.selected);
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => tabs(catalog)[2]!.selected);
    await sendKeys({ press: 'Home' });
    await until(() => tabs(catalog)[0]!.selected);
    expect(catalog.shadowRoot!.activeElement).to.equal(tabs(catalog)[0]!.tab);
  });

  it('opens the view of its view attribute; anything else means the list', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="en" view="stats"></practice-catalog>`,
    );
    await until(() => isShown(part(catalog, 'practice-stats')));
    expect(part(catalog, 'practice-map')).to.equal(null);
    expect(isShown(part(catalog, 'practice-list'))).to.equal(false);
    catalog.setAttribute('view', 'globe');
    await until(() => isShown(part(catalog, 'practice-list')));
    expect(tabs(catalog)[0]!.selected).to.equal(true);
  });

  it('keeps the view in the URL with sync-url, and follows back and forward', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    history.replaceState(null, '', `${location.pathname}?pw-view=map`);
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="en" sync-url></practice-catalog>`,
    );
    await until(() => isShown(part(catalog, 'practice-map')));
    tabs(catalog)[2]!.tab.click();
    await until(() => new URLSearchParams(location.search).get('pw-view') === 'stats');
    tabs(catalog)[0]!.tab.click();
    await until(() => !new URLSearchParams(location.search).has('pw-view'));
    history.back();
    await until(() => tabs(catalog)[2]!.selected);
    expect(isShown(part(catalog, 'practice-stats'))).to.equal(true);
  });

  it('with sync-url and no view in the URL, opens the view of its attribute; the list is then written', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    history.replaceState(null, '', location.pathname);
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="en" view="map" sync-url></practice-catalog>`,
    );
    await until(() => isShown(part(catalog, 'practice-map')));
    expect(new URLSearchParams(location.search).has('pw-view')).to.equal(false);
    tabs(catalog)[0]!.tab.click();
    await until(() => new URLSearchParams(location.search).get('pw-view') === 'list');
    history.back();
    await until(() => tabs(catalog)[1]!.selected);
    expect(isShown(part(catalog, 'practice-map'))).to.equal(true);
    history.replaceState(null, '', location.pathname);
  });

  it('has no tab for a view left out, and no tab bar for a single view', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const two = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="en" without-stats></practice-catalog>`,
    );
    await loaded(two);
    expect(tabs(two).map(({ name }) => name)).to.deep.equal(['Practices', 'Map']);
    const one = await fixture<PracticeCatalog>(
      html`<practice-catalog
        src=${FEED_URL}
        lang="en"
        without-map
        without-stats
        view="map"
      ></practice-catalog>`,
    );
    await loaded(one);
    expect(part(one, '[role="tablist"]')).to.equal(null);
    expect(part(one, 'practice-map')).to.equal(null);
    expect(isShown(part(one, 'practice-list'))).to.equal(true);
    expect(part(one, 'practice-filters')).to.exist;
  });

  it('gives one message, with one retry, when the feed fails', async () => {
    useCannedFetch({ [FEED_URL]: { status: 502 } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="fr"></practice-catalog>`,
    );
    await until(() => shownBoxes(catalog, '.load-error').length > 0, 8000);
    // Let every part draw what it would.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shownBoxes(catalog, '.load-error')).to.have.length(1);
    const retries = shownBoxes(catalog, 'button').filter(
      (button) => button.textContent!.trim() === uiStrings('fr').retry,
    );
    expect(retries).to.have.length(1);
    expect(isShown(part(catalog, '[role="tablist"]'))).to.equal(false);
    expect(isShown(part(catalog, 'practice-list'))).to.equal(false);
    await expect(catalog).to.be.accessible();
  });

  it('gives one empty message with the chosen filters, each removable, and the views step aside', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="en" view="map"></practice-catalog>`,
    );
    await until(() => !!header(catalog)?.shadowRoot?.querySelector('.count'));
    const feed = innerFeed(catalog);
    feed.setFilters({ ...feed.filters, country: ['CO'], q: 'zzzz-nothing' });
    const message = () => part(catalog, 'practice-catalog-message')!;
    await until(() => isShown(message()) && shadowText(message()).includes('No practices match'));
    expect(shownBoxes(catalog, '.empty, [role="status"].notice')).to.have.length(1);
    expect(isShown(part(catalog, 'practice-map'))).to.equal(false);
    expect(isShown(part(catalog, '[role="tablist"]'))).to.equal(false);
    const chips = [...message().shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip')];
    expect(chips.map((chip) => chip.getAttribute('aria-label'))).to.deep.equal([
      'Remove filter Search practices: “zzzz-nothing”',
      'Remove filter Country: Colombia',
    ]);
    expect(shadowText(message())).to.include('Clear all');
    await expect(catalog).to.be.accessible();
    // Removing the search gives the practices back, and the map the reader was on.
    chips[0]!.click();
    await until(() => isShown(part(catalog, 'practice-map')));
    expect(isShown(message())).to.equal(false);
    expect(feed.filters.country).to.deep.equal(['CO']);
  });

  it('says when there is nothing to show at all, without a way out to offer', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed({ practices: [] }) } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="es"></practice-catalog>`,
    );
    const message = () => part(catalog, 'practice-catalog-message')!;
    await until(() => isShown(message()));
    expect(shadowText(message())).to.include(uiStrings('es').noPractices);
    expect(message().shadowRoot!.querySelector('button')).to.equal(null);
    expect(shownBoxes(catalog, '.empty')).to.have.length(1);
    await expect(catalog).to.be.accessible();
  });

  // The filters' own height is theirs (see the end-to-end checks for the whole catalogue): here,
  // what the catalogue puts before the practices, the header and the tabs.
  it('puts little before the first practice on a phone and on a laptop', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    for (const [width, height] of [
      [360, 740],
      [1280, 800],
    ] as const) {
      await setViewport({ width, height });
      const catalog = await fixture<PracticeCatalog>(
        html`<practice-catalog src=${FEED_URL} lang="es" without-filters></practice-catalog>`,
      );
      await loaded(catalog);
      const list = part(catalog, 'practice-list')!;
      await until(() => !!list.shadowRoot!.querySelector('practice-card'));
      const card = list.shadowRoot!.querySelector('practice-card')!.getBoundingClientRect();
      const top = catalog.getBoundingClientRect().top;
      expect(card.top - top, `${width}px`).to.be.below(width < 400 ? 500 : 300);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
    }
  });
});
