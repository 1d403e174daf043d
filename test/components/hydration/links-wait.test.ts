import { expect } from '@open-wc/testing';
import { clickPrevented as click, until } from '../../helpers.js';

/*
 * Rendered titles linking to the practices' pages, taken over when the links' code never comes:
 * the cards wait for it at most 5 s (`LINKS_WAIT_MS`), the rendered content staying on screen
 * and its links working as plain links meanwhile; then they are drawn again in place, their
 * titles buttons that open the practice, without a shift and without asking for the feed. The
 * test server serves the sources under `/src-held/` too, and never the links' chunk there
 * (web-test-runner.config.mjs). (Fixture made by test/fixtures/rendered/make.mjs.)
 */
// The sources at addresses of their own, where the links' chunk never comes.
const HELD = '/src-held/';
const { installHydration } = await import(`${HELD}components/shared/hydrate-support.ts`);
installHydration();
await import(`${HELD}define.ts`);
const { setFetch, setRetryPolicy } = await import(`${HELD}feed/request.ts`);

const markup = await (await fetch('/test/fixtures/rendered/list-links-inline.html')).text();

type Hydrated = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> };

let box: HTMLElement | undefined;
afterEach(() => {
  box?.remove();
  box = undefined;
});

describe('rendered titles linking to practice pages, when the links’ code never comes', () => {
  it('keeps the rendered links meanwhile, then after 5 s draws buttons in place, with no request', async function () {
    this.timeout(20_000);
    const requests: string[] = [];
    setRetryPolicy({ retries: 0 });
    setFetch(async (url: string) => {
      requests.push(url);
      throw new TypeError('Failed to fetch');
    });
    box = document.createElement('div');
    document.body.append(box);
    const start = performance.now();
    box.setHTMLUnsafe(markup);
    const list = box.querySelector('practice-list') as Hydrated;
    const cards = () => [...list.shadowRoot!.querySelectorAll<Hydrated>('practice-card')];
    const titleOf = (card: Element) => card.shadowRoot!.querySelector('.title a, .title button')!;
    const where = (element: Element) => {
      const a = element.getBoundingClientRect();
      const b = list.getBoundingClientRect();
      return { x: a.x - b.x, y: a.y - b.y, height: a.height };
    };
    const links = cards().map(titleOf);
    expect(links.map((link) => link.localName)).to.deep.equal(['a', 'a']);

    // Meanwhile: the rendered content on screen, and a plain click a plain link's.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(cards().some((card) => card.hasUpdated)).to.equal(false);
    expect(cards().map(titleOf)).to.deep.equal(links);
    const before = links.map(where);
    const cardBoxes = cards().map(where);
    const listBox = list.getBoundingClientRect();
    expect(listBox.height).to.be.greaterThan(100);
    expect(before.every((title) => title.height > 0)).to.equal(true);
    expect(links[1]!.getAttribute('href')).to.equal('/practices/steam-without-barriers/');
    expect(click(links[1]!), 'a click during the wait was taken').to.equal(false);

    // After the bound: drawn again in place, the titles buttons.
    await until(() => cards().every((card) => card.hasUpdated), 10_000);
    for (const card of cards()) await card.updateComplete;
    expect(performance.now() - start).to.be.at.least(4900);
    const titles = cards().map(titleOf);
    expect(titles.map((title) => title.localName)).to.deep.equal(['button', 'button']);
    expect(titles.map((title) => title.textContent!.trim())).to.deep.equal(
      links.map((link) => link.textContent!.trim()),
    );
    // No shift: the list, the cards and the titles where they were (to a pixel's hundredth for
    // the boxes; a title's line box may differ by a fraction between a link and a button).
    expect(list.getBoundingClientRect().height).to.be.closeTo(listBox.height, 0.01);
    cards().forEach((card, i) => {
      const now = where(card);
      expect(now.y, `card ${i}`).to.be.closeTo(cardBoxes[i]!.y, 0.01);
      expect(now.height, `card ${i}`).to.be.closeTo(cardBoxes[i]!.height, 0.01);
    });
    titles.forEach((title, i) => expect(where(title).y).to.be.closeTo(before[i]!.y, 1));
    expect(requests).to.deep.equal([]);

    // The buttons work: the second opens its practice in the list.
    (titles[1] as HTMLButtonElement).click();
    const dialog = () => list.shadowRoot!.querySelector('dialog');
    await until(() => !!dialog()?.open);
    await until(
      () =>
        !!dialog()!
          .querySelector('practice-card')
          ?.shadowRoot?.textContent?.includes('STEAM sin barreras'),
    );
  });
});
