import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PracticeFeed } from '../../src/components/practice-feed/practice-feed.js';
import type { PracticeFilters } from '../../src/components/practice-filters/practice-filters.js';
import { EMPTY_FILTERS, queryFeed } from '../../src/data/query.js';
import { EMPTY_SCOPE } from '../../src/data/scope.js';
import { validateFeed } from '../../src/data/validate.js';
import { sampleFeed, until, useCannedFetch } from '../helpers.js';

/** A search of thousands of practices on a machine busy with other tests: a bound, not a budget. */
const LARGE_WAIT_MS = 15_000;

const FEED_URL = '/feeds/large-search.json';

/**
 * 6,000 practices (over the 5,000 from which the search waits for a pause and runs in slices):
 * a third about robotics, the rest about reading; Colombia and Peru, rural and urban.
 */
const largeFeed = () => ({
  ...sampleFeed(),
  practices: Array.from({ length: 6000 }, (_, i) => ({
    id: `p-${i}`,
    countries: [i % 2 ? 'CO' : 'PE'],
    setting: i % 5 ? ('rural' as const) : ('urban' as const),
    title: { es: i % 3 ? `Lectura en voz alta ${i}` : `Robótica en el aula ${i}` },
  })),
});

async function page() {
  useCannedFetch({ [FEED_URL]: { json: largeFeed() } });
  const feed = await fixture<PracticeFeed>(
    html`<practice-feed src=${FEED_URL} lang="en">
      <practice-filters></practice-filters>
      <practice-list></practice-list>
    </practice-feed>`,
  );
  const filters = feed.querySelector<PracticeFilters>('practice-filters')!;
  const count = () => filters.shadowRoot?.querySelector('[part="count"]')?.textContent?.trim();
  await until(() => count() === '6,000 practices', LARGE_WAIT_MS);
  const search = filters.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  const type = (text: string) => {
    search.value = text;
    search.dispatchEvent(new InputEvent('input'));
  };
  // Every count the filters show, frame by frame, and every search the feed is given.
  const counts = new Set<string>();
  const searches: string[] = [];
  feed.addEventListener('practice-filter-change', (event) => searches.push(event.detail.filters.q));
  let watching = true;
  const watch = () => {
    counts.add(count() ?? '');
    if (watching) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  return { feed, filters, search, type, count, counts, searches, stop: () => (watching = false) };
}

describe('the search of a large feed', function () {
  this.timeout(60_000);

  it('never shows the answer of a search the reader typed past', async () => {
    const { feed, search, type, count, counts, searches, stop } = await page();
    // "rob" is given to the search (Enter); the reader types on before its answer is shown.
    type('rob');
    search.form!.requestSubmit();
    type('lect');
    await until(() => feed.filters.q === 'lect', LARGE_WAIT_MS);
    await until(() => count() === '4,000 practices', LARGE_WAIT_MS);
    stop();
    expect(searches).to.deep.equal(['lect']);
    // The 2,000 practices about robotics were never shown, nor counted.
    expect([...counts]).to.not.include('2,000 practices');
    expect(search.value).to.equal('lect');
  });

  it('shows the counts of what is chosen when a facet is chosen while the search runs', async () => {
    const { feed, filters, search, type, count, stop } = await page();
    type('rob');
    search.form!.requestSubmit();
    // The reader chooses Peru before the search's answer is shown.
    feed.setFilters({ ...feed.filters, country: ['PE'] });
    await until(() => feed.filters.q === 'rob', LARGE_WAIT_MS);
    stop();
    expect(feed.filters.country).to.deep.equal(['PE']);
    // What a query at once gives for the same choices: robotics in Peru.
    const expected = queryFeed(validateFeed(largeFeed()).feed, EMPTY_SCOPE, {
      ...EMPTY_FILTERS,
      q: 'rob',
      country: ['PE'],
    });
    expect(expected.practices.length).to.equal(1000);
    await until(() => count() === '1,000 practices', LARGE_WAIT_MS);
    await filters.updateComplete;
    expect(count()).to.equal('1,000 practices');
  });
});
