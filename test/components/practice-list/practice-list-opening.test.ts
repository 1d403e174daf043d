import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../../src/define.js';
import type { PracticeList } from '../../../src/components/practice-list/practice-list.js';
import type { PracticeFeed } from '../../../src/components/practice-feed/practice-feed.js';
import type { PracticeCard } from '../../../src/components/practice-card/practice-card.js';
import { sampleFeed, shadowText, until, useCannedFetch } from '../../helpers.js';

/*
 * What opening a practice costs the page: the dialog is shown with its practice and its whole
 * bar already drawn (one layout, not two, before the first frame), and nothing else of the feed
 * is drawn again for it.
 */

const FEED_URL = '/feeds/practices.json';

const cards = (list: PracticeList) => [
  ...list.shadowRoot!.querySelectorAll<PracticeCard>('[part="items"] practice-card'),
];
const dialogOf = (list: PracticeList) => list.shadowRoot!.querySelector('dialog')!;

/** Counts the element's drawings from now on. */
function countDrawings(element: LitElement): () => number {
  let drawings = 0;
  const target = element as unknown as { render: () => unknown };
  const render = target.render.bind(element);
  target.render = () => {
    drawings++;
    return render();
  };
  return () => drawings;
}

/** What the dialog held at the moment it was shown. */
function watchShowing(dialog: HTMLDialogElement): { seen?: { title: string; bar: string[] } } {
  const watched: { seen?: { title: string; bar: string[] } } = {};
  const showModal = dialog.showModal.bind(dialog);
  dialog.showModal = () => {
    const card = dialog.querySelector<PracticeCard>('practice-card');
    watched.seen = {
      title: card?.shadowRoot?.querySelector('[role="heading"]')?.textContent?.trim() ?? '',
      bar: [...dialog.querySelectorAll('.dialog-bar button')].map((button) =>
        button.className.replace('button', '').trim(),
      ),
    };
    showModal();
  };
  return watched;
}

/** Whether the element has adopted styles beyond its own: those of a chunk it fetched. */
const withLaterStyles = (element: LitElement) =>
  element.shadowRoot!.adoptedStyleSheets.length >
  (element.constructor as typeof LitElement).elementStyles.length;

async function loadedFeed(): Promise<{ feed: PracticeFeed; list: PracticeList }> {
  useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
  const feed = await fixture<PracticeFeed>(
    html`<practice-feed src=${FEED_URL} lang="en">
      <practice-filters></practice-filters>
      <practice-stats></practice-stats>
      <practice-list></practice-list>
    </practice-feed>`,
  );
  const list = feed.querySelector('practice-list')!;
  await until(() => cards(list).length === 2);
  await until(() => cards(list).every((card) => !!card.shadowRoot?.querySelector('button')));
  await until(
    () => !!feed.querySelector('practice-stats')!.shadowRoot!.querySelector('[part="chart"]'),
  );
  // What the filters and the list fetch once drawn (the facets' panels; an open practice's
  // previous / next and copy link, in an idle moment) has arrived: its styles are adopted.
  const filters = feed.querySelector('practice-filters')!;
  await until(() => withLaterStyles(filters) && withLaterStyles(list), 5000);
  // (The styles are adopted as the chunk's code is handed over, and drawn a task later.)
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all([filters.updateComplete, list.updateComplete]);
  return { feed, list };
}

describe('opening a practice', () => {
  it('shows the dialog with its practice and its whole bar already drawn', async () => {
    // Previous / next and copy link, a chunk of their own, have arrived without any practice
    // opened (see `loadedFeed`).
    const { list } = await loadedFeed();
    const dialog = dialogOf(list);
    const watched = watchShowing(dialog);
    cards(list)[1]!.shadowRoot!.querySelector('button')!.click();
    await list.updateComplete;
    expect(dialog.open, 'shown once the list is drawn').to.equal(true);
    expect(watched.seen?.title, 'the practice, drawn when the dialog was shown').to.equal(
      'Teachers with Digital Leadership',
    );
    expect(watched.seen?.bar, 'the whole bar, at once').to.include.members([
      'secondary step previous',
      'secondary copy-link',
      'close',
    ]);
    expect(shadowText(dialog.querySelector('practice-card')!)).to.include('Fundación ProFuturo');
  });

  it('draws neither the filters, the figures nor the cards again; the language still does', async () => {
    const { feed, list } = await loadedFeed();
    const filters = feed.querySelector('practice-filters')!;
    const stats = feed.querySelector('practice-stats')!;
    const card = cards(list)[0]!;
    const drawings = [filters, stats, card].map(countDrawings);
    const listDrawings = countDrawings(list);
    feed.openPracticeId = 'steam-without-barriers';
    await until(() => dialogOf(list).open);
    dialogOf(list).close();
    await until(() => feed.openPracticeId === null);
    await list.updateComplete;
    expect(listDrawings(), 'the list draws its dialog').to.be.greaterThan(0);
    expect(
      drawings.map((count) => count()),
      'filters, figures, a card',
    ).to.deep.equal([0, 0, 0]);
    // Choices they do show draw them again: the language, for all three.
    feed.lang = 'es';
    await until(() => shadowText(filters).includes('Buscar'));
    await Promise.all([stats.updateComplete, card.updateComplete]);
    expect(
      drawings.every((count) => count() > 0),
      'drawn in the new language',
    ).to.equal(true);
  });

  it("leaves the list's cards as they are while the reader searches, and drawn anew for a language", async () => {
    const { feed, list } = await loadedFeed();
    const steam = cards(list).find((card) => shadowText(card).includes('STEAM Without Barriers'))!;
    const drawings = countDrawings(steam);
    feed.setFilters({ ...feed.filters, q: 'STEAM' });
    await until(() => cards(list).length === 1);
    await list.updateComplete;
    expect(cards(list)[0], 'the same card').to.equal(steam);
    expect(drawings(), 'not drawn again for the search').to.equal(0);
    expect(shadowText(steam)).to.include('STEAM Without Barriers');
    // Another language draws the list's cards anew.
    feed.lang = 'es';
    await until(
      () => !!cards(list)[0] && shadowText(cards(list)[0]!).includes('STEAM sin barreras'),
    );
  });
});
