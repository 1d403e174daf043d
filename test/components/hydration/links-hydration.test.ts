import { expect } from '@open-wc/testing';
import { installHydration } from '../../../src/components/shared/hydrate-support.js';
import { clickPrevented as click, until, useCannedFetch } from '../../helpers.js';

/*
 * Rendered HTML whose titles are links to the practices' pages (`practice-url`, as the site's
 * catalogue page writes it): the cards wait for the links' code before their first drawing, so
 * that they take the rendered links over (the same nodes, the same size) instead of drawing
 * buttons in their place; a plain click on a link then opens the practice in place, any other
 * is the browser's. (Fixture made by test/fixtures/rendered/make.mjs.)
 */
installHydration();
await import('../../../src/define.js');

const FIXTURES = '/test/fixtures/rendered/';
const markup = await (await fetch(`${FIXTURES}list-links-inline.html`)).text();

type Hydrated = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> };

let box: HTMLElement | undefined;
afterEach(() => {
  box?.remove();
  box = undefined;
});

describe('rendered titles linking to practice pages, taken over', () => {
  it('keeps the links (same nodes, same box), then opens a plain click in place', async () => {
    const requests = useCannedFetch({});
    box = document.createElement('div');
    document.body.append(box);
    box.setHTMLUnsafe(markup);
    const list = box.querySelector('practice-list') as Hydrated;
    const cards = () => [...list.shadowRoot!.querySelectorAll<Hydrated>('practice-card')];
    const linksOf = () =>
      cards().map((card) => card.shadowRoot!.querySelector<HTMLAnchorElement>('.title a'));
    // Before the script: links that a reader and a crawler can follow.
    const links = linksOf();
    expect(links).to.have.length(2);
    expect(links.map((link) => link?.getAttribute('href'))).to.deep.equal([
      '/practices/teachers-digital-leadership/',
      '/practices/steam-without-barriers/',
    ]);
    // Where they are before any script: the same markup under names no script defines (the
    // cards inside wait for their list, as rendered).
    const copy = markup
      .replaceAll('<practice-feed', '<unscripted-feed')
      .replaceAll('</practice-feed>', '</unscripted-feed>')
      .replace('<practice-list', '<unscripted-list')
      .replace(/<\/practice-list>(?![\s\S]*<\/practice-list>)/, '</unscripted-list>');
    const reference = document.createElement('div');
    document.body.append(reference);
    reference.setHTMLUnsafe(copy);
    const unscripted = reference.querySelector('unscripted-list')!;
    const where = (link: Element | null, host: Element) => {
      const a = link!.getBoundingClientRect();
      const b = host.getBoundingClientRect();
      return { x: a.x - b.x, y: a.y - b.y, width: a.width, height: a.height };
    };
    const boxes = [...unscripted.shadowRoot!.querySelectorAll('practice-card')].map((card) =>
      where(card.shadowRoot!.querySelector('.title a'), unscripted),
    );
    expect(boxes).to.have.length(2);
    const listBox = unscripted.getBoundingClientRect();
    reference.remove();
    await until(() => list.hasUpdated && cards().every((card) => card.hasUpdated), 5000);
    await list.updateComplete;
    for (const card of cards()) await card.updateComplete;
    // Taken over: the very nodes, where they were, and no button drawn instead.
    expect(linksOf(), 'the rendered links were drawn again').to.deep.equal(links);
    expect(cards().some((card) => card.shadowRoot!.querySelector('.title button'))).to.equal(false);
    // Within a hundredth of a pixel (Firefox lays out in fractions of 1/60 px).
    links.forEach((link, i) => {
      const now = where(link, list);
      for (const key of ['x', 'y', 'width', 'height'] as const) {
        expect(now[key], key).to.be.closeTo(boxes[i]![key], 0.01);
      }
    });
    expect(list.getBoundingClientRect().width).to.be.closeTo(listBox.width, 0.01);
    expect(list.getBoundingClientRect().height).to.be.closeTo(listBox.height, 0.01);
    expect(requests).to.deep.equal([]);
    // A new tab (ctrl) is the browser's; a plain click opens the practice in the list.
    const dialog = () => list.shadowRoot!.querySelector('dialog');
    expect(click(links[1]!, { ctrlKey: true })).to.equal(false);
    await list.updateComplete;
    expect(dialog()?.open ?? false).to.equal(false);
    expect(click(links[1]!)).to.equal(true);
    await until(() => !!dialog()?.open);
    await until(
      () =>
        !!dialog()!
          .querySelector('practice-card')
          ?.shadowRoot?.textContent?.includes('STEAM sin barreras'),
    );
  });
});
