// A widget whose content changes by itself never moves the page in sight of the reader, and the
// guard that makes sure of it never costs the reader: nothing is hidden behind a button, nothing
// moves under a pressed pointer, a retry stays within reach. Measured in every engine by the
// boxes of what the reader sees, before and after, under a fixed scroll position; in Chromium
// also by the browser's own `layout-shift` entries (the Layout Instability API exists only there).
import { expect, fixture, html } from '@open-wc/testing';
import { css, html as litHtml, type TemplateResult } from 'lit';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { PracticeFeed } from '../../../src/components/practice-feed/practice-feed.js';
import type { PracticeFilters } from '../../../src/components/practice-filters/practice-filters.js';
import type { PracticeList } from '../../../src/components/practice-list/practice-list.js';
import { EMPTY_FILTERS } from '../../../src/data/query.js';
import type { PracticeFeed as PublishedFeed } from '../../../src/data/types.js';
import { PracticeElement } from '../../../src/components/shared/practice-element.js';
import { stateStyles } from '../../../src/components/shared/states.js';
import { baseStyles, themeStyles } from '../../../src/styles/theme.js';
import { sampleFeed, until } from '../../helpers.js';
import { answer, controlledNetwork, gate } from '../../reliability/support.js';

const FEED_URL = '/steady/practices.json';
/**
 * A widget whose loaded height is known: a 200 px placeholder, then one button per practice of
 * `row` px (50 by default: four rows fill the placeholder exactly, so that its edge falls between
 * two buttons). The filters no longer change height with their feed; this one does, on purpose.
 */
class SteadyProbe extends PracticeElement {
  static override styles = [
    themeStyles,
    baseStyles,
    stateStyles,
    css`
      .row {
        display: block;
        width: 100%;
        margin: 0;
        border: 0;
        padding: 0;
      }
      .skeleton {
        height: 200px;
      }
    `,
  ];
  static override properties = { row: { type: Number } };
  row = 50;

  override render(): TemplateResult {
    return this.renderStates({
      loading: () => litHtml`<div class="skeleton" role="status">Loading</div>`,
      loaded: (feed) =>
        litHtml`<div class="rows">
          ${feed.practices.map(
            (practice) =>
              litHtml`<button class="row" type="button" style=${`height: ${this.row}px`}>
                ${practice.id}
              </button>`,
          )}
        </div>`,
    });
  }
}
customElements.define('steady-probe', SteadyProbe);

/** A feed of `count` practices: a probe of `count` rows. */
function feedOf(count: number): PublishedFeed {
  const [first] = sampleFeed().practices;
  return sampleFeed({
    practices: Array.from({ length: count }, (_, i) => ({ ...first!, id: `practice-${i}` })),
  });
}

/** Taller than the placeholder (12 rows of 50 px against 200 px). */
const manyChoicesFeed = () => feedOf(12);

const COUNTRIES = ['AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'EC', 'GT', 'MX', 'PA', 'PE', 'UY'];

/** A practice in each of twelve countries, for the filters and the list. */
function countriesFeed(): PublishedFeed {
  const [first] = sampleFeed().practices;
  return sampleFeed({
    practices: COUNTRIES.map((country, i) => ({
      ...first!,
      id: `practice-${i}`,
      countries: [country],
    })),
  });
}

const frames = (count = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(count);
  });

const layoutShiftSupported = PerformanceObserver.supportedEntryTypes.includes('layout-shift');

/**
 * Layout shifts the browser reports from now on (those after the reader's input excluded). Only
 * Chromium has the Layout Instability API; elsewhere the box measures of each test stand alone.
 */
function recordShifts(): { total: () => number; stop: () => void } {
  if (!layoutShiftSupported) return { total: () => 0, stop: () => {} };
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (!entry.hadRecentInput) total += entry.value;
    }
  });
  observer.observe({ type: 'layout-shift' });
  return { total: () => total, stop: () => observer.disconnect() };
}

/** Where the reader sees `element` now. */
const onScreenTop = (element: Element) => element.getBoundingClientRect().top;

const centre = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
};

/**
 * A page with the probe (after `above` px of other content) and a button after it; the feed
 * arrives when the returned `arrive` is called, after the placeholder has been drawn.
 */
async function latePage(feed: PublishedFeed, above = 0, arrival = answer.json(feed), row = 50) {
  const opened = gate();
  const network = controlledNetwork(answer.after(opened.promise, arrival));
  const page = await fixture<HTMLElement>(
    html`<div>
      <div class="above" style=${`height: ${above}px`}></div>
      <steady-probe src=${FEED_URL} lang="en" .row=${row}></steady-probe>
      <button class="after" type="button">What follows the widget</button>
    </div>`,
  );
  const filters = page.querySelector<SteadyProbe>('steady-probe')!;
  const after = page.querySelector<HTMLButtonElement>('.after')!;
  await until(() => !!filters.shadowRoot?.querySelector('.skeleton'));
  await frames();
  const placeholderHeight = filters.getBoundingClientRect().height;
  return {
    filters,
    after,
    network,
    placeholderHeight,
    async arrive(ready = () => !!filters.shadowRoot?.querySelector('.rows')) {
      opened.open();
      await until(ready);
      await filters.updateComplete;
      await frames();
    },
  };
}

/** Whether the widget shows all of its content at its own height, held by nothing. */
const atOwnHeight = (element: HTMLElement) =>
  getComputedStyle(element).overflowY === 'visible' &&
  element.scrollHeight <= element.clientHeight + 1;

/** The height the probe takes by itself, measured apart from the page under test. */
async function naturalHeight(feed: PublishedFeed, row = 50): Promise<number> {
  const alone = await fixture<SteadyProbe>(
    html`<steady-probe .feed=${feed} lang="en" .row=${row}></steady-probe>`,
  );
  await until(() => !!alone.shadowRoot?.querySelector('.rows'));
  const height = alone.getBoundingClientRect().height;
  alone.remove();
  return height;
}

/**
 * A window of the given size, out of the half second after an earlier test's click or key
 * press, which would make every change the reader's.
 */
async function freshWindow(size: { width: number; height: number }): Promise<void> {
  await setViewport(size);
  await new Promise((resolve) => setTimeout(resolve, 600));
}

/**
 * Lets the late page's content arrive, and checks that the filters keep their placeholder's
 * height, what follows them stays where it was, and nothing shifts.
 */
async function arrivesInPlace(page: Awaited<ReturnType<typeof latePage>>): Promise<void> {
  const afterTop = onScreenTop(page.after);
  const shifts = recordShifts();
  await page.arrive();
  expect(page.filters.getBoundingClientRect().height).to.be.closeTo(page.placeholderHeight, 0.5);
  expect(onScreenTop(page.after), 'what follows stays').to.be.closeTo(afterTop, 0.5);
  expect(shifts.total(), 'layout shift').to.equal(0);
  shifts.stop();
}

describe('steady size: content that arrives by itself', function () {
  // Each test loads the widget twice and runs an accessibility check: slow on a loaded machine.
  this.timeout(15000);
  // A desktop window, tall enough for the widget and what follows it to be in sight.
  beforeEach(() => freshWindow({ width: 1024, height: 900 }));
  afterEach(async () => {
    await resetMouse();
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('taller than its placeholder: keeps its shape, and every part scrolls into reach', async () => {
    const feed = manyChoicesFeed();
    const natural = await naturalHeight(feed);
    const page = await latePage(feed);
    expect(natural, 'the content is taller than its placeholder').to.be.greaterThan(
      page.placeholderHeight + 20,
    );
    await arrivesInPlace(page);
    // Nothing covers the content, and what does not fit yet is within reach by scrolling.
    const root = page.filters.shadowRoot!;
    expect(root.querySelector('button[aria-hidden="true"]'), 'no bar over the content').to.equal(
      null,
    );
    expect(getComputedStyle(page.filters).overflowY).to.equal('auto');
    expect(page.filters.scrollHeight, 'more to scroll to').to.be.greaterThan(
      page.filters.clientHeight + 20,
    );
    page.filters.scrollTop = page.filters.scrollHeight;
    const lastChoice = [...root.querySelectorAll('button')].at(-1)!;
    const [x, y] = centre(lastChoice);
    expect(root.elementFromPoint(x, y), 'the last choice, scrolled to').to.equal(lastChoice);
    await expect(page.filters).to.be.accessible();

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    await frames();
    expect(atOwnHeight(page.filters), 'at its own height after a key press').to.equal(true);
  });

  it('shorter than its placeholder: keeps the room until the reader acts', async () => {
    const feed = feedOf(2);
    const natural = await naturalHeight(feed);
    const page = await latePage(feed);
    expect(natural, 'the content is shorter than its placeholder').to.be.lessThan(
      page.placeholderHeight - 20,
    );
    await arrivesInPlace(page);

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    await frames();
    expect(page.filters.getBoundingClientRect().height).to.be.closeTo(natural, 0.5);
  });

  it('a list shorter than its placeholder keeps the room when its idle chunk brings styles', async () => {
    // The list fetches its open practice's controls, with their styles, in an idle moment after
    // the practices are shown: adopting those styles once dropped the held room, and what
    // followed the list jumped up a moment after the feed arrived. On a phone, where a page of
    // placeholders reaches below the window.
    await freshWindow({ width: 360, height: 640 });
    const opened = gate();
    controlledNetwork(answer.after(opened.promise, answer.json(feedOf(1))));
    const page = await fixture<HTMLElement>(
      html`<div>
        <practice-list src=${FEED_URL} lang="en"></practice-list>
        <p class="after">What follows the list</p>
      </div>`,
    );
    const list = page.querySelector<PracticeList>('practice-list')!;
    const after = page.querySelector('.after')!;
    await until(() => !!list.shadowRoot?.querySelector('.skeleton'));
    await frames();
    expect(onScreenTop(after), 'the placeholder reaches below the window').to.be.greaterThan(
      window.innerHeight,
    );
    const shifts = recordShifts();
    opened.open();
    await until(() => !!list.shadowRoot?.querySelector('practice-card'));
    const extrasAdopted = () =>
      list.shadowRoot!.adoptedStyleSheets.some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.startsWith('.manual-link')),
      );
    await until(extrasAdopted, 5000);
    await frames();
    expect(onScreenTop(after), 'what follows stays out of sight').to.be.at.least(
      window.innerHeight - 0.5,
    );
    expect(shifts.total(), 'layout shift').to.equal(0);
    shifts.stop();

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    await frames();
    expect(onScreenTop(after), 'after a key press, the list takes its own height').to.be.lessThan(
      window.innerHeight,
    );
  });

  it('below the window: takes its own height at once, since nothing in sight moves', async () => {
    const feed = manyChoicesFeed();
    const page = await latePage(feed, window.innerHeight + 200);
    await page.arrive();
    const root = page.filters.shadowRoot!;
    expect(page.filters.scrollHeight).to.be.closeTo(page.filters.clientHeight, 0.5);
    expect(getComputedStyle(page.filters).overflowY).to.equal('visible');
    expect(page.filters.getBoundingClientRect().height).to.be.closeTo(
      root.querySelector('.rows')!.getBoundingClientRect().height,
      0.5,
    );
    expect(page.filters.getBoundingClientRect().height).to.be.greaterThan(page.placeholderHeight);
  });

  it('just after the reader clicked: the change is theirs, and shows at once', async () => {
    const feed = manyChoicesFeed();
    const natural = await naturalHeight(feed);
    const page = await latePage(feed);
    page.after.click();
    await page.arrive();
    expect(page.filters.getBoundingClientRect().height).to.be.closeTo(natural, 0.5);
  });

  it('held, then scrolled out of sight below: takes its own height there', async () => {
    const feed = manyChoicesFeed();
    const above = window.innerHeight * 2;
    const page = await latePage(feed, above);
    window.scrollTo(0, above - 50);
    await frames();
    await page.arrive();
    expect(page.filters.getBoundingClientRect().height).to.be.closeTo(page.placeholderHeight, 0.5);
    window.scrollTo(0, 0);
    await until(() => atOwnHeight(page.filters));
  });

  it('held: a press and release on what follows is one click, and nothing moves between', async () => {
    const feed = manyChoicesFeed();
    const page = await latePage(feed);
    await page.arrive();
    expect(page.filters.getBoundingClientRect().height, 'held').to.be.closeTo(
      page.placeholderHeight,
      0.5,
    );
    let clicks = 0;
    page.after.addEventListener('click', () => (clicks += 1));
    const before = page.after.getBoundingClientRect();
    await sendMouse({ type: 'move', position: centre(page.after) });
    await sendMouse({ type: 'down' });
    await frames();
    expect(onScreenTop(page.after), 'nothing moves under the pressed pointer').to.be.closeTo(
      before.top,
      0.5,
    );
    await sendMouse({ type: 'up' });
    await until(() => clicks > 0);
    expect(clicks, 'the first click lands').to.equal(1);
    await frames();
    expect(atOwnHeight(page.filters), 'then the widget takes its height').to.equal(true);
  });

  it('offline: the error and its retry are in sight and answer the first click', async () => {
    const feed = manyChoicesFeed();
    const page = await latePage(feed, 0, answer.fail());
    const root = page.filters.shadowRoot!;
    await page.arrive(() => !!root.querySelector('.load-error button'));
    const retry = root.querySelector<HTMLButtonElement>('.load-error button')!;
    const [x, y] = centre(retry);
    expect(root.elementFromPoint(x, y), 'the retry is what is drawn there').to.equal(retry);
    const hostBox = page.filters.getBoundingClientRect();
    expect(y, 'within the widget').to.be.within(hostBox.top, hostBox.bottom);
    const requests = page.network.requests.length;
    page.network.answer = answer.json(feed);
    await sendMouse({ type: 'click', position: [x, y] });
    await until(() => page.network.requests.length > requests);
    await until(() => !!root.querySelector('.rows'));
  });

  it('offline: the error is never held, even shorter than the placeholder', async () => {
    const page = await latePage(manyChoicesFeed(), 0, answer.fail());
    const root = page.filters.shadowRoot!;
    await page.arrive(() => !!root.querySelector('.load-error'));
    const error = root.querySelector<HTMLElement>('.load-error')!;
    expect(atOwnHeight(page.filters), 'at its own height').to.equal(true);
    expect(getComputedStyle(page.filters).minBlockSize, 'no room kept').to.be.oneOf([
      'auto',
      '0px',
    ]);
    expect(page.filters.getBoundingClientRect().bottom).to.be.closeTo(
      error.getBoundingClientRect().bottom,
      0.5,
    );
  });

  it('taller, with a button across the edge of the shape: takes its height, cuts no button', async () => {
    // Rows of 48 px: the placeholder's 200 px edge falls inside the fifth button.
    const feed = manyChoicesFeed();
    const natural = await naturalHeight(feed, 48);
    const page = await latePage(feed, 0, answer.json(feed), 48);
    await page.arrive();
    expect(atOwnHeight(page.filters), 'not held').to.equal(true);
    expect(page.filters.getBoundingClientRect().height).to.be.closeTo(natural, 0.5);
    const root = page.filters.shadowRoot!;
    for (const button of [...root.querySelectorAll('button')].slice(0, 8)) {
      const [x, y] = centre(button);
      expect(root.elementFromPoint(x, y), `${button.textContent!.trim()} is drawn whole`).to.equal(
        button,
      );
    }
  });

  it('a taller content held in its shape: every button drawn is whole, or out of the shape', async () => {
    const page = await latePage(manyChoicesFeed());
    await page.arrive();
    const host = page.filters.getBoundingClientRect();
    expect(host.height, 'held').to.be.closeTo(page.placeholderHeight, 0.5);
    for (const button of page.filters.shadowRoot!.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      const inside = box.top < host.bottom - 0.5 && box.bottom > host.top + 0.5;
      if (inside) expect(box.bottom, 'not cut by the edge').to.be.at.most(host.bottom + 0.5);
    }
  });
});

describe('steady size: widgets of one feed that arrive together', function () {
  this.timeout(15000);
  beforeEach(() => freshWindow({ width: 1024, height: 900 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('each keeps its place, judged where the reader saw it, not where the one above moved it', async () => {
    // One feed, one request, two widgets drawn in the same task: the upper one shorter than its
    // placeholder (12 rows of 11 px), the lower one taller (12 rows of 40 px, whose 200 px edge
    // falls between two rows). Weighed where the upper one's change had moved it (up by 68 px),
    // the lower one's edge would cut through a row, and it would take its own height.
    const feed = manyChoicesFeed();
    const opened = gate();
    controlledNetwork(answer.after(opened.promise, answer.json(feed)));
    const page = await fixture<HTMLElement>(
      html`<div>
        <steady-probe class="upper" src=${FEED_URL} lang="en" .row=${11}></steady-probe>
        <steady-probe class="lower" src=${FEED_URL} lang="en" .row=${40}></steady-probe>
        <button class="after" type="button">What follows the widgets</button>
      </div>`,
    );
    const [upper, lower] = [...page.querySelectorAll<SteadyProbe>('steady-probe')];
    const after = page.querySelector('.after')!;
    const loaded = (probe: SteadyProbe) => !!probe.shadowRoot?.querySelector('.rows');
    await until(() => !!lower!.shadowRoot?.querySelector('.skeleton'));
    await frames();
    const tops = [upper!, lower!, after].map(onScreenTop);
    const shifts = recordShifts();
    opened.open();
    await until(() => loaded(upper!) && loaded(lower!));
    await frames();
    expect([upper!, lower!, after].map(onScreenTop), 'nothing moves').to.deep.equal(tops);
    expect(upper!.getBoundingClientRect().height, 'the upper one keeps its room').to.be.closeTo(
      200,
      0.5,
    );
    expect(lower!.getBoundingClientRect().height, 'the lower one keeps its shape').to.be.closeTo(
      200,
      0.5,
    );
    expect(getComputedStyle(lower!).overflowY, 'and scrolls inside it').to.equal('auto');
    expect(shifts.total(), 'layout shift').to.equal(0);
    shifts.stop();
  });
});

describe('steady size: a script changes the filters while the reader is scrolled down', function () {
  this.timeout(15000);
  beforeEach(() => freshWindow({ width: 800, height: 600 }));
  afterEach(async () => {
    window.scrollTo(0, 0);
  });

  it('moves nothing on screen, and the next click on a card opens it', async () => {
    controlledNetwork(answer.json(countriesFeed()));
    const page = await fixture<HTMLElement>(
      html`<div>
        <practice-feed src=${FEED_URL} lang="en">
          <practice-filters></practice-filters>
          <p class="between">Between the filters and the list.</p>
          <practice-list page-size="12"></practice-list>
        </practice-feed>
        <div style="height: 200vh"></div>
      </div>`,
    );
    const feed = page.querySelector<PracticeFeed>('practice-feed')!;
    const filters = feed.querySelector<PracticeFilters>('practice-filters')!;
    const list = feed.querySelector<PracticeList>('practice-list')!;
    const cards = () => [...list.shadowRoot!.querySelectorAll('practice-card')];
    await until(() => cards().length > 1 && !!filters.shadowRoot?.querySelector('.count'));
    await frames();
    // The reader has scrolled past the filters, down to the list.
    window.scrollTo(0, window.scrollY + filters.getBoundingClientRect().bottom + 5);
    await frames();
    expect(
      filters.getBoundingClientRect().bottom,
      'the filters are above the window',
    ).to.be.at.most(0);
    const between = feed.querySelector('.between')!;
    const betweenTop = onScreenTop(between);
    const listTop = onScreenTop(list);
    const filtersHeight = filters.getBoundingClientRect().height;

    feed.setFilters({ ...EMPTY_FILTERS, country: ['AR', 'BR', 'CL', 'CO', 'PE'] });
    await until(() => cards().length === 5);
    await frames(3);
    expect(filters.getBoundingClientRect().height, 'the filters changed above').not.to.be.closeTo(
      filtersHeight,
      0.5,
    );
    // Boxes, not layout-shift entries: the list's own cards change places, as filtering means.
    expect(onScreenTop(between), 'what the reader sees stays').to.be.closeTo(betweenTop, 0.5);
    expect(onScreenTop(list), 'the list stays where the reader sees it').to.be.closeTo(
      listTop,
      0.5,
    );

    const opener = cards()[1]!.shadowRoot!.querySelector<HTMLButtonElement>('button.open')!;
    let selected = 0;
    list.addEventListener('practice-select', () => (selected += 1));
    await sendMouse({ type: 'click', position: centre(opener) });
    await until(() => selected > 0);
    const dialog = list.shadowRoot!.querySelector('dialog')!;
    await until(() => dialog.open);
    dialog.querySelector<HTMLButtonElement>('.close')!.click();
  });
});
