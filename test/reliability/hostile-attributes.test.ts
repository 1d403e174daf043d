// Attributes and host pages a careless or hostile publisher writes: a timeout that is not a
// number, a src that is not a web address, a theme that is a class name, a widget moved out of
// its feed, a response without end, a saved copy with a damaged date. Each test fails on the
// behaviour it guards against.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { PracticeFeed } from '../../src/components/practice-feed/practice-feed.js';
import type { PracticeCatalog } from '../../src/components/practice-catalog/practice-catalog.js';
import type { PracticeFeedErrorEvent } from '../../src/events/practice-feed-error-event.js';
import { EMPTY_FILTERS, type Filters } from '../../src/data/query.js';
import { FeedLoadError } from '../../src/feed/load-error.js';
import { DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT_MS, loadFeed } from '../../src/feed/request.js';
import { writeSavedCopy } from '../../src/feed/saved-copy.js';
import { uiStrings } from '../../src/i18n/messages.js';
import { loadLanguage } from '../../src/i18n/language-packs.js';
import { startEarly } from '../../src/early-start.js';
import { sampleFeed, until } from '../helpers.js';
import {
  absolute,
  answer,
  controlledNetwork,
  deepText,
  gate,
  settled,
  shadowRoots,
} from './support.js';

const STEAM = 'steam-without-barriers';

let mounted: HTMLElement[] = [];

/** Puts `markup` in the page (removed after the test); returns its first element. */
function mount<T extends HTMLElement>(markup: string): T {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  mounted.push(wrapper);
  return wrapper.firstElementChild as T;
}

afterEach(() => {
  for (const wrapper of mounted) wrapper.remove();
  mounted = [];
});

const inlineFeed = () =>
  `<script type="application/json">${JSON.stringify(sampleFeed()).replace(/</g, '\\u003c')}</script>`;

/** The next event of `type` from `target`. */
const next = <E extends Event>(target: EventTarget, type: string) =>
  new Promise<E>((resolve) =>
    target.addEventListener(type, (e) => resolve(e as E), { once: true }),
  );

// First in the file: the Spanish and Portuguese strings must not be loaded yet.
describe('an error that happens at once is announced in the reader language', () => {
  it('bad inline JSON in a Spanish <practice-feed>', async () => {
    const host = document.createElement('div');
    mounted.push(host);
    const event = next<PracticeFeedErrorEvent>(host, 'practice-feed-error');
    host.innerHTML = `<practice-feed lang="es"><script type="application/json">{oops</script><practice-list></practice-list></practice-feed>`;
    document.body.append(host);
    const { detail } = await event;
    await loadLanguage('es');
    expect(detail.message).to.equal(uiStrings('es').errorParse);
  });

  it('a javascript: address on a Portuguese card', async () => {
    const host = document.createElement('div');
    mounted.push(host);
    const event = next<PracticeFeedErrorEvent>(host, 'practice-feed-error');
    host.innerHTML = `<practice-card lang="pt" src="javascript:alert(1)" practice-id="x"></practice-card>`;
    document.body.append(host);
    const { detail } = await event;
    await loadLanguage('pt');
    expect(detail.message).to.equal(uiStrings('pt').errorAddress);
  });
});

describe('a timeout that is not a number', () => {
  for (const value of ['10s', 'abc', '', '-5', '0', 'NaN', 'Infinity', '1e400']) {
    it(`timeout="${value}" loads the feed once, with the default timeout`, async () => {
      const network = controlledNetwork(answer.json(sampleFeed()));
      const feed = mount<PracticeFeed>(
        `<practice-feed src="/hostile/timeout.json" timeout="${value}"><practice-list></practice-list></practice-feed>`,
      );
      const list = feed.querySelector('practice-list')!;
      await settled(list);
      expect(deepText(list)).to.contain('STEAM');
      expect(feed.timeout).to.be.within(1, 2 ** 31 - 1);
      if (value !== 'Infinity' && value !== '1e400')
        expect(feed.timeout).to.equal(DEFAULT_TIMEOUT_MS);
      // Time for a runaway load to show itself.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(network.requests).to.have.length(1);
    });
  }

  it('timeout="abc" on <practice-catalog> loads the feed once', async () => {
    const network = controlledNetwork(answer.json(sampleFeed()));
    const catalog = mount<PracticeCatalog>(
      `<practice-catalog src="/hostile/catalog.json" timeout="abc" page-size="many"></practice-catalog>`,
    );
    await settled(catalog);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(network.requests).to.have.length(1);
    expect(catalog.timeout).to.equal(DEFAULT_TIMEOUT_MS);
    expect(catalog.pageSize).to.equal(12);
    expect(deepText(catalog)).to.contain('STEAM');
  });

  it('timeout="-5" read by the CDN entry\'s head start does not give up at once', async () => {
    const open = gate();
    controlledNetwork(answer.after(open.promise, answer.json(sampleFeed())));
    const page = document.createElement('div');
    page.innerHTML = `<practice-feed src="/hostile/early.json" timeout="-5"><practice-list></practice-list></practice-feed>`;
    startEarly(page);
    mounted.push(page);
    document.body.append(page);
    setTimeout(open.open, 30);
    const list = page.querySelector('practice-list')!;
    await settled(list);
    expect(deepText(list)).to.contain('STEAM');
  });

  it('a timeout set from script as NaN loads the feed once', async () => {
    const network = controlledNetwork(answer.json(sampleFeed()));
    const feed = document.createElement('practice-feed');
    feed.timeout = Number.NaN;
    feed.src = '/hostile/nan.json';
    feed.innerHTML = '<practice-list></practice-list>';
    mount<HTMLElement>('<div></div>').append(feed);
    await settled(feed.querySelector('practice-list')!);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(network.requests).to.have.length(1);
  });
});

describe('a src that is not a web address', () => {
  const addresses = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:application/json,{"version":1,"practices":[]}',
    'file:///etc/passwd',
    'ftp://data.example/feed.json',
    'about:blank',
    'http://[not an address',
  ];
  for (const src of addresses) {
    it(`${src} is never fetched and is said to be invalid, with no retry`, async () => {
      const network = controlledNetwork(answer.json(sampleFeed()));
      const list = mount<HTMLElement>('<practice-list></practice-list>');
      list.setAttribute('src', src);
      await settled(list);
      const text = deepText(list);
      expect(text).to.contain(uiStrings('en').errorAddress);
      expect(text).not.to.contain(uiStrings('en').errorNetwork);
      expect(list.shadowRoot!.querySelector('.load-error button')).to.equal(null);
      expect(network.requests).to.have.length(0);
    });
  }

  it('on <practice-feed>, the widgets inside say so', async () => {
    controlledNetwork();
    const feed = mount<PracticeFeed>(
      `<practice-feed src="javascript:alert(1)"><practice-stats></practice-stats></practice-feed>`,
    );
    const stats = feed.querySelector('practice-stats')!;
    await settled(stats);
    expect(deepText(stats)).to.contain(uiStrings('en').errorAddress);
  });
});

describe('a widget moved out of its <practice-feed>', () => {
  it('no longer shows nor steers that feed', async () => {
    controlledNetwork();
    const feed = mount<PracticeFeed>(
      `<practice-feed>${inlineFeed()}<practice-filters></practice-filters><practice-list></practice-list></practice-feed>`,
    );
    const filters = feed.querySelector('practice-filters')!;
    await settled(filters);
    const outside = mount<HTMLElement>('<section></section>');
    outside.append(filters);
    await settled(filters);
    const steer = filters as unknown as { setFilters(filters: Filters): void };
    steer.setFilters({ ...EMPTY_FILTERS, q: 'leadership' });
    await feed.updateComplete;
    expect(feed.filters.q).to.equal('');
    expect(deepText(filters)).to.contain(uiStrings('en').errorNoSource);
  });

  it('moved into another <practice-feed>, follows that one', async () => {
    controlledNetwork();
    const first = mount<PracticeFeed>(
      `<practice-feed>${inlineFeed()}<practice-filters></practice-filters></practice-feed>`,
    );
    const second = mount<PracticeFeed>(`<practice-feed>${inlineFeed()}</practice-feed>`);
    const filters = first.querySelector('practice-filters')!;
    await settled(filters);
    second.append(filters);
    await settled(filters);
    const steer = filters as unknown as { setFilters(filters: Filters): void };
    steer.setFilters({ ...EMPTY_FILTERS, q: 'leadership' });
    await filters.updateComplete;
    expect(first.filters.q).to.equal('');
    expect(second.filters.q).to.equal('leadership');
  });
});

describe('a lang that is not a language tag', () => {
  for (const value of ['0', '!', 'en_US!!', 'x'.repeat(300)]) {
    it(`lang="${value.slice(0, 12)}" is read as absent: the page's language applies`, async () => {
      controlledNetwork(answer.json(sampleFeed()));
      const feed = mount<PracticeFeed>(
        `<practice-feed src="/hostile/lang.json"><practice-list></practice-list></practice-feed>`,
      );
      feed.setAttribute('lang', value);
      const list = mount<HTMLElement>(`<practice-stats src="/hostile/lang.json"></practice-stats>`);
      list.setAttribute('lang', value);
      await settled(feed.querySelector('practice-list')!);
      await settled(list);
      expect(deepText(feed.querySelector('practice-list')!)).to.contain('STEAM');
      expect(list.shadowRoot!.querySelector('.skeleton')).to.equal(null);
    });
  }
});

describe('theme takes the documented values only', () => {
  for (const markup of [
    `<practice-card theme="visually-hidden" src="/hostile/theme.json" practice-id="${STEAM}"></practice-card>`,
    `<practice-feed theme="visually-hidden" src="/hostile/theme.json"><practice-card practice-id="${STEAM}"></practice-card></practice-feed>`,
    `<practice-catalog theme="visually-hidden" src="/hostile/theme.json"></practice-catalog>`,
  ]) {
    it(markup.slice(0, markup.indexOf(' ')).slice(1), async () => {
      controlledNetwork(answer.json(sampleFeed()));
      const element = mount<HTMLElement>(markup);
      const widget = element.querySelector('practice-card') ?? element;
      await settled(widget);
      const classes = shadowRoots(widget).flatMap((root) =>
        [...root.querySelectorAll('.theme')].flatMap((node) => [...node.classList]),
      );
      expect(classes).to.include('light');
      expect(classes).not.to.include('visually-hidden');
      expect(widget.getBoundingClientRect().height).to.be.greaterThan(50);
    });
  }
});

/** A body that never ends, as fast as the reader takes it; counts what was read. */
function endlessBody(read: { chunks: number; cancelled: boolean }): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(`[${'0,'.repeat(8191)}0`);
  return new ReadableStream({
    pull(controller) {
      read.chunks += 1;
      controller.enqueue(chunk);
    },
    cancel() {
      read.cancelled = true;
    },
  });
}

describe('a response without end', () => {
  it('is cut off at max-size, said to be too large, and not asked again', async () => {
    const read = { chunks: 0, cancelled: false };
    const network = controlledNetwork(async () => new Response(endlessBody(read)));
    const feed = mount<PracticeFeed>(
      `<practice-feed src="/hostile/endless.json" max-size="1000000"><practice-list></practice-list></practice-feed>`,
    );
    const list = feed.querySelector('practice-list')!;
    await settled(list);
    expect(deepText(list)).to.contain(uiStrings('en').errorTooLarge);
    expect(list.shadowRoot!.querySelector('.load-error button')).to.equal(null);
    expect(network.requests).to.have.length(1);
    expect(read.cancelled).to.equal(true);
    expect(read.chunks * 16384).to.be.below(2_000_000);
  });

  it('is cut off at the default cap', async () => {
    const read = { chunks: 0, cancelled: false };
    controlledNetwork(async () => new Response(endlessBody(read)));
    const error = await loadFeed(absolute('/hostile/endless-default.json')).catch((e) => e);
    expect(error).to.be.instanceOf(FeedLoadError);
    expect((error as FeedLoadError).kind).to.equal('too-large');
    expect(read.chunks * 16384).to.be.within(DEFAULT_MAX_SIZE, DEFAULT_MAX_SIZE + 100_000);
  });

  it('declared larger than the cap is not read at all', async () => {
    const read = { chunks: 0, cancelled: false };
    controlledNetwork(
      async () => new Response(endlessBody(read), { headers: { 'Content-Length': '5000' } }),
    );
    const error = await loadFeed(absolute('/hostile/declared.json'), { maxSize: 4000 }).catch(
      (e) => e,
    );
    expect((error as FeedLoadError).kind).to.equal('too-large');
    expect(read.cancelled).to.equal(true);
  });

  it('a feed under the cap still loads', async () => {
    controlledNetwork(answer.json(sampleFeed()));
    const bytes = new TextEncoder().encode(JSON.stringify(sampleFeed())).byteLength;
    const loaded = await loadFeed(absolute('/hostile/small.json'), { maxSize: bytes });
    expect(loaded.feed.practices).to.have.length(2);
  });
});

describe('a saved copy whose date is damaged', () => {
  for (const [name, savedAt] of [
    ['not a number', Number.NaN],
    ['out of range', 1e20],
  ] as const) {
    it(`(${name}) is shown with an undated notice`, async () => {
      const url = absolute(`/hostile/saved-${name.replace(/ /g, '-')}.json`);
      await writeSavedCopy(url, { text: JSON.stringify(sampleFeed()), base: url, savedAt });
      controlledNetwork(answer.fail());
      const card = mount<HTMLElement>(`<practice-card practice-id="${STEAM}"></practice-card>`);
      card.setAttribute('src', url);
      await until(() => deepText(card).includes(uiStrings('en').savedDataUndated));
      expect(deepText(card)).not.to.contain('NaN');
      expect(deepText(card)).to.contain('STEAM');
    });
  }
});
