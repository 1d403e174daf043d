import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { PracticeCatalog } from '../../../src/components/practice-catalog/practice-catalog.js';
import type { PracticeFeed } from '../../../src/components/practice-feed/practice-feed.js';
import { uiStrings } from '../../../src/i18n/messages.js';
import { sampleFeed, shadowText, until, useCannedFetch } from '../../helpers.js';

const FEED_URL = '/feeds/practices.json';

const part = (catalog: PracticeCatalog, tag: string) =>
  catalog.shadowRoot!.querySelector(tag) as HTMLElement | null;
const innerFeed = (catalog: PracticeCatalog) => part(catalog, 'practice-feed') as PracticeFeed;

async function loaded(catalog: PracticeCatalog) {
  await until(() => {
    const list = part(catalog, 'practice-list');
    return !!list?.shadowRoot?.querySelector('[part="count"]');
  });
}

describe('<practice-catalog>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('holds filters, map, figures and list over one feed, one request', async () => {
    const requests = useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="en"></practice-catalog>`,
    );
    await loaded(catalog);
    for (const tag of ['practice-filters', 'practice-map', 'practice-stats', 'practice-list']) {
      expect(part(catalog, tag), tag).to.exist;
    }
    expect(requests.filter((url) => url.endsWith(FEED_URL))).to.have.length(1);
    await expect(catalog).to.be.accessible();
  });

  it('passes language, theme and scope to its parts', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog
        src=${FEED_URL}
        lang="pt"
        theme="dark"
        country="BO"
      ></practice-catalog>`,
    );
    await loaded(catalog);
    const feed = innerFeed(catalog);
    expect(feed.lang).to.equal('pt');
    expect(feed.theme).to.equal('dark');
    expect(feed.country).to.equal('BO');
    const list = part(catalog, 'practice-list')!;
    expect(shadowText(list)).to.include('1 prática');
    await expect(catalog).to.be.accessible();
  });

  it('links its parts: a filter narrows the list', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="en"></practice-catalog>`,
    );
    await loaded(catalog);
    const feed = innerFeed(catalog);
    feed.setFilters({ ...feed.filters, country: ['CO'] });
    const list = part(catalog, 'practice-list')!;
    await until(() => shadowText(list).includes('1 of 2 practices'));
  });

  it('leaves out the parts it is told to', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog
        src=${FEED_URL}
        lang="en"
        without-map
        without-stats
      ></practice-catalog>`,
    );
    await loaded(catalog);
    expect(part(catalog, 'practice-map')).to.equal(null);
    expect(part(catalog, 'practice-stats')).to.equal(null);
    expect(part(catalog, 'practice-filters')).to.exist;
  });

  it('shows the load error in its parts, in the reader’s language', async () => {
    useCannedFetch({ [FEED_URL]: { status: 502 } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="fr"></practice-catalog>`,
    );
    const list = () => part(catalog, 'practice-list')!;
    await until(() => !!list().shadowRoot?.querySelector('.load-error'));
    expect(shadowText(list())).to.include(uiStrings('fr').retry);
    await expect(catalog).to.be.accessible();
  });

  it('says when the catalogue is empty', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed({ practices: [] }) } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="es"></practice-catalog>`,
    );
    await until(() => !!part(catalog, 'practice-list')?.shadowRoot?.querySelector('.empty'));
    await expect(catalog).to.be.accessible();
  });

  it('stacks its parts on a phone and puts the filters beside them on a wide screen', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    await setViewport({ width: 360, height: 800 });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="es"></practice-catalog>`,
    );
    await loaded(catalog);
    const sidebar = catalog.shadowRoot!.querySelector('.sidebar')!.getBoundingClientRect();
    const main = catalog.shadowRoot!.querySelector('.main')!.getBoundingClientRect();
    expect(main.top).to.be.at.least(sidebar.bottom);
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    await setViewport({ width: 1280, height: 800 });
    await until(() => {
      const side = catalog.shadowRoot!.querySelector('.sidebar')!.getBoundingClientRect();
      const rest = catalog.shadowRoot!.querySelector('.main')!.getBoundingClientRect();
      return rest.left >= side.right && Math.abs(rest.top - side.top) < 2;
    });
  });
});
