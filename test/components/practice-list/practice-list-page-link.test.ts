import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { PracticeList } from '../../../src/components/practice-list/practice-list.js';
import type { PracticeCard } from '../../../src/components/practice-card/practice-card.js';
import type { Practice } from '../../../src/data/types.js';
import { clickPrevented as click, sampleFeed, until, useCannedFetch } from '../../helpers.js';

const FEED_URL = '/feeds/practices.json';

function fiveFeed() {
  const practices: Practice[] = Array.from({ length: 5 }, (_, i) => ({
    id: `p-${i}`,
    title: { en: `Practice ${i}` },
    countries: ['PE'],
    setting: 'urban',
    // A practice's own `url` gives way to its page on the publisher's site.
    ...(i === 2 ? { url: 'https://example.org/p-2' } : {}),
  }));
  return sampleFeed({ practices });
}

const cards = (list: PracticeList) => [
  ...list.shadowRoot!.querySelectorAll<PracticeCard>('[part="items"] practice-card'),
];
const openOf = (card: PracticeCard) => card.shadowRoot!.querySelector<HTMLElement>('.open')!;
const dialogOf = (list: PracticeList) => list.shadowRoot!.querySelector('dialog')!;

async function listIn(element: HTMLElement): Promise<PracticeList> {
  let list: PracticeList | null | undefined;
  await until(() => {
    list =
      element.localName === 'practice-list'
        ? (element as PracticeList)
        : (element.querySelector<PracticeList>('practice-list') ??
          element.shadowRoot?.querySelector<PracticeList>('practice-list'));
    return (
      !!list &&
      cards(list).length === 5 &&
      cards(list).every((card) => !!card.shadowRoot?.querySelector('a.open'))
    );
  });
  return list!;
}

describe('<practice-list> with practice pages (practice-url)', () => {
  it('links every card to its page, from the enclosing feed, and opens in place', async () => {
    useCannedFetch({ [FEED_URL]: { json: fiveFeed() } });
    const list = await listIn(
      await fixture<HTMLElement>(
        html`<practice-feed src=${FEED_URL} lang="en" practice-url="/en/practices/{id}/">
          <practice-list></practice-list>
        </practice-feed>`,
      ),
    );
    const hrefs = cards(list).map((card) => openOf(card).getAttribute('href'));
    expect(hrefs).to.deep.equal([0, 1, 2, 3, 4].map((i) => `/en/practices/p-${i}/`));
    expect(click(openOf(cards(list)[1]!))).to.equal(true);
    await until(() => dialogOf(list).open);
  });

  it('standing alone, opens a plain click in place and leaves a new tab to the browser', async () => {
    useCannedFetch({ [FEED_URL]: { json: fiveFeed() } });
    const list = await listIn(
      await fixture<HTMLElement>(
        html`<practice-list src=${FEED_URL} lang="en" practice-url="{id}/"></practice-list>`,
      ),
    );
    expect(openOf(cards(list)[0]!).getAttribute('href')).to.equal('p-0/');
    expect(click(openOf(cards(list)[0]!), { ctrlKey: true })).to.equal(false);
    await list.updateComplete;
    expect(dialogOf(list).open).to.equal(false);
    expect(click(openOf(cards(list)[0]!))).to.equal(true);
    await until(() => dialogOf(list).open);
  });

  it('in a <practice-catalog>, links the cards and copies the page address', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
    });
    try {
      useCannedFetch({ [FEED_URL]: { json: fiveFeed() } });
      const catalog = await fixture<HTMLElement>(
        html`<practice-catalog
          src=${FEED_URL}
          lang="en"
          practice-url="../pages/{id}/"
        ></practice-catalog>`,
      );
      const feed = await (async () => {
        await until(() => !!catalog.shadowRoot?.querySelector('practice-feed'));
        return catalog.shadowRoot!.querySelector('practice-feed')!;
      })();
      const list = await listIn(feed);
      expect(openOf(cards(list)[2]!).getAttribute('href')).to.equal('../pages/p-2/');
      click(openOf(cards(list)[2]!));
      await until(() => !!dialogOf(list).querySelector('.copy-link'));
      dialogOf(list).querySelector<HTMLButtonElement>('.copy-link')!.click();
      await until(() => copied.length === 1);
      expect(copied[0]).to.equal(new URL('../pages/p-2/', document.baseURI).href);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});
