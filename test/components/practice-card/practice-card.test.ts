import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { PracticeCard } from '../../../src/components/practice-card/practice-card.js';
import { uiStrings } from '../../../src/i18n/messages.js';
import { sampleFeed, shadowText, until, useCannedFetch } from '../../helpers.js';

const FEED_URL = '/feeds/practices.json';

async function loadedCard(template: ReturnType<typeof html>): Promise<PracticeCard> {
  const card = await fixture<PracticeCard>(template);
  await until(() => !!card.shadowRoot?.querySelector('article'));
  return card;
}

describe('<practice-card>', () => {
  describe('loading', () => {
    it('shows a skeleton that reserves the card space and is announced', async () => {
      useCannedFetch({ [FEED_URL]: { hang: true } });
      const card = await fixture<PracticeCard>(
        html`<practice-card
          src=${FEED_URL}
          practice-id="steam-without-barriers"
          lang="en"
        ></practice-card>`,
      );
      const skeleton = card.shadowRoot!.querySelector('.skeleton')!;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(shadowText(card)).to.equal(uiStrings('en').loading);
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(200);
      await expect(card).to.be.accessible();
    });
  });

  describe('loaded, full layout', () => {
    it('shows everything the feed has for the practice, in English', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const card = await loadedCard(
        html`<practice-card
          src=${FEED_URL}
          practice-id="steam-without-barriers"
          lang="en"
        ></practice-card>`,
      );
      const text = shadowText(card);
      const heading = card.shadowRoot!.querySelector('[role="heading"]')!;
      expect(heading.textContent!.trim()).to.equal('STEAM Without Barriers');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      for (const expected of [
        'Robotics and open-source software for students with disabilities.',
        'Colombia',
        'Sabanalarga, Atlántico',
        'Escuela Rural',
        'students with disabilities',
        'Robotics',
        'Arduino',
        '1,500 participants',
        '1 institution',
        '2021',
        'Includes students with disabilities.',
        'Uses open tools.',
      ]) {
        expect(text).to.include(expected);
      }
      const paragraphs = [...card.shadowRoot!.querySelectorAll('.description p')].map((p) =>
        p.textContent!.trim(),
      );
      expect(paragraphs).to.deep.equal(['First paragraph.', 'Second paragraph.']);
      const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('.link a')!;
      expect(link.href).to.equal('https://example.org/steam');
      await expect(card).to.be.accessible();
    });

    it('marks text that falls back to another language with its lang', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const card = await loadedCard(
        html`<practice-card
          src=${FEED_URL}
          practice-id="steam-without-barriers"
          lang="fr"
        ></practice-card>`,
      );
      // No French title in the feed: the feed's language (Spanish) is used, and marked as such.
      const heading = card.shadowRoot!.querySelector('[role="heading"]')!;
      expect(heading.textContent!.trim()).to.equal('STEAM sin barreras');
      expect(heading.getAttribute('lang')).to.equal('es');
    });

    for (const [lang, country, participants] of [
      ['es', 'Colombia', new Intl.NumberFormat('es').format(1500)],
      ['pt', 'Colômbia', new Intl.NumberFormat('pt').format(1500)],
      ['fr', 'Colombie', new Intl.NumberFormat('fr').format(1500)],
    ] as const) {
      it(`speaks ${lang}: labels, country names and numbers`, async () => {
        useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
        const card = await loadedCard(
          html`<practice-card
            src=${FEED_URL}
            practice-id="steam-without-barriers"
            lang=${lang}
          ></practice-card>`,
        );
        const text = shadowText(card);
        expect(text).to.include(country);
        expect(text).to.include(participants.replace(/\s+/g, ' '));
        expect(text).not.to.include('Why it is a good practice');
        await expect(card).to.be.accessible();
      });
    }

    it('renders in the dark theme with its own colours', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const light = await loadedCard(
        html`<practice-card
          src=${FEED_URL}
          practice-id="steam-without-barriers"
          lang="en"
        ></practice-card>`,
      );
      const dark = await loadedCard(
        html`<practice-card
          src=${FEED_URL}
          practice-id="steam-without-barriers"
          lang="en"
          theme="dark"
        ></practice-card>`,
      );
      const background = (card: PracticeCard) =>
        getComputedStyle(card.shadowRoot!.querySelector('article')!).backgroundColor;
      expect(background(dark)).not.to.equal(background(light));
      expect(background(dark)).to.equal('rgb(28, 33, 39)');
      await expect(dark).to.be.accessible();
    });

    it('uses a token the page sets, in any theme', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="--practice-surface: rgb(1, 2, 3)">
          <practice-card
            src=${FEED_URL}
            practice-id="steam-without-barriers"
            theme="dark"
          ></practice-card>
        </div>`,
      );
      const card = wrapper.querySelector('practice-card')!;
      await until(() => !!card.shadowRoot?.querySelector('article'));
      expect(getComputedStyle(card.shadowRoot!.querySelector('article')!).backgroundColor).to.equal(
        'rgb(1, 2, 3)',
      );
    });

    it('shows markup in the feed as text, and drops unsafe links', async () => {
      const feed = sampleFeed();
      useCannedFetch({
        [FEED_URL]: {
          json: {
            ...feed,
            practices: [
              {
                ...feed.practices[0]!,
                title: '<img src=x onerror="window.__pwned = true">Title',
                url: 'javascript:window.__pwned=true',
                organization: { name: '<b>Org</b>', url: 'vbscript:msgbox(1)' },
              },
            ],
          },
        },
      });
      const card = await loadedCard(
        html`<practice-card src=${FEED_URL} practice-id="steam-without-barriers"></practice-card>`,
      );
      expect(card.shadowRoot!.querySelector('[role="heading"] img')).to.equal(null);
      expect(shadowText(card)).to.include('<img src=x onerror="window.__pwned = true">Title');
      expect(shadowText(card)).to.include('<b>Org</b>');
      expect(card.shadowRoot!.querySelectorAll('a')).to.have.length(0);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });
  });

  describe('compact layout', () => {
    it('summarises the practice and fires practice-select when opened', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const card = await loadedCard(
        html`<practice-card
          src=${FEED_URL}
          practice-id="teachers-digital-leadership"
          layout="compact"
          lang="en"
        ></practice-card>`,
      );
      const text = shadowText(card);
      expect(text).to.include('Teachers with Digital Leadership');
      expect(text).to.include('Online teacher training.');
      expect(text).to.include('Bolivia');
      expect(text).not.to.include('Why it is a good practice');
      const button = card.shadowRoot!.querySelector('button')!;
      expect(button.textContent!.trim()).to.equal('Teachers with Digital Leadership');
      setTimeout(() => button.click());
      const event = await oneEvent(card, 'practice-select');
      expect(event.detail).to.deep.equal({ id: 'teachers-digital-leadership' });
      expect(event.bubbles && event.composed).to.equal(true);
      await expect(card).to.be.accessible();
    });
  });

  describe('not found', () => {
    it('says there is no practice with this id', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const card = await fixture<PracticeCard>(
        html`<practice-card src=${FEED_URL} practice-id="nope" lang="en"></practice-card>`,
      );
      await until(() => shadowText(card).includes('nope'));
      expect(card.shadowRoot!.querySelector('[role="status"]')).to.exist;
      await expect(card).to.be.accessible();
    });

    it('never shows a practice outside its scope', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const card = await fixture<PracticeCard>(
        html`<practice-card
          src=${FEED_URL}
          practice-id="steam-without-barriers"
          country="PE"
          lang="en"
        ></practice-card>`,
      );
      await until(() => shadowText(card).includes('steam-without-barriers'));
      expect(card.shadowRoot!.querySelector('article')).to.equal(null);
    });
  });

  describe('error', () => {
    it('says what went wrong in the reader’s language and retries', async () => {
      let answer: { status: number } | { json: unknown } = { status: 503 };
      const requests = useCannedFetch({ [FEED_URL]: () => answer });
      const card = await fixture<PracticeCard>(
        html`<practice-card
          src=${FEED_URL}
          practice-id="steam-without-barriers"
          lang="es"
        ></practice-card>`,
      );
      await until(() => !!card.shadowRoot?.querySelector('.load-error'));
      expect(shadowText(card)).to.include('503');
      const retry = card.shadowRoot!.querySelector<HTMLButtonElement>('.load-error button')!;
      expect(retry.textContent!.trim()).to.equal('Reintentar');
      await expect(card).to.be.accessible();

      answer = { json: sampleFeed() };
      retry.click();
      await until(() => !!card.shadowRoot?.querySelector('article'));
      expect(requests).to.have.length(2);
      expect(shadowText(card)).to.include('STEAM sin barreras');
    });

    it('offers no retry when the document itself is wrong', async () => {
      useCannedFetch({ [FEED_URL]: { text: 'not json' } });
      const card = await fixture<PracticeCard>(
        html`<practice-card src=${FEED_URL} practice-id="x" lang="en"></practice-card>`,
      );
      await until(() => !!card.shadowRoot?.querySelector('.load-error'));
      expect(card.shadowRoot!.querySelector('.load-error button')).to.equal(null);
      await expect(card).to.be.accessible();
    });

    it('fires practice-feed-error with the localized message', async () => {
      useCannedFetch({ [FEED_URL]: { status: 404 } });
      const card = document.createElement('practice-card');
      card.lang = 'pt';
      card.src = FEED_URL;
      setTimeout(() => document.body.append(card));
      const event = await oneEvent(card, 'practice-feed-error');
      expect(event.detail.message).to.include('404');
      card.remove();
    });

    it('says so when it has no source at all', async () => {
      const card = await fixture<PracticeCard>(
        html`<practice-card practice-id="x" lang="en"></practice-card>`,
      );
      expect(card.shadowRoot!.querySelector('.load-error')).to.exist;
      await expect(card).to.be.accessible();
    });
  });

  describe('data from script', () => {
    it('shows a practice object set as a property, validated', async () => {
      const card = await fixture<PracticeCard>(html`<practice-card lang="en"></practice-card>`);
      card.practice = sampleFeed().practices[1];
      await until(() => !!card.shadowRoot?.querySelector('article'));
      expect(shadowText(card)).to.include('Teachers with Digital Leadership');
    });

    it('shows a practice from a feed object set as a property', async () => {
      const card = await fixture<PracticeCard>(
        html`<practice-card practice-id="teachers-digital-leadership" lang="es"></practice-card>`,
      );
      card.feed = sampleFeed();
      await until(() => !!card.shadowRoot?.querySelector('article'));
      expect(shadowText(card)).to.include('Docentes con liderazgo digital');
    });
  });

  describe('language', () => {
    it('follows the nearest lang and re-renders when the page changes language', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es">
          <practice-card src=${FEED_URL} practice-id="steam-without-barriers"></practice-card>
        </div>`,
      );
      const card = wrapper.querySelector('practice-card')!;
      await until(() => shadowText(card).includes('STEAM sin barreras'));
      wrapper.removeAttribute('lang');
      const previous = document.documentElement.lang;
      document.documentElement.lang = 'en';
      try {
        await until(() => shadowText(card).includes('STEAM Without Barriers'));
      } finally {
        document.documentElement.lang = previous;
      }
    });
  });
});
