import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { PracticeList } from '../../../src/components/practice-list/practice-list.js';
import type { PracticeFeed } from '../../../src/components/practice-feed/practice-feed.js';
import type { PracticeCard } from '../../../src/components/practice-card/practice-card.js';
import type { Practice } from '../../../src/data/types.js';
import { sampleFeed, until, useCannedFetch } from '../../helpers.js';

const FEED_URL = '/feeds/practices.json';

/** A feed of `count` practices, titled "Practice 0000"… */
function bigFeed(count: number) {
  const practices: Practice[] = Array.from({ length: count }, (_, i) => ({
    id: `p-${i}`,
    title: { en: `Practice ${String(i).padStart(4, '0')}` },
    countries: [['CO', 'PE', 'MX', 'BR'][i % 4]!],
    setting: 'urban',
  }));
  return sampleFeed({ practices });
}

const rows = (list: PracticeList) => [
  ...list.shadowRoot!.querySelectorAll<PracticeCard>('[part="items"] practice-card'),
];
const dialogOf = (list: PracticeList) => list.shadowRoot!.querySelector('dialog')!;

describe('<practice-list> opening a practice over thousands', () => {
  it('keeps the rows as they are: no new layout of the list on open or close', async () => {
    useCannedFetch({ [FEED_URL]: { json: bigFeed(3000) } });
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL} lang="en"
        ><practice-list></practice-list
      ></practice-feed>`,
    );
    const list = feed.querySelector('practice-list')!;
    await until(() => rows(list).some((row) => !!row.shadowRoot?.querySelector('button')), 8000);
    // Let the virtual scroller settle (it measures its rows once drawn).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const scroller = list.shadowRoot!.querySelector('.virtual')!;
    let layouts = 0;
    scroller.addEventListener('rangeChanged', () => layouts++);
    const before = rows(list);

    before[1]!.shadowRoot!.querySelector('button')!.click();
    await until(() => dialogOf(list).open);
    await list.updateComplete;
    dialogOf(list).querySelector<HTMLButtonElement>('.close')!.click();
    await until(() => !dialogOf(list).open && feed.openPracticeId === null);
    await list.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(layouts).to.equal(0);
    const after = rows(list);
    expect(after.length).to.equal(before.length);
    expect(after.every((row, i) => row === before[i])).to.equal(true);
  });
});
