import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { PracticeCard } from '../../../src/components/practice-card/practice-card.js';
import type { Practice } from '../../../src/data/types.js';
import { loadLanguage } from '../../../src/i18n/language-packs.js';
import { sampleFeed, until, useCannedFetch } from '../../helpers.js';

const FEED_URL = '/feeds/practices.json';
/** A picture the test server has, and one it does not. */
const IMAGE = '/docs/screenshots/catalog-360-es-dark.png';
const MISSING_IMAGE = '/no-such-picture.png';

const chips = (card: PracticeCard) =>
  [...card.shadowRoot!.querySelectorAll('.chips.tags li')].map((li) => li.textContent!.trim());

async function loadedCard(template: ReturnType<typeof html>): Promise<PracticeCard> {
  const card = await fixture<PracticeCard>(template);
  await until(() => !!card.shadowRoot?.querySelector('article'));
  return card;
}

function labelledFeed(tags: string[], image?: Practice['image']) {
  const feed = sampleFeed();
  const [first, ...rest] = feed.practices;
  return sampleFeed({
    vocabularies: {
      tags: {
        'native-languages': {
          es: 'Lenguas originarias',
          en: 'Native languages',
          pt: 'Línguas originárias',
          fr: 'Langues autochtones',
        },
        tablets: { es: 'Tabletas', en: 'Tablets' },
      },
    },
    practices: [{ ...first!, tags, ...(image ? { image } : {}) }, ...rest],
  });
}

describe('<practice-card> keywords', () => {
  before(() => Promise.all(['es', 'en', 'pt', 'fr'].map((lang) => loadLanguage(lang))));

  for (const [lang, expected] of [
    ['es', ['Lenguas originarias', 'Tabletas', '3d printing']],
    ['en', ['Native languages', 'Tablets', '3d printing']],
    ['pt', ['Línguas originárias', 'Tabletas', '3d printing']],
    ['fr', ['Langues autochtones', 'Tabletas', '3d printing']],
  ] as const) {
    it(`shows the feed's labels in ${lang}, and a readable form without one, never the slug`, async () => {
      useCannedFetch({
        [FEED_URL]: { json: labelledFeed(['native-languages', 'tablets', '3d_printing']) },
      });
      const card = await loadedCard(
        html`<practice-card
          src=${FEED_URL}
          practice-id="steam-without-barriers"
          lang=${lang}
        ></practice-card>`,
      );
      expect(chips(card)).to.deep.equal(expected);
      for (const chip of chips(card)) expect(chip).not.to.match(/[-_]/);
    });
  }

  it('shows a keyword the feed does not label without hyphens, capitalised', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const card = await loadedCard(
      html`<practice-card
        src=${FEED_URL}
        practice-id="steam-without-barriers"
        lang="es"
      ></practice-card>`,
    );
    expect(chips(card)).to.deep.equal(['Robotics', 'Arduino']);
  });
});

describe('<practice-card> picture', () => {
  it('shows the picture lazily, sized before it loads, with its alt, on both layouts', async () => {
    useCannedFetch({
      [FEED_URL]: {
        json: labelledFeed([], {
          src: IMAGE,
          alt: { es: 'Niñas con robots', en: 'Girls with robots' },
        }),
      },
    });
    for (const layout of ['full', 'compact']) {
      const card = await loadedCard(
        html`<practice-card
          src=${FEED_URL}
          practice-id="steam-without-barriers"
          layout=${layout}
          lang="en"
        ></practice-card>`,
      );
      const image = card.shadowRoot!.querySelector<HTMLImageElement>('img[part="image"]')!;
      expect(image, layout).to.exist;
      expect(image.getAttribute('alt')).to.equal('Girls with robots');
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(Number(image.getAttribute('width'))).to.be.greaterThan(0);
      expect(Number(image.getAttribute('height'))).to.be.greaterThan(0);
      // Its box has its size before the picture arrives.
      const box = image.getBoundingClientRect();
      expect(box.width, layout).to.be.greaterThan(40);
      expect(box.height, layout).to.be.greaterThan(40);
      await expect(card).to.be.accessible();
    }
  });

  it('keeps a compact card the height of one without a picture', async () => {
    useCannedFetch({
      [FEED_URL]: { json: labelledFeed([], { src: IMAGE, alt: 'Robots' }) },
    });
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 20rem">
        <practice-card
          src=${FEED_URL}
          practice-id="steam-without-barriers"
          layout="compact"
          lang="en"
        ></practice-card>
        <practice-card
          src=${FEED_URL}
          practice-id="teachers-digital-leadership"
          layout="compact"
          lang="en"
        ></practice-card>
      </div>`,
    );
    const [withImage, without] = [...wrapper.querySelectorAll<PracticeCard>('practice-card')];
    await until(() => !!withImage!.shadowRoot?.querySelector('article img'));
    await until(() => !!without!.shadowRoot?.querySelector('article'));
    const image = withImage!.shadowRoot!.querySelector('img')!.getBoundingClientRect();
    const title = withImage!.shadowRoot!.querySelector('.title')!.getBoundingClientRect();
    // Beside the title, not over it.
    expect(image.left).to.be.at.least(title.right - 1);
  });

  it('leaves out a picture that fails to load, with no broken icon', async () => {
    useCannedFetch({
      [FEED_URL]: { json: labelledFeed([], { src: MISSING_IMAGE, alt: 'Robots' }) },
    });
    const card = await fixture<PracticeCard>(
      html`<practice-card
        src=${FEED_URL}
        practice-id="steam-without-barriers"
        lang="en"
      ></practice-card>`,
    );
    await until(() => !!card.shadowRoot?.querySelector('article'));
    await until(() => !card.shadowRoot!.querySelector('img'), 5000);
    expect(card.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.include('STEAM');
  });

  it('shows no picture from an address that is not http(s)', async () => {
    const card = await fixture<PracticeCard>(html`<practice-card lang="en"></practice-card>`);
    card.practice = {
      id: 'x',
      title: 'X',
      countries: ['PE'],
      setting: 'rural',
      image: { src: 'javascript:alert(1)', alt: 'X' },
    };
    await until(() => !!card.shadowRoot?.querySelector('article'));
    expect(card.shadowRoot!.querySelector('img')).to.equal(null);
  });
});
