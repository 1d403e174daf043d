import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { FACET_VALUE_LIMIT } from '../../src/data/bounded-values.js';
import type { PracticeFilters } from '../../src/components/practice-filters/practice-filters.js';
import type { PracticeStats } from '../../src/components/practice-stats/practice-stats.js';
import { until } from '../helpers.js';
import { settled } from './support.js';

const DISTINCT = 5000;

/**
 * A feed whose practices each add their own objective, never labelled: 5,000 distinct values.
 * The first practices also share one objective, so that the most frequent value is known.
 */
function wildFeed() {
  return {
    version: 1,
    practices: Array.from({ length: DISTINCT }, (_, i) => ({
      id: `p${i}`,
      title: `Practice ${i}`,
      countries: ['CO'],
      setting: 'rural',
      objectives: [`objective-${String(i).padStart(4, '0')}`, ...(i < 10 ? ['shared-aim'] : [])],
    })),
  };
}

const objectiveFacet = (filters: PracticeFilters) =>
  [...filters.shadowRoot!.querySelectorAll('fieldset')].find((facet) =>
    facet.querySelector('legend')!.textContent!.includes('Objective'),
  )!;

describe('a feed with thousands of distinct values', function () {
  this.timeout(30_000);

  it('<practice-filters> draws a bounded number of choices, and finds any other', async () => {
    const filters = await fixture<PracticeFilters>(
      html`<practice-filters lang="en" facets="objective"></practice-filters>`,
    );
    filters.feed = wildFeed();
    await settled(filters);
    // The facet's choices are drawn in its panel, opened by its button.
    filters.shadowRoot!.querySelector<HTMLButtonElement>('[id$="-objective-button"]')!.click();
    await until(() => !!filters.shadowRoot!.querySelector('fieldset'));
    let facet = objectiveFacet(filters);
    const boxes = () => facet.querySelectorAll('input[type="checkbox"]');
    expect(boxes().length).to.equal(FACET_VALUE_LIMIT);
    // The most frequent value is among those drawn.
    expect(facet.textContent).to.contain('shared-aim');
    const more = facet.querySelector<HTMLButtonElement>('button.more')!;
    const hidden = DISTINCT + 1 - FACET_VALUE_LIMIT;
    expect(more.textContent!.trim()).to.equal(`Show ${hidden.toLocaleString('en')} more choices`);

    more.click();
    await until(() => !!filters.shadowRoot!.activeElement?.matches('input[type="search"]'));
    facet = objectiveFacet(filters);
    const find = filters.shadowRoot!.activeElement as HTMLInputElement;
    expect(find.labels![0]!.textContent).to.equal('Find a choice');
    // Still bounded before the reader types, with a note saying how many more match.
    expect(boxes().length).to.equal(FACET_VALUE_LIMIT);
    expect(facet.querySelector('.more-note')!.textContent).to.contain('more choices match');

    find.value = 'objective-4321';
    find.dispatchEvent(new InputEvent('input'));
    await filters.updateComplete;
    expect(boxes().length).to.equal(1);
    const change = oneEvent(filters, 'practice-filter-change');
    (boxes()[0] as HTMLInputElement).click();
    expect((await change).detail.filters.objective).to.deep.equal(['objective-4321']);
    await filters.updateComplete;

    facet.querySelector<HTMLButtonElement>('button.more')!.click();
    await until(() => !!filters.shadowRoot!.activeElement?.matches('button.more'));
    // Folded again, the reader's choice stays drawn among the most frequent.
    facet = objectiveFacet(filters);
    expect(boxes().length).to.equal(FACET_VALUE_LIMIT);
    expect(facet.textContent).to.contain('objective-4321');
    await expect(filters).to.be.accessible();
  });

  it('<practice-stats> draws a bounded number of bars, and says how many it left out', async () => {
    const stats = await fixture<PracticeStats>(
      html`<practice-stats lang="en" facets="objective"></practice-stats>`,
    );
    stats.feed = wildFeed();
    await settled(stats);
    // The figures' drawing code is a chunk of its own: the charts come with it.
    await until(() => !!stats.shadowRoot!.querySelector('[part="chart"]'));
    const chart = stats.shadowRoot!.querySelector('[part="chart"]')!;
    expect(chart.querySelectorAll('button.bar').length).to.equal(FACET_VALUE_LIMIT);
    expect(chart.querySelector('button.bar')!.textContent).to.contain('shared-aim');
    const hidden = DISTINCT + 1 - FACET_VALUE_LIMIT;
    expect(chart.querySelector('.more-values')!.textContent!.trim()).to.equal(
      `${hidden.toLocaleString('en')} more values, each with fewer practices, are not drawn; the filters can find them.`,
    );
    // Fewer than 3,000 elements in all, where every value drawn would take over 20,000.
    const count = stats.shadowRoot!.querySelectorAll('*').length;
    expect(count).to.be.below(3000);
  });
});
