import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { PracticeCard } from '../../../src/components/practice-card/practice-card.js';
import type { PracticeFeed } from '../../../src/components/practice-feed/practice-feed.js';
import { sampleFeed, until, useCannedFetch } from '../../helpers.js';

const FEED_URL = '/feeds/practices.json';
const STEAM = 'steam-without-barriers';

const titleOf = (card: PracticeCard) =>
  card.shadowRoot!.querySelector<HTMLElement>('.title .open')!;

/**
 * The first compact card of `template`, drawn: its title a link (`a.open`, once the links'
 * chunk is there) or, with `linked` false, drawn again after that chunk came (a button).
 */
async function compactCard(
  template: ReturnType<typeof html>,
  linked = true,
): Promise<PracticeCard> {
  const element = await fixture<HTMLElement>(template);
  const card =
    element.localName === 'practice-card'
      ? (element as PracticeCard)
      : element.querySelector<PracticeCard>('practice-card')!;
  await until(() => !!card.shadowRoot?.querySelector(linked ? '.title a.open' : '.title .open'));
  if (!linked) {
    await import('../../../src/components/shared/practice-links.js');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await card.updateComplete;
  }
  return card;
}

/**
 * Clicks `target` as a reader would, and says whether the library kept the browser from
 * following the link (a listener on the window, after the library's, stops it in any case:
 * the test page stays).
 */
function click(target: Element, init: MouseEventInit = {}): boolean {
  let prevented = false;
  const last = (event: Event) => {
    prevented = event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', last);
  try {
    target.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }),
    );
  } finally {
    window.removeEventListener('click', last);
  }
  return prevented;
}

/** The library's console warnings while `run` runs. */
async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    if (String(args[0]).startsWith('practice-widgets:')) warnings.push(String(args[0]));
    else original.apply(console, args);
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('<practice-card> linking to its practice page (practice-url)', () => {
  it('is a real link to the page, with the id in the template', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const card = await compactCard(
      html`<practice-card
        src=${FEED_URL}
        practice-id=${STEAM}
        layout="compact"
        lang="en"
        practice-url="/en/practices/{id}/"
      ></practice-card>`,
    );
    const link = titleOf(card);
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal(`/en/practices/${STEAM}/`);
    expect(link.textContent!.trim()).to.equal('STEAM Without Barriers');
    await expect(card).to.be.accessible();
  });

  it('takes the template of the enclosing <practice-feed>; a plain click opens in place', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const card = await compactCard(
      html`<practice-feed
        src=${FEED_URL}
        lang="en"
        practice-url="https://catalogue.example/en/{id}/"
      >
        <practice-card practice-id=${STEAM} layout="compact"></practice-card>
      </practice-feed>`,
    );
    const feed = card.closest<PracticeFeed>('practice-feed')!;
    const link = titleOf(card);
    expect(link.getAttribute('href')).to.equal(`https://catalogue.example/en/${STEAM}/`);
    expect(click(link)).to.equal(true);
    expect(feed.openPracticeId).to.equal(STEAM);
  });

  it('leaves a new tab or window to the browser: the practice does not open in place', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const card = await compactCard(
      html`<practice-feed src=${FEED_URL} lang="en" practice-url="/en/{id}/">
        <practice-card practice-id=${STEAM} layout="compact"></practice-card>
      </practice-feed>`,
    );
    const feed = card.closest<PracticeFeed>('practice-feed')!;
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      expect(click(titleOf(card), init), JSON.stringify(init)).to.equal(false);
    }
    expect(feed.openPracticeId).to.equal(null);
  });

  it('follows the link on a plain click with open-in="page", or when nothing opens it in place', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const inFeed = await compactCard(
      html`<practice-feed src=${FEED_URL} lang="en" practice-url="/en/{id}/" open-in="page">
        <practice-card practice-id=${STEAM} layout="compact"></practice-card>
      </practice-feed>`,
    );
    expect(click(titleOf(inFeed))).to.equal(false);
    expect(inFeed.closest<PracticeFeed>('practice-feed')!.openPracticeId).to.equal(null);

    const alone = await compactCard(
      html`<practice-card
        src=${FEED_URL}
        practice-id=${STEAM}
        layout="compact"
        lang="en"
        practice-url="/en/{id}/"
      ></practice-card>`,
    );
    expect(click(titleOf(alone))).to.equal(false);
  });

  it('ignores a hostile or unusable template, with one warning, and stays a button', async () => {
    const hostile = [
      "javascript:alert('{id}')",
      ' JaVaScRiPt:alert(1)//{id}',
      'data:text/html,<script>alert(1)</script>{id}',
      '"><img src=x onerror=alert(1)>{id}',
      '/en/practices/',
    ];
    for (const template of hostile) {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const warnings = await warningsDuring(async () => {
        const feed = await fixture<HTMLElement>(
          html`<practice-feed src=${FEED_URL} lang="en" practice-url=${template}>
            <practice-card practice-id=${STEAM} layout="compact"></practice-card>
            <practice-card practice-id=${STEAM} layout="compact"></practice-card>
          </practice-feed>`,
        );
        const cards = [...feed.querySelectorAll<PracticeCard>('practice-card')];
        await until(() => cards.every((card) => !!card.shadowRoot?.querySelector('.open')));
        // The links' chunk has come and gone through the template.
        await import('../../../src/components/shared/practice-links.js');
        await new Promise((resolve) => setTimeout(resolve, 50));
        for (const card of cards) {
          expect(titleOf(card).localName, template).to.equal('button');
          expect(card.shadowRoot!.querySelector('[href]'), template).to.equal(null);
        }
      });
      // Once per page for each template: a page that has seen it before is told no more.
      expect(warnings.length, template).to.be.at.most(1);
      expect(warnings.join(), template).to.satisfy(
        (text: string) => warnings.length === 0 || text.includes('practice-url'),
      );
    }
  });

  it('warns once for a hostile template never seen before', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const template = `javascript:alert(${Date.now()})//{id}`;
    const warnings = await warningsDuring(async () => {
      const card = await compactCard(
        html`<practice-feed src=${FEED_URL} lang="en" practice-url=${template}>
          <practice-card practice-id=${STEAM} layout="compact"></practice-card>
          <practice-card practice-id=${STEAM} layout="compact"></practice-card>
        </practice-feed>`,
        false,
      );
      card.requestUpdate();
      await card.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(template);
  });
});
