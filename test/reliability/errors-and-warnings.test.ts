import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PracticeFeed } from '../../src/components/practice-feed/practice-feed.js';
import type { PracticeFeedErrorEvent } from '../../src/events/practice-feed-error-event.js';
import { FeedLoadError } from '../../src/feed/load-error.js';
import { writeSavedCopy } from '../../src/feed/saved-copy.js';
import { uiStrings } from '../../src/i18n/messages.js';
import { sampleFeed, until } from '../helpers.js';
import {
  absolute,
  answer,
  controlledNetwork,
  displayElementTags,
  elementAttributes,
  settled,
  shadowRoots,
  threeReadersOf,
  watchUncaught,
} from './support.js';

/** A feed with one practice the validator skips, and so one warning to report. */
function feedWithWarning() {
  const feed = sampleFeed();
  return { ...feed, practices: [...feed.practices, { id: 'Not An Id', title: 'x' }] };
}

/** Counts the library's console warnings while the test runs. */
function countWarnings(): { count: () => number; stop: () => void } {
  const original = console.warn;
  let count = 0;
  console.warn = (...args: unknown[]) => {
    if (String(args[0]).startsWith('practice-widgets:')) count += 1;
    original.apply(console, args);
  };
  return { count: () => count, stop: () => (console.warn = original) };
}

const FEED_URL = '/reliability/warnings.json';
const STEAM = 'steam-without-barriers';

describe('warnings are logged once per feed', () => {
  let warnings: ReturnType<typeof countWarnings>;
  beforeEach(() => (warnings = countWarnings()));
  afterEach(() => warnings.stop());

  it('for three elements with the same src, through every render', async () => {
    controlledNetwork(answer.json(feedWithWarning()));
    const root = await threeReadersOf(FEED_URL, STEAM);
    await Promise.all([...root.children].map(settled));
    // More renders: another language, another theme.
    for (const element of root.children) element.setAttribute('lang', 'fr');
    for (const element of root.children) element.setAttribute('theme', 'dark');
    await Promise.all([...root.children].map(settled));
    expect(warnings.count()).to.equal(1);
  });

  it('for three elements inside one <practice-feed>', async () => {
    controlledNetwork(answer.json(feedWithWarning()));
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL}>
        <practice-card practice-id=${STEAM}></practice-card>
        <practice-list></practice-list>
        <practice-filters></practice-filters>
      </practice-feed>`,
    );
    await Promise.all([...feed.children].map(settled));
    feed.lang = 'pt';
    await Promise.all([...feed.children].map(settled));
    expect(warnings.count()).to.equal(1);
  });

  it('for three elements given the same feed object', async () => {
    const data = feedWithWarning();
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <practice-card .feed=${data} practice-id=${STEAM}></practice-card>
        <practice-list .feed=${data}></practice-list>
        <practice-filters .feed=${data}></practice-filters>
      </div>`,
    );
    await Promise.all([...root.children].map(settled));
    expect(warnings.count()).to.equal(1);
  });

  it('for a saved copy, the fresh feed, and a feed read again on a retry', async () => {
    const text = JSON.stringify(feedWithWarning());
    const url = absolute(FEED_URL);
    await writeSavedCopy(url, { text, base: url, savedAt: Date.now() });
    const network = controlledNetwork(answer.text(`${text} `));
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src=${FEED_URL}
        ><practice-card practice-id=${STEAM}></practice-card
      ></practice-feed>`,
    );
    await until(() => feed.loaded?.fromCache === false);
    feed.reload();
    await until(() => network.requests.length === 2 && network.pending === 0);
    expect(warnings.count()).to.equal(1);
  });
});

describe('a feed with thousands of problems', () => {
  it('gets one console message of bounded length that says how many and where to see them all', async () => {
    const feed = sampleFeed();
    const odd = Array.from({ length: 3000 }, (_, i) => ({ id: `Not An Id ${i}`, title: 'x' }));
    const messages: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      if (String(args[0]).startsWith('practice-widgets:')) messages.push(String(args[0]));
    };
    try {
      const list = await fixture<HTMLElement>(
        html`<practice-list
          .feed=${{ ...feed, practices: [...feed.practices, ...odd] }}
        ></practice-list>`,
      );
      await settled(list);
    } finally {
      console.warn = original;
    }
    expect(messages).to.have.length(1);
    const [message] = messages as [string];
    expect(message).to.contain('3000 problem(s)');
    expect(message).to.contain('… and 2980 more');
    expect(message).to.contain('npx practice-feed validate');
    expect(message.split('\n').length).to.be.below(25);
  });
});

describe('errors reach the page as events and messages', () => {
  it('never as uncaught exceptions, from every element and every kind of failure', async () => {
    const uncaught = watchUncaught();
    const tags = await displayElementTags();
    const failures = {
      '/errors/network.json': answer.fail(),
      '/errors/server.json': answer.status(500),
      '/errors/missing.json': answer.status(404),
      '/errors/not-json.json': answer.text('<!doctype html><p>Not found</p>'),
      '/errors/not-a-feed.json': answer.json({ version: 2, practices: [] }),
      '/errors/null.json': answer.text('null'),
    } as const;
    controlledNetwork((url, signal) => {
      const path = Object.keys(failures).find((ending) => url.endsWith(ending));
      return failures[path as keyof typeof failures](url, signal);
    });
    const root = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const events: PracticeFeedErrorEvent[] = [];
    root.addEventListener('practice-feed-error', (event) => events.push(event));
    for (const src of Object.keys(failures)) {
      for (const tag of tags) {
        const element = document.createElement(tag);
        element.setAttribute('src', src);
        for (const [name, value] of Object.entries(elementAttributes(tag, STEAM))) {
          element.setAttribute(name, value);
        }
        root.append(element);
      }
    }
    // An address that is not one, and no address at all.
    const broken = document.createElement('practice-card');
    broken.setAttribute('src', 'http://[not-a-host/feed.json');
    root.append(broken, document.createElement('practice-list'));
    await Promise.all([...root.children].map(settled));
    await until(() => events.length >= Object.keys(failures).length * tags.length);
    for (const element of root.children) {
      const shown = shadowRoots(element).some((shadow) => shadow.querySelector('.load-error'));
      expect(shown, `${element.outerHTML} shows the error`).to.equal(true);
    }
    const messages = Object.values(uiStrings('es')).filter((value) => typeof value === 'string');
    for (const event of events) {
      expect(event.detail.cause).to.be.instanceOf(FeedLoadError);
      expect(event.detail.message).to.be.a('string').and.not.equal('');
      expect(
        messages.some((message) => event.detail.message.startsWith(message.split('{')[0]!)),
      ).to.equal(true);
    }
    uncaught.stop();
    expect(uncaught.errors).to.deep.equal([]);
  });
});
