// A widget whose content changes by itself never moves the page in sight of the reader: it
// keeps the height it had on screen until the reader acts, or until it is out of sight below.
// Measured as the reader's browser measures it: layout-shift entries, and the widget's box.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { PracticeFilters } from '../../../src/components/practice-filters/practice-filters.js';
import type { PracticeFeed as PublishedFeed } from '../../../src/data/types.js';
import { VOCABULARIES } from '../../../src/data/vocabularies.js';
import { sampleFeed, until } from '../../helpers.js';
import { answer, controlledNetwork, gate } from '../../reliability/support.js';

const FEED_URL = '/steady/practices.json';
const COUNTRIES = ['AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'EC', 'GT', 'MX', 'PA', 'PE', 'UY'];

/** A feed whose filters take more rows than the loading placeholder foresees. */
function manyChoicesFeed(): PublishedFeed {
  const [first] = sampleFeed().practices;
  return sampleFeed({
    practices: COUNTRIES.map((country, i) => ({
      ...first!,
      id: `practice-${i}`,
      countries: [country],
      setting: VOCABULARIES.settings[i % VOCABULARIES.settings.length]!,
      // Every value of both vocabularies: more choices than the placeholder's rows.
      levels: [...VOCABULARIES.levels],
      objectives: [...VOCABULARIES.objectives],
    })),
  });
}

const frames = (count = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(count);
  });

/** Layout shifts the browser reports from now on (those after the reader's input excluded). */
function recordShifts(): { total: () => number; stop: () => void } {
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

/**
 * A page with the filters (after `above` px of other content) and a paragraph after them; the
 * feed arrives when the returned `arrive` is called, after the placeholder has been drawn.
 */
async function latePage(feed: PublishedFeed, above = 0) {
  const arrival = gate();
  controlledNetwork(answer.after(arrival.promise, answer.json(feed)));
  const page = await fixture<HTMLElement>(
    html`<div>
      <div class="above" style=${`height: ${above}px`}></div>
      <practice-filters src=${FEED_URL} lang="en"></practice-filters>
      <p class="after">What follows the widget.</p>
    </div>`,
  );
  const filters = page.querySelector<PracticeFilters>('practice-filters')!;
  const after = page.querySelector<HTMLElement>('.after')!;
  await until(() => !!filters.shadowRoot?.querySelector('.skeleton'));
  await frames();
  const placeholderHeight = filters.getBoundingClientRect().height;
  return {
    filters,
    after,
    placeholderHeight,
    async arrive() {
      arrival.open();
      await until(() => !!filters.shadowRoot?.querySelector('fieldset'));
      await filters.updateComplete;
      await frames();
    },
  };
}

/** The height the filters take by themselves, measured apart from the page under test. */
async function naturalHeight(feed: PublishedFeed): Promise<number> {
  const alone = await fixture<PracticeFilters>(
    html`<practice-filters .feed=${feed} lang="en"></practice-filters>`,
  );
  await until(() => !!alone.shadowRoot?.querySelector('fieldset'));
  const height = alone.getBoundingClientRect().height;
  alone.remove();
  return height;
}

const showAllButton = (element: Element) =>
  element.shadowRoot!.querySelector<HTMLButtonElement>('.steady-show-all button');

describe('steady size: content that arrives by itself', () => {
  // A desktop window, tall enough for the filters and what follows them to be in sight.
  beforeEach(async () => {
    await setViewport({ width: 1024, height: 900 });
    // Out of the half second after an earlier test's key or pointer press, which would make
    // every change the reader's.
    await new Promise((resolve) => setTimeout(resolve, 600));
  });
  afterEach(async () => {
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('taller than its placeholder: keeps the height on screen, and shows all on request', async () => {
    const feed = manyChoicesFeed();
    const natural = await naturalHeight(feed);
    const page = await latePage(feed);
    expect(natural, 'the content is taller than its placeholder').to.be.greaterThan(
      page.placeholderHeight + 20,
    );
    const afterTop = page.after.getBoundingClientRect().top;
    const shifts = recordShifts();
    await page.arrive();
    expect(page.filters.getBoundingClientRect().height).to.be.closeTo(page.placeholderHeight, 0.5);
    expect(page.after.getBoundingClientRect().top, 'what follows stays').to.be.closeTo(
      afterTop,
      0.5,
    );
    expect(shifts.total(), 'layout shift').to.equal(0);
    shifts.stop();
    const button = showAllButton(page.filters);
    expect(button?.textContent?.trim()).to.equal('Show all');
    // Pointer users only: a key press gives the height before focus could reach what is cut off.
    expect(button?.getAttribute('tabindex')).to.equal('-1');
    expect(button?.getAttribute('aria-hidden')).to.equal('true');
    await expect(page.filters).to.be.accessible();

    button!.click();
    await frames();
    expect(page.filters.getBoundingClientRect().height).to.be.closeTo(natural, 0.5);
    expect(showAllButton(page.filters)).to.equal(null);
  });

  it('shorter than its placeholder: keeps the room until the reader acts', async () => {
    const feed = sampleFeed();
    const natural = await naturalHeight(feed);
    const page = await latePage(feed);
    expect(natural, 'the content is shorter than its placeholder').to.be.lessThan(
      page.placeholderHeight - 20,
    );
    const shifts = recordShifts();
    await page.arrive();
    expect(page.filters.getBoundingClientRect().height).to.be.closeTo(page.placeholderHeight, 0.5);
    expect(shifts.total(), 'layout shift').to.equal(0);
    shifts.stop();
    expect(showAllButton(page.filters), 'nothing is cut off').to.equal(null);

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    await frames();
    expect(page.filters.getBoundingClientRect().height).to.be.closeTo(natural, 0.5);
  });

  it('below the window: takes its own height at once, since nothing in sight moves', async () => {
    const feed = manyChoicesFeed();
    const natural = await naturalHeight(feed);
    const page = await latePage(feed, window.innerHeight + 200);
    await page.arrive();
    expect(page.filters.getBoundingClientRect().height).to.be.closeTo(natural, 0.5);
    expect(showAllButton(page.filters)).to.equal(null);
  });

  it('just after the reader acted: the change is theirs, and shows at once', async () => {
    const feed = manyChoicesFeed();
    const natural = await naturalHeight(feed);
    const page = await latePage(feed);
    window.dispatchEvent(new PointerEvent('pointerdown'));
    await page.arrive();
    expect(page.filters.getBoundingClientRect().height).to.be.closeTo(natural, 0.5);
  });

  it('held, then scrolled out of sight below: takes its own height there', async () => {
    const feed = manyChoicesFeed();
    const natural = await naturalHeight(feed);
    const above = window.innerHeight * 2;
    const page = await latePage(feed, above);
    window.scrollTo(0, above - 50);
    await frames();
    await page.arrive();
    expect(page.filters.getBoundingClientRect().height).to.be.closeTo(page.placeholderHeight, 0.5);
    window.scrollTo(0, 0);
    await until(() => Math.abs(page.filters.getBoundingClientRect().height - natural) < 0.5);
    expect(showAllButton(page.filters)).to.equal(null);
  });
});
