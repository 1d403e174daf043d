import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { PracticeFeed } from '../../../src/components/practice-feed/practice-feed.js';
import type { PracticeCard } from '../../../src/components/practice-card/practice-card.js';
import { uiStrings } from '../../../src/i18n/messages.js';
import { sampleFeed, shadowText, until, useCannedFetch } from '../../helpers.js';

const FEED_URL = '/feeds/practices.json';

describe('<practice-feed>', () => {
  it('loads its src once and shares it with every widget inside', async () => {
    const requests = useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL} lang="en">
        <practice-card practice-id="steam-without-barriers"></practice-card>
        <div>
          <practice-card practice-id="teachers-digital-leadership" layout="compact"></practice-card>
        </div>
      </practice-feed>`,
    );
    const [first, second] = feed.querySelectorAll('practice-card');
    await until(() => shadowText(first!).includes('STEAM Without Barriers'));
    await until(() => shadowText(second!).includes('Teachers with Digital Leadership'));
    expect(requests).to.have.length(1);
    await expect(feed).to.be.accessible();
  });

  it('fires practice-feed-load with the count and the warnings', async () => {
    const feed = sampleFeed();
    useCannedFetch({
      [FEED_URL]: { json: { ...feed, practices: [...feed.practices, { id: 'x' }] } },
    });
    const element = document.createElement('practice-feed');
    element.src = FEED_URL;
    setTimeout(() => document.body.append(element));
    const event = await oneEvent(element, 'practice-feed-load');
    expect(event.detail.count).to.equal(2);
    expect(event.detail.fromCache).to.equal(false);
    expect(event.detail.warnings).to.have.length(1);
    expect(event.detail.warnings[0]).to.include({ index: 2, id: 'x' });
    element.remove();
  });

  it('reads a feed written inline, with no network', async () => {
    const requests = useCannedFetch({});
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed lang="es">
        <script type="application/json">
          ${JSON.stringify(sampleFeed())}
        </script>
        <practice-card practice-id="teachers-digital-leadership"></practice-card>
      </practice-feed>`,
    );
    const card = feed.querySelector('practice-card')!;
    await until(() => shadowText(card).includes('Docentes con liderazgo digital'));
    expect(requests).to.have.length(0);
  });

  it('passes its scope, language and theme to the widgets inside', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL} lang="pt" theme="dark" country="BO">
        <practice-card practice-id="teachers-digital-leadership"></practice-card>
        <practice-card practice-id="steam-without-barriers"></practice-card>
      </practice-feed>`,
    );
    const [inScope, outOfScope] = feed.querySelectorAll('practice-card');
    await until(() => shadowText(inScope!).includes('Bolívia'));
    // The Colombian practice is outside the feed's scope.
    await until(() => shadowText(outOfScope!).includes('steam-without-barriers'));
    expect(inScope!.shadowRoot!.querySelector('.theme')!.classList.contains('dark')).to.equal(true);
    expect(shadowText(inScope!)).to.include(uiStrings('pt').countries);
  });

  it('follows a change of its lang at run time', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL} lang="es">
        <practice-card practice-id="teachers-digital-leadership"></practice-card>
      </practice-feed>`,
    );
    const card = feed.querySelector('practice-card')!;
    await until(() => shadowText(card).includes('Docentes con liderazgo digital'));
    feed.lang = 'en';
    await until(() => shadowText(card).includes('Teachers with Digital Leadership'));
  });

  it('lets the widgets inside show a load error, with a retry that reloads the feed', async () => {
    let answer: { status: number } | { json: unknown } = { status: 500 };
    const requests = useCannedFetch({ [FEED_URL]: () => answer });
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL} lang="fr">
        <practice-card practice-id="teachers-digital-leadership"></practice-card>
      </practice-feed>`,
    );
    const card = feed.querySelector<PracticeCard>('practice-card')!;
    await until(() => !!card.shadowRoot?.querySelector('.load-error'));
    expect(shadowText(card)).to.include('500');
    // The feed does not show the error a second time.
    expect(feed.shadowRoot!.querySelector('.load-error')).to.equal(null);
    answer = { json: sampleFeed() };
    card.shadowRoot!.querySelector<HTMLButtonElement>('.load-error button')!.click();
    await until(() => shadowText(card).includes('Docentes con liderazgo digital'));
    expect(requests).to.have.length(2);
  });

  it('shows a load error itself when no widget inside can', async () => {
    useCannedFetch({ [FEED_URL]: { text: '{ not json' } });
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL} lang="es">
        <p>Contenido de la página</p>
      </practice-feed>`,
    );
    await until(() => !!feed.shadowRoot?.querySelector('.load-error'));
    expect(shadowText(feed)).not.to.equal('');
    expect(feed.shadowRoot!.querySelector('.load-error button')).to.equal(null);
    await expect(feed).to.be.accessible();
  });

  it('fires practice-feed-error with a message in the reader’s language', async () => {
    useCannedFetch({ [FEED_URL]: { json: { version: 2, practices: [] } } });
    const element = document.createElement('practice-feed');
    element.src = FEED_URL;
    element.lang = 'es';
    setTimeout(() => document.body.append(element));
    const event = await oneEvent(element, 'practice-feed-error');
    expect(event.detail.message).to.be.a('string').and.not.equal('');
    expect((event.detail.cause as { kind: string }).kind).to.equal('format');
    element.remove();
  });

  it('gives up after its timeout', async () => {
    useCannedFetch({ [FEED_URL]: { hang: true } });
    const element = document.createElement('practice-feed');
    element.src = FEED_URL;
    element.timeout = 50;
    setTimeout(() => document.body.append(element));
    const event = await oneEvent(element, 'practice-feed-error');
    expect((event.detail.cause as { kind: string }).kind).to.equal('timeout');
    element.remove();
  });

  it('keeps the practice the reader opened', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL} lang="en">
        <practice-card practice-id="teachers-digital-leadership" layout="compact"></practice-card>
      </practice-feed>`,
    );
    const card = feed.querySelector('practice-card')!;
    await until(() => !!card.shadowRoot?.querySelector('button'));
    card.shadowRoot!.querySelector('button')!.click();
    await until(() => feed.openPracticeId === 'teachers-digital-leadership');
  });

  it('is told of an opened practice through its shared state; practice-select tells the page', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL} lang="en">
        <practice-card practice-id="teachers-digital-leadership" layout="compact"></practice-card>
        <div class="page-content"></div>
      </practice-feed>`,
    );
    const card = feed.querySelector('practice-card')!;
    await until(() => !!card.shadowRoot?.querySelector('button'));
    let openWhenHeard: string | null | undefined;
    const heard = oneEvent(document, 'practice-select').then((event) => {
      openWhenHeard = feed.openPracticeId;
      return event;
    });
    card.shadowRoot!.querySelector('button')!.click();
    const event = await heard;
    expect(event.detail).to.deep.equal({ id: 'teachers-digital-leadership' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(openWhenHeard).to.equal('teachers-digital-leadership');

    // An event from anything else inside is news for the page only.
    feed.openPracticeId = null;
    feed.querySelector('.page-content')!.dispatchEvent(
      new CustomEvent('practice-select', {
        detail: { id: 'steam-without-barriers' },
        bubbles: true,
      }),
    );
    await feed.updateComplete;
    expect(feed.openPracticeId).to.equal(null);
  });
});

describe('<practice-feed sync-url>', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  const withParams = (params: string) => {
    const url = new URL(original);
    for (const [key, value] of new URLSearchParams(params)) url.searchParams.set(key, value);
    history.replaceState(null, '', url);
  };

  it('restores the view from a shared link', async () => {
    withParams('pw-country=BO&pw-q=docentes&pw-open=teachers-digital-leadership');
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL} sync-url>
        <practice-list></practice-list>
      </practice-feed>`,
    );
    expect(feed.filters.country).to.deep.equal(['BO']);
    expect(feed.filters.q).to.equal('docentes');
    expect(feed.openPracticeId).to.equal('teachers-digital-leadership');
    const dialog = feed.querySelector('practice-list')!.shadowRoot!;
    await until(() => !!dialog.querySelector('dialog[open]'));
  });

  it('writes the reader’s choices into the URL, keeping the page’s own parameters', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL} sync-url>
        <practice-list></practice-list>
      </practice-feed>`,
    );
    const before = new URL(location.href).searchParams.get('wtr-session-id');
    feed.setFilters({ ...feed.filters, country: ['CO', 'PE'] });
    await feed.updateComplete;
    const params = new URL(location.href).searchParams;
    expect(params.get('pw-country')).to.equal('CO,PE');
    expect(params.get('wtr-session-id')).to.equal(before);
  });

  it('goes back to the previous choice with the back button', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL} sync-url>
        <practice-list></practice-list>
      </practice-feed>`,
    );
    feed.setFilters({ ...feed.filters, country: ['CO'] });
    await feed.updateComplete;
    feed.setFilters({ ...feed.filters, country: ['CO', 'PE'] });
    await feed.updateComplete;
    history.back();
    await until(() => feed.filters.country.join() === 'CO');
    expect(new URL(location.href).searchParams.get('pw-country')).to.equal('CO');
  });

  it('namespaces its parameters with its id', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed id="americas" src=${FEED_URL} sync-url></practice-feed>`,
    );
    feed.setFilters({ ...feed.filters, setting: ['rural'] });
    await feed.updateComplete;
    expect(new URL(location.href).searchParams.get('pw-americas-setting')).to.equal('rural');
  });

  it('never touches the URL without sync-url', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const feed = await fixture<PracticeFeed>(html`<practice-feed src=${FEED_URL}></practice-feed>`);
    const before = location.href;
    const length = history.length;
    feed.setFilters({ ...feed.filters, country: ['CO'] });
    feed.openPracticeId = 'steam-without-barriers';
    await feed.updateComplete;
    expect(location.href).to.equal(before);
    expect(history.length).to.equal(length);
  });
});
